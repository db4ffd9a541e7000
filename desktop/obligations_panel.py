"""Obligations, prohibitions and penalties of a document, by duty bearer; and across documents."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import desktop.qt_guard  # noqa: F401
from core.library import Library
from desktop import theme
from desktop.correction_controller import analysis_tip
from desktop.documents import LoadedDocument
from desktop.i18n import joined, label_name, tr
from desktop.workers import start_worker

DUTY_LABELS = ("obligation", "prohibition", "penalty")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
BEARER_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


def carried(row: dict[str, Any]) -> bool:
    """Whether the row's bearer is not written in its sentence but taken from an earlier one of
    the same article (…，应当… after 船长应当…): a reading the user may want to check."""
    own = row["sentence"].get("text") or row["text"]  # the sentence, not the list it opens
    return bool(row["bearer"]) and row["bearer"] not in own


def duty_rows(doc: LoadedDocument) -> list[dict[str, Any]]:
    """One row per sentence labelled obligation, prohibition or penalty."""
    rows = []
    for s in doc.sentences:
        labels = [x for x in s.get("labels") or () if x in DUTY_LABELS]
        if not labels:
            continue
        # a lead-in (…履行下列义务：) shows the items it opens, a plan's note of who does a task
        # (（省科技厅负责）) the task: what the duty is
        shown = doc.text[s.get("task_start", s["start"]) : s.get("list_end") or s["end"]]
        rows.append(
            {
                "doc_id": doc.id,
                "document": doc.title,
                "article": doc.article_of(int(s["start"])),
                "labels": labels,
                "bearer": s.get("subject") or "",
                "text": shown,
                "start": int(s["start"]),
                "end": int(s["end"]),
                "corrected": bool(s.get("corrected")),
                "sentence": s,
            }
        )
    return rows


class ObligationsModel(QAbstractTableModel):
    """Rows of duty sentences; columns optionally start with the document title."""

    def __init__(self, with_document: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self._carried_font = QFont()
        self._carried_font.setItalic(True)
        self.columns = (["document"] if with_document else []) + [
            "article",
            "label",
            "bearer",
            "text",
        ]

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and row["corrected"] and col in ("label", "bearer"):
            return analysis_tip(row["sentence"])  # the user's reading: say what the rules read
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == "label":
                return joined(label_name(x) for x in row["labels"])
            if col == "bearer":
                if role == Qt.ItemDataRole.ToolTipRole and carried(row):
                    return tr("obl.carried", bearer=row["bearer"])
                bearer = row["bearer"] or tr("obl.no_bearer")
                if role == Qt.ItemDataRole.DisplayRole and row["corrected"]:
                    # set by the user, not read by the analysis; first, so eliding keeps it
                    return f"✎ {bearer}"
                return bearer
            if col == "text" and role == Qt.ItemDataRole.DisplayRole:
                return row["text"].replace("\n", " ")
            return row[col]
        if role == Qt.ItemDataRole.BackgroundRole and col == "label":
            label = theme.primary_label(row["labels"])
            return QColor(theme.current().labels[label]) if label else None
        if role == Qt.ItemDataRole.ForegroundRole and col == "label":
            return QColor(theme.current().text)
        if (
            role == Qt.ItemDataRole.FontRole
            and col == "bearer"
            and carried(row)
            and not row["corrected"]
        ):
            return self._carried_font
        if role == ROW_ROLE:
            return row
        if role == BEARER_ROLE:
            return row["bearer"]
        if role == Qt.ItemDataRole.UserRole:  # sort key: document order for articles
            if col == "article":
                return (row["doc_id"], row["start"])
            return self.data(index)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(f"obl.col.{self.columns[section]}")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ObligationsProxy(QSortFilterProxyModel):
    """Sorts (articles in document order) and filters by one duty bearer (None = all)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bearer: str | None = None
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_bearer(self, bearer: str | None) -> None:
        self.beginFilterChange()
        self.bearer = bearer
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.bearer is None:
            return True
        idx = self.sourceModel().index(source_row, 0, source_parent)
        return idx.data(BEARER_ROLE) == self.bearer

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


def bearer_counts(rows: Sequence[dict[str, Any]]) -> list[tuple[str, int]]:
    return Counter(r["bearer"] for r in rows).most_common()


def fill_bearer_combo(combo: QComboBox, rows: Sequence[dict[str, Any]]) -> None:
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(tr("obl.all_bearers", n=len(rows)), None)
    for bearer, n in bearer_counts(rows):
        combo.addItem(f"{bearer or tr('obl.no_bearer')}（{n}）", bearer)
    combo.blockSignals(False)


MenuProvider = Callable[[QMenu, dict[str, Any]], object]


def row_menu(parent: QWidget, index: QModelIndex, provider: MenuProvider | None) -> QMenu | None:
    """The context menu of a duty row (what ``provider`` adds to it), None off the rows."""
    row = index.data(ROW_ROLE) if index.isValid() else None
    if row is None or provider is None:
        return None
    menu = QMenu(parent)
    provider(menu, row)
    return menu


def enable_row_menus(view: QTableView, menu_for: Callable[[QModelIndex], QMenu | None]) -> None:
    """A right-click on a row of ``view`` opens ``menu_for`` its index."""

    def show(pos) -> None:
        menu = menu_for(view.indexAt(pos))
        if menu is not None:
            menu.exec(view.viewport().mapToGlobal(pos))
            menu.deleteLater()

    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(show)


