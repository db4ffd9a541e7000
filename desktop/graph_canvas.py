"""The graph's QGraphicsView: zoom, pan, fit, legend, node and edge hover, double-click."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsView, QToolTip

import desktop.qt_guard  # noqa: F401  (first: see the module)
from desktop import theme
from desktop.graph_scene import GraphScene, type_colour
from desktop.i18n import tr

MIN_SCALE, MAX_SCALE = 0.02, 8.0
ZOOM_STEP = 1.25
SETTLE_MS = 160
CACHE_VIEWPORTS = 4


class GraphCanvas(QGraphicsView):
    sig_node_activated = Signal(int)  # node index, double-clicked
    sig_node_context = Signal(int, QPoint)  # node index, global position
    sig_edge_hovered = Signal(int, QPoint)  # edge index, global position

    def __init__(self, scene: GraphScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.graph = scene
        self.legend: list[tuple[str, str]] = []  # (type key, text)
        self.legend_note = ""
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._lod_timer = QTimer(self)
        self._lod_timer.setSingleShot(True)
        self._lod_timer.setInterval(40)
        self._lod_timer.timeout.connect(self.refresh_labels)
        self._edge_timer = QTimer(self)
        self._edge_timer.setSingleShot(True)
        self._edge_timer.setInterval(250)
        self._edge_timer.timeout.connect(self._hover_edge)
        self._mouse = QPoint()
        # while zooming or panning, draw aliased; one antialiased frame once the view settles
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_settle_timeout)

    # --- zoom and pan ---------------------------------------------------------------------------

    def scale_now(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, anchor_mouse: bool = True) -> None:
        target = max(MIN_SCALE, min(MAX_SCALE, self.scale_now() * factor))
        factor = target / self.scale_now()
        if abs(factor - 1) < 1e-9:
            return
        if not anchor_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self._moving()
        self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.update_cache_mode()
        self._lod_timer.start()

    def update_cache_mode(self) -> None:
        """Cache the layers as pixmaps only while the whole drawing is a few viewports big."""
        drawing = self.transform().mapRect(self.graph.node_layer.boundingRect())
        vp = self.viewport().rect()
        self.graph.set_cached(
            drawing.width() * drawing.height() <= CACHE_VIEWPORTS * vp.width() * vp.height()
        )

    def _moving(self) -> None:
        self.graph.moving = True
        self._settle.start()

    def _on_settle_timeout(self) -> None:
        self.graph.moving = False
        self.graph.refresh_layers()

    def prepare(self) -> None:
        """Once a scope is drawn: index its edges while the user looks at it (idle)."""
        QTimer.singleShot(0, self, self.graph.edge_layer.prepare_index)

    def fit(self, rect: QRectF | None = None) -> None:
        r = rect if rect is not None else self.graph.nodes_rect(only_visible=True)
        if r.isEmpty():
            r = QRectF(-100, -100, 200, 200)
        r = r.adjusted(-30, -30, 30, 30)
        self.setSceneRect(self.graph.nodes_rect().adjusted(-2000, -2000, 2000, 2000))
        self.fitInView(r, Qt.AspectRatioMode.KeepAspectRatio)
        if self.scale_now() > 2.0:
            self.resetTransform()
            self.scale(2.0, 2.0)
            self.centerOn(r.center())
        self.update_cache_mode()
        self.refresh_labels()
        self.prepare()

    def center_on_node(self, i: int, min_scale: float = 0.9) -> None:
        if self.scale_now() < min_scale:
            self.resetTransform()
            self.scale(min_scale, min_scale)
        self.centerOn(self.graph.nodes[i].pos())
        self.update_cache_mode()
        self.refresh_labels()

    def refresh_labels(self) -> None:
        rect = self.mapToScene(self.viewport().rect()).boundingRect()
        self.graph.update_labels(self.scale_now(), rect)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        if not self.graph.cached:
            self._moving()  # drawn afresh each frame: aliased until the view settles
        super().scrollContentsBy(dx, dy)
        if self.scale_now() >= 0.9:
            self._lod_timer.start()

    def wheelEvent(self, event) -> None:  # noqa: N802
        delta = event.angleDelta().y()
        if delta:
            self.zoom_by(ZOOM_STEP ** (delta / 120))
            event.accept()

    def event(self, event) -> bool:
        # The main window's Ctrl+=/Ctrl+- resize the reader's text; over the graph they zoom.
        if event.type() == QEvent.Type.ShortcutOverride and self._zoom_key(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def _zoom_key(self, event) -> float | None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            return ZOOM_STEP
        if event.key() == Qt.Key.Key_Minus and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            return 1 / ZOOM_STEP
        if event.key() == Qt.Key.Key_0 and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            return 0.0
        return None

    def keyPressEvent(self, event) -> None:  # noqa: N802
        step = self._zoom_key(event)
        if step == 0.0:
            self.fit()
        elif step is not None:
            self.zoom_by(step, anchor_mouse=False)
        else:
            super().keyPressEvent(event)

    # --- mouse ----------------------------------------------------------------------------------

    def node_at(self, pos: QPoint) -> int | None:
        """The node under viewport point ``pos`` (with a pixel of slack), by index."""
        return self.graph.node_at(self.mapToScene(pos), 1.0 / max(self.scale_now(), 1e-6))

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        i = self.node_at(event.position().toPoint())
        if i is not None:
            self.sig_node_activated.emit(i)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if (
            event.button() == Qt.MouseButton.LeftButton
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and self.node_at(event.position().toPoint()) is None
        ):
            self.graph.clear_selection()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        self._mouse = event.position().toPoint()
        if event.buttons() == Qt.MouseButton.NoButton:
            self._edge_timer.start()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        self.refresh_labels()

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        i = self.node_at(event.pos())
        if i is not None:
            self.sig_node_context.emit(i, event.globalPos())
            event.accept()

    def _hover_edge(self) -> None:
        if not self.underMouse() or self.node_at(self._mouse) is not None:
            return
        k = self.edge_at(self._mouse)
        layer = self.graph.edge_layer
        if k is None:
            if layer.highlight and self.graph.hover is None:
                layer.highlight = set()
                layer.update()
            return
        layer.highlight = {k}
        layer.update()
        self.sig_edge_hovered.emit(k, self.viewport().mapToGlobal(self._mouse))

    def edge_at(self, pos: QPoint) -> int | None:
        tolerance = 5.0 / max(self.scale_now(), 1e-6)
        return self.graph.edge_layer.nearest(self.mapToScene(pos), tolerance)

    def show_tip(self, html: str, global_pos: QPoint) -> None:
        QToolTip.showText(global_pos, html, self.viewport())

    # --- legend -----------------------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        if not self.legend:
            return
        painter.save()
        # back to viewport pixels, also when render() draws into an image or SVG
        painter.setWorldTransform(self.viewportTransform().inverted()[0], True)
        paint_legend(
            painter, self.legend, self.legend_note, QPointF(10, self.viewport().height() - 10)
        )
        painter.restore()


def paint_legend(
    painter: QPainter, entries: list[tuple[str, str]], note: str, corner: QPointF
) -> None:
    """The type legend as a plate whose bottom-left corner is ``corner`` (viewport pixels)."""
    pal = theme.current()
    font = theme.ui_font(8.5)
    painter.setFont(font)
    fm = painter.fontMetrics()
    row = fm.height() + 3
    width = max([fm.horizontalAdvance(text) for _k, text in entries] + [fm.horizontalAdvance(note)])
    width += 34
    height = row * (len(entries) + (1 if note else 0)) + 10
    box = QRectF(corner.x(), corner.y() - height, width, height)
    plate = QColor(pal.base)
    plate.setAlpha(225)
    painter.setPen(QPen(QColor(pal.muted), 0.8))
    painter.setBrush(plate)
    painter.drawRoundedRect(box, 5, 5)
    y = box.top() + 5
    for key, text in entries:
        c = QPointF(box.left() + 14, y + row / 2)
        if key == "":
            painter.setPen(QPen(type_colour(""), 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(QPen(type_colour(key).darker(135), 1.0))
            painter.setBrush(type_colour(key))
        painter.drawEllipse(c, 5, 5)
        painter.setPen(QColor(pal.text))
        painter.drawText(QPointF(box.left() + 26, y + fm.ascent() + 1), text)
        y += row
    if note:
        painter.setPen(QColor(pal.muted))
        painter.drawText(QPointF(box.left() + 8, y + fm.ascent() + 1), note)


def legend_text(key: str, count: int) -> str:
    return f"{key or tr('graph.missing')}  {count}"
