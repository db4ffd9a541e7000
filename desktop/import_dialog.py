"""Import in a worker: delayed progress dialog with cancel, then a per-file report."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import desktop.qt_guard  # noqa: F401
from core.library import Library
from core.records import ImportProgress, ImportReport
from desktop import theme
from desktop.errors import message_text, show_error
from desktop.i18n import tr
from desktop.progress import close_progress, open_progress
from desktop.workers import Worker, WorkerFailure, start_worker


def report_summary(report: ImportReport) -> str:
    if report.cancelled:
        return tr("import.cancelled", docs=report.documents)
    done = tr(
        "import.done", docs=report.documents, failed=len(report.failed), skipped=len(report.skipped)
    )
    return done + (tr("import.trashed", n=report.trashed) if report.trashed else "")


class ImportReportDialog(QDialog):
    """Each failed or skipped file with its reason (which says what to do)."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("import.report"))
        self.resize(820, 420)
        rows = [o for o in report.outcomes if o.status in ("failed", "skipped", "duplicate")]
        summary = QLabel(report_summary(report))
        summary.setWordWrap(True)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(
            [tr("import.col.file"), tr("import.col.status"), tr("import.col.reason")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for r, o in enumerate(rows):
            name = QTableWidgetItem(Path(o.path).name)
            name.setToolTip(o.path)
            status = QTableWidgetItem(tr(f"import.status.{o.status}"))
            status.setToolTip(o.error_type or "")
            if o.status == "failed":
                status.setForeground(QColor(theme.current().link_missing))
            text = message_text(o.message_key, o.message_params, o.message or "")
            reason = QTableWidgetItem(text)
            reason.setToolTip(text)
            for c, item in enumerate((name, status, reason)):
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 260))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)


class ImportController(QObject):
    """Runs one import at a time off the GUI thread and reports back on it."""

    sig_finished = Signal(object)  # ImportReport
    sig_failed = Signal(object)  # WorkerFailure
    sig_started = Signal()

    def __init__(self, library: Library, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.library = library
        self.parent_widget = parent_widget
        self.worker: Worker | None = None
        self.progress: QProgressDialog | None = None
        self.last_report: ImportReport | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.show_report = True

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def start(self, paths: Sequence[Path | str], show_report: bool = True) -> bool:
        if self.busy:
            self.parent_widget and show_error(
                self.parent_widget, tr("import.title"), RuntimeError(tr("import.busy"))
            )
            return False
        self.show_report = show_report
        library = self.library
        paths = [str(p) for p in paths]
        self.progress = open_progress(
            self.parent_widget, tr("import.title"), tr("import.starting"), self.cancel, 460
        )
        self.worker = start_worker(
            lambda report_progress, cancel: library.import_paths(
                paths, progress=report_progress, cancel=cancel
            ),
            on_finished=self._on_worker_finished,
            on_failed=self._on_worker_failed,
            on_progress=self._on_worker_progress,
        )
        self.sig_started.emit()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel.cancel()
            if self.progress is not None:
                self.progress.setLabelText(tr("import.cancelling"))

    def _on_worker_progress(self, p: ImportProgress) -> None:
        dlg = self.progress
        if dlg is None or self.worker is None or self.worker.cancel.is_set():
            return
        dlg.setMaximum(max(p.files_total, 1))
        dlg.setValue(min(p.files_done, max(p.files_total, 1)))
        name = Path(p.current).name if p.current else p.stage
        dlg.setLabelText(tr("import.progress", done=p.files_done, total=p.files_total, name=name))

    def _close_progress(self) -> None:
        close_progress(self.progress, self.cancel)
        self.progress = None
        self.worker = None

    def _on_worker_finished(self, report: ImportReport) -> None:
        self._close_progress()
        self.last_report = report
        if self.show_report and (report.failed or report.skipped):
            self.report_dialog = ImportReportDialog(report, self.parent_widget)
            self.report_dialog.open()
        self.sig_finished.emit(report)

    def _on_worker_failed(self, failure: WorkerFailure) -> None:
        self._close_progress()
        show_error(self.parent_widget, tr("import.title"), failure.error, failure.details)
        self.sig_failed.emit(failure)