def make_table(proxy: QSortFilterProxyModel) -> QTableView:
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class ObligationsPanel(QWidget):
    """The side-panel table for the open document."""

    sig_jump = Signal(int, int)  # cp start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ObligationsModel(parent=self)
        self.proxy = ObligationsProxy(self)
        self.proxy.setSourceModel(self.model)
        # Adds the correction entries to a row's context menu (desktop/correction_controller.py)
        self.menu_provider: MenuProvider | None = None
        self.bearers = QComboBox()
        self.bearers.currentIndexChanged.connect(self._on_bearers_index_changed)
        self.view = make_table(self.proxy)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.activated.connect(self._on_view_clicked)
        enable_row_menus(self.view, self.context_menu)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.bearers)
        lay.addWidget(self.view, 1)

    def set_document(self, doc: LoadedDocument | None) -> None:
        rows = duty_rows(doc) if doc else []
        same = doc is not None and self.model.rows and self.model.rows[0]["doc_id"] == doc.id
        bearer = self.bearers.currentData() if same else None
        self.model.set_rows(rows)
        fill_bearer_combo(self.bearers, rows)
        self.proxy.set_bearer(None)
        if bearer is not None:
            self.set_bearer(bearer)  # the same document reloaded: keep the user's filter
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)
        self.view.setColumnWidth(2, min(120, max(80, self.view.sizeHintForColumn(2))))

    def set_bearer(self, bearer: str | None) -> None:
        i = self.bearers.findData(bearer)
        if i >= 0:
            self.bearers.setCurrentIndex(i)

    def _on_bearers_index_changed(self, _i: int) -> None:
        self.proxy.set_bearer(self.bearers.currentData())

    def _on_view_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row:
            self.sig_jump.emit(row["start"], row["end"])

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu of the row at ``index`` (None off the rows): its correction entries."""
        return row_menu(self, index, self.menu_provider)


def collect_rows(library: Library, doc_ids: Sequence[int]) -> list[dict[str, Any]]:
    """Duty rows of many documents (runs in a worker: the Library serialises access)."""
    rows: list[dict[str, Any]] = []
    for doc_id in doc_ids:
        info = library.document(doc_id)
        text = library.document_text(doc_id)
        rows.extend(duty_rows(LoadedDocument.build(info, text)))
    return rows


def export_csv(rows: Sequence[dict[str, Any]], path: Path) -> int:
    """Write rows as UTF-8 CSV with a BOM (so Excel shows Chinese correctly); atomic replace."""
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow([tr(f"obl.col.{c}") for c in ("document", "article", "label", "bearer", "text")])
        for r in rows:
            w.writerow([r["document"], r["article"], " ".join(r["labels"]), r["bearer"], r["text"]])
    tmp.replace(path)
    return len(rows)


class ObligationsDialog(QDialog):
    """All duties of one bearer across the selected documents, exportable to CSV."""

    sig_open = Signal(int, int, int)  # doc_id, cp start, end
    sig_loaded = Signal(int)

    def __init__(self, library: Library, doc_ids: Sequence[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("obl.dialog.title"))
        self.resize(1000, 600)
        self.library = library
        self.doc_ids = list(doc_ids)
        self.model = ObligationsModel(with_document=True, parent=self)
        self.proxy = ObligationsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.bearers = QComboBox()
        self.bearers.setMinimumWidth(260)
        self.bearers.currentIndexChanged.connect(self._on_bearers_index_changed)
        self.scope = QLabel(tr("obl.dialog.docs", n=len(self.doc_ids)))
        self.scope.setObjectName("muted")
        self.export_button = QPushButton(tr("obl.export"))
        self.export_button.clicked.connect(self._on_export_clicked)
        self.view = make_table(self.proxy)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.menu_provider: MenuProvider | None = None
        enable_row_menus(self.view, self.context_menu)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("obl.dialog.bearer")))
        top.addWidget(self.bearers)
        top.addWidget(self.scope, 1)
        top.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        self.worker = None
        self.reload()

    def reload(self) -> None:
        """Collect the rows again (off the GUI thread), e.g. after a reading was corrected."""
        self.worker = start_worker(
            lambda _p, _c: collect_rows(self.library, self.doc_ids),
            on_finished=self._on_worker_finished,
            on_failed=self._on_worker_failed,
        )

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu of the row at ``index`` (None off the rows): its correction entries."""
        return row_menu(self, index, self.menu_provider)

    def visible_rows(self) -> list[dict[str, Any]]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def set_bearer(self, bearer: str | None) -> None:
        i = self.bearers.findData(bearer)
        if i >= 0:
            self.bearers.setCurrentIndex(i)

    def _on_worker_finished(self, rows: list[dict[str, Any]]) -> None:
        first = not self.model.rows
        bearer = self.bearers.currentData()
        self.model.set_rows(rows)
        fill_bearer_combo(self.bearers, rows)
        if first:
            self.view.resizeColumnsToContents()
            self.view.setColumnWidth(0, min(self.view.columnWidth(0), 220))
        elif bearer is not None:
            self.set_bearer(bearer)  # a reload keeps the user's filter
        self.sig_loaded.emit(len(rows))

    def _on_worker_failed(self, failure) -> None:
        from desktop.errors import show_error

        show_error(self, tr("obl.dialog.title"), failure.error, failure.details)

    def _on_bearers_index_changed(self, _i: int) -> None:
        self.proxy.set_bearer(self.bearers.currentData())

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row:
            self.sig_open.emit(row["doc_id"], row["start"], row["end"])

    def _on_export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("obl.export"), "obligations.csv", "CSV (*.csv)"
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> int:
        from desktop.errors import show_error

        try:
            n = export_csv(self.visible_rows(), path)
        except OSError as e:
            show_error(self, tr("error.export"), e)
            return 0
        self.scope.setText(tr("obl.exported", n=n, path=path))
        return n
