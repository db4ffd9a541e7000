"""Tools › Corrections of the analysis: every reading the user set by hand, across the library.

A reviewer who corrected readings over weeks needs to see them together: what they set beside
what the analysis read, to open each at its sentence, and to take one back. A correction whose
sentence left the text (an edited file re-imported) is listed as unplaced; it can be forgotten
here, since nothing in a document leads to it any more. One that followed its sentence into new
wording says so, and shows the text as the user corrected it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.records import Correction
from desktop import theme
from desktop.i18n import joined, label_name, tr
from desktop.record_table_model import RECORD_ROLE, RecordTableModel

COLUMNS = ("document", "reading", "analysis", "text")


def reading_text(labels: tuple[str, ...], subject: str | None) -> str:
    """义务 · 网络运营者: labels and bearer as one cell."""
    names = joined(label_name(x) for x in labels) or tr("fix.no_label")
    return f"{names} · {subject}" if subject else names


class CorrectionsModel(RecordTableModel[Correction]):
    """The corrections of the library, as the core lists them (document, then text order)."""

    columns = COLUMNS
    header_prefix = "fixes.col."

    def cell(self, c: Correction, column: str, role: int):
        placed = c.placed and c.doc_id is not None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "document":
                return c.doc_title
            if column == "reading":
                return reading_text(c.labels, c.subject)
            if column == "analysis":
                return reading_text(c.auto_labels, c.auto_subject)
            # Its state goes before the text, in the wide column, where no eliding hides it.
            state = (
                ""
                if placed and not c.reworded
                else tr("fixes.reworded" if placed else "fixes.unplaced")
            )
            quote = c.quote if role == Qt.ItemDataRole.ToolTipRole else c.quote.replace("\n", " ")
            return state + quote
        if role == Qt.ItemDataRole.ForegroundRole and not placed:
            return QColor(theme.current().muted)
        return None


class CorrectionsDialog(QDialog):
    """The list, with Open and Back-to-the-analysis; the window's controller does the changes
    (``sig_revert``), so they go on its undo stack like every other correction."""

    sig_open = Signal(int, int, int)  # doc_id, start, end
    sig_revert = Signal(object)  # Correction
    sig_accept = Signal(object)  # Correction, reworded: keep it on the new wording

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("fixes.title"))
        self.resize(1000, 520)
        self.model = CorrectionsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.open_button = QPushButton(tr("fixes.open"))
        self.open_button.clicked.connect(self.open_selected)
        self.revert_button = QPushButton(tr("fix.revert"))
        self.revert_button.clicked.connect(self.revert_selected)
        self.accept_button = QPushButton(tr("fixes.accept"))
        self.accept_button.setToolTip(tr("fixes.accept.tip"))
        self.accept_button.clicked.connect(self.accept_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.revert_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def set_rows(self, rows: list[Correction]) -> None:
        self.model.set_rows(rows)
        unplaced = sum(1 for c in rows if not (c.placed and c.doc_id is not None))
        summary = tr("fixes.summary", n=len(rows), unplaced=unplaced)
        reworded = sum(1 for c in rows if c.placed and c.reworded and c.doc_id is not None)
        if reworded:
            summary += tr("fixes.summary.reworded", n=reworded)
        self.summary.setText(summary)
        self.view.resizeColumnsToContents()
        for col in range(3):
            self.view.setColumnWidth(col, min(self.view.columnWidth(col), 260))
        self._update_buttons()

    def selected(self) -> Correction | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def open_selected(self) -> None:
        c = self.selected()
        if c is not None and c.placed and c.doc_id is not None:
            self.sig_open.emit(c.doc_id, c.start, c.end)

    def revert_selected(self) -> None:
        c = self.selected()
        if c is not None:
            self.sig_revert.emit(c)

    def accept_selected(self) -> None:
        c = self.selected()
        if c is not None and _reworded(c):
            self.sig_accept.emit(c)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        c = index.data(RECORD_ROLE)
        if c is not None and c.placed and c.doc_id is not None:
            self.sig_open.emit(c.doc_id, c.start, c.end)

    def _update_buttons(self) -> None:
        c = self.selected()
        placed = c is not None and c.placed and c.doc_id is not None
        self.open_button.setEnabled(placed)
        self.revert_button.setEnabled(c is not None)
        self.accept_button.setEnabled(c is not None and _reworded(c))


def _reworded(c: Correction) -> bool:
    """Placed on a sentence whose wording changed since the user made the correction."""
    return bool(c.placed and c.reworded and c.doc_id is not None)
