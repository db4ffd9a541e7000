"""The 批注 side panel: the open document's annotations by article, orphans first, filterable."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.annotations import ORPHAN, Annotation
from core.library import Library
from desktop.annotation_model import ANN_ROLE, ORPHAN_GROUP, AnnotationTreeModel
from desktop.i18n import tr

log = logging.getLogger(__name__)


class AnnotationFilters(QWidget):
    """Text, tag, colour and sort controls shared by the panel and the notes view."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, sort: bool = True) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("ann.filter.text"))
        self.text.setClearButtonEnabled(True)
        self.tag = QComboBox()
        self.color = QComboBox()
        self.sort = QComboBox()
        self.sort.addItem(tr("ann.sort.position"), "position")
        self.sort.addItem(tr("ann.sort.date"), "date")
        self.sort.setVisible(sort)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.tag, 1)
        row.addWidget(self.color, 1)
        row.addWidget(self.sort)
        lay.addLayout(row)
        self.text.textChanged.connect(self.sig_changed)
        for box in (self.tag, self.color, self.sort):
            box.currentIndexChanged.connect(self.sig_changed)

    def set_choices(self, tags, palette) -> None:
        """Refill the tag and colour boxes, keeping the current choice where it still exists."""
        for box, first, items in (
            (self.tag, tr("ann.filter.all_tags"), [(t, t) for t in tags]),
            (self.color, tr("ann.filter.all_colors"), [(p.name, p.slot) for p in palette]),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(first, None)
            for label, data in items:
                box.addItem(label, data)
            i = box.findData(current) if current is not None else 0
            box.setCurrentIndex(max(0, i))
            box.blockSignals(False)

    def query(self) -> dict:
        """Keyword arguments for ``Library.annotations``."""
        return {
            "tag": self.tag.currentData(),
            "color": self.color.currentData(),
            "text": self.text.text().strip() or None,
            "order": self.sort.currentData() or "position",
        }


class AnnotationsPanel(QWidget):
    """Lists one document's annotations; click jumps, double-click edits, Delete trashes."""

    sig_jump = Signal(int, int)  # code points in the current document
    sig_edit = Signal(int)
    sig_delete = Signal(int)
    sig_attach = Signal(int)  # attach this annotation to the reader's selection
    sig_show_all = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationsPanel")
        self.library = library
        self.doc_id: int | None = None
        self.filters = AnnotationFilters(self)
        self.model = AnnotationTreeModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(False)
        self.empty = QLabel(tr("ann.panel.empty"))
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.edit_button = QPushButton(tr("ann.edit"))
        self.delete_button = QPushButton(tr("ann.delete"))
        self.attach_button = QPushButton(tr("ann.attach"))
        self.attach_button.setToolTip(tr("ann.attach.tip"))
        self.all_button = QPushButton(tr("ann.all"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.filters)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.empty, 1)
        row = QHBoxLayout()
        for b in (self.edit_button, self.delete_button, self.attach_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.all_button)
        lay.addLayout(row)
        self.filters.sig_changed.connect(self.reload)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.edit_button.clicked.connect(lambda: self._emit_current(self.sig_edit))
        self.delete_button.clicked.connect(lambda: self._emit_current(self.sig_delete))
        self.attach_button.clicked.connect(lambda: self._emit_current(self.sig_attach))
        self.all_button.clicked.connect(self.sig_show_all)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.view,
            lambda: self._emit_current(self.sig_delete),
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.reload()

    def set_document(self, doc_id: int | None) -> None:
        if doc_id != self.doc_id:
            self.doc_id = doc_id
            self.reload()

    def reload(self) -> None:
        """Query the library with the filters; keep the current annotation selected."""
        current = self.current_annotation()
        anns: list[Annotation] = []
        palette = ()
        try:
            palette = self.library.palette()
            self.filters.set_choices(self.library.annotation_tags(), palette)
            if self.doc_id is not None:
                anns = self.library.annotations(doc_id=self.doc_id, **self.filters.query())
        except Exception:  # noqa: BLE001 - the panel shows none; the log has why
            log.exception("listing annotations failed")
        self.model.set_annotations(anns, palette)
        self.view.expandAll()
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if current is not None:
            self.select(current.id)
        self._update_buttons()

    def select(self, ann_id: int) -> bool:
        idx = self.model.index_of(ann_id)
        if idx.isValid():
            self.view.setCurrentIndex(idx)
            self.view.scrollTo(idx)
        return idx.isValid()

    def current_annotation(self) -> Annotation | None:
        idx = self.view.currentIndex() if hasattr(self, "view") else QModelIndex()
        return idx.data(ANN_ROLE) if idx.isValid() else None

    def orphan_index(self) -> QModelIndex:
        return self.model.group_index(ORPHAN_GROUP)

    def _emit_current(self, signal) -> None:
        ann = self.current_annotation()
        if ann is not None:
            signal.emit(ann.id)

    def _update_buttons(self) -> None:
        ann = self.current_annotation()
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(ann is not None and not self.library.read_only)
        self.attach_button.setEnabled(
            ann is not None and ann.status != "exact" and not self.library.read_only
        )

    def _on_view_clicked(self, index: QModelIndex) -> None:
        ann = index.data(ANN_ROLE)
        if ann is not None and ann.status != ORPHAN and ann.doc_id == self.doc_id:
            self.sig_jump.emit(ann.start, ann.end)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        ann = index.data(ANN_ROLE)
        if ann is not None:
            self.sig_edit.emit(ann.id)

    def _on_view_current_changed(self, _cur: QModelIndex, _prev: QModelIndex) -> None:
        self._update_buttons()
