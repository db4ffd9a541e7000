"""The Library and Help menus and the read-only banner, installed on the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QLabel

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.logs import log_path
from desktop.errors import message_text
from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

# Actions that change the library: disabled when it is open read-only.
WRITE_ACTIONS = ("act_import_files", "act_import_folder", "act_backup_now", "act_reanalyse")


def install_library_menus(win: MainWindow) -> None:
    """Add Library › (Backups and restore, Back up now, Check library, Analyse again), Help ›
    About, the read-only banner, and the banner offering to analyse stale documents again."""
    mb = win.menuBar()
    m_lib = mb.addMenu(tr("menu.library"))
    m_lib.setObjectName("menuLibrary")

    def action(key: str, slot, menu) -> QAction:
        act = QAction(tr(key), win)
        act.setObjectName(key)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    win.act_backups = action("act.backups", lambda: show_backups(win), m_lib)
    win.act_backup_now = action("act.backup_now", lambda: backup_now(win), m_lib)
    m_lib.addSeparator()
    win.act_check_library = action("act.check_library", lambda: check_library(win), m_lib)
    win.act_reanalyse = action("act.reanalyse", lambda: win.reanalyser.start(), m_lib)
    m_help = mb.addMenu(tr("menu.help"))
    m_help.setObjectName("menuHelp")
    win.act_about = action("act.about", lambda: show_about(win), m_help)
    win.act_open_log = action("act.open_log_folder", lambda: open_log_folder(), m_help)
    win.read_only_banner = None
    if win.library.read_only:
        install_read_only_banner(win)
    from desktop.reanalyse_controller import ReanalyseController

    win.reanalyser = ReanalyseController(win)
    win.importer.sig_finished.connect(lambda _r: win.reanalyser.offer_if_stale())
    win.reanalyser.offer_if_stale()


def install_read_only_banner(win: MainWindow) -> QLabel:
    lib = win.library
    reason = message_text(
        getattr(lib, "read_only_key", None),
        getattr(lib, "read_only_params", None),
        getattr(lib, "read_only_reason", None) or "",
    )
    banner = QLabel(tr("banner.read_only", reason=reason))
    banner.setObjectName("readOnlyBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(
        "QLabel#readOnlyBanner { background: #FFF3CD; color: #664D03; padding: 6px 10px;"
        " border-bottom: 1px solid #E0C36A; }"
    )
    center = win.splitter.widget(1)
    center.layout().insertWidget(0, banner)
    for name in WRITE_ACTIONS:
        act = getattr(win, name, None)
        if act is not None:
            act.setEnabled(False)
    win.setAcceptDrops(False)
    win.read_only_banner = banner
    return banner


def show_backups(win: MainWindow):
    from desktop.backup_dialog import BackupDialog

    dlg = BackupDialog(win.library, win)
    dlg.sig_restored.connect(lambda _r: after_restore(win))
    dlg.open()
    win._backup_dialog = dlg
    return dlg


def backup_now(win: MainWindow):
    from desktop.backup_dialog import BackupDialog

    path = BackupDialog(win.library, win).backup_now()
    if path is not None:
        win.statusBar().showMessage(tr("backup.done", path=path), 10000)
    return path


def check_library(win: MainWindow):
    from desktop.backup_dialog import run_check

    return run_check(win.library, win)


def after_restore(win: MainWindow) -> None:
    """The library's content was replaced: close every tab and reload from the file."""
    for i in reversed(range(win.tabs.count())):
        win.close_tab(i)
    win.history.forget({d.id for d in win.tree_model.documents()})
    win.cache.invalidate()
    win.reload_library()


def show_about(win: MainWindow):
    from desktop.about_dialog import AboutDialog

    dlg = AboutDialog(win, library_path=win.library.path)
    dlg.open()
    win._about_dialog = dlg
    return dlg


def open_log_folder() -> bool:
    folder = log_path().parent
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
