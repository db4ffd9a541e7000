"""The graph's drawing layers: all nodes in one item, all edges in one item, label plates."""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
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
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
)

import desktop.qt_guard  # noqa: F401  (first: see the module)
from desktop import theme
from desktop.graph_preview import Preview, paint_with_preview

if TYPE_CHECKING:
    from desktop.graph_scene import GraphScene

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
ZOOM_ARROWS = 0.35  # below this scale arrowheads are too small to see: not drawn
ZOOM_FINE = 0.6  # from this scale on, edges are as wide as their weight
FAST_EDGES = 1500  # above this many edges, zoomed-out edges are hairlines
WEIGHT_BUCKETS = (1, 2, 4, 8, 16)  # edge width classes by citation count
CELL = 64.0  # node grid cell (scene units); larger than any node's diameter
TILE = 256.0  # edge grid tile (scene units)
CULL_AREA = 0.35  # cull to the exposed rect when it is smaller than this share of the drawing


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


def crosses(line: QLineF, left: float, top: float, right: float, bottom: float) -> bool:
    """Whether a segment meets a rectangle (boxes overlap, and the corners straddle the line)."""
    x1, y1, x2, y2 = line.x1(), line.y1(), line.x2(), line.y2()
    if max(x1, x2) < left or min(x1, x2) > right or max(y1, y2) < top or min(y1, y2) > bottom:
        return False
    dx, dy = x2 - x1, y2 - y1
    sides = [dy * (cx - x1) - dx * (cy - y1) for cx in (left, right) for cy in (top, bottom)]
    return min(sides) <= 0 <= max(sides)


def segment_tiles(x1: float, y1: float, x2: float, y2: float) -> list[tuple[int, int]]:
    """The TILE-sized grid cells a segment passes through, column by column."""
    if x1 > x2:
        x1, y1, x2, y2 = x2, y2, x1, y1
    floor = math.floor
    tx0, tx1 = floor(x1 / TILE), floor(x2 / TILE)
    if tx0 == tx1:
        ty0, ty1 = sorted((floor(y1 / TILE), floor(y2 / TILE)))
        return [(tx0, ty) for ty in range(ty0, ty1 + 1)]
    slope = (y2 - y1) / (x2 - x1)
    out = []
    for tx in range(tx0, tx1 + 1):
        # the segment's y at this column's left and right edges (clamped to its ends)
        ya = y1 + (max(tx * TILE, x1) - x1) * slope
        yb = y1 + (min((tx + 1) * TILE, x2) - x1) * slope
        ty0, ty1 = sorted((floor(ya / TILE), floor(yb / TILE)))
        out += [(tx, ty) for ty in range(ty0, ty1 + 1)]
    return out


def clipped(line: QLineF, left: float, top: float, right: float, bottom: float) -> QLineF:
    """The part of a segment inside a rectangle (Liang–Barsky); the rasterizer then strokes
    a few hundred pixels instead of a line running far off screen."""
    x1, y1, dx, dy = line.x1(), line.y1(), line.dx(), line.dy()
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x1 - left), (dx, right - x1), (-dy, y1 - top), (dy, bottom - y1)):
        if p == 0:
            if q < 0:
                return QLineF()
        elif p < 0:
            t0 = max(t0, q / p)
        else:
            t1 = min(t1, q / p)
    if t0 > t1:
        return QLineF()
    if t0 == 0.0 and t1 == 1.0:
        return line
    return QLineF(x1 + t0 * dx, y1 + t0 * dy, x1 + t1 * dx, y1 + t1 * dy)


def blend(base: QColor, colour: QColor, a: float) -> QColor:
    """``colour`` at opacity ``a`` over ``base``, as an opaque colour (no blending at paint)."""
    return QColor.fromRgbF(
        base.redF() + (colour.redF() - base.redF()) * a,
        base.greenF() + (colour.greenF() - base.greenF()) * a,
        base.blueF() + (colour.blueF() - base.blueF()) * a,
    )


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


def node_style(key: str) -> tuple[QColor, QColor | None, float]:
    """(outline colour, fill colour or None for hollow, outline width in pixels) of a type."""
    if key == "":
        return QColor(MISSING_COLOUR), None, 1.6
    if key == "article":
        return QColor(theme.current().accent), QColor("#ffffff"), 1.4
    colour = type_colour(key)
    return colour.darker(135), colour, 1.0


