"""The citation graph as a QGraphicsScene: node items, one item painting all edges, labels."""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass

import networkx as nx
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
)

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.graph.layout import Positions, label_thresholds
from core.graph.scope import type_key
from core.structure.numerals import int_to_cn
from desktop import theme

UNIT = 46.0  # scene pixels per layout unit (the ideal edge length)
TOP_LABELS = 220  # labels placed by importance; the rest appear on hover or close zoom
ZOOM_LABELS = 1.0  # from this scale on, every node in view may show its label
ZOOM_ARROWS = 0.35  # below this scale arrowheads are too small to see: not drawn
TYPE_COLOURS: dict[str, str] = {
    "法律": "#c0392b",
    "行政法规": "#e67e22",
    "部门规章": "#2e86c1",
    "地方性法规": "#27ae60",
    "地方政府规章": "#82c99a",
    "党内法规": "#8e44ad",
    "司法解释": "#922b21",
    "规范性文件": "#17a589",
    "国家标准": "#b7950b",
    "行业标准": "#d4ac0d",
    "政策文件": "#5b6ee1",
    "讲话": "#a04000",
    "新闻/解读": "#85929e",
    "其他": "#a6acaf",
}
MISSING_COLOUR = "#9aa0a6"
FAST_EDGES = 1500  # above this many edges, zoomed-out edges are hairlines
ZOOM_FINE = 0.6  # from this scale on, edges are antialiased and as wide as their weight
WEIGHT_BUCKETS = (1, 2, 4, 8, 16)  # edge width classes by citation count


def type_colour(key: str) -> QColor:
    return QColor(TYPE_COLOURS.get(key, MISSING_COLOUR if key == "" else TYPE_COLOURS["其他"]))


def bucket_of(weight: int) -> int:
    for k in range(len(WEIGHT_BUCKETS) - 1, -1, -1):
        if weight >= WEIGHT_BUCKETS[k]:
            return k
    return 0


def bucket_width(k: int) -> float:
    """Edge width in pixels (cosmetic: the same at every zoom)."""
    return 0.7 + 0.8 * k


@dataclass
class NodeInfo:
    """One drawn node: a document, a missing document, or an article satellite."""

    node: Hashable
    title: str
    type_key: str  # "" = not in the library, "article" = satellite
    date: str | None
    in_count: int
    out_count: int
    pagerank: float
    cited: int
    doc_id: int | None = None
    article: int | None = None


class NodeItem(QGraphicsEllipseItem):
    """A node; painting stays in C++ (only position changes and hover call back into Python)."""

    def __init__(self, graph: GraphScene, index: int, radius: float) -> None:
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.graph = graph
        self.index = index
        self.radius = radius
        self.setAcceptHoverEvents(True)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )

    def set_radius(self, radius: float) -> None:
        self.radius = radius
        self.setRect(-radius, -radius, 2 * radius, 2 * radius)

    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.graph.node_moved(self.index)
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self.graph.set_hover(self.index)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.graph.set_hover(None)
        super().hoverLeaveEvent(event)


