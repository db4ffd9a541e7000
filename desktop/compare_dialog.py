"""The "Compare…" dialog: pick two documents (each list with a filter); the older becomes A."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.records import DocumentSummary
from desktop.i18n import tr

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def documents_model(docs: Sequence[DocumentSummary], parent=None) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    for d in docs:
        extra = " · ".join(x for x in (d.doc_type, d.date) if x)
        item = QStandardItem(f"{d.title}  （{extra}）" if extra else d.title)
        item.setData(d.id, DOC_ID_ROLE)
        item.setToolTip(d.title)
        item.setEditable(False)
        model.appendRow(item)
    return model


class _Picker(QWidget):
    """A filter line over a list of documents."""

    def __init__(self, title: str, model: QStandardItemModel, parent=None) -> None:
        super().__init__(parent)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("compare.dialog.filter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(f"<b>{title}</b>")
        lay.addWidget(heading)
        lay.addWidget(self.filter)
        lay.addWidget(self.list, 1)

    def doc_id(self) -> int | None:
        idx = self.list.currentIndex()
        if not idx.isValid() or not self.list.selectionModel().isSelected(idx):
            return None
        return idx.data(DOC_ID_ROLE)

    def select(self, doc_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            idx = self.proxy.index(r, 0)
            if idx.data(DOC_ID_ROLE) == doc_id:
                self.list.setCurrentIndex(idx)
                self.list.scrollTo(idx)
                return True
        return False

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())


class CompareDialog(QDialog):
    """Two document pickers; ``chosen()`` gives the two picked ids (ordering is the caller's)."""

    def __init__(
        self,
        docs: Sequence[DocumentSummary],
        preselect: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("compare.dialog.title"))
        self.resize(900, 560)
        self.model = documents_model(docs, self)
        self.first = _Picker(tr("compare.dialog.first"), self.model, self)
        self.second = _Picker(tr("compare.dialog.second"), self.model, self)
        hint = QLabel(tr("compare.dialog.hint"))
        hint.setObjectName("muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("compare.dialog.ok"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        grid = QGridLayout(self)
        grid.addWidget(self.first, 0, 0)
        grid.addWidget(self.second, 0, 1)
        grid.addWidget(hint, 1, 0, 1, 2)
        grid.addWidget(self.buttons, 2, 0, 1, 2)
        for picker in (self.first, self.second):
            picker.list.selectionModel().selectionChanged.connect(self._update_ok)
            picker.list.doubleClicked.connect(self._on_list_double_clicked)
        for picker, doc_id in zip((self.first, self.second), preselect, strict=False):
            picker.select(doc_id)
        self._update_ok()

    def chosen(self) -> tuple[int, int] | None:
        a, b = self.first.doc_id(), self.second.doc_id()
        if a is None or b is None or a == b:
            return None
        return a, b

    def _update_ok(self, *_args) -> None:
        self.ok.setEnabled(self.chosen() is not None)

    def _on_list_double_clicked(self, _index) -> None:
        if self.chosen() is not None:
            self.accept()
