"""FayanError keys: every message core builds has a stable key and the params it shows."""

from __future__ import annotations

import pickle
import re
from collections import defaultdict
from pathlib import Path

import pytest

from core.errors import EmptyFileError, EncryptedFileError, FayanError
from core.library import Library
from core.records import FileOutcome, ImportReport
from tests.core.error_sites import error_sites
from tests.core.ingest.fixtures import ole_file

KEY = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")


def test_key_and_params_are_optional_and_leave_the_message_alone() -> None:
    plain = FayanError("Something went wrong.", "a.txt")
    assert str(plain) == plain.message == "Something went wrong."
    assert plain.key is None and plain.params == {} and plain.path == "a.txt"
    keyed = EmptyFileError(
        "《a.txt》 is empty.", "a.txt", key="ingest.empty_file", params={"name": "a.txt"}
    )
    assert str(keyed) == "《a.txt》 is empty."
    assert keyed.key == "ingest.empty_file" and keyed.params == {"name": "a.txt"}


def test_key_and_params_survive_pickling() -> None:
    """Parser children send errors to the parent by pickle (core/ingest/isolate.py)."""
    err = EncryptedFileError(
        "《a.pdf》 is locked.", "a.pdf", key="ingest.pdf_encrypted", params={"name": "a.pdf"}
    )
    back = pickle.loads(pickle.dumps(err))
    assert (type(back), str(back), back.path, back.key, back.params) == (
        EncryptedFileError,
        "《a.pdf》 is locked.",
        "a.pdf",
        "ingest.pdf_encrypted",
        {"name": "a.pdf"},
    )


def test_the_walk_finds_the_raise_sites() -> None:
    """A guard on the ast walk itself: far fewer sites would mean it stopped seeing them."""
    sites = error_sites()
    assert len(sites) >= 110
    assert {s.where.split(":")[0] for s in sites} >= {
        "core/store/db.py",
        "core/store/lock.py",
        "core/ingest/readers.py",
        "core/ingest/pipeline.py",
        "core/annotations/backup.py",
        "core/export/atomic.py",
    }


@pytest.mark.parametrize("site", error_sites(), ids=lambda s: s.where)
def test_every_site_passes_a_literal_key_and_the_params_its_message_shows(site) -> None:
    assert not site.problems, f"{site.where} ({site.cls}): {site.problems}"
    assert KEY.match(site.key or ""), site.key
    assert site.template is not None


def test_a_key_means_one_message() -> None:
    """Sites sharing a key build the same message; different messages have different keys."""
    by_key: dict[str, set[str]] = defaultdict(set)
    by_template: dict[str, set[str]] = defaultdict(set)
    for s in error_sites():
        by_key[s.key].add(s.template)
        by_template[s.template].add(s.key)
    assert {k: t for k, t in by_key.items() if len(t) > 1} == {}
    assert {t: k for t, k in by_template.items() if len(k) > 1} == {}


def test_failed_and_skipped_outcomes_keep_the_key(tmp_path: Path) -> None:
    (tmp_path / "空文件.txt").write_bytes(b"")
    (tmp_path / "加密.docx").write_bytes(ole_file(encrypted=True))
    (tmp_path / "图片.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    with Library.open(tmp_path / "lib.db") as lib:
        report = lib.import_paths([tmp_path / n for n in ("空文件.txt", "加密.docx", "图片.png")])
    by_name = {Path(o.path).name: o for o in report.outcomes}
    empty, locked, picture = by_name["空文件.txt"], by_name["加密.docx"], by_name["图片.png"]
    assert empty.message == "《空文件.txt》 is empty (0 bytes): there is nothing to import."
    assert (empty.message_key, empty.message_params) == (
        "ingest.empty_file",
        {"name": "空文件.txt"},
    )
    assert locked.error_type == "EncryptedFileError"
    assert (locked.message_key, locked.message_params) == (
        "ingest.docx_encrypted",
        {"name": "加密.docx"},
    )
    assert (picture.status, picture.message_key) == ("skipped", "ingest.unsupported_type")
    assert picture.message == "图片.png: not a supported file type (.txt .md .pdf .docx)."


def test_import_json_is_unchanged_by_the_keys() -> None:
    """`fayan import --json` (DESIGN.md §4) keeps its outcome fields; the key is for the GUI."""
    outcome = FileOutcome(
        "/x/a.txt",
        "failed",
        message="《a.txt》 is empty.",
        error_type="EmptyFileError",
        message_key="ingest.empty_file",
        message_params={"name": "a.txt"},
    )
    row = ImportReport(outcomes=[outcome]).to_json()["outcomes"][0]
    assert row == {
        "path": "/x/a.txt",
        "status": "failed",
        "documents": 0,
        "trashed": 0,
        "message": "《a.txt》 is empty.",
        "error_type": "EmptyFileError",
    }


def test_read_only_fallback_keeps_the_key(tmp_path: Path, monkeypatch) -> None:
    import errno

    import core.store.lock as lockmod

    Library.open(tmp_path / "lib.db").close()
    real_open = lockmod.os.open

    def no_write(path, flags, *a, **k):
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *a, **k)

    monkeypatch.setattr(lockmod.os, "open", no_write)
    lib = Library.open_for_app(tmp_path / "lib.db")
    try:
        assert lib.read_only and lib.read_only_key == "store.read_only_folder"
        assert lib.read_only_params == {"path": str(tmp_path / "lib.db")}
        assert lib.read_only_reason and lib.read_only_reason.startswith("The folder of the library")
    finally:
        lib.close()