class EdgeLayer(QGraphicsItem):
    """Every edge in one item: prepared line lists per width class, drawn by a few C++ calls.

    Paint time does no Python work per edge except for the few edges of a node being dragged
    or hovered; arrowheads are one prepared path per width class, skipped when zoomed out.
    """

    def __init__(self, graph: GraphScene) -> None:
        super().__init__()
        self.graph = graph
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.edges: list[tuple[int, int, int]] = []  # (source index, target index, weight)
        self.incident: dict[int, list[int]] = {}
        self.dynamic: set[int] = set()
        self.highlight: set[int] = set()  # edge indices drawn on top in the accent colour
        self._lines: list[list[QLineF]] = []
        self._arrows: list[QPainterPath] = []
        self._points: list[QPolygonF] = []  # the same lines as point pairs, for the fast path
        self._rect = QRectF()

    def set_edges(self, edges: list[tuple[int, int, int]]) -> None:
        self.edges = edges
        self.incident = {}
        for k, (u, v, _w) in enumerate(edges):
            self.incident.setdefault(u, []).append(k)
            self.incident.setdefault(v, []).append(k)
        self.rebuild()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def geometry(self, k: int) -> tuple[QLineF, QPainterPath | None]:
        """Edge ``k`` from the source's centre to the target's rim, and its arrowhead."""
        u, v, w = self.edges[k]
        nodes = self.graph.nodes
        p = nodes[u].pos()
        q = nodes[v].pos()
        dx, dy = q.x() - p.x(), q.y() - p.y()
        d = math.hypot(dx, dy)
        if d < 1e-6:
            return QLineF(p, q), None
        ux, uy = dx / d, dy / d
        tip = QPointF(q.x() - ux * nodes[v].radius, q.y() - uy * nodes[v].radius)
        size = 5.0 + 1.5 * bucket_of(w)
        back = QPointF(tip.x() - ux * size * 1.6, tip.y() - uy * size * 1.6)
        head = QPainterPath(tip)
        head.lineTo(back.x() - uy * size * 0.6, back.y() + ux * size * 0.6)
        head.lineTo(back.x() + uy * size * 0.6, back.y() - ux * size * 0.6)
        head.closeSubpath()
        start = QPointF(p.x() + ux * nodes[u].radius, p.y() + uy * nodes[u].radius)
        return QLineF(start, back if d > nodes[v].radius + size * 1.6 else tip), head

    def rebuild(self) -> None:
        self.prepareGeometryChange()
        nb = len(WEIGHT_BUCKETS)
        self._lines = [[] for _ in range(nb)]
        self._arrows = [QPainterPath() for _ in range(nb)]
        points: list[list[QPointF]] = [[] for _ in range(nb)]
        shown = self.graph.edge_shown
        for k, (u, v, w) in enumerate(self.edges):
            if not shown(u, v, w) or u in self.dynamic or v in self.dynamic:
                continue
            line, head = self.geometry(k)
            b = bucket_of(w)
            self._lines[b].append(line)
            points[b] += (line.p1(), line.p2())
            if head is not None:
                self._arrows[b].addPath(head)
        self._points = [QPolygonF(p) for p in points]
        self._rect = self.graph.nodes_rect().adjusted(-40, -40, 40, 40)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        pal = theme.current()
        colour = QColor(pal.text)
        crowded = len(self.edges) > 2000 and lod < 0.5  # a hairball: let the nodes show
        colour.setAlpha(
            (32 if crowded else 80) if pal.name == "light" else (48 if crowded else 100)
        )
        arrows = lod >= ZOOM_ARROWS
        # Thousands of translucent or antialiased lines under a scaling transform cost the
        # raster engine ~250 ms a frame; opaque aliased hairlines in device pixels cost ~10 ms.
        # So a dense drawing seen from afar maps the prepared points in one C++ call and draws
        # them that way, the citation count shown by shade instead of width.
        fast = len(self.edges) > FAST_EDGES and lod < ZOOM_FINE
        if fast:
            to_device = painter.worldTransform()
            painter.save()
            painter.resetTransform()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            base = QColor(pal.base)
            for b, points in enumerate(self._points):
                if points.isEmpty():
                    continue
                a = min(0.85, 0.16 + 0.14 * b)
                shade = QColor.fromRgbF(
                    base.redF() + (colour.redF() - base.redF()) * a,
                    base.greenF() + (colour.greenF() - base.greenF()) * a,
                    base.blueF() + (colour.blueF() - base.blueF()) * a,
                )
                painter.setPen(QPen(shade, 0))
                painter.drawLines(to_device.map(points))
            painter.restore()
        for b, lines in enumerate(self._lines):
            if fast or not lines:
                continue
            pen = QPen(colour, bucket_width(b))
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLines(lines)
            if arrows:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawPath(self._arrows[b])
        shown = self.graph.edge_shown
        extra = [k for n in self.dynamic for k in self.incident.get(n, ()) if shown(*self.edges[k])]
        if extra:
            self._paint_edges(painter, extra, colour, arrows)
        if self.highlight:
            accent = QColor(pal.accent)
            self._paint_edges(painter, sorted(self.highlight), accent, True, extra_width=1.2)

    def _paint_edges(self, painter, ks, colour, arrows, extra_width=0.0) -> None:
        for k in ks:
            line, head = self.geometry(k)
            pen = QPen(colour, bucket_width(bucket_of(self.edges[k][2])) + extra_width)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLine(line)
            if arrows and head is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawPath(head)

    def nearest(self, point: QPointF, tolerance: float) -> int | None:
        """The visible edge passing closest to ``point`` (scene units), within ``tolerance``."""
        best, best_d = None, tolerance
        px, py = point.x(), point.y()
        nodes = self.graph.nodes
        shown = self.graph.edge_shown
        for k, (u, v, w) in enumerate(self.edges):
            if not shown(u, v, w):
                continue
            a = nodes[u].pos()
            b = nodes[v].pos()
            ax, ay, bx, by = a.x(), a.y(), b.x(), b.y()
            if (
                px < min(ax, bx) - best_d
                or px > max(ax, bx) + best_d
                or py < min(ay, by) - best_d
                or py > max(ay, by) + best_d
            ):
                continue
            dx, dy = bx - ax, by - ay
            L2 = dx * dx + dy * dy
            t = 0.0 if L2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / L2))
            d = math.hypot(px - (ax + t * dx), py - (ay + t * dy))
            if d < best_d:
                best, best_d = k, d
        return best


