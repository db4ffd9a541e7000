"""A layer's last drawing kept as an image, shown shifted and scaled while the view moves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import QWidget

import desktop.qt_guard  # noqa: F401  (first: see the module)

PREVIEW_MARGIN = 0.3  # a preview drawn while moving reaches this share of the view past each side
PREVIEW_ZOOM = 3.0  # scaled by more than this either way, a preview is drawn afresh
KEEP_SHARE = 0.5  # a settled drawing of less than this share of the view is not kept


class Preview:
    """One image of a layer: where it lies (scene units), the scale it was drawn at, and
    whether it is the sharp (antialiased) drawing or a quick one made while moving.

    Zoom and pan frames show it instead of drawing thousands of edges and nodes again; the
    owner drops it whenever what the layer draws changes.
    """

    def __init__(self) -> None:
        self.where = QRectF()
        self.image: QImage | None = None
        self.scale = 0.0
        self.sharp = False

    def clear(self) -> None:
        self.image = None

    def covers(self, rect: QRectF, scale: float, same_scale: bool = False) -> bool:
        if self.image is None or rect.isEmpty():
            return self.image is not None
        if not self.where.contains(rect):
            return False
        ratio = scale / self.scale
        if same_scale:
            return abs(ratio - 1.0) < 1e-9
        return 1 / PREVIEW_ZOOM < ratio < PREVIEW_ZOOM

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        """The part of the image under ``rect`` (scene units), scaled to the painter's zoom."""
        assert self.image is not None
        part = rect.intersected(self.where)
        if part.isEmpty():
            return
        where, image = self.where, self.image
        sx = image.width() / where.width()
        sy = image.height() / where.height()
        source = QRectF(
            (part.left() - where.left()) * sx,
            (part.top() - where.top()) * sy,
            part.width() * sx,
            part.height() * sy,
        )
        painter.drawImage(part, image, source)

    def render(
        self,
        painter: QPainter,
        rect: QRectF,
        paint: Callable[[QPainter, QRectF], None],
        *,
        sharp: bool,
        keep: bool = True,
    ) -> None:
        """Draw ``rect`` (scene units) by ``paint`` into an image, show it, and keep it."""
        to_device = painter.worldTransform()
        device = to_device.mapRect(rect).toAlignedRect()
        if device.isEmpty():
            return
        dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        image = QImage(device.size() * dpr, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)
        image.fill(Qt.GlobalColor.transparent)
        off = QPainter(image)
        off.setTransform(to_device * QTransform.fromTranslate(-device.x(), -device.y()))
        paint(
            off,
            off.worldTransform()
            .inverted()[0]
            .mapRect(QRectF(0, 0, device.width(), device.height())),
        )
        off.end()
        painter.save()
        painter.resetTransform()
        painter.drawImage(device.topLeft(), image)
        painter.restore()
        if keep:
            self.where = to_device.inverted()[0].mapRect(QRectF(device))
            self.image, self.scale, self.sharp = image, to_device.m11(), sharp


def view_rect(painter: QPainter, widget: QWidget | None, fallback: QRectF) -> QRectF:
    """The viewport in scene units (``fallback`` when drawing into a cache or an export)."""
    if widget is None:
        return fallback
    return painter.worldTransform().inverted()[0].mapRect(QRectF(widget.rect()))


def with_margin(view: QRectF, share: float = PREVIEW_MARGIN) -> QRectF:
    mx, my = view.width() * share, view.height() * share
    return view.adjusted(-mx, -my, mx, my)


def paint_with_preview(
    preview: Preview,
    painter: QPainter,
    exposed: QRectF,
    widget: QWidget | None,
    bounds: QRectF,
    moving: bool,
    paint: Callable[[QPainter, QRectF], None],
) -> None:
    """Draw ``exposed`` from ``preview`` when it serves, else by ``paint`` (keeping the result).

    While the view moves any preview within PREVIEW_ZOOM of the current scale serves, and a
    new one is drawn quickly with a margin past the view. Settled, only the sharp drawing at
    this very scale serves (hover and label updates then cost a blit).
    """
    rect = exposed.intersected(bounds)
    if rect.isEmpty():
        return
    scale = painter.worldTransform().m11()
    if preview.covers(rect, scale, same_scale=not moving) and (moving or preview.sharp):
        preview.draw(painter, rect)
        return
    view = view_rect(painter, widget, exposed).intersected(bounds)
    if moving:
        area = with_margin(view).intersected(bounds).united(rect)
        preview.render(painter, area, paint, sharp=False)
    elif rect.width() * rect.height() >= KEEP_SHARE * view.width() * view.height():
        preview.render(painter, rect, paint, sharp=True)
    else:
        paint(painter, rect)
