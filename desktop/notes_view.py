"""Tools › All annotations: every note across the library, filterable, the source for export."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from core.annotations import ORPHAN, Annotation
from core.annotations.models import STATUSES
from core.library import Library
from desktop.annotation_model import ANN_ROLE, AnnotationTableModel
from desktop.annotations_panel import AnnotationFilters
from desktop.i18n import tr

log = logging.getLogger(__name__)


class NotesView(QDialog):
    """A non-modal window listing annotations of the whole library (or chosen documents)."""

    sig_open_at = Signal(int, int, int)  # doc_id, start, end
    sig_edit = Signal(int)
    sig_delete = Signal(int)
    sig_attach = Signal(int)
    sig_export = Signal(object, object)  # doc_ids (list or None), tag (str or None)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesView")
        self.setWindowTitle(tr("ann.all.title"))
        self.resize(1100, 640)
        self.library = library
        self.filters = AnnotationFilters(self)
        self.document = QComboBox()
        self.status = QComboBox()
        self.status.addItem(tr("ann.filter.all_status"), None)
        for s in STATUSES:
            self.status.addItem(
                tr(f"ann.status.{s}" if s != "fuzzy" else "ann.status.fuzzy_all"), s
            )
        self.model = AnnotationTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((190, 80, 70, 260, 260, 110, 80, 120)):
            self.table.setColumnWidth(col, width)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.open_button = QPushButton(tr("ann.open"))
        self.edit_button = QPushButton(tr("ann.edit"))
        self.delete_button = QPushButton(tr("ann.delete"))
        self.attach_button = QPushButton(tr("ann.attach"))
        self.attach_button.setToolTip(tr("ann.attach.tip"))
        self.export_button = QPushButton(tr("ann.export"))
        top = QHBoxLayout()
        top.addWidget(self.filters, 3)
        side = QVBoxLayout()
        side.addWidget(self.document)
        side.addWidget(self.status)
        top.addLayout(side, 2)
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addStretch(1)
        for b in (
            self.open_button,
            self.edit_button,
            self.delete_button,
            self.attach_button,
            self.export_button,
        ):
            row.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        self.filters.sig_changed.connect(self.reload)
        self.document.currentIndexChanged.connect(self.reload)
        self.status.currentIndexChanged.connect(self.reload)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().currentChanged.connect(self._on_table_current_changed)
        self.open_button.clicked.connect(self._open_current)
        self.edit_button.clicked.connect(lambda: self._emit_current(self.sig_edit))
        self.delete_button.clicked.connect(lambda: self._emit_current(self.sig_delete))
        self.attach_button.clicked.connect(lambda: self._emit_current(self.sig_attach))
        self.export_button.clicked.connect(self._on_export_clicked)
        self.reload()

    def _fill_documents(self) -> None:
        current = self.document.currentData()
        self.document.blockSignals(True)
        self.document.clear()
        self.document.addItem(tr("ann.filter.all_docs"), None)
        for d in self.library.list_documents():
            self.document.addItem(d.title, d.id)
        i = self.document.findData(current) if current is not None else 0
        self.document.setCurrentIndex(max(0, i))
        self.document.blockSignals(False)

    def reload(self) -> None:
        current = self.current_annotation()
        anns: list[Annotation] = []
        palette = ()
        try:
            palette = self.library.palette()
            self.filters.set_choices(self.library.annotation_tags(), palette)
            self._fill_documents()
            anns = self.library.annotations(
                doc_id=self.document.currentData(),
                status=self.status.currentData(),
                **self.filters.query(),
            )
        except Exception:  # noqa: BLE001 - the list shows none; the log has why
            log.exception("listing annotations failed")
        self.model.set_annotations(anns, palette)
        self.count.setText(tr("ann.all.count", n=len(anns)))
        if current is not None:
            self.select(current.id)
        self._update_buttons()

    def select(self, ann_id: int) -> bool:
        for row, ann in enumerate(self.model.annotations()):
            if ann.id == ann_id:
                self.table.selectRow(row)
                return True
        return False

    def current_annotation(self) -> Annotation | None:
        if not hasattr(self, "table"):
            return None
        idx = self.table.currentIndex()
        return idx.data(ANN_ROLE) if idx.isValid() else None

    def export_scope(self) -> tuple[list[int] | None, str | None]:
        """(doc_ids, tag) of what the filters show, for the export dialog."""
        doc_id = self.document.currentData()
        return ([doc_id] if doc_id is not None else None), self.filters.tag.currentData()

    def _emit_current(self, signal) -> None:
        ann = self.current_annotation()
        if ann is not None:
            signal.emit(ann.id)

    def _open_current(self) -> None:
        ann = self.current_annotation()
        if ann is not None and ann.doc_id is not None:
            if ann.status == ORPHAN:
                self.sig_open_at.emit(ann.doc_id, 0, 0)
            else:
                self.sig_open_at.emit(ann.doc_id, ann.start, ann.end)

    def _update_buttons(self) -> None:
        ann = self.current_annotation()
        writable = not self.library.read_only
        self.open_button.setEnabled(ann is not None and ann.doc_id is not None)
        self.edit_button.setEnabled(ann is not None and writable)
        self.delete_button.setEnabled(ann is not None and writable)
        self.attach_button.setEnabled(ann is not None and ann.status != "exact" and writable)

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self._open_current()

    def _on_table_current_changed(self, _cur: QModelIndex, _prev: QModelIndex) -> None:
        self._update_buttons()

    def _on_export_clicked(self) -> None:
        self.sig_export.emit(*self.export_scope())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus():
            self._emit_current(self.sig_delete)
            return
        super().keyPressEvent(event)
