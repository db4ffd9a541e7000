"""Import from the window: worker, progress, cancel, the per-file report, first-start samples."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from core.library import Library
from core.paths import sample_docs_dir
from desktop.i18n import set_language
from desktop.main_window import MainWindow
from tests.desktop.conftest import EXT_B_DOC, sample_files


@pytest.fixture
def empty_window(qtbot, tmp_path, settings):
    set_language("zh")
    lib = Library.open(tmp_path / "empty.db")
    win = MainWindow(lib, settings, restore=False, auto_import_samples=False)
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.importer.worker is not None:
        win.importer.cancel()
        qtbot.waitUntil(lambda: win.importer.worker is None, timeout=30_000)
    lib.close()


def _consistent(lib: Library) -> None:
    conn = sqlite3.connect(lib.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    for d in lib.list_documents():
        info = lib.document(d.id)
        assert len(lib.document_text(d.id)) == d.text_length == info["text_length"]


def test_import_reports_failed_files_with_reasons(qtbot, empty_window, tmp_path) -> None:
    win = empty_window
    good = tmp_path / "规定.txt"
    good.write_text(EXT_B_DOC, encoding="utf-8")
    empty = tmp_path / "空文件.txt"
    empty.write_bytes(b"")
    fake = tmp_path / "不是PDF.pdf"
    fake.write_bytes(b"this is not a pdf at all" * 10)
    with qtbot.waitSignal(win.importer.sig_finished, timeout=60_000) as blocker:
        assert win.import_paths([good, empty, fake])
    report = blocker.args[0]
    assert report.count("imported") == 1 and len(report.failed) == 2
    dlg = win.importer.report_dialog
    assert dlg is not None and dlg.table.rowCount() == 2
    reasons = [dlg.table.item(r, 2).text() for r in range(2)]
    assert all(reasons) and any("空文件" in r for r in reasons)
    assert len(win.tree_model.documents()) == 1
    assert "导入完成" in win.statusBar().currentMessage()
    dlg.close()


def test_cancel_mid_import_leaves_a_consistent_library(
    qtbot, empty_window, tmp_path, monkeypatch
) -> None:
    import time

    import core.ingest.pipeline as pipeline

    original_store = pipeline.Importer.store

    def slow_store(self, *args):  # small files store in milliseconds: give cancel a chance
        time.sleep(0.15)
        return original_store(self, *args)

    monkeypatch.setattr(pipeline.Importer, "store", slow_store)
    win = empty_window
    folder = tmp_path / "many"
    folder.mkdir()
    files = sample_files() * 6
    for i, f in enumerate(files):
        shutil.copy(f, folder / f"{i:02d}_{f.name}")
        # different bytes per copy, so none is skipped as a duplicate
        with (folder / f"{i:02d}_{f.name}").open("a", encoding="utf-8") as fh:
            fh.write(f"\n附：副本{i}\n")
    cancelled = []

    def on_progress(p) -> None:
        # Runs in the worker thread (direct connection): cancel right after the first file is
        # stored, whatever the load on the GUI thread; the token is thread-safe.
        if p.files_done >= 1 and not cancelled:
            cancelled.append(p)
            win.importer.worker.cancel.cancel()

    with qtbot.waitSignal(win.importer.sig_started):
        win.import_paths([folder])
    win.importer.worker.signals.sig_progress.connect(
        on_progress, Qt.ConnectionType.DirectConnection
    )
    with qtbot.waitSignal(win.importer.sig_finished, timeout=120_000) as blocker:
        pass
    report = blocker.args[0]
    assert cancelled and report.cancelled
    lib = win.library
    _consistent(lib)
    n = len(lib.list_documents())
    # Progress is reported at most ~10 times a second, so a few small files may be stored
    # before the cancel lands; the point is that the rest are not, and nothing is half-written.
    assert n == report.documents < len(files)
    assert len(win.tree_model.documents()) == n
    assert "取消" in win.statusBar().currentMessage()


def test_first_start_imports_samples(qtbot, tmp_path, settings, monkeypatch) -> None:
    samples = tmp_path / "samples"
    samples.mkdir()
    shutil.copy(sample_docs_dir() / "中华人民共和国网络安全法.txt", samples)
    monkeypatch.setattr("desktop.main_window.sample_docs_dir", lambda: samples)
    lib = Library.open(tmp_path / "first.db")
    try:
        win = MainWindow(lib, settings, restore=False, auto_import_samples=False)
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.importer.sig_finished, timeout=60_000):
            assert win.maybe_import_samples()
            assert "示例" in win.statusBar().currentMessage()
        assert "示例文档" in win.statusBar().currentMessage()
        assert len(win.tree_model.documents()) == 1
        assert not win.maybe_import_samples()  # not empty any more
    finally:
        lib.close()


def test_drop_files_imports_them(qtbot, empty_window, tmp_path) -> None:
    win = empty_window
    good = tmp_path / "拖入的规定.txt"
    good.write_text(EXT_B_DOC, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(win.importer.sig_finished, timeout=60_000):
        win.dropEvent(event)
    assert len(win.tree_model.documents()) == 1


def test_second_import_while_busy_is_refused(qtbot, empty_window, tmp_path) -> None:
    win = empty_window
    good = tmp_path / "a.txt"
    good.write_text(EXT_B_DOC, encoding="utf-8")
    with qtbot.waitSignal(win.importer.sig_finished, timeout=60_000):
        assert win.import_paths([good])
        assert not win.import_paths([good])
