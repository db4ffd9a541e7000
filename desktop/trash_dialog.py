"""Library › Trash: the removed documents, restored or deleted for good (ROBUSTNESS H8)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.library import Library
from core.records import TrashedDocument
from desktop.errors import show_error
from desktop.i18n import tr
from desktop.record_table_model import RecordTableModel

log = logging.getLogger(__name__)
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("title", "removed", "annotations", "source")


class TrashModel(RecordTableModel[TrashedDocument]):
    """The trashed documents, most recently removed first."""

    columns = COLUMNS
    header_prefix = "trash.col."

    def cell(self, row: TrashedDocument, column: str, role: int):
        if role == DOC_ID_ROLE:
            return row.doc_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "title":
                return row.title
            if column == "removed":
                return row.deleted_at[:19].replace("T", " ")
            if column == "annotations":
                return row.annotations
            return row.source_path or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{row.source_path or ''}"
        return None


class TrashDialog(QDialog):
    """Lists the trash; Restore puts documents back, Delete permanently is the hard delete."""

    sig_restored = Signal(list)  # ids now back in the library
    sig_deleted = Signal(int)  # how many were deleted for good

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(tr("trash.title"))
        self.resize(760, 420)
        self.model = TrashModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.info = QLabel(tr("trash.info"))
        self.info.setWordWrap(True)
        self.info.setObjectName("muted")
        self.empty_label = QLabel(tr("trash.empty_label"))
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(tr("trash.restore"))
        self.delete_button = QPushButton(tr("trash.delete"))
        self.empty_button = QPushButton(tr("trash.empty"))
        close = QPushButton(tr("trash.close"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        lay = QVBoxLayout(self)
        lay.addWidget(self.info)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty_label)
        lay.addWidget(buttons)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.empty_button.clicked.connect(self._on_empty_clicked)
        close.clicked.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    # --- state -----------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            rows = self.library.trashed_documents()
        except Exception as e:  # noqa: BLE001 - an empty list and the reason, not a crash
            log.exception("trashed_documents")
            show_error(self, tr("error.trash"), e)
            rows = []
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows()[r].doc_id for r in rows]

    def select_ids(self, doc_ids: list[int]) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        for r, row in enumerate(self.model.rows()):
            if row.doc_id in doc_ids:
                sel.select(
                    self.model.index(r, 0),
                    sel.SelectionFlag.Select | sel.SelectionFlag.Rows,
                )

    def _update_buttons(self, *_args) -> None:
        writable = not self.library.read_only
        chosen = bool(self.table.selectionModel().selectedRows())
        self.restore_button.setEnabled(writable and chosen)
        self.delete_button.setEnabled(writable and chosen)
        self.empty_button.setEnabled(writable and self.model.rowCount() > 0)

    # --- operations ------------------------------------------------------------------------

    def restore_selected(self) -> list[int]:
        ids = self.selected_ids()
        if not ids:
            return []
        try:
            restored = self.library.restore_documents(ids)
        except Exception as e:  # noqa: BLE001 - told to the user; nothing was changed
            show_error(self, tr("error.trash"), e)
            restored = []
        self.reload()
        if restored:
            self.sig_restored.emit(restored)
        return restored

    def delete_selected(self, confirm: bool = True) -> int:
        return self._delete(self.selected_ids(), confirm)

    def empty(self, confirm: bool = True) -> int:
        return self._delete(None, confirm)

    def _delete(self, ids: list[int] | None, confirm: bool) -> int:
        n = self.model.rowCount() if ids is None else len(ids)
        if n == 0:
            return 0
        if confirm:
            answer = QMessageBox.warning(
                self,
                tr("trash.title"),
                tr("trash.delete.confirm", n=n),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        try:
            deleted = self.library.empty_document_trash(ids)
        except Exception as e:  # noqa: BLE001 - told to the user; nothing was changed
            show_error(self, tr("error.trash"), e)
            deleted = 0
        self.reload()
        if deleted:
            self.sig_deleted.emit(deleted)
        return deleted

    # --- slots -----------------------------------------------------------------------------

    def _on_restore_clicked(self) -> None:
        self.restore_selected()

    def _on_delete_clicked(self) -> None:
        self.delete_selected()

    def _on_empty_clicked(self) -> None:
        self.empty()
