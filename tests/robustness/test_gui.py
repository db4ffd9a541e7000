"""GUI robustness: errors a person can act on (I1, I2), read-only banner, backups, check, About."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop.qt_guard  # noqa: F401
from core.library import Library
from core.logs import close_logging, setup_logging
from desktop import errors as errors_mod
from tests.robustness.conftest import snapshot


@pytest.fixture
def log_file(tmp_path: Path):
    path = setup_logging(folder=tmp_path / "logs")
    yield path
    close_logging()


def _close_boxes() -> list[QMessageBox]:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    for b in boxes:
        b.close()
    return boxes


@pytest.mark.qt_no_exception_capture
def test_slot_exception_gives_dialog_and_log_line_and_app_goes_on(
    qtbot, filled_db, make_window, log_file
) -> None:
    """I1: a slot raises → error dialog (no bare traceback) + a log line; a second action works."""
    from desktop.app import install_excepthook

    lib = Library.open(filled_db)
    win = make_window(lib)
    old_hook = sys.excepthook
    install_excepthook(lambda: win)
    errors_mod.shown_errors.clear()
    try:

        def broken() -> None:
            raise ZeroDivisionError("injected slot failure")

        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: bool(errors_mod.shown_errors), timeout=3000)
        text, info = errors_mod.shown_errors[-1]
        assert "Traceback" not in info and info  # a plain sentence; the traceback is in Details
        box = qtbot.waitUntil(
            lambda: any(w.objectName() == "errorBox" for w in QApplication.topLevelWidgets()),
            timeout=3000,
        ) or next(w for w in QApplication.topLevelWidgets() if w.objectName() == "errorBox")
        assert "ZeroDivisionError" in box.detailedText() and "fayan.log" in box.detailedText()
        for h in logging.getLogger().handlers:
            h.flush()
        logged = log_file.read_text(encoding="utf-8")
        assert "injected slot failure" in logged and "Traceback" in logged
        _close_boxes()
        # The event loop goes on: another action still works.
        win.act_check_library.trigger()
        qtbot.waitUntil(
            lambda: any(w.objectName() == "checkBox" for w in QApplication.topLevelWidgets()),
            timeout=3000,
        )
        _close_boxes()
    finally:
        sys.excepthook = old_hook
        lib.close()


def test_worker_exception_gives_dialog_and_rolls_back(
    qtbot, filled_db, make_window, policy_file, monkeypatch, log_file
) -> None:
    """I2: the import worker raises inside its write transaction → dialog; nothing committed."""
    import core.ingest.pipeline as pipeline

    def boom(name: str) -> None:
        if name == "after_documents":
            raise RuntimeError("injected failure inside the transaction")

    monkeypatch.setattr(pipeline, "crash_point", boom)
    lib = Library.open(filled_db)
    win = make_window(lib)
    before = snapshot(filled_db)
    errors_mod.shown_errors.clear()
    with qtbot.waitSignal(win.importer.sig_failed, timeout=60_000):
        win.import_paths([policy_file])
    assert errors_mod.shown_errors and "Traceback" not in errors_mod.shown_errors[-1][1]
    assert lib.count_documents() == 1
    after = snapshot(filled_db)
    assert {k: after[k] for k in before} == before
    for h in logging.getLogger().handlers:
        h.flush()
    assert "injected failure inside the transaction" in log_file.read_text(encoding="utf-8")
    _close_boxes()
    monkeypatch.undo()
    # The next import works.
    with qtbot.waitSignal(win.importer.sig_finished, timeout=60_000):
        win.import_paths([policy_file])
    assert lib.count_documents() == 2
    lib.close()


def test_read_only_library_shows_banner_and_disables_writes(filled_db, make_window) -> None:
    lib = Library.open(filled_db, read_only=True)
    lib.read_only_reason = "The library folder is read-only."
    win = make_window(lib)
    assert win.read_only_banner is not None and win.read_only_banner.isVisible()
    assert "read-only" in win.read_only_banner.text()
    assert not win.act_import_files.isEnabled() and not win.act_import_folder.isEnabled()
    assert not win.act_backup_now.isEnabled()
    assert win.act_check_library.isEnabled()
    lib.close()


def test_writable_library_has_no_banner(filled_db, make_window) -> None:
    lib = Library.open(filled_db)
    win = make_window(lib)
    assert win.read_only_banner is None and win.act_import_files.isEnabled()
    lib.close()


def test_backup_dialog_backs_up_and_restores(qtbot, filled_db, make_window, policy_file) -> None:
    from desktop.backup_dialog import BackupDialog
    from desktop.library_menu import after_restore

    lib = Library.open(filled_db)
    win = make_window(lib)
    dlg = BackupDialog(lib, win)
    qtbot.addWidget(dlg)
    assert dlg.backup_now() is not None and dlg.list.count() == 1
    lib.import_paths([policy_file], workers=1)
    win.reload_library()
    asked: list[str] = []
    dlg.sig_restored.connect(lambda _r: after_restore(win))
    result = dlg.restore_selected(confirm=lambda text: asked.append(text) or True)
    assert result is not None
    assert "关于推进测试工作的意见" in asked[0] and "恢复前" in asked[0]
    assert lib.count_documents() == 1 and len(win.tree_model.documents()) == 1
    assert dlg.list.count() == 2  # the pre-restore backup is listed too
    # Declining changes nothing.
    dlg.list.setCurrentRow(0)  # the pre-restore copy (2 documents)
    assert dlg.restore_selected(confirm=lambda _t: False) is None
    assert lib.count_documents() == 1
    lib.close()


def test_check_and_about_dialogs(qtbot, filled_db, make_window) -> None:
    from desktop.library_menu import check_library, show_about

    lib = Library.open(filled_db)
    win = make_window(lib)
    report = check_library(win)
    assert report is not None and report.ok
    _close_boxes()
    about = show_about(win)
    rows = {
        about.table.item(i, 0).text(): about.table.item(i, 1).text()
        for i in range(about.table.rowCount())
    }
    for part in (
        "Fayan",
        "Python",
        "PySide6",
        "Qt",
        "SQLite",
        "jieba",
        "pdfplumber",
        "pypdfium2",
        "python-docx",
        "networkx",
    ):
        assert rows.get(part) not in (None, "", "?"), (part, rows)
    assert "PySide6" in about.copy_versions()
    about.close()
    lib.close()


def test_recovery_message_names_date_and_file(qtbot, tmp_path: Path) -> None:
    from datetime import datetime

    from core.store.health import Recovery
    from desktop.app import show_recovery

    rec = Recovery(
        tmp_path / "lib.db",
        tmp_path / "lib.db.x.damaged",
        tmp_path / "b.db",
        datetime(2025, 3, 1, 9, 30),
        "database disk image is malformed",
    )
    box = show_recovery(None, rec)
    assert "2025-03-01 09:30" in box.text() and "lib.db.x.damaged" in box.text()
    box.close()
