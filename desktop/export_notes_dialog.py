"""File › Export notes…: which notes (document, documents, tag), format, register; in a worker."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.library import Library
from desktop.errors import show_error
from desktop.i18n import tr
from desktop.workers import Worker, WorkerFailure, start_worker

log = logging.getLogger(__name__)
FORMATS = ("docx", "md", "csv")
SCOPES = ("current", "documents", "tag", "all")


class ExportNotesDialog(QDialog):
    """Choose the notes and the file; Export runs ``Library.export_notes`` off the GUI thread."""

    sig_exported = Signal(str)  # the written path

    def __init__(
        self,
        library: Library,
        *,
        current_doc: int | None = None,
        doc_ids: list[int] | None = None,
        tag: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportNotesDialog")
        self.setWindowTitle(tr("ann.export.title"))
        self.resize(560, 520)
        self.library = library
        self.current_doc = current_doc
        self.worker: Worker | None = None
        self.open_folder_box: QMessageBox | None = None
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        for i, scope in enumerate(SCOPES):
            b = QRadioButton(tr(f"ann.export.scope.{scope}"))
            self.scope_group.addButton(b, i)
            self.scope_buttons[scope] = b
        self.scope_buttons["current"].setEnabled(current_doc is not None)
        self.docs = QListWidget()
        counts = {}
        for d in library.list_documents():
            counts[d.id] = library.count_annotations_for([d.id])
            item = QListWidgetItem(f"{d.title}（{counts[d.id]}）")
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            item.setCheckState(
                Qt.CheckState.Checked if doc_ids and d.id in doc_ids else Qt.CheckState.Unchecked
            )
            self.docs.addItem(item)
        self.tag = QComboBox()
        for t in library.annotation_tags():
            self.tag.addItem(t, t)
        if tag is not None:
            self.tag.setCurrentIndex(max(0, self.tag.findData(tag)))
        self.scope_buttons["tag"].setEnabled(self.tag.count() > 0)
        self.format = QComboBox()
        for f in FORMATS:
            self.format.addItem(tr(f"ann.export.format.{f}"), f)
        self.register = QCheckBox(tr("ann.export.register"))
        self.register.setToolTip(tr("ann.export.register.tip"))
        self.path = QLineEdit()
        browse = QPushButton(tr("ann.export.browse"))
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(tr("ann.export.run"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("ann.close"))

        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(tr("ann.export.which")))
        for scope in SCOPES:
            lay.addWidget(self.scope_buttons[scope])
            if scope == "documents":
                lay.addWidget(self.docs, 1)
            elif scope == "tag":
                lay.addWidget(self.tag)
        form = QFormLayout()
        form.addRow(tr("ann.export.format"), self.format)
        form.addRow("", self.register)
        prow = QHBoxLayout()
        prow.addWidget(self.path, 1)
        prow.addWidget(browse)
        form.addRow(tr("ann.export.file"), prow)
        lay.addLayout(form)
        lay.addWidget(self.note)
        lay.addWidget(self.buttons)

        initial = (
            "tag"
            if tag is not None
            else "documents"
            if doc_ids and (current_doc is None or doc_ids != [current_doc])
            else "current"
            if current_doc is not None
            else "all"
        )
        self.scope_buttons[initial].setChecked(True)
        self.path.setText(str(self.default_path()))
        self.format.currentIndexChanged.connect(self._on_format_current_index_changed)
        browse.clicked.connect(self.browse)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

    # --- choices ---------------------------------------------------------------------------

    def scope(self) -> str:
        return SCOPES[max(0, self.scope_group.checkedId())]

    def set_scope(self, scope: str) -> None:
        self.scope_buttons[scope].setChecked(True)

    def checked_doc_ids(self) -> list[int]:
        return [
            int(self.docs.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.docs.count())
            if self.docs.item(i).checkState() == Qt.CheckState.Checked
        ]

    def fmt(self) -> str:
        return self.format.currentData()

    def export_args(self) -> dict:
        """Keyword arguments for ``Library.export_notes`` (besides the path)."""
        scope = self.scope()
        doc_ids = None
        tag = None
        if scope == "current":
            doc_ids = [self.current_doc] if self.current_doc is not None else None
        elif scope == "documents":
            doc_ids = self.checked_doc_ids()
        elif scope == "tag":
            tag = self.tag.currentData()
        return {
            "fmt": self.fmt(),
            "doc_ids": doc_ids,
            "tag": tag,
            "obligations_register": self.register.isChecked(),
        }

    def default_path(self) -> Path:
        name = tr("ann.export.default_name")
        if self.current_doc is not None:
            try:
                info = self.library.document(self.current_doc)
                name = f"{info.get('short_title') or info['title']}-{name}"
            except Exception:  # noqa: BLE001 - only a file name suggestion
                log.debug("no title for the export file name", exc_info=True)
        return Path.home() / f"{name}.{self.fmt()}"

    def browse(self) -> None:
        f = self.fmt()
        path, _ = QFileDialog.getSaveFileName(
            self, tr("ann.export.title"), self.path.text(), tr(f"ann.export.filter.{f}")
        )
        if path:
            self.path.setText(path if path.lower().endswith("." + f) else f"{path}.{f}")

    # --- running ---------------------------------------------------------------------------

    def export(self) -> Worker | None:
        """Start the export in a worker (the dialog stays open until it finishes)."""
        text = self.path.text().strip()
        if not text:
            self.note.setText(tr("ann.export.no_file"))
            return None
        args = self.export_args()
        if args["doc_ids"] == []:
            self.note.setText(tr("ann.export.no_docs"))
            return None
        path = Path(text).expanduser()
        library = self.library
        self.export_button.setEnabled(False)
        self.note.setText(tr("ann.export.running"))
        self.worker = start_worker(
            lambda _p, _c: library.export_notes(path, **args),
            on_finished=self._on_worker_finished,
            on_failed=self._on_worker_failed,
        )
        return self.worker

    def _on_worker_finished(self, path) -> None:
        self.export_button.setEnabled(True)
        self.note.setText(tr("ann.export.done", path=path))
        self.sig_exported.emit(str(path))
        if Path(path).suffix.lower() == ".docx":
            self.offer_open_folder(Path(path))

    def _on_worker_failed(self, failure: WorkerFailure) -> None:
        self.export_button.setEnabled(True)
        self.note.setText(tr("ann.export.failed"))
        show_error(self, tr("ann.export.action"), failure.error, failure.details)

    def offer_open_folder(self, path: Path) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("openFolderBox")
        box.setWindowTitle(tr("ann.export.title"))
        box.setText(tr("ann.export.done", path=path))
        box.setInformativeText(tr("ann.export.open_folder?"))
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Open).setText(tr("ann.export.open_folder"))
        box.finished.connect(lambda _r: self._on_open_folder_box_finished(box, path))
        box.open()
        self.open_folder_box = box
        return box

    def _on_open_folder_box_finished(self, box: QMessageBox, path: Path) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Open):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def _on_format_current_index_changed(self, _i: int) -> None:
        p = Path(self.path.text().strip() or self.default_path())
        self.path.setText(str(p.with_suffix("." + self.fmt())))
