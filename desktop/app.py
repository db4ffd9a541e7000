"""Application entry: QApplication, theme, language, the library, the main window, excepthook."""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import desktop.qt_guard  # noqa: F401
from core.errors import LibraryError, LibraryLockedError
from core.library import Library
from core.logs import log_path, setup_logging
from desktop import theme
from desktop.about_dialog import app_icon_path
from desktop.errors import error_text, show_error
from desktop.i18n import set_language, tr

log = logging.getLogger(__name__)
ORGANIZATION = "Fayan"
APPLICATION = "Fayan"


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("法眼 Fayan")
    return app  # type: ignore[return-value]


def install_qt_translation(app: QApplication, lang: str) -> None:
    """Qt's own strings (dialog buttons: OK/Cancel/Save…) in the UI language, from the
    translations PySide6 ships; English needs none."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    old = getattr(app, "_fayan_qt_translator", None)
    if old is not None:
        app.removeTranslator(old)
        app._fayan_qt_translator = None  # type: ignore[attr-defined]
    if lang != "zh":
        return
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_zh_CN", folder):
        app.installTranslator(translator)
        app._fayan_qt_translator = translator  # type: ignore[attr-defined]


def apply_preferences(app: QApplication, settings: QSettings) -> None:
    set_language(str(settings.value("ui/language", "zh")))
    install_qt_translation(app, str(settings.value("ui/language", "zh")))
    theme.apply_theme(app, str(settings.value("ui/theme", "light")))


def install_excepthook(parent_getter=lambda: None):
    """Unexpected exceptions in slots: log them, show a dialog, keep the event loop running."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unhandled exception\n%s", details)
        if QApplication.instance() is None or issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        parent: QWidget | None = parent_getter()
        try:
            show_error(parent, tr("error.title"), exc, details)
        except Exception:  # noqa: BLE001 - never recurse from the hook
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        # A plain thread (not a Worker, which reports by signal): log it; the GUI thread shows it.
        if args.exc_type is SystemExit:
            return
        details = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        log.error(
            "unhandled exception in thread %s\n%s", getattr(args.thread, "name", "?"), details
        )

    threading.excepthook = thread_hook
    return hook


def _display_available() -> bool:
    """On Linux/BSD, Qt aborts without a display; say so plainly instead (Windows/macOS: yes)."""
    if not sys.platform.startswith(("linux", "freebsd")):
        return True
    if os.environ.get("QT_QPA_PLATFORM"):
        return True  # offscreen, vnc, eglfs …: the caller chose a platform
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(db: str | None = None) -> int:
    """Open the library at ``db`` (default location if None) in the main window; run the app."""
    from desktop.main_window import MainWindow

    setup_logging(console=True)
    if not _display_available():
        print(
            "fayan: no graphical display was found (DISPLAY / WAYLAND_DISPLAY are not set). "
            "Run the app on a desktop session, or use the command line: `fayan --help`; "
            "`fayan screenshot OUT.png` renders the window without a display.",
            file=sys.stderr,
        )
        return 2
    app = make_app()
    icon = app_icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    settings = QSettings()
    apply_preferences(app, settings)
    try:
        library = Library.open_for_app(db)  # lock, startup health check, read-only fallback
    except LibraryLockedError as e:
        log.warning("%s", e)
        box = QMessageBox(
            QMessageBox.Icon.Information, tr("error.library_in_use"), tr("error.in_use_text")
        )
        box.setInformativeText(error_text(e))
        box.exec()
        return 2
    except LibraryError as e:
        log.error("cannot open the library: %s", e)
        box = QMessageBox(QMessageBox.Icon.Critical, tr("error.open_library"), error_text(e))
        box.setInformativeText(tr("error.details_log", path=log_path()))
        box.exec()
        return 2
    holder: dict[str, MainWindow] = {}

    def build(restore: bool = True) -> MainWindow:
        win = MainWindow(library, settings, restore=restore)
        win.sig_restart_requested.connect(rebuild)
        win.show()
        holder["win"] = win
        return win

    def rebuild() -> None:
        old = holder.get("win")
        if old is not None:
            old.save_state()
            old.hide()
            old.deleteLater()
        build()

    install_excepthook(lambda: holder.get("win"))
    win = build()
    if library.recovery is not None:
        show_recovery(win, library.recovery)
    try:
        return app.exec()
    finally:
        # Never close the library under a running import (F6): cancel it and wait for it.
        last = holder.get("win")
        if last is not None and last.importer.busy:
            last.importer.cancel()
        QThreadPool.globalInstance().waitForDone(60_000)
        try:
            library.backup_if_due()  # on close: something changed and the newest is a day old
        except Exception:  # noqa: BLE001 - never lose the close over a backup; it is logged
            log.exception("scheduled backup failed")
        library.close()


def show_recovery(parent: QWidget | None, recovery) -> QMessageBox:
    """Tell the user the library was replaced by a backup: its date and what may be missing."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("recovery.title"),
        tr(
            "recovery.text",
            when=recovery.backup_time.strftime("%Y-%m-%d %H:%M"),
            damaged=recovery.damaged,
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("recoveryBox")
    box.setDetailedText(recovery.message)
    box.open()
    return box


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))
