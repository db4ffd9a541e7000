"""The citation graph as a QGraphicsScene: a node layer, an edge layer, labels, satellites."""

from __future__ import annotations

import math
import operator
from collections.abc import Hashable

import networkx as nx
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.graph.layout import Positions, label_thresholds
from core.graph.scope import type_key
from core.structure.numerals import int_to_cn
from desktop.graph_items import (
    CELL,
    EdgeLayer,
    LabelItem,
    Node,
    NodeInfo,
    NodeLayer,
    short_title,
    type_colour,
)

__all__ = ["GraphScene", "Node", "NodeInfo", "type_colour"]

UNIT = 46.0  # scene pixels per layout unit (the ideal edge length)
TOP_LABELS = 220  # labels placed by importance; the rest appear on hover or close zoom
ZOOM_LABELS = 1.0  # from this scale on, every node in view may show its label
OBSTACLE_SCALE = 0.25  # nodes further than a label's width at this zoom never hide it


class GraphScene(QGraphicsScene):
    """Holds one drawn scope: nodes by index, the edge layer, labels and satellites."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # a handful of items (two layers, a few hundred labels): no index to keep up to date
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.infos: list[NodeInfo] = []
        self.index: dict[Hashable, int] = {}
        self.visible_flags: list[bool] = []
        self.selected: set[int] = set()
        self.node_layer = NodeLayer(self)
        self.addItem(self.node_layer)
        self.edge_layer = EdgeLayer(self)
        self.addItem(self.edge_layer)
        self.cached: bool | None = None
        self.exporting = False  # drawing into an image or SVG: no previews
        self.set_cached(True)
        self.labels: dict[int, LabelItem] = {}
        self.top: list[int] = []  # label order (most important first)
        self.thresholds: dict[int, float] = {}
        self.hover: int | None = None
        self.moving = False  # the view is zooming or panning: draw fast, refine when idle
        self.size_by = "in_degree"
        self.scale_now = 1.0
        self.metric_max = 0.0
        self.expanded: dict[int, list[int]] = {}  # citing doc index → satellite indices
        self.satellites: dict[tuple[int, int], int] = {}  # (target index, article) → index
        self.dead: set[int] = set()  # satellites of collapsed expansions, never shown again
        self._populating = False
        self.min_weight = 0  # edges made by fewer citations are hidden (the filter)
        self.tooltip_for = None  # callable(index) -> HTML, set by the view

    def set_cached(self, on: bool) -> None:
        """Keep the layers as device pixmaps (panning blits them).

        Only while the drawing is about the viewport's size: Qt would cache a layer larger
        than that whole (seconds per frame zoomed in). Off for export to SVG/PNG.
        """
        if on == self.cached:
            return
        self.cached = on
        mode = (
            QGraphicsItem.CacheMode.DeviceCoordinateCache if on else QGraphicsItem.CacheMode.NoCache
        )
        self.node_layer.setCacheMode(mode)
        self.edge_layer.setCacheMode(mode)

    def refresh_layers(self) -> None:
        self.node_layer.update()
        self.edge_layer.update()

    def drop_previews(self) -> None:
        """Forget the kept drawing: the next paint draws the edges afresh."""
        self.edge_layer.drop_preview()

    @property
    def nodes(self) -> list[Node]:
        return self.node_layer.nodes

    def edge_shown(self, u: int, v: int, w: int) -> bool:
        return w >= self.min_weight and self.visible_flags[u] and self.visible_flags[v]

    # --- building -------------------------------------------------------------------------

    def populate(self, g: nx.DiGraph, positions: Positions, size_by: str = "in_degree") -> None:
        self._populating = True
        for label in self.labels.values():
            self.removeItem(label)
        self.node_layer.clear()
        self.infos, self.index, self.labels, self.selected = [], {}, {}, set()
        self.expanded, self.satellites, self.hover, self.dead = {}, {}, None, set()
        self.size_by = size_by
        key = "pagerank" if size_by == "pagerank" else None
        self.metric_max = max(
            (
                float(a.get("pagerank") or 0) if key else g.in_degree(n)
                for n, a in g.nodes(data=True)
            ),
            default=0.0,
        )
        # small drawings get longer edges: their big discs and labels need the room
        n = len(positions)
        unit = UNIT * (2.2 if n <= 60 else 1.4 if n <= 400 else 1.0)
        for node in sorted(positions, key=lambda n: (positions[n][1], positions[n][0])):
            attrs = g.nodes[node]
            info = NodeInfo(
                node=node,
                title=str(attrs.get("title") or node),
                type_key=type_key(attrs),
                date=attrs.get("date"),
                in_count=g.in_degree(node),
                out_count=g.out_degree(node),
                pagerank=float(attrs.get("pagerank") or 0.0),
                cited=int(attrs.get("cited") or 0),
                doc_id=node if attrs.get("in_library", True) and isinstance(node, int) else None,
            )
            x, y = positions[node]
            self._add_node(info, x * unit, y * unit, self._radius_for(info))
        self.visible_flags = [True] * len(self.nodes)
        self.node_layer.invalidate()
        self.edge_layer.set_edges(
            [
                (self.index[u], self.index[v], int(w))
                for u, v, w in g.edges(data="weight", default=1)
            ]
        )
        self._populating = False
        self._rank_labels()

    def _add_node(self, info: NodeInfo, x: float, y: float, radius: float) -> int:
        node = self.node_layer.add(x, y, radius, info.type_key)
        self.infos.append(info)
        self.index[info.node] = node.index
        return node.index

    def _radius_for(self, info: NodeInfo) -> float:
        if info.type_key == "article":
            return 5.0
        top = self.metric_max
        value = self._metric(info)
        return 4.5 + 20.0 * math.sqrt(value / top) if top > 0 else 5.0

    def _metric(self, info: NodeInfo) -> float:
        return info.pagerank if self.size_by == "pagerank" else float(info.in_count)

    def set_size_by(self, metric: str) -> None:
        self.size_by = metric
        self.metric_max = max(
            (self._metric(i) for i in self.infos if i.type_key != "article"), default=0.0
        )
        for node, info in zip(self.nodes, self.infos, strict=True):
            node.radius = self._radius_for(info)
        for i, label in self.labels.items():
            label.setPos(self._label_anchor(i))
        self.node_layer.invalidate()
        self.edge_layer.rebuild()
        self._rank_labels()

    def restyle(self) -> None:
        """The theme changed: colours are read at paint time, so only the labels need it."""
        for label in self.labels.values():
            label.restyle()
        self.edge_layer.refilter()  # drops the zoom preview drawn in the old colours
        self.refresh_layers()

    # --- geometry ---------------------------------------------------------------------------

    def nodes_rect(self, only_visible: bool = False) -> QRectF:
        layer = self.node_layer
        xs, ys, rs = layer.xs, layer.ys, [n.radius for n in self.nodes]
        flags = self.visible_flags
        if only_visible and len(flags) == len(xs) and not all(flags):
            keep = [i for i, f in enumerate(flags) if f]
            xs, ys, rs = [xs[i] for i in keep], [ys[i] for i in keep], [rs[i] for i in keep]
        if not xs:
            return QRectF()
        x0, y0 = min(map(operator.sub, xs, rs)), min(map(operator.sub, ys, rs))
        x1, y1 = max(map(operator.add, xs, rs)), max(map(operator.add, ys, rs))
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def node_at(self, point: QPointF, slack: float = 0.0) -> int | None:
        return self.node_layer.at(point.x(), point.y(), slack)

    def node_moved(self, i: int) -> None:
        if self._populating:
            return
        label = self.labels.get(i)
        if label is not None:
            label.setPos(self._label_anchor(i))
        if i not in self.edge_layer.dynamic:
            self.edge_layer.dynamic.add(i)
            self.edge_layer.refilter()
        self.node_layer.invalidate()
        self.edge_layer.update()

    def end_drag(self) -> None:
        moved = self.edge_layer.dynamic
        if moved:
            self.edge_layer.dynamic = set()
            self.edge_layer.rebuild(moved)

    # --- selection --------------------------------------------------------------------------

    def select(self, i: int, on: bool = True) -> None:
        if on:
            self.selected.add(i)
        else:
            self.selected.discard(i)
        self.node_layer.update()
        self.update_labels(self.scale_now, None)

    def clear_selection(self) -> None:
        if self.selected:
            self.selected = set()
            self.node_layer.update()
            self.update_labels(self.scale_now, None)

    # --- filters ----------------------------------------------------------------------------

    def apply_visible(self, visible: set[Hashable]) -> None:
        """Show only ``visible`` nodes (satellites follow their target)."""
        self.visible_flags = [
            (info.node if info.type_key != "article" else info.node[1]) in visible
            and i not in self.dead
            for i, info in enumerate(self.infos)
        ]
        self.node_layer.invalidate()
        self.edge_layer.refilter()
        self.update_labels(self.scale_now, None)

    def visible_nodes(self) -> set[Hashable]:
        return {
            info.node
            for info, vis in zip(self.infos, self.visible_flags, strict=True)
            if vis and info.type_key != "article"
        }

    # --- labels -----------------------------------------------------------------------------

    def _label_anchor(self, i: int) -> QPointF:
        layer = self.node_layer
        return QPointF(layer.xs[i], layer.ys[i] + self.nodes[i].radius + 1)

    def label(self, i: int) -> LabelItem:
        label = self.labels.get(i)
        if label is None:
            info = self.infos[i]
            text = info.title if info.type_key == "article" else short_title(info.title)
            label = LabelItem(text, bold=info.type_key in ("法律", "行政法规"))
            label.setPos(self._label_anchor(i))
            label.setVisible(False)
            self.addItem(label)
            self.labels[i] = label
        return label

    def _rank_labels(self) -> None:
        order = sorted(
            (i for i, info in enumerate(self.infos) if info.type_key != "article"),
            key=lambda i: (-self._metric(self.infos[i]), -self.infos[i].cited, i),
        )[:TOP_LABELS]
        self.top = order
        anchors, sizes, obstacles = [], [], []
        layer = self.node_layer
        for i in order:
            p = self._label_anchor(i)
            lab = self.label(i)
            anchors.append((p.x(), p.y()))
            sizes.append(lab.size)
            # the nodes a label could cover: within its half width at the farthest zoom
            reach, drop = lab.size[0] / 2 / OBSTACLE_SCALE, lab.size[1] / OBSTACLE_SCALE
            near = layer.in_rect(
                QRectF(p.x() - reach - CELL / 2, p.y() - CELL / 2, 2 * reach + CELL, drop + CELL)
            )
            obstacles.append(
                [(layer.xs[j], layer.ys[j], self.nodes[j].radius) for j in near if j != i]
            )
        thresholds = label_thresholds(anchors, sizes, obstacles=obstacles)
        self.thresholds = dict(zip(order, thresholds, strict=True))
        self.update_labels(self.scale_now, None)

    def update_labels(self, scale: float, view_rect: QRectF | None) -> None:
        """Level of detail: which labels show at this zoom (and in this part of the scene)."""
        self.scale_now = scale
        near: set[int] = set()
        if view_rect is not None and scale >= ZOOM_LABELS:
            nodes = self.node_layer.in_rect(view_rect)
            if len(nodes) <= 150:
                near = set(nodes)
        for i in near:
            self.label(i)
        sats = {s for group in self.expanded.values() for s in group}
        for i, label in self.labels.items():
            show = (
                scale >= self.thresholds.get(i, math.inf)
                or i in near
                or i == self.hover
                or i in self.selected
                or (i in sats and scale >= 0.5)
            )
            show = show and self.visible_flags[i]
            if label.isVisible() != show:
                label.setVisible(show)

    def set_hover(self, i: int | None) -> None:
        previous = self.hover
        self.hover = i
        layer = self.edge_layer
        layer.highlight = (
            {k for k in layer.incident.get(i, ()) if self.edge_shown(*layer.edges[k])}
            if i is not None
            else set()
        )
        tip = ""
        if i is not None:
            self.label(i).setZValue(30)
            node = self.nodes[i]
            if not node.toolTip() and self.tooltip_for is not None:
                node.setToolTip(self.tooltip_for(i))
            tip = node.toolTip()
        self.node_layer.setToolTip(tip)
        if previous is not None and previous in self.labels:
            self.labels[previous].setZValue(20)
        layer.update()
        self.node_layer.update()
        self.update_labels(self.scale_now, None)

    # --- article satellites ------------------------------------------------------------------

    def expand_articles(self, source: Hashable, rows: list[tuple[int, int | None, int]]) -> int:
        """Draw what ``source`` cites article by article as small satellites of the targets.

        ``rows`` are core.graph.article_edges rows; whole-document citations (article None)
        stay on the ordinary edge. Returns how many satellites were added.
        """
        if source not in self.index:
            return 0
        si = self.index[source]
        if si in self.expanded:
            return 0
        added: list[int] = []
        edges = list(self.edge_layer.edges)
        touched: set[int] = set()
        layer = self.node_layer
        for target, article, count in rows:
            if article is None or target not in self.index:
                continue
            ti = self.index[target]
            key = (ti, article)
            sat = self.satellites.get(key)
            if sat is None:
                tinfo = self.infos[ti]
                info = NodeInfo(
                    node=("article", target, article),
                    title=f"第{int_to_cn(article)}条",
                    type_key="article",
                    date=None,
                    in_count=0,
                    out_count=0,
                    pagerank=0.0,
                    cited=0,
                    doc_id=tinfo.doc_id,
                    article=article,
                )
                sat = self._add_node(info, layer.xs[ti], layer.ys[ti], 5.0)
                self.visible_flags.append(self.visible_flags[ti])
                self.satellites[key] = sat
                touched.add(ti)
            self.infos[sat].in_count += 1
            self.infos[sat].cited += count
            edges.append((si, sat, count))
            added.append(sat)
        self.expanded[si] = added
        for ti in touched:
            self._place_satellites(ti)
        self.node_layer.invalidate()
        self.edge_layer.set_edges(edges)
        self.update_labels(self.scale_now, None)
        return len(added)

    def collapse_articles(self, source: Hashable) -> None:
        si = self.index.get(source)
        if si is None or si not in self.expanded:
            return
        self.expanded.pop(si)
        still = {s for group in self.expanded.values() for s in group}
        drop = set(self.satellites.values()) - still
        edges = [
            (u, v, w)
            for u, v, w in self.edge_layer.edges
            if not (u == si and self.infos[v].type_key == "article")
        ]
        for s in drop:
            self.dead.add(s)
            self.visible_flags[s] = False
            self.selected.discard(s)
            label = self.labels.pop(s, None)
            if label is not None:
                self.removeItem(label)
            info = self.infos[s]
            self.satellites.pop((self.index[info.node[1]], info.article), None)
        self.node_layer.invalidate()
        self.edge_layer.set_edges(edges)

    def _place_satellites(self, ti: int) -> None:
        from core.graph.layout import satellite_positions

        sats = sorted((a, s) for (t, a), s in self.satellites.items() if t == ti)
        layer = self.node_layer
        ring = self.nodes[ti].radius + 22 + 2 * len(sats)
        pts = satellite_positions((layer.xs[ti], layer.ys[ti]), ring, len(sats))
        self._populating = True
        for (_a, s), (x, y) in zip(sats, pts, strict=True):
            self.nodes[s].setPos(x, y)
            label = self.label(s)
            label.setPos(self._label_anchor(s))
        self._populating = False
