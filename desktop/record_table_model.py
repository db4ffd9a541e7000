"""A table model over a list of frozen records from the service API (one row per record).

The trash and the corrections list show rows the core hands out whole; what differs is only how
a record fills its cells. Subclasses name their columns and the i18n prefix of the headers, and
implement ``cell``.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

import desktop.qt_guard  # noqa: F401  (first: see the module)
from desktop.i18n import tr

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 100  # clear of the subclasses own roles


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records; ``columns`` name the columns, headers are ``tr(header_prefix + name)``."""

    columns: tuple[str, ...] = ()
    header_prefix = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return tr(f"{self.header_prefix}{self.columns[section]}")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == RECORD_ROLE:
            return record
        return self.cell(record, self.columns[index.column()], role)

    def cell(self, record: R, column: str, role: int) -> Any:
        """What ``record`` shows in ``column`` for ``role`` (None for nothing)."""
        raise NotImplementedError

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
