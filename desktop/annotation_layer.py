"""The reader's annotation layer: coloured ExtraSelections over the text plus a note marker."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

import desktop.qt_guard  # noqa: F401  (first: see the module)
from desktop.offsets import OffsetMap

MARKER_RADIUS = 3.5  # px: the dot after an annotation that has a note
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
        if m.has_note:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(m.color).darker(170))
        if m.fuzzy:  # anchored by similarity: to be reviewed
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#c0392b"))
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cur
        sel.format = fmt
        out.append(sel)
    return out


def paint_note_markers(view, offsets: OffsetMap, marks: Iterable[AnnotationMark]) -> int:
    """Draw a small dot at the end of each annotation with a note; returns how many."""
    viewport = view.viewport()
    area = viewport.rect()
    painter = None
    n = 0
    for m in marks:
        if not m.has_note:
            continue
        cur = QTextCursor(view.document())
        cur.setPosition(offsets.to_utf16(m.end))
        rect = view.cursorRect(cur)
        if not area.intersects(rect.adjusted(-8, -8, 8, 8)):
            continue
        if painter is None:
            painter = QPainter(viewport)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(m.color).darker(160)
        painter.setPen(QPen(fill.darker(130), 1))
        painter.setBrush(fill)
        r = MARKER_RADIUS
        centre = QPointF(rect.left() + 1, rect.top() + r + 1)
        painter.drawEllipse(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
        n += 1
    if painter is not None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.end()
    return n


def marks_at(marks: Iterable[AnnotationMark], cp: int) -> list[AnnotationMark]:
    """The marks covering code point ``cp``, innermost first."""
    hits = [m for m in marks if m.start <= cp < m.end]
    return sorted(hits, key=lambda m: m.end - m.start)
