"""Error dialogs a person can act on: what failed, why, what to do; details behind a button."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.errors import FayanError
from desktop.i18n import tr

log = logging.getLogger(__name__)

# The most recent dialogs, for tests and for "copy debug info".
shown_errors: list[tuple[str, str]] = []


def error_text(error: BaseException) -> str:
    """The user-facing sentence for an error: FayanErrors carry one; others get a generic one."""
    if isinstance(error, FayanError):
        return str(error)
    if isinstance(error, OSError) and error.filename:
        return f"{error.filename}: {error.strerror or error}"
    return tr("error.unexpected")


def show_error(
    parent: QWidget | None, action: str, error: BaseException, details: str | None = None
) -> QMessageBox:
    """A non-blocking message box: action + reason, with the traceback under "Show Details"."""
    if details is None:
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    text = tr("error.action", action=action)
    info = error_text(error)
    shown_errors.append((text, info))
    log.error("%s: %s: %s\n%s", action, type(error).__name__, error, details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("error.title"))
    box.setText(text)
    box.setInformativeText(info)
    from core.logs import log_path

    box.setDetailedText(
        f"{type(error).__name__}: {error}\n\n{details}\n{tr('error.details_log', path=log_path())}"
    )
    box.setObjectName("errorBox")
    box.open()  # window-modal but does not block the caller or a test
    return box
