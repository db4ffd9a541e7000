"""Library › Analyse all documents again: a banner when the stored analysis is stale, a run in a
worker with progress and cancel, then open readers show the new labels and bearers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressDialog, QPushButton, QWidget

import desktop.qt_guard  # noqa: F401  (first: see the module)
from desktop.errors import show_error
from desktop.i18n import tr
from desktop.progress import close_progress, open_progress
from desktop.workers import Worker, WorkerFailure, start_worker

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


class ReanalyseController(QObject):
    """Runs ``Library.reanalyse`` off the GUI thread for the main window."""

    sig_finished = Signal(object)  # ReanalyseReport

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.worker: Worker | None = None
        self.progress: QProgressDialog | None = None
        self.banner: QWidget | None = None

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def offer_if_stale(self) -> bool:
        """Show the banner when stored documents were analysed by other rules or lexicon."""
        lib = self.win.library
        if lib.read_only or not lib.analysis_is_stale():
            self._hide_banner()
            return False
        if self.banner is None:
            self.banner = self._make_banner()
        self.banner.show()
        return True

    def _make_banner(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("reanalyseBanner")
        bar.setStyleSheet(
            "QWidget#reanalyseBanner { background: #E7F1FF; border-bottom: 1px solid #9EC5FE; }"
            " QWidget#reanalyseBanner QLabel { color: #052C65; }"
        )
        lay = QHBoxLayout(bar)
        lay.setContentsMargins(10, 4, 10, 4)
        text = QLabel(tr("reanalyse.banner"))
        text.setWordWrap(True)
        button = QPushButton(tr("reanalyse.now"))
        button.setObjectName("reanalyseNow")
        button.clicked.connect(self.start)
        lay.addWidget(text, 1)
        lay.addWidget(button)
        center = self.win.splitter.widget(1)
        center.layout().insertWidget(0, bar)
        return bar

    def _hide_banner(self) -> None:
        if self.banner is not None:
            self.banner.hide()

    def start(self) -> bool:
        lib = self.win.library
        if self.busy or lib.read_only or self.win.importer.busy:
            return False
        self.progress = open_progress(
            self.win, tr("reanalyse.title"), tr("reanalyse.starting"), self.cancel, 420
        )
        self.worker = start_worker(
            lambda report, cancel: lib.reanalyse(progress=report, cancel=cancel),
            on_finished=self._on_finished,
            on_failed=self._on_failed,
            on_progress=self._on_progress,
        )
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel.cancel()
            if self.progress is not None:
                self.progress.setLabelText(tr("import.cancelling"))

    def _on_progress(self, p) -> None:
        dlg = self.progress
        if dlg is None or self.worker is None or self.worker.cancel.is_set():
            return
        dlg.setMaximum(max(p.total, 1))
        dlg.setValue(min(p.done, max(p.total, 1)))
        dlg.setLabelText(tr("reanalyse.progress", done=p.done, total=p.total))

    def _close_progress(self) -> None:
        close_progress(self.progress, self.cancel)
        self.progress = None
        self.worker = None

    def _on_finished(self, report) -> None:
        self._close_progress()
        self.win.cache.invalidate()
        self.win.reload_library()
        for reader in self.win.readers():  # the open documents show the new analysis
            bar = reader.view.verticalScrollBar()
            at = bar.value()
            reader.load(reader.doc_id)
            bar.setValue(at)
        self.win.refresh_side_panels()
        self.offer_if_stale()
        key = "reanalyse.cancelled" if report.cancelled else "reanalyse.done"
        message = tr(key, n=report.documents, seconds=f"{report.seconds:.1f}")
        if report.failed:
            message += " " + tr("reanalyse.failed", n=len(report.failed))
        self.win.statusBar().showMessage(message, 15000)
        self.sig_finished.emit(report)

    def _on_failed(self, failure: WorkerFailure) -> None:
        self._close_progress()
        show_error(self.win, tr("reanalyse.title"), failure.error, failure.details)
