"""Every reference of the open document (resolved or not) and the documents citing it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

import desktop.qt_guard  # noqa: F401
from desktop import theme
from desktop.i18n import tr

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class ReferencesModel(QAbstractTableModel):
    """Rows are reference dicts (from the document) or cited-by dicts (from Library.cited_by)."""

    def __init__(self, cited_by: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.cited_by = cited_by
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else (2 if self.cited_by else 3)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return r
        resolved = self.cited_by or r.get("target_id") is not None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if self.cited_by:
                return r.get("title") if col == 0 else r.get("text")
            if col == 0:
                return r.get("text")
            if col == 1:
                title = r.get("target_title") or ""
                art = r.get("target_article")
                return title + (tr("reader.ref.article", n=art) if art else "")
            return tr("ref.in_library") if resolved else tr("ref.missing")
        if role == Qt.ItemDataRole.ForegroundRole and not resolved:
            return QColor(theme.current().link_missing)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if self.cited_by:
            return (tr("obl.col.document"), tr("ref.col.text"))[section]
        return (tr("ref.col.text"), tr("ref.col.target"), tr("ref.col.status"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class ReferencesPanel(QWidget):
    sig_jump = Signal(int, int)  # a reference in this document: cp start, end
    sig_open = Signal(int, object)  # target doc_id, article
    sig_open_at = Signal(int, int, int)  # citing doc_id, cp start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refs = ReferencesModel(parent=self)
        self.citing = ReferencesModel(cited_by=True, parent=self)
        self.refs_title = QLabel()
        self.citing_title = QLabel()
        for lbl in (self.refs_title, self.citing_title):
            lbl.setContentsMargins(6, 6, 6, 2)
            lbl.setStyleSheet("font-weight: bold;")
        self.refs_view = _table(self.refs)
        self.citing_view = _table(self.citing)
        top, bottom = QWidget(), QWidget()
        for box, title, view in (
            (top, self.refs_title, self.refs_view),
            (bottom, self.citing_title, self.citing_view),
        ):
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(title)
            lay.addWidget(view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([400, 200])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        self.refs_view.clicked.connect(self._on_refs_view_clicked)
        self.refs_view.doubleClicked.connect(self._on_refs_view_double_clicked)
        self.citing_view.activated.connect(self._on_citing_view_activated)
        self.citing_view.doubleClicked.connect(self._on_citing_view_activated)
        self.set_rows([], [])

    def set_rows(self, refs: Sequence[dict[str, Any]], cited_by: Sequence[dict[str, Any]]) -> None:
        self.refs.set_rows(refs)
        self.citing.set_rows(cited_by)
        self.refs_title.setText(tr("ref.cites", n=len(refs)))
        self.citing_title.setText(tr("ref.cited_by", n=len(cited_by)))
        self.refs_view.resizeColumnToContents(0)
        self.refs_view.setColumnWidth(0, min(self.refs_view.columnWidth(0), 200))
        self.citing_view.setColumnWidth(0, 200)

    def _on_refs_view_clicked(self, index: QModelIndex) -> None:
        r = index.data(ROW_ROLE)
        if r:
            self.sig_jump.emit(int(r["start"]), int(r["end"]))

    def _on_refs_view_double_clicked(self, index: QModelIndex) -> None:
        r = index.data(ROW_ROLE)
        if r and r.get("target_id") is not None:
            self.sig_open.emit(int(r["target_id"]), r.get("target_article"))

    def _on_citing_view_activated(self, index: QModelIndex) -> None:
        r = index.data(ROW_ROLE)
        if r:
            self.sig_open_at.emit(int(r["doc_id"]), int(r["start"]), int(r["end"]))