class Node:
    """One node's state, shaped like the graphics item it replaces (pos, radius, flags).

    Nodes are not QGraphicsItems: thousands of items made the scene slow to build (~2 s for
    the library) and to paint. The NodeLayer draws them all and finds them by a grid.
    """

    __slots__ = ("layer", "index", "radius", "style", "_tip")

    def __init__(self, layer: NodeLayer, index: int, radius: float, style: str) -> None:
        self.layer = layer
        self.index = index
        self.radius = radius
        self.style = style
        self._tip = ""

    def pos(self) -> QPointF:
        return QPointF(self.layer.xs[self.index], self.layer.ys[self.index])

    def setPos(self, x: float, y: float) -> None:  # noqa: N802 - the item API it stands in for
        self.layer.move(self.index, x, y)

    def isVisible(self) -> bool:  # noqa: N802
        return self.layer.graph.visible_flags[self.index]

    def isSelected(self) -> bool:  # noqa: N802
        return self.index in self.layer.graph.selected

    def setSelected(self, on: bool) -> None:  # noqa: N802
        self.layer.graph.select(self.index, on)

    def brush(self) -> QBrush:
        fill = node_style(self.style)[1]
        return QBrush(fill) if fill is not None else QBrush(Qt.BrushStyle.NoBrush)

    def toolTip(self) -> str:  # noqa: N802
        return self._tip

    def setToolTip(self, tip: str) -> None:  # noqa: N802
        self._tip = tip


