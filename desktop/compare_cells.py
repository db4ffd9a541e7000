"""Painting a comparison row: each side's cell as a QTextDocument with the diff marked."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.compare import Pair
from desktop import theme
from desktop.compare_model import (
    COL_A,
    COL_STATUS,
    PAIR_INDEX_ROLE,
    CellText,
    CompareModel,
    status_text,
)
from desktop.offsets import OffsetMap

PAD = 8  # px around a cell's text
STATUS_WIDTH = 96
LINE_HEIGHT = 135  # percent


@dataclass(frozen=True)
class DiffColours:
    insert_bg: str
    insert_fg: str
    delete_bg: str
    delete_fg: str
    empty_bg: str
    note_fg: str
    status: dict[str, str]  # status → the colour of its name and its stripe


LIGHT = DiffColours(
    insert_bg="#cdf2d6",
    insert_fg="#0b5a26",
    delete_bg="#ffd9d9",
    delete_fg="#a1151b",
    empty_bg="#efefec",
    note_fg="#6b4fbb",
    status={
        "same": "#8a939c",
        "modified": "#b35c00",
        "moved": "#6b4fbb",
        "merged": "#1f6fb2",
        "split": "#1f6fb2",
        "added": "#1a7f37",
        "deleted": "#c0302f",
    },
)
DARK = DiffColours(
    insert_bg="#1f4a2c",
    insert_fg="#a6ecb4",
    delete_bg="#5c2326",
    delete_fg="#ffb8b3",
    empty_bg="#1b1d21",
    note_fg="#c3b1ff",
    status={
        "same": "#8a939c",
        "modified": "#f0a040",
        "moved": "#b7a2ff",
        "merged": "#79b8ff",
        "split": "#79b8ff",
        "added": "#6fdd8b",
        "deleted": "#ff8a80",
    },
)


def colours() -> DiffColours:
    return DARK if theme.current().name == "dark" else LIGHT


def insert_format(c: DiffColours) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(c.insert_bg))
    fmt.setForeground(QColor(c.insert_fg))
    fmt.setFontUnderline(True)
    return fmt


def delete_format(c: DiffColours) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(c.delete_bg))
    fmt.setForeground(QColor(c.delete_fg))
    fmt.setFontStrikeOut(True)
    return fmt


def build_cell_document(
    cell: CellText, pair: Pair, side: str, font: QFont, c: DiffColours
) -> QTextDocument:
    """The cell's text with labels bold, the note muted and this side's diff runs marked.

    Plain text equals ``cell.text``; positions are UTF-16 (``OffsetMap(cell.text)``).
    """
    qdoc = QTextDocument()
    qdoc.setDefaultFont(font)
    qdoc.setDocumentMargin(PAD)
    opt = QTextOption()
    opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    qdoc.setDefaultTextOption(opt)
    qdoc.setUndoRedoEnabled(False)
    qdoc.setPlainText(cell.text)
    if not cell.text:
        return qdoc
    m = OffsetMap(cell.text)
    cur = QTextCursor(qdoc)
    cur.beginEditBlock()

    def select(a: int, b: int) -> None:
        cur.setPosition(m.to_utf16(a))
        cur.setPosition(m.to_utf16(b), QTextCursor.MoveMode.KeepAnchor)

    cur.select(QTextCursor.SelectionType.Document)
    block = QTextBlockFormat()
    block.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cur.mergeBlockFormat(block)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    for a, b in cell.labels:
        select(a, b)
        cur.mergeCharFormat(bold)
    if cell.note:
        note = QTextCharFormat()
        note.setForeground(QColor(c.note_fg))
        note.setFontItalic(True)
        select(*cell.note)
        cur.mergeCharFormat(note)
    want = "delete" if side == "a" else "insert"
    fmt = delete_format(c) if side == "a" else insert_format(c)
    for op in pair.ops:
        if op.op != want:
            continue
        start, end = (op.a_start, op.a_end) if side == "a" else (op.b_start, op.b_end)
        for a, b in cell.cell_spans(start, end):
            select(a, b)
            cur.mergeCharFormat(fmt)
    cur.endEditBlock()
    return qdoc


class CompareDelegate(QStyledItemDelegate):
    """Paints status chips and the A/B cells from cached, width-bound QTextDocuments."""

    def __init__(self, model: CompareModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.font = theme.reader_font(12.0)
        self._docs: dict[tuple[int, int], QTextDocument] = {}

    def clear(self) -> None:
        self._docs.clear()

    def set_font(self, font: QFont) -> None:
        self.font = font
        self.clear()

    def document(self, row: int, col: int, width: int | None = None) -> QTextDocument:
        """The (cached) document of source row ``row``'s A or B column, laid out at ``width``."""
        key = (row, col)
        qdoc = self._docs.get(key)
        side = "a" if col == COL_A else "b"
        if qdoc is None:
            cell = self.model.cell(row, side)
            qdoc = build_cell_document(cell, self.model.pair(row), side, self.font, colours())
            self._docs[key] = qdoc
        if width is not None and int(qdoc.textWidth()) != width:
            qdoc.setTextWidth(width)
        return qdoc

    def row_height(self, row: int, width_a: int, width_b: int) -> int:
        h = max(
            self.document(row, COL_A, width_a).size().height(),
            self.document(row, 2, width_b).size().height(),
        )
        return max(int(h) + 2, 36)

    # Qt overrides -------------------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        if index.column() == COL_STATUS:
            return QSize(STATUS_WIDTH, 36)
        w = max(option.rect.width(), 80)
        qdoc = self.document(index.data(PAIR_INDEX_ROLE), index.column(), w)
        return QSize(w, int(qdoc.size().height()) + 2)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row = index.data(PAIR_INDEX_ROLE)
        if row is None:
            return
        pair = self.model.pair(row)
        c = colours()
        rect = option.rect
        pal = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setClipRect(rect)
        side_units = pair.a if index.column() == COL_A else pair.b
        if index.column() != COL_STATUS and not side_units:
            painter.fillRect(rect, QColor(c.empty_bg))
        if selected:  # a tint and a frame: a solid fill would hide the diff colours
            sel = QColor(theme.current().accent)
            sel.setAlpha(28)
            painter.fillRect(rect, sel)
            sel.setAlpha(255)
            painter.fillRect(rect.x(), rect.y(), rect.width(), 2, sel)
            painter.fillRect(rect.x(), rect.bottom() - 1, rect.width(), 2, sel)
        if index.column() == COL_STATUS:
            self._paint_status(painter, option, pair, c)
        else:
            qdoc = self.document(row, index.column(), rect.width())
            painter.translate(rect.topLeft())
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.palette.setColor(QPalette.ColorRole.Text, pal.color(QPalette.ColorRole.Text))
            ctx.clip = QRectF(0, 0, rect.width(), rect.height())
            qdoc.documentLayout().draw(painter, ctx)
        painter.restore()

    def _paint_status(self, painter, option, pair: Pair, c: DiffColours) -> None:
        rect = option.rect
        colour = QColor(c.status.get(pair.status, c.status["same"]))
        if pair.status != "same":
            painter.fillRect(rect.x(), rect.y(), 4, rect.height(), colour)
        font = QFont(option.font)
        font.setBold(pair.status != "same")
        painter.setFont(font)
        painter.setPen(colour)
        text = status_text(pair)
        if pair.a and pair.b and pair.status != "same":
            text += f"\n{round(pair.similarity * 100)}%"
        painter.drawText(
            rect.adjusted(10, PAD, -4, -4),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            text,
        )
