"""Qt models of a comparison: aligned pairs as table rows, the change list, the cell texts."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.compare import Comparison, Pair, Unit
from desktop.i18n import joined, tr

COL_STATUS, COL_A, COL_B = 0, 1, 2
PAIR_ROLE = Qt.ItemDataRole.UserRole + 1  # the core.compare.Pair
PAIR_INDEX_ROLE = Qt.ItemDataRole.UserRole + 2  # its index in Comparison.pairs
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # same | modified | …
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 4  # bool: anything but "same"

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CompareData:
    """What the worker hands the GUI: the comparison and both clean texts its offsets index."""

    comparison: Comparison
    text_a: str
    text_b: str
    a_id: int | None = None
    b_id: int | None = None
    a_date: str | None = None
    b_date: str | None = None


@dataclass(frozen=True)
class CellText:
    """One side of a row as shown: a note line (moved …) then each unit's text.

    ``segments`` are (cell_start, doc_start, doc_end) of each unit's text inside ``text``, so
    document offsets (the diff ops') map to cell offsets; all in code points.
    """

    text: str
    segments: tuple[tuple[int, int, int], ...]
    labels: tuple[tuple[int, int], ...]  # cell spans of the unit labels (bold)
    note: tuple[int, int] | None  # cell span of the note line

    def cell_offset(self, doc_offset: int) -> int | None:
        """The cell offset of a document offset, or None when no unit of this cell holds it."""
        k = bisect_right([s[1] for s in self.segments], doc_offset) - 1
        if k < 0:
            return None
        cell_start, doc_start, doc_end = self.segments[k]
        if doc_offset > doc_end:
            return None
        return cell_start + doc_offset - doc_start

    def cell_spans(self, doc_start: int, doc_end: int) -> list[tuple[int, int]]:
        """A document range clipped to each unit it touches, as cell ranges."""
        out = []
        for cell_start, s, e in self.segments:
            a, b = max(doc_start, s), min(doc_end, e)
            if a < b:
                out.append((cell_start + a - s, cell_start + b - s))
        return out


def units_label(units: tuple[Unit, ...]) -> str:
    return joined(u.label for u in units)


def status_text(pair: Pair) -> str:
    name = tr(f"compare.status.{pair.status}")
    if pair.moved and pair.status != "moved":
        name += tr("compare.and_moved")
    return name


def cell_text(pair: Pair, side: str, doc_text: str) -> CellText:
    """The text of one side of ``pair`` (empty for the missing side of added/deleted)."""
    units = pair.a if side == "a" else pair.b
    other = pair.b if side == "a" else pair.a
    parts: list[str] = []
    pos = 0
    note = None
    if pair.moved and units and other:
        key = "compare.moved_to" if side == "a" else "compare.moved_from"
        line = tr(key, label=units_label(other))
        parts.append(line + "\n")
        note = (0, len(line))
        pos = len(line) + 1
    segments, labels = [], []
    for k, u in enumerate(units):
        body = doc_text[u.start : u.end].rstrip()
        if k:
            parts.append("\n")
            pos += 1
        segments.append((pos, u.start, u.start + len(body)))
        if body.startswith(u.label):
            labels.append((pos, pos + len(u.label)))
        parts.append(body)
        pos += len(body)
    return CellText("".join(parts), tuple(segments), tuple(labels), note)


class CompareModel(QAbstractTableModel):
    """One row per aligned pair, in Comparison.pairs order: status | A | B."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.data_: CompareData | None = None
        self._cells: dict[tuple[int, str], CellText] = {}

    def set_data(self, data: CompareData | None) -> None:
        self.beginResetModel()
        self.data_ = data
        self._cells = {}
        self.endResetModel()

    @property
    def comparison(self) -> Comparison | None:
        return self.data_.comparison if self.data_ else None

    def pair(self, row: int) -> Pair:
        assert self.data_ is not None
        return self.data_.comparison.pairs[row]

    def cell(self, row: int, side: str) -> CellText:
        """The cell text of row ``row``'s side ``a`` or ``b`` (cached)."""
        key = (row, side)
        got = self._cells.get(key)
        if got is None:
            assert self.data_ is not None
            text = self.data_.text_a if side == "a" else self.data_.text_b
            got = self._cells[key] = cell_text(self.pair(row), side, text)
        return got

    def row_of_offset(self, side: str, offset: int) -> int | None:
        """The row whose ``side`` units hold document offset ``offset``."""
        if self.data_ is None:
            return None
        for row, p in enumerate(self.data_.comparison.pairs):
            for u in p.a if side == "a" else p.b:
                if u.start <= offset < u.end:
                    return row
        return None

    # Qt overrides -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self.data_ is None:
            return 0
        return len(self.data_.comparison.pairs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.data_ is None:
            return None
        row, col = index.row(), index.column()
        pair = self.pair(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_STATUS:
                return status_text(pair)
            return self.cell(row, "a" if col == COL_A else "b").text
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATUS:
            if pair.a and pair.b:
                return tr("compare.similarity", pct=round(pair.similarity * 100))
            return None
        if role == PAIR_ROLE:
            return pair
        if role == PAIR_INDEX_ROLE:
            return row
        if role == STATUS_ROLE:
            return pair.status
        if role == CHANGED_ROLE:
            return pair.status != "same"
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == COL_STATUS:
            return tr("compare.col.status")
        if section in (COL_A, COL_B) and self.data_ is not None:
            c = self.data_.comparison
            side, date = (c.a, self.data_.a_date) if section == COL_A else (c.b, self.data_.b_date)
            title = side.title or "—"
            return f"{'A' if section == COL_A else 'B'}  {title}" + (f"（{date}）" if date else "")
        return {COL_A: "A", COL_B: "B"}.get(section)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ChangesOnlyProxy(QSortFilterProxyModel):
    """Hides "same" rows when ``changes_only`` is on; keeps the pair order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._changes_only = False

    def set_changes_only(self, on: bool) -> None:
        if on != self._changes_only:
            self.beginFilterChange()
            self._changes_only = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def changes_only(self) -> bool:
        return self._changes_only

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        if not self._changes_only:
            return True
        idx = self.sourceModel().index(source_row, 0, source_parent)
        return bool(idx.data(CHANGED_ROLE))


class ChangeListModel(QAbstractListModel):
    """The sidebar: one row per changed pair ("修改  第十条"), holding its pair index."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, Pair]] = []
        self.colour_of: Callable[[str], str] | None = None  # status → text colour

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        pairs = comparison.pairs if comparison else ()
        self._rows = [(i, p) for i, p in enumerate(pairs) if p.status != "same"]
        self.endResetModel()

    def pair_rows(self) -> list[int]:
        return [i for i, _p in self._rows]

    def row_of_pair(self, pair_index: int) -> int:
        for r, (i, _p) in enumerate(self._rows):
            if i == pair_index:
                return r
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        i, pair = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{status_text(pair)}  {change_where(pair)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{status_text(pair)}  {change_where(pair)}"
            if pair.a and pair.b:
                tip += "\n" + tr("compare.similarity", pct=round(pair.similarity * 100))
            return tip
        if role == Qt.ItemDataRole.ForegroundRole and self.colour_of is not None:
            return QColor(self.colour_of(pair.status))
        if role == PAIR_INDEX_ROLE:
            return i
        if role == STATUS_ROLE:
            return pair.status
        return None


def change_where(pair: Pair) -> str:
    """第十条 → 第十一条, or one side's label for added/deleted/same-numbered pairs."""
    a, b = units_label(pair.a), units_label(pair.b)
    if not a or not b:
        return a or b
    return a if a == b else f"{a} → {b}"
