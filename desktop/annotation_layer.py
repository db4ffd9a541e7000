"""The reader's annotation layer: coloured ExtraSelections over the text plus a note marker."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

import desktop.qt_guard  # noqa: F401  (first: see the module)
from desktop.offsets import OffsetMap

MARKER_RADIUS = 4.0  # px: the dot after an annotation that has a note
BAR_HEIGHT = 2.5  # px: the marker-pen line under every annotation
DARK_TEXT = "#1f2328"  # palette fills are pale: keep text dark on them in the dark theme too


@dataclass(frozen=True)
class AnnotationMark:
    """One placed annotation as the reader paints it; start/end are code points."""

    ann_id: int
    start: int
    end: int
    color: str  # "#RRGGBB" fill of its palette slot
    has_note: bool
    tip: str  # tooltip text: colour meaning, note, tags
    fuzzy: bool = False


def mark_selections(
    qdoc, offsets: OffsetMap, marks: Sequence[AnnotationMark]
) -> list[QTextEdit.ExtraSelection]:
    """ExtraSelections for ``marks`` (wider ones first, so a nested mark paints on top)."""
    out = []
    for m in sorted(marks, key=lambda m: (m.start, -(m.end - m.start))):
        a, b = offsets.span_to_utf16(m.start, m.end)
        if b <= a:
            continue
        cur = QTextCursor(qdoc)
        cur.setPosition(a)
        cur.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(m.color))
        fmt.setForeground(QColor(DARK_TEXT))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        if m.fuzzy:  # anchored by similarity: to be reviewed
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#c0392b"))
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cur
        sel.format = fmt
        out.append(sel)
    return out


def visible_range(view) -> tuple[int, int]:
    """UTF-16 positions at the viewport's top-left and bottom-right."""
    vp = view.viewport().rect()
    top = view.cursorForPosition(vp.topLeft()).position()
    bottom = view.cursorForPosition(vp.bottomRight()).position()
    return top, bottom


def line_segments(view, a: int, b: int) -> list[QRectF]:
    """Viewport rectangles of the text between UTF-16 positions a and b, one per laid-out line."""
    qdoc = view.document()
    dx = -view.horizontalScrollBar().value()
    dy = -view.verticalScrollBar().value()
    out: list[QRectF] = []
    block = qdoc.findBlock(a)
    while block.isValid() and block.position() < b:
        layout = block.layout()
        origin = layout.position()
        base = block.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            s = base + line.textStart()
            e = s + line.textLength()
            lo, hi = max(a, s), min(b, e)
            if hi <= lo:
                continue
            x1 = line.cursorToX(lo - base)[0]
            x2 = line.cursorToX(hi - base)[0]
            top = origin.y() + line.y() + dy
            out.append(QRectF(origin.x() + x1 + dx, top, x2 - x1, line.ascent() + line.descent()))
        block = block.next()
    return out


def paint_annotation_marks(view, offsets: OffsetMap, marks: Iterable[AnnotationMark]) -> int:
    """A marker-pen bar under every visible annotation (so it reads apart from the pale label
    backgrounds) and a dot where one with a note ends; returns how many marks were drawn."""
    lo, hi = visible_range(view)
    painter = None
    n = 0
    for m in marks:
        a, b = offsets.span_to_utf16(m.start, m.end)
        if b <= lo or a > hi:
            continue
        if painter is None:
            painter = QPainter(view.viewport())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = QColor(m.color).darker(150)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        segments = line_segments(view, a, b)
        for rect in segments:
            painter.drawRect(QRectF(rect.left(), rect.bottom() + 1, rect.width(), BAR_HEIGHT))
        if m.has_note and segments:
            last = segments[-1]
            r = MARKER_RADIUS
            centre = QPointF(last.right() + 1, last.top() - 1)
            painter.setPen(QPen(QColor("#ffffff"), 1))
            painter.setBrush(ink.darker(120))
            painter.drawEllipse(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
        n += 1
    if painter is not None:
        painter.end()
    return n


def marks_at(marks: Iterable[AnnotationMark], cp: int) -> list[AnnotationMark]:
    """The marks covering code point ``cp``, innermost first."""
    hits = [m for m in marks if m.start <= cp < m.end]
    return sorted(hits, key=lambda m: m.end - m.start)
