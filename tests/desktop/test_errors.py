"""Core's errors shown in the UI language: dialogs, the import report, the read-only banner."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.errors import EncodingError, FayanError
from core.ingest.readers import read_file
from core.library import Library
from desktop import errors
from desktop.errors import error_text, message_text, reason_text, show_error
from desktop.i18n import set_language, tr
from desktop.main_window import MainWindow
from tests.core.ingest.fixtures import ole_file

CJK = re.compile(r"[\u4e00-\u9fff]")
# Three English words in a row: a sentence, not a format name like "Word" or "PDF".
ENGLISH = re.compile(r"[A-Za-z]{2,}(?:[ ,;:']+[A-Za-z]{2,}){2,}")


@pytest.fixture
def language():
    """Set the UI language for one test; Chinese (the default) again afterwards."""
    yield set_language
    set_language("zh")


def chinese(text: str) -> bool:
    return bool(CJK.search(text)) and not ENGLISH.search(text)


def bad_files(folder: Path) -> list[Path]:
    locked = folder / "加密.docx"
    locked.write_bytes(ole_file(encrypted=True))
    empty = folder / "空文件.txt"
    empty.write_bytes(b"")
    return [locked, empty]


def read_error(path: Path) -> FayanError:
    with pytest.raises(FayanError) as caught:
        read_file(path)
    return caught.value


@pytest.mark.parametrize("which", [0, 1], ids=["encrypted", "empty"])
def test_error_dialog_speaks_the_ui_language(qtbot, tmp_path, language, which) -> None:
    err = read_error(bad_files(tmp_path)[which])
    language("zh")
    box = show_error(None, tr("import.title"), err)
    qtbot.addWidget(box)
    assert chinese(box.informativeText()), box.informativeText()
    assert errors.shown_errors[-1][1] == box.informativeText()
    assert str(err) in box.detailedText()  # the English original stays in the details
    language("en")
    box = show_error(None, tr("import.title"), err)
    qtbot.addWidget(box)
    assert box.informativeText() == str(err)


def test_import_report_reasons_speak_the_ui_language(qtbot, tmp_path, settings, language):
    files = bad_files(tmp_path)
    lib = Library.open(tmp_path / "lib.db")
    try:
        for lang in ("zh", "en"):
            language(lang)
            win = MainWindow(lib, settings, restore=False, auto_import_samples=False)
            qtbot.addWidget(win)
            with qtbot.waitSignal(win.importer.sig_finished, timeout=60_000) as blocker:
                assert win.import_paths(files)
            report = blocker.args[0]
            dlg = win.importer.report_dialog
            assert dlg is not None and dlg.table.rowCount() == 2
            shown = sorted(dlg.table.item(r, 2).text() for r in range(2))
            if lang == "zh":
                assert all(chinese(t) for t in shown), shown
                assert any("加密.docx" in t and "密码" in t for t in shown), shown
                assert {dlg.table.item(r, 1).text() for r in range(2)} == {"失败"}
            else:
                assert shown == sorted(o.message for o in report.failed)
            dlg.close()
    finally:
        lib.close()


def read_only_library(path: Path, monkeypatch) -> Library:
    """Open as the app does, with the library's folder refusing the lock file (read-only)."""
    import core.store.lock as lockmod

    Library.open(path).close()
    real_open = lockmod.os.open

    def no_write(p, flags, *a, **k):
        if str(p).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(p))
        return real_open(p, flags, *a, **k)

    monkeypatch.setattr(lockmod.os, "open", no_write)
    lib = Library.open_for_app(path)
    assert lib.read_only and lib.read_only_key == "store.read_only_folder"
    return lib


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_read_only_banner_speaks_the_ui_language(
    qtbot, tmp_path, settings, monkeypatch, language, lang
) -> None:
    lib = read_only_library(tmp_path / "lib.db", monkeypatch)
    try:
        language(lang)
        win = MainWindow(lib, settings, restore=False, auto_import_samples=False)
        qtbot.addWidget(win)
        text = win.read_only_banner.text()
        if lang == "zh":
            assert chinese(text), text
            assert str(lib.path) in text and "只读" in text
        else:
            assert text == tr("banner.read_only", reason=lib.read_only_reason)
    finally:
        lib.close()


def test_message_text_falls_back_to_the_english_message(language) -> None:
    language("zh")
    assert message_text(None, {}, "As is.") == "As is."
    assert message_text("no.such_key", {"x": 1}, "As is.") == "As is."
    assert message_text("ingest.empty_file", {}, "As is.") == "As is."  # params do not fit
    assert error_text(FayanError("Unkeyed.")) == "Unkeyed."
    assert reason_text(ValueError("not ours")) == "not ours"  # status lines: others as-is


def test_fixed_phrases_in_params_are_translated(language) -> None:
    err = EncodingError(
        "《a.txt》 is not a text file: it looks like a PNG image. Import the original "
        "document, or save it as .txt/.pdf/.docx.",
        key="ingest.not_text_looks_like",
        params={"name": "a.txt", "what": "a PNG image"},
    )
    language("zh")
    assert "一张 PNG 图片" in error_text(err) and chinese(error_text(err))
    assert reason_text(err) == error_text(err)
    language("en")
    assert error_text(err) == str(err)


def test_system_words_in_params_are_translated(language) -> None:
    """An OS or SQLite reason inside a core message reads as Chinese, its path kept."""
    err = FayanError(
        "a.txt: cannot read the file (Permission denied).",
        key="ingest.cannot_read",
        params={"name": "a.txt", "reason": "Permission denied"},
    )
    saved = FayanError(
        "b.pdf: could not be saved in the library (database or disk is full).",
        key="ingest.cannot_save",
        params={"name": "b.pdf", "error": "database or disk is full"},
    )
    language("zh")
    assert error_text(err) == "a.txt：无法读取文件（没有权限）。"
    assert chinese(error_text(saved)) and "数据库或磁盘已满" in error_text(saved)
    full = OSError(errno.ENOSPC, "No space left on device", "/media/u/笔记.docx")
    assert error_text(full) == "/media/u/笔记.docx: 磁盘空间已满"
    unknown = FayanError("x", key="ingest.cannot_read", params={"name": "a", "reason": "odd"})
    assert "（odd）" in error_text(unknown)  # unknown words stay as they are
    language("en")
    assert error_text(err) == str(err)
    assert error_text(full) == "/media/u/笔记.docx: No space left on device"


@pytest.mark.parametrize(
    "code",
    [
        errno.ENOENT,
        errno.EACCES,
        errno.EPERM,
        errno.ENOSPC,
        errno.EDQUOT,
        errno.EROFS,
        errno.EISDIR,
        errno.ENOTDIR,
        errno.EEXIST,
        errno.EBUSY,
        errno.EIO,
        errno.ENAMETOOLONG,
        errno.EMFILE,
        errno.EXDEV,
        errno.ETXTBSY,
        errno.ELOOP,
        errno.EINVAL,
        errno.ENOTEMPTY,
        errno.EAGAIN,
        errno.ENODEV,
        errno.EFBIG,
        errno.EPIPE,
        errno.ENETUNREACH,
    ],
)
def test_every_common_file_error_reads_in_chinese(code: int) -> None:
    """The reasons a file operation can fail with on a laptop (errno's own words) have Chinese
    words, so a Chinese message never carries an English reason."""
    import os

    words = errors.system_words_zh(os.strerror(code))
    assert not re.search(r"[A-Za-z]{3}", words), words
