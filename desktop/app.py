"""Application entry: QApplication, theme, language, the library, the main window, excepthook."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import desktop.qt_guard  # noqa: F401
from core.errors import LibraryError
from core.library import Library
from desktop import theme
from desktop.errors import show_error
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


def apply_preferences(app: QApplication, settings: QSettings) -> None:
    set_language(str(settings.value("ui/language", "zh")))
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
    return hook


def main(db: str | None = None) -> int:
    """Open the library at ``db`` (default location if None) in the main window; run the app."""
    from desktop.main_window import MainWindow

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = make_app()
    settings = QSettings()
    apply_preferences(app, settings)
    try:
        library = Library.open(db)
    except LibraryError as e:
        box = QMessageBox(QMessageBox.Icon.Critical, tr("error.open_library"), str(e))
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
    build()
    try:
        return app.exec()
    finally:
        library.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))
