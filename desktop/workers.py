"""One generic background worker: QRunnable + signals; run() catches everything."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.ingest.pipeline import CancelToken

log = logging.getLogger(__name__)


class WorkerFailure:
    """What a worker hands to ``sig_failed``: the exception and its formatted traceback."""

    def __init__(self, error: BaseException, details: str) -> None:
        self.error = error
        self.details = details

    def __repr__(self) -> str:
        return f"WorkerFailure({self.error!r})"


class WorkerSignals(QObject):
    sig_progress = Signal(object)
    sig_finished = Signal(object)
    sig_failed = Signal(object)  # WorkerFailure


class Worker(QRunnable):
    """Runs ``fn(progress, cancel)`` in the thread pool; results arrive as queued signals.

    ``progress`` is a callable the function may call from the worker thread with any object;
    ``cancel`` is a CancelToken the GUI may set from its thread.
    """

    def __init__(self, fn: Callable[[Callable[[Any], None], CancelToken], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps a reference until the signals arrive
        self.fn = fn
        self.cancel = CancelToken()
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.sig_progress.emit, self.cancel)
        except BaseException as e:  # noqa: BLE001 - a worker must never kill the app
            log.exception("background task failed")
            self.signals.sig_failed.emit(WorkerFailure(e, traceback.format_exc()))
            return
        self.signals.sig_finished.emit(result)


_running: set[Worker] = set()


def start_worker(
    fn: Callable[[Callable[[Any], None], CancelToken], Any],
    on_finished: Callable[[Any], None] | None = None,
    on_failed: Callable[[WorkerFailure], None] | None = None,
    on_progress: Callable[[Any], None] | None = None,
    pool: QThreadPool | None = None,
) -> Worker:
    """Start ``fn`` off the GUI thread; callbacks run on the GUI thread."""
    worker = Worker(fn)
    _running.add(worker)
    if on_progress:
        worker.signals.sig_progress.connect(on_progress)
    if on_finished:
        worker.signals.sig_finished.connect(on_finished)
    if on_failed:
        worker.signals.sig_failed.connect(on_failed)
    worker.signals.sig_finished.connect(lambda _r: _running.discard(worker))
    worker.signals.sig_failed.connect(lambda _f: _running.discard(worker))
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker


def running_workers() -> int:
    return len(_running)
