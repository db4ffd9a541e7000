"""The modal progress dialog long background work shows (import, analysing again)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

import desktop.qt_guard  # noqa: F401  (first: see the module)
from desktop.i18n import tr

PROGRESS_DELAY_MS = 500  # shown only for work that lasts longer than this


def open_progress(
    parent: QWidget | None, title: str, text: str, on_cancel: Callable[[], None], width: int
) -> QProgressDialog:
    """A window-modal dialog with a cancel button that stays until ``close_progress``."""
    dlg = QProgressDialog(text, tr("import.cancel"), 0, 0, parent)
    dlg.setWindowTitle(title)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setMinimumDuration(PROGRESS_DELAY_MS)
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    dlg.setMinimumWidth(width)
    dlg.canceled.connect(on_cancel)
    return dlg


def close_progress(dlg: QProgressDialog | None, on_cancel: Callable[[], None]) -> None:
    """Hide and free the dialog; closing it must not count as the user cancelling."""
    if dlg is None:
        return
    dlg.canceled.disconnect(on_cancel)
    dlg.reset()
    dlg.hide()
    dlg.deleteLater()