class NodeLayer(QGraphicsItem):
    """Every node in one item: dots of a few sizes per type, drawn by one call per class.

    A node is a round point whose pen is as wide as its disc in device pixels, drawn in one
    drawPoints per (type, size) over centres mapped to the device in one C++ call; a grid of
    cells finds nodes under the mouse and, when zoomed in, the few nodes in the exposed rect.
    """

    def __init__(self, graph: GraphScene) -> None:
        super().__init__()
        self.graph = graph
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.xs: list[float] = []
        self.ys: list[float] = []
        self.nodes: list[Node] = []
        self.grid: dict[tuple[int, int], list[int]] = {}
        self._classes: list[tuple[float, str, QPolygonF]] = []  # (radius, style, centres)
        self._dirty = True
        self._rect = QRectF()
        self._drag: tuple[int, float, float] | None = None

    def clear(self) -> None:
        self.xs, self.ys, self.nodes, self.grid = [], [], [], {}
        self.invalidate()

    def add(self, x: float, y: float, radius: float, style: str) -> Node:
        i = len(self.nodes)
        node = Node(self, i, radius, style)
        self.nodes.append(node)
        self.xs.append(x)
        self.ys.append(y)
        self.grid.setdefault(self._cell(x, y), []).append(i)
        return node

    @staticmethod
    def _cell(x: float, y: float) -> tuple[int, int]:
        return (math.floor(x / CELL), math.floor(y / CELL))

    def move(self, i: int, x: float, y: float) -> None:
        old, new = self._cell(self.xs[i], self.ys[i]), self._cell(x, y)
        if old != new:
            self.grid[old].remove(i)
            self.grid.setdefault(new, []).append(i)
        self.xs[i], self.ys[i] = x, y
        self.graph.node_moved(i)

    def invalidate(self) -> None:
        """Positions, sizes or visibility changed: regroup before the next paint."""
        self.prepareGeometryChange()
        self._dirty = True
        self._rect = self.graph.nodes_rect().adjusted(-4, -4, 4, 4)
        self.update()

    def _regroup(self) -> None:
        flags = self.graph.visible_flags
        groups: dict[tuple[float, str], list[QPointF]] = {}
        for i, node in enumerate(self.nodes):
            if flags[i]:
                key = (round(node.radius * 2) / 2, node.style)
                groups.setdefault(key, []).append(QPointF(self.xs[i], self.ys[i]))
        self._classes = [(r, s, QPolygonF(pts)) for (r, s), pts in sorted(groups.items())]
        self._dirty = False

    # --- finding ----------------------------------------------------------------------------

    def in_rect(self, rect: QRectF) -> list[int]:
        """Visible nodes whose centre lies in ``rect`` (scene units)."""
        flags = self.graph.visible_flags
        x0, y0 = self._cell(rect.left(), rect.top())
        x1, y1 = self._cell(rect.right(), rect.bottom())
        if (x1 - x0 + 1) * (y1 - y0 + 1) > 4 * len(self.grid) + 16:
            cells: Iterable[list[int]] = (
                v for (cx, cy), v in self.grid.items() if x0 <= cx <= x1 and y0 <= cy <= y1
            )
        else:
            cells = (
                self.grid.get((cx, cy), ()) for cx in range(x0, x1 + 1) for cy in range(y0, y1 + 1)
            )
        xs, ys = self.xs, self.ys
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        return [
            i
            for c in cells
            for i in c
            if flags[i] and left <= xs[i] <= right and top <= ys[i] <= bottom
        ]

    def at(self, x: float, y: float, slack: float = 0.0) -> int | None:
        """The visible node drawn on top at scene point (x, y), the biggest when they overlap."""
        cx, cy = self._cell(x, y)
        flags = self.graph.visible_flags
        best, best_r = None, -1.0
        for gx in (cx - 1, cx, cx + 1):
            for gy in (cy - 1, cy, cy + 1):
                for i in self.grid.get((gx, gy), ()):
                    r = self.nodes[i].radius
                    if (
                        flags[i]
                        and (self.xs[i] - x) ** 2 + (self.ys[i] - y) ** 2 <= (r + slack) ** 2
                        and r > best_r
                    ):
                        best, best_r = i, r
        return best

    # --- QGraphicsItem ------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def contains(self, point: QPointF) -> bool:
        # the scene asks this for hover, clicks and tooltips: only a node is "inside"
        return self.at(point.x(), point.y()) is not None

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self._dirty:
            self._regroup()
        to_device = painter.worldTransform()
        s = to_device.m11()
        rect = option.exposedRect
        area = self._rect.width() * self._rect.height()
        if area > 0 and rect.width() * rect.height() < CULL_AREA * area:
            classes = self._culled(rect.adjusted(-CELL / 2, -CELL / 2, CELL / 2, CELL / 2))
        else:
            classes = self._classes
        base = QColor(theme.current().base)
        styles = {key: node_style(key) for key in {c[1] for c in classes}}
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not self.graph.moving)
        pen = QPen()
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        for r, style, centres in classes:
            line, fill, width = styles[style]
            points = to_device.map(centres)
            d = 2 * r * s
            if d < 2.5:  # a dot: one pass, the type's colour (grey if hollow)
                pen.setColor(fill if fill is not None else line)
                pen.setWidthF(max(d + width, 1.5))
                painter.setPen(pen)
                painter.drawPoints(points)
                continue
            pen.setColor(line)
            pen.setWidthF(d + width)
            painter.setPen(pen)
            painter.drawPoints(points)
            pen.setColor(fill if fill is not None else base)
            pen.setWidthF(d - width)
            painter.setPen(pen)
            painter.drawPoints(points)
        self._paint_marks(painter, to_device, s)
        painter.restore()

    def _culled(self, rect: QRectF) -> list[tuple[float, str, QPolygonF]]:
        groups: dict[tuple[float, str], list[QPointF]] = {}
        for i in self.in_rect(rect):
            node = self.nodes[i]
            key = (round(node.radius * 2) / 2, node.style)
            groups.setdefault(key, []).append(QPointF(self.xs[i], self.ys[i]))
        return [(r, s, QPolygonF(pts)) for (r, s), pts in sorted(groups.items())]

    def _paint_marks(self, painter: QPainter, to_device, s: float) -> None:
        """Selected and hovered nodes get an accent ring."""
        marked = set(self.graph.selected)
        if self.graph.hover is not None:
            marked.add(self.graph.hover)
        if not marked:
            return
        pen = QPen(QColor(theme.current().accent), 2.2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for i in sorted(marked):
            if i < len(self.nodes) and self.graph.visible_flags[i]:
                c = to_device.map(QPointF(self.xs[i], self.ys[i]))
                rr = max(self.nodes[i].radius * s, 2.0) + 2.5
                painter.drawEllipse(c, rr, rr)

    # --- mouse: hover, select, drag -------------------------------------------------------------

    def hoverMoveEvent(self, event) -> None:  # noqa: N802
        i = self.at(event.pos().x(), event.pos().y())
        if i != self.graph.hover:
            self.graph.set_hover(i)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.graph.set_hover(None)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        i = self.at(event.pos().x(), event.pos().y())
        if i is None or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.graph.select(i, i not in self.graph.selected)
        elif i not in self.graph.selected:
            self.graph.clear_selection()
            self.graph.select(i, True)
        self._drag = (i, event.pos().x() - self.xs[i], event.pos().y() - self.ys[i])
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._drag is None:
            return
        i, dx, dy = self._drag
        self.move(i, event.pos().x() - dx, event.pos().y() - dy)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._drag = None
        self.graph.end_drag()


class EdgeLayer(QGraphicsItem):
    """Every edge in one item: prepared line lists per width class, drawn by a few C++ calls.

    Edges are opaque (pre-blended with the background) so crossings cost no blending; while
    the view moves they are aliased hairlines in device pixels. Zoomed in, a tile index of
    edge boxes limits the work to edges crossing the exposed rect. Paint time does no Python
    work per edge otherwise, except for the edges of a dragged or hovered node.
    """

    def __init__(self, graph: GraphScene) -> None:
        super().__init__()
        self.graph = graph
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.edges: list[tuple[int, int, int]] = []  # (source index, target index, weight)
        self.incident: dict[int, list[int]] = {}
        self.dynamic: set[int] = set()
        self.highlight: set[int] = set()  # edge indices drawn on top in the accent colour
        self._lines: list[list[QLineF]] = []
        self._points: list[QPolygonF] = []  # the same lines as point pairs, for the fast path
        self._arrows: list[QPainterPath] = []
        self._geo: list[tuple[QLineF, QPolygonF | None] | None] = []  # per edge, None = stale
        self._drawn: list[int] = []  # edge indices in the prepared lists
        self._tiles: dict[tuple[int, int], list[int]] | None = None  # built when first asked
        self._dirty = True
        self._rect = QRectF()
        self._preview = Preview()

    def set_edges(self, edges: list[tuple[int, int, int]]) -> None:
        self.edges = edges
        self.incident = {}
        for k, (u, v, _w) in enumerate(edges):
            self.incident.setdefault(u, []).append(k)
            self.incident.setdefault(v, []).append(k)
        self.rebuild()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def geometry(self, k: int) -> tuple[QLineF, QPolygonF | None]:
        """Edge ``k`` from the source's rim to the target's rim, and its arrowhead."""
        u, v, w = self.edges[k]
        layer = self.graph.node_layer
        px, py, qx, qy = layer.xs[u], layer.ys[u], layer.xs[v], layer.ys[v]
        dx, dy = qx - px, qy - py
        d = math.hypot(dx, dy)
        if d < 1e-6:
            return QLineF(px, py, qx, qy), None
        ux, uy = dx / d, dy / d
        ru, rv = layer.nodes[u].radius, layer.nodes[v].radius
        tx, ty = qx - ux * rv, qy - uy * rv
        size = 5.0 + 1.5 * bucket_of(w)
        bx, by = tx - ux * size * 1.6, ty - uy * size * 1.6
        head = QPolygonF(
            [
                QPointF(tx, ty),
                QPointF(bx - uy * size * 0.6, by + ux * size * 0.6),
                QPointF(bx + uy * size * 0.6, by - ux * size * 0.6),
            ]
        )
        start = QPointF(px + ux * ru, py + uy * ru)
        end = QPointF(bx, by) if d > rv + size * 1.6 else QPointF(tx, ty)
        return QLineF(start, end), head

    def _geometry(self, k: int) -> tuple[QLineF, QPolygonF | None]:
        geo = self._geo[k]
        if geo is None:
            geo = self._geo[k] = self.geometry(k)
        return geo

    def rebuild(self, moved: set[int] | None = None) -> None:
        """Node positions or sizes changed (all of them, or only ``moved``): redraw the edges."""
        if moved is None:
            self._geo = [None] * len(self.edges)
        else:
            for n in moved:
                for k in self.incident.get(n, ()):
                    self._geo[k] = None
        self.refilter()

    def refilter(self) -> None:
        """Which edges show changed: regroup them before the next paint."""
        self.prepareGeometryChange()
        self._rect = self.graph.nodes_rect().adjusted(-40, -40, 40, 40)
        self._dirty = True
        self._preview.clear()
        self.update()

    def _regroup(self) -> None:
        nb = len(WEIGHT_BUCKETS)
        self._lines = [[] for _ in range(nb)]
        self._arrows = [QPainterPath() for _ in range(nb)]
        points: list[list[QPointF]] = [[] for _ in range(nb)]
        self._drawn, self._tiles = [], None
        shown, dynamic = self.graph.edge_shown, self.dynamic
        for k, (u, v, w) in enumerate(self.edges):
            if not shown(u, v, w) or u in dynamic or v in dynamic:
                continue
            line, head = self._geometry(k)
            b = bucket_of(w)
            self._lines[b].append(line)
            points[b] += (line.p1(), line.p2())
            if head is not None:
                self._arrows[b].addPolygon(head)
            self._drawn.append(k)
        self._points = [QPolygonF(p) for p in points]
        self._dirty = False

    def _index_tiles(self) -> dict[tuple[int, int], list[int]]:
        """Each drawn edge under every tile its segment passes through (not its whole box):
        a long edge then costs nothing on frames that show none of its tiles."""
        tiles: dict[tuple[int, int], list[int]] = {}
        for k in self._drawn:
            line = self._geometry(k)[0]
            for tile in segment_tiles(line.x1(), line.y1(), line.x2(), line.y2()):
                tiles.setdefault(tile, []).append(k)
        return tiles

    def _in_rect(self, rect: QRectF, exact: bool = True) -> list[int]:
        """Drawn edges crossing ``rect``; with ``exact`` False, those passing through the
        tiles under it (a tile's width more at most: the painter clips them)."""
        if self._dirty:
            self._regroup()
        if self._tiles is None:
            self._tiles = self._index_tiles()
        tx0, tx1 = math.floor(rect.left() / TILE), math.floor(rect.right() / TILE)
        ty0, ty1 = math.floor(rect.top() / TILE), math.floor(rect.bottom() / TILE)
        found: set[int] = set()
        get = self._tiles.get
        for tx in range(tx0, tx1 + 1):
            for ty in range(ty0, ty1 + 1):
                found.update(get((tx, ty), ()))
        if not exact:
            return sorted(found)
        box = (rect.left(), rect.top(), rect.right(), rect.bottom())
        geo = self._geometry
        return sorted(k for k in found if crosses(geo(k)[0], *box))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self._dirty:
            self._regroup()
        rect = option.exposedRect
        if self.dynamic or self.graph.exporting:
            self._paint_area(painter, rect)
        else:
            # Zooming and panning show the last drawing, scaled, until the view settles (the
            # library's edges cost 20-40 ms a frame even as aliased hairlines); a quick drawing
            # with a margin past the view replaces it when it no longer covers the view.
            paint_with_preview(
                self._preview,
                painter,
                rect,
                widget,
                self._rect,
                self.graph.moving,
                self._paint_area,
            )
        self._paint_overlays(painter, painter.worldTransform().m11())

    def drop_preview(self) -> None:
        self._preview.clear()
        self.update()

    def prepare_index(self) -> None:
        """Build the tile index now (~60 ms for the library) rather than on the first frame
        that culls, in the middle of a zoom."""
        if self._dirty:
            self._regroup()
        if self._tiles is None:
            self._tiles = self._index_tiles()

    def _paint_area(self, painter: QPainter, rect: QRectF) -> None:
        area = self._rect.width() * self._rect.height()
        culled = area > 0 and rect.width() * rect.height() < CULL_AREA * area
        self._paint_bulk(painter, rect, painter.worldTransform(), culled)

    def _paint_bulk(self, painter: QPainter, rect: QRectF, to_device, culled: bool) -> None:
        lod = to_device.m11()
        pal = theme.current()
        base, text = QColor(pal.base), QColor(pal.text)
        crowded = len(self.edges) > 2000 and lod < 0.5  # a hairball: let the nodes show
        alpha = (0.13 if crowded else 0.31) if pal.name == "light" else (0.19 if crowded else 0.39)
        fine = lod >= ZOOM_FINE or len(self.edges) <= FAST_EDGES
        arrows = lod >= ZOOM_ARROWS
        painter.save()
        if not fine:
            # Thousands of antialiased lines under a scaling transform cost the raster engine
            # ~250 ms a frame; aliased hairlines in device pixels cost ~10 ms. Seen from afar
            # the citation count shows as shade instead of width.
            painter.resetTransform()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            bulk = self._points
            if culled:  # only the edges crossing the exposed rect
                pairs: list[list[QPointF]] = [[] for _ in WEIGHT_BUCKETS]
                for k in self._in_rect(rect, exact=False):
                    line = self._geometry(k)[0]
                    pairs[bucket_of(self.edges[k][2])] += (line.p1(), line.p2())
                bulk = [QPolygonF(p) for p in pairs]
            for b, points in enumerate(bulk):
                if points.isEmpty():
                    continue
                a = min(0.85, alpha * 0.5 + 0.14 * b) if crowded else alpha + 0.1 * b
                painter.setPen(QPen(blend(base, text, min(a, 0.85)), 0))
                painter.drawLines(to_device.map(points))
        else:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, not self.graph.moving)
            colour = blend(base, text, alpha)
            if culled:
                self._paint_culled(painter, rect, colour, arrows)
            else:
                for b, lines in enumerate(self._lines):
                    if lines:
                        self._set_pen(painter, colour, bucket_width(b))
                        painter.drawLines(lines)
                        if not arrows:
                            continue
                        painter.setPen(Qt.PenStyle.NoPen)
                        painter.setBrush(colour)
                        painter.drawPath(self._arrows[b])
        painter.restore()

    def _paint_overlays(self, painter: QPainter, lod: float) -> None:
        """The edges of a dragged node, and the hovered edges in the accent colour."""
        shown = self.graph.edge_shown
        extra = [k for n in self.dynamic for k in self.incident.get(n, ()) if shown(*self.edges[k])]
        if not extra and not self.highlight:
            return
        pal = theme.current()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if extra:
            colour = blend(QColor(pal.base), QColor(pal.text), 0.31)
            self._paint_edges(painter, extra, colour, lod >= ZOOM_ARROWS)
        if self.highlight:
            accent = QColor(pal.accent)
            self._paint_edges(painter, sorted(self.highlight), accent, True, extra_width=1.2)
        painter.restore()

    @staticmethod
    def _set_pen(painter: QPainter, colour: QColor, width: float) -> None:
        pen = QPen(colour, width)
        pen.setCosmetic(True)
        painter.setPen(pen)

    def _paint_culled(self, painter, rect: QRectF, colour: QColor, arrows: bool) -> None:
        margin = 20.0 / max(painter.worldTransform().m11(), 1e-6)  # past the pen's width
        wide = rect.adjusted(-margin, -margin, margin, margin)
        box = (wide.left(), wide.top(), wide.right(), wide.bottom())
        by_bucket: list[list[int]] = [[] for _ in WEIGHT_BUCKETS]
        edges = self.edges
        for k in self._in_rect(wide, exact=False):
            by_bucket[bucket_of(edges[k][2])].append(k)
        for b, ks in enumerate(by_bucket):
            if not ks:
                continue
            geo = [self._geometry(k) for k in ks]
            self._set_pen(painter, colour, bucket_width(b))
            lines = [clipped(line, *box) for line, _h in geo]
            painter.drawLines([line for line in lines if not line.isNull()])
            if arrows:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                path = QPainterPath()
                for _line, head in geo:
                    if head is not None:
                        path.addPolygon(head)
                painter.drawPath(path)

    def _paint_edges(self, painter, ks, colour, arrows, extra_width=0.0) -> None:
        for k in ks:
            line, head = self.geometry(k)
            self._set_pen(painter, colour, bucket_width(bucket_of(self.edges[k][2])) + extra_width)
            painter.drawLine(line)
            if arrows and head is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawPolygon(head)

    def nearest(self, point: QPointF, tolerance: float) -> int | None:
        """The visible edge passing closest to ``point`` (scene units), within ``tolerance``."""
        best, best_d = None, tolerance
        px, py = point.x(), point.y()
        layer = self.graph.node_layer
        xs, ys = layer.xs, layer.ys
        near = QRectF(px - tolerance, py - tolerance, 2 * tolerance, 2 * tolerance)
        candidates = self._in_rect(near) + sorted(
            k for n in self.dynamic for k in self.incident.get(n, ())
        )
        shown = self.graph.edge_shown
        for k in candidates:
            u, v, w = self.edges[k]
            if not shown(u, v, w):
                continue
            ax, ay, bx, by = xs[u], ys[u], xs[v], ys[v]
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
        self.text.setPos(-w / 2, 1)
        self.setRect(-w / 2 - 3, 0, w + 6, h + 2)
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
