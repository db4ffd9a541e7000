"""Library › Analyse all documents again: offered when stale, run off the GUI thread, readers
show the new analysis afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from core.ingest.reanalyse import FINGERPRINT_KEY
from tests.desktop.conftest import doc_id_by_title


def _make_stale(library) -> None:
    conn = library._db.conn  # noqa: SLF001 - the test plays an older Fayan
    with conn:
        conn.execute("UPDATE sentences SET labels = '', subject = NULL")
        conn.execute("DELETE FROM settings WHERE key = ?", (FINGERPRINT_KEY,))


@pytest.fixture
def stale_window(make_window, library):
    _make_stale(library)
    return make_window(library)


def test_current_library_shows_no_banner(window) -> None:
    assert not window.library.analysis_is_stale()
    assert window.reanalyser.banner is None or not window.reanalyser.banner.isVisible()


def test_stale_library_is_offered_and_analysed_again(qtbot, stale_window) -> None:
    win = stale_window
    ctl = win.reanalyser
    assert ctl.banner is not None and ctl.banner.isVisible()
    reader = win.open_document(doc_id_by_title(win.library, "网络安全法"))
    assert not any(s["labels"] for s in reader.doc.sentences)
    assert not win.obligations.model.rowCount()

    with qtbot.waitSignal(ctl.sig_finished, timeout=60000) as blocker:
        ctl.banner.findChild(QPushButton, "reanalyseNow").click()
    report = blocker.args[0]

    assert report.documents == len(win.library.list_documents()) and not report.cancelled
    assert not ctl.banner.isVisible()
    reader = win.current_reader()
    assert sum("obligation" in s["labels"] for s in reader.doc.sentences) > 10
    assert win.obligations.model.rowCount() > 10  # the side panel follows
    assert "重新分析" in win.statusBar().currentMessage()
    assert not ctl.busy


def test_menu_action_is_disabled_read_only(qtbot, library, settings, tmp_path) -> None:
    from core.library import Library
    from desktop.main_window import MainWindow

    path = library.path
    library.close()
    ro = Library.open(path, read_only=True)
    win = MainWindow(ro, settings, restore=False, auto_import_samples=False)
    qtbot.addWidget(win)
    assert not win.act_reanalyse.isEnabled()
    assert not win.reanalyser.start()
    ro.close()
