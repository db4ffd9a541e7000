"""Library › Backups and restore, and Library › Check library (ROBUSTNESS R9, R10, R13).

Both run on the GUI thread: a check takes ≈ 0.1 s per 30 MB plus the search-index check, a
backup about as long as copying the file; the cursor shows the wait.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.library import Library
from core.store.backup import backup_dir
from desktop.errors import show_error
from desktop.i18n import joined, tr

log = logging.getLogger(__name__)


def _busy(fn: Callable[[], object]) -> object:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return fn()
    finally:
        QGuiApplication.restoreOverrideCursor()


def backup_reason(path: Path) -> str:
    name = path.stem
    for key in ("pre-restore", "pre-v", "auto", "manual"):
        if f"-{key}" in name:
            return tr(f"backup.reason.{key}")
    return name.rsplit("-", 1)[-1]


def backup_label(path: Path) -> str:
    st = path.stat()
    when = datetime.fromtimestamp(st.st_mtime).strftime("%Y-%m-%d %H:%M:%S")
    return tr(
        "backup.row", when=when, reason=backup_reason(path), size=f"{st.st_size / 1e6:.1f} MB"
    )


class BackupDialog(QDialog):
    """The backups of the library, newest first: back up now, restore one, open the folder."""

    sig_restored = Signal(object)  # RestoreResult

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(tr("backup.title"))
        self.setObjectName("backupDialog")
        lay = QVBoxLayout(self)
        self.folder_label = QLabel(tr("backup.folder", path=backup_dir(library.path)))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.folder_label)
        self.list = QListWidget()
        lay.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.btn_backup = QPushButton(tr("act.backup_now"))
        self.btn_restore = QPushButton(tr("backup.restore"))
        self.btn_folder = QPushButton(tr("backup.open_folder"))
        for b in (self.btn_backup, self.btn_restore, self.btn_folder):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.btn_backup.clicked.connect(self.backup_now)
        self.btn_restore.clicked.connect(lambda: self.restore_selected())
        self.btn_folder.clicked.connect(self.open_folder)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.resize(560, 380)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for path in reversed(self.library.backups()):
            item = QListWidgetItem(backup_label(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
        if self.list.count() == 0:
            self.list.addItem(QListWidgetItem(tr("backup.none")))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self, *_a: object) -> None:
        writable = not self.library.read_only
        self.btn_backup.setEnabled(writable)
        self.btn_restore.setEnabled(writable and self.selected() is not None)

    def selected(self) -> Path | None:
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return Path(data) if data else None

    def backup_now(self) -> Path | None:
        try:
            path = _busy(lambda: self.library.backup(reason="manual"))
        except Exception as e:  # noqa: BLE001 - shown with the action named
            show_error(self, tr("backup.action"), e)
            return None
        self.refresh()
        return path  # type: ignore[return-value]

    def confirm_text(self, plan) -> str:
        titles = ""
        if plan.lost_documents:
            shown = joined(plan.lost_documents[:8])
            more = " …" if len(plan.lost_documents) > 8 else ""
            titles = f"（{shown}{more}）"
        return tr(
            "restore.confirm",
            when=plan.backup_time.strftime("%Y-%m-%d %H:%M"),
            b_docs=plan.restored.get("documents", 0),
            b_notes=plan.restored.get("annotations", 0),
            c_docs=plan.current.get("documents", 0),
            c_notes=plan.current.get("annotations", 0),
            lost_docs=len(plan.lost_documents),
            titles=titles,
            lost_notes=plan.lost_annotations,
            changed_notes=plan.changed_annotations,
        ) + (
            tr("restore.lost_corrections", n=plan.lost_corrections) if plan.lost_corrections else ""
        )

    def restore_selected(self, confirm: Callable[[str], bool] | None = None):
        """Say what will be lost, ask, restore; ``confirm`` replaces the question (tests)."""
        path = self.selected()
        if path is None:
            return None
        try:
            plan = self.library.restore_plan(path)
        except Exception as e:  # noqa: BLE001
            show_error(self, tr("restore.action"), e)
            return None
        text = self.confirm_text(plan)
        if confirm is None:
            answer = QMessageBox.question(self, tr("restore.confirm_title"), text)
            ok = answer == QMessageBox.StandardButton.Yes
        else:
            ok = confirm(text)
        if not ok:
            return None
        try:
            result = _busy(lambda: self.library.restore_backup(path))
        except Exception as e:  # noqa: BLE001
            show_error(self, tr("restore.action"), e)
            return None
        self.refresh()
        self.last_message = tr(
            "restore.done",
            when=plan.backup_time.strftime("%Y-%m-%d %H:%M"),
            path=result.pre_restore,
        )
        self.sig_restored.emit(result)
        if confirm is None:
            QMessageBox.information(self, tr("backup.title"), self.last_message)
        return result

    def open_folder(self) -> None:
        folder = backup_dir(self.library.path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def check_message(report) -> tuple[bool, str]:
    counts = tr(
        "check.counts",
        documents=report.counts.get("documents", 0),
        annotations=report.counts.get("annotations", 0),
        seconds=report.seconds,
    )
    if not report.ok:
        return False, tr("check.bad") + "\n\n" + "\n".join(report.lines()[1:])
    if report.index_rebuilt:
        return True, tr("check.rebuilt", counts=counts)
    return True, tr("check.ok", counts=counts)


def run_check(library: Library, parent: QWidget | None = None, *, show: bool = True):
    """Library › Check library: integrity, links and search index; the result in a box."""
    try:
        report = _busy(lambda: library.check(repair_index=not library.read_only))
    except Exception as e:  # noqa: BLE001
        show_error(parent, tr("check.title"), e)
        return None
    ok, text = check_message(report)
    log.info("check library: %s", " | ".join(report.lines()))
    if show:
        box = QMessageBox(
            QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning,
            tr("check.title"),
            text,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("checkBox")
        box.setDetailedText("\n".join(report.lines()))
        box.open()
    return report
