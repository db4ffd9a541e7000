"""Error dialogs a person can act on: what failed, why, what to do; details behind a button."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Mapping

from PySide6.QtWidgets import QMessageBox, QWidget

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.errors import FayanError
from desktop.i18n import STRINGS, language, tr
from desktop.i18n_errors import REASON_PARAMS, REASONS_ZH, TERM_PARAMS, TERMS_ZH

log = logging.getLogger(__name__)

# The most recent dialogs, for tests and for "copy debug info".
shown_errors: list[tuple[str, str]] = []


def message_text(key: str | None, params: Mapping[str, object] | None, fallback: str) -> str:
    """A core message in the UI language: the string for ``key`` filled with ``params``.

    ``fallback`` (core's English message) when there is no key or no string for it, or when the
    string does not fit the params (a newer core); it is never worse than before translation.
    """
    name = f"err.{key}"
    if not key or name not in STRINGS:
        return fallback
    values = dict(params or {})
    if language() == "zh":
        values = {k: _zh_param(k, v) for k, v in values.items()}
    try:
        return tr(name).format(**values)
    except (KeyError, IndexError, ValueError, TypeError):
        log.warning("message %s does not fit its params %r", key, params)
        return fallback


def _zh_param(key: str, value: object) -> object:
    """A param in Chinese where it is one of core's fixed phrases or the system's own words."""
    if not isinstance(value, str):
        return value
    if key in TERM_PARAMS:
        return TERMS_ZH.get(value, value)
    if key in REASON_PARAMS:
        return system_words_zh(value)
    return value


def system_words_zh(text: str) -> str:
    """``text`` with the operating system's and SQLite's known English phrases in Chinese
    ("[Errno 28] No space left on device: 'x'" → "[Errno 28] 磁盘空间已满: 'x'")."""
    for english, chinese in REASONS_ZH.items():
        if english.lower() in text.lower():
            at = text.lower().index(english.lower())
            text = text[:at] + chinese + text[at + len(english) :]
    return text


def reason_text(error: BaseException) -> str:
    """An error's own words for a status line: a FayanError's in the UI language, others as-is."""
    if isinstance(error, FayanError):
        return message_text(error.key, error.params, str(error))
    return str(error)


def error_text(error: BaseException) -> str:
    """The user-facing sentence for an error: FayanErrors carry one; others get a generic one."""
    if isinstance(error, FayanError):
        return reason_text(error)
    if isinstance(error, OSError) and error.filename:
        reason = str(error.strerror or error)
        return f"{error.filename}: {system_words_zh(reason) if language() == 'zh' else reason}"
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