class LabelItem(QGraphicsRectItem):
    """A node's title in pixels (ignores zoom) on a translucent plate, centred under the node."""

    def __init__(self, text: str, bold: bool = False) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(20)
        self.text = QGraphicsSimpleTextItem(text, self)
        font = theme.ui_font(8.5)
        font.setBold(bold)
        self.text.setFont(font)
        fm = QFontMetricsF(font)
        w, h = fm.horizontalAdvance(text), fm.height()
        self.text.setPos(-w / 2, 0)
        self.setRect(-w / 2 - 3, -1, w + 6, h + 2)
        self.setPen(Qt.PenStyle.NoPen)
        self.size = (w + 6, h + 2)
        self.restyle()

    def restyle(self) -> None:
        pal = theme.current()
        plate = QColor(pal.base)
        plate.setAlpha(200)
        self.setBrush(plate)
        self.text.setBrush(QColor(pal.text))


def short_title(title: str, limit: int = 16) -> str:
    t = title.removeprefix("中华人民共和国") if len(title) > 8 else title
    return t if len(t) <= limit else t[: limit - 1] + "…"


class GraphScene(QGraphicsScene):
    """Holds one drawn scope: node items by index, the edge layer, labels and satellites."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.nodes: list[NodeItem] = []
        self.infos: list[NodeInfo] = []
        self.index: dict[Hashable, int] = {}
        self.visible_flags: list[bool] = []
        self.edge_layer = EdgeLayer(self)
        self.addItem(self.edge_layer)
        self.labels: dict[int, LabelItem] = {}
        self.top: list[int] = []  # label order (most important first)
        self.thresholds: dict[int, float] = {}
        self.hover: int | None = None
        self.size_by = "in_degree"
        self.scale_now = 1.0
        self.metric_max = 0.0
        self.expanded: dict[int, list[int]] = {}  # citing doc index → satellite indices
        self.satellites: dict[tuple[int, int], int] = {}  # (target index, article) → index
        self.dead: set[int] = set()  # satellites of collapsed expansions, never shown again
        self._drag_done = QTimer(self)
        self._drag_done.setSingleShot(True)
        self._drag_done.setInterval(120)
        self._drag_done.timeout.connect(self._end_drag)
        self._populating = False
        self.min_weight = 0  # edges made by fewer citations are hidden (the filter)
        self.tooltip_for = None  # callable(index) -> HTML, set by the view

    def edge_shown(self, u: int, v: int, w: int) -> bool:
        return w >= self.min_weight and self.visible_flags[u] and self.visible_flags[v]

    # --- building -------------------------------------------------------------------------

    def populate(self, g: nx.DiGraph, positions: Positions, size_by: str = "in_degree") -> None:
        self._populating = True
        for item in self.nodes:
            self.removeItem(item)
        for label in self.labels.values():
            self.removeItem(label)
        self.nodes, self.infos, self.index, self.labels = [], [], {}, {}
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
            self._add_node(info, QPointF(x * unit, y * unit), self._radius_for(info, g))
        self.visible_flags = [True] * len(self.nodes)
        self.edge_layer.set_edges(
            [
                (self.index[u], self.index[v], int(w))
                for u, v, w in g.edges(data="weight", default=1)
            ]
        )
        self._populating = False
        self._rank_labels()

    def _add_node(self, info: NodeInfo, pos: QPointF, radius: float) -> int:
        i = len(self.nodes)
        item = NodeItem(self, i, radius)
        self._style_node(item, info)
        item.setPos(pos)
        item.setZValue(1 + min(radius, 40) / 100)
        self.addItem(item)
        self.nodes.append(item)
        self.infos.append(info)
        self.index[info.node] = i
        return i

    def _style_node(self, item: NodeItem, info: NodeInfo) -> None:
        if info.type_key == "":
            pen = QPen(QColor(MISSING_COLOUR), 1.6)
            pen.setCosmetic(True)
            item.setPen(pen)
            item.setBrush(Qt.BrushStyle.NoBrush)
            return
        colour = type_colour(info.type_key) if info.type_key != "article" else QColor("#ffffff")
        if info.type_key == "article":
            pen = QPen(QColor(theme.current().accent), 1.4)
        else:
            pen = QPen(colour.darker(135), 1.0)
        pen.setCosmetic(True)
        item.setPen(pen)
        item.setBrush(QBrush(colour))

    def _radius_for(self, info: NodeInfo, g: nx.DiGraph | None = None) -> float:
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
        for item, info in zip(self.nodes, self.infos, strict=True):
            item.set_radius(self._radius_for(info))
            item.setZValue(1 + min(item.radius, 40) / 100)
        self.edge_layer.rebuild()
        self._rank_labels()

    def restyle(self) -> None:
        for item, info in zip(self.nodes, self.infos, strict=True):
            self._style_node(item, info)
        for label in self.labels.values():
            label.restyle()
        self.edge_layer.update()

    # --- geometry ---------------------------------------------------------------------------

    def nodes_rect(self, only_visible: bool = False) -> QRectF:
        pts = [
            (n.pos(), n.radius)
            for n, vis in zip(
                self.nodes, self.visible_flags or [True] * len(self.nodes), strict=False
            )
            if vis or not only_visible
        ]
        if not pts:
            return QRectF()
        x0 = min(p.x() - r for p, r in pts)
        y0 = min(p.y() - r for p, r in pts)
        x1 = max(p.x() + r for p, r in pts)
        y1 = max(p.y() + r for p, r in pts)
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def node_moved(self, i: int) -> None:
        if self._populating:
            return
        label = self.labels.get(i)
        if label is not None:
            label.setPos(self._label_anchor(i))
        if i not in self.edge_layer.dynamic:
            self.edge_layer.dynamic.add(i)
            self.edge_layer.rebuild()
        self.edge_layer.update()
        self._drag_done.start()

    def _end_drag(self) -> None:
        if self.mouseGrabberItem() is not None:
            self._drag_done.start()  # still dragging: wait for the release
            return
        self.edge_layer.dynamic.clear()
        self.edge_layer.rebuild()

    # --- filters ----------------------------------------------------------------------------

    def apply_visible(self, visible: set[Hashable]) -> None:
        """Show only ``visible`` nodes (satellites follow their target)."""
        flags = []
        for item, info in zip(self.nodes, self.infos, strict=True):
            node = info.node if info.type_key != "article" else info.node[1]
            vis = node in visible and item.index not in self.dead
            flags.append(vis)
            if item.isVisible() != vis:
                item.setVisible(vis)
        self.visible_flags = flags
        self.edge_layer.rebuild()
        self.update_labels(self.scale_now, None)

    def visible_nodes(self) -> set[Hashable]:
        return {
            info.node
            for info, vis in zip(self.infos, self.visible_flags, strict=True)
            if vis and info.type_key != "article"
        }

    # --- labels -----------------------------------------------------------------------------

    def _label_anchor(self, i: int) -> QPointF:
        p = self.nodes[i].pos()
        return QPointF(p.x(), p.y() + self.nodes[i].radius + 1)

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
        anchors = []
        sizes = []
        for i in order:
            p = self._label_anchor(i)
            lab = self.label(i)
            anchors.append((p.x(), p.y()))
            sizes.append(lab.size)
        self.thresholds = dict(zip(order, label_thresholds(anchors, sizes), strict=True))
        self.update_labels(self.scale_now, None)

    def update_labels(self, scale: float, view_rect: QRectF | None) -> None:
        """Level of detail: which labels show at this zoom (and in this part of the scene)."""
        self.scale_now = scale
        near: set[int] = set()
        if view_rect is not None and scale >= ZOOM_LABELS:
            items = self.items(view_rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
            nodes = [it.index for it in items if isinstance(it, NodeItem)]
            if len(nodes) <= 150:
                near = set(nodes)
        for i in near:
            self.label(i)
        sats = {s for group in self.expanded.values() for s in group}
        selected = {it.index for it in self.selectedItems() if isinstance(it, NodeItem)}
        for i, label in self.labels.items():
            show = (
                scale >= self.thresholds.get(i, math.inf)
                or i in near
                or i == self.hover
                or i in selected
                or (i in sats and scale >= 0.5)
            )
            label.setVisible(show and self.visible_flags[i])

    def set_hover(self, i: int | None) -> None:
        self.hover = i
        layer = self.edge_layer
        layer.highlight = (
            {k for k in layer.incident.get(i, ()) if self.edge_shown(*layer.edges[k])}
            if i is not None
            else set()
        )
        if i is not None:
            self.label(i).setZValue(30)
            item = self.nodes[i]
            if not item.toolTip() and self.tooltip_for is not None:
                item.setToolTip(self.tooltip_for(i))
        layer.update()
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
                sat = self._add_node(info, self.nodes[ti].pos(), 5.0)
                self.visible_flags.append(self.visible_flags[ti])
                self.nodes[sat].setVisible(self.visible_flags[ti])
                self.satellites[key] = sat
                touched.add(ti)
            self.infos[sat].in_count += 1
            self.infos[sat].cited += count
            edges.append((si, sat, count))
            added.append(sat)
        self.expanded[si] = added
        for ti in touched:
            self._place_satellites(ti)
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
            self.nodes[s].setVisible(False)
            self.visible_flags[s] = False
            label = self.labels.pop(s, None)
            if label is not None:
                self.removeItem(label)
            info = self.infos[s]
            self.satellites.pop((self.index[info.node[1]], info.article), None)
        self.edge_layer.set_edges(edges)

    def _place_satellites(self, ti: int) -> None:
        from core.graph.layout import satellite_positions

        sats = sorted((a, s) for (t, a), s in self.satellites.items() if t == ti)
        centre = self.nodes[ti].pos()
        ring = self.nodes[ti].radius + 22 + 2 * len(sats)
        pts = satellite_positions((centre.x(), centre.y()), ring, len(sats))
        self._populating = True
        for (_a, s), (x, y) in zip(sats, pts, strict=True):
            self.nodes[s].setPos(x, y)
            label = self.label(s)
            label.setPos(self._label_anchor(s))
        self._populating = False
