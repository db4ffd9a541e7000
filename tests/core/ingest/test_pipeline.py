"""The import pipeline end to end: batches with bad files, re-imports, crashes and cancel."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core.ingest.pipeline import CancelToken
from core.library import Library
from tests.library_snapshot import LAW, POLICY, snapshot


@pytest.fixture
def lib(tmp_path: Path):
    library = Library.open(tmp_path / "lib.db")
    yield library
    library.close()


def test_mixed_folder_imports_good_files_and_reports_bad_ones(lib: Library, tmp_path: Path):
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "law.txt").write_text(LAW, encoding="utf-8")
    (folder / "sub" / "policy.txt").write_bytes(POLICY.encode("gb18030"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "broken.docx").write_bytes(b"not a zip at all")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    report = lib.import_paths([folder], workers=1)
    by_name = {Path(o.path).name: o for o in report.outcomes}
    assert by_name["law.txt"].status == "imported"
    assert by_name["policy.txt"].status == "imported"
    assert by_name["picture.png"].status == "skipped"
    for bad in ("empty.txt", "binary.txt", "broken.docx"):
        assert by_name[bad].status == "failed", bad
        assert bad in (by_name[bad].message or ""), by_name[bad].message
        assert "Traceback" not in (by_name[bad].message or "")
    titles = {d.title: d for d in lib.list_documents()}
    assert set(titles) == {"中华人民共和国测试法", "关于推进测试工作的意见"}
    assert titles["中华人民共和国测试法"].articles == 3
    assert titles["关于推进测试工作的意见"].tree_path[:2] == ("docs", "sub")
    assert snapshot(lib.path)["integrity"] == "ok"


def test_reimport_unchanged_is_a_noop_and_changed_keeps_keys(lib: Library, tmp_path: Path):
    f = tmp_path / "law.txt"
    f.write_text(LAW, encoding="utf-8")
    lib.import_paths([f], workers=1)
    before = {d.key: d.id for d in lib.list_documents()}
    snap = snapshot(lib.path)
    again = lib.import_paths([f], workers=1)
    assert [o.status for o in again.outcomes] == ["unchanged"]
    assert snapshot(lib.path) == snap
    f.write_text(
        LAW.replace("履行网络安全保护义务", "履行网络安全保护义务和数据保护义务"), encoding="utf-8"
    )
    changed = lib.import_paths([f], workers=1)
    assert [o.status for o in changed.outcomes] == ["updated"]
    after = {d.key: d.id for d in lib.list_documents()}
    assert after == before  # same keys, same ids: what hangs on them survives
    doc_id = next(iter(after.values()))
    assert "数据保护义务" in lib.document_text(doc_id)


def test_same_bytes_under_another_name_is_a_duplicate(lib: Library, tmp_path: Path):
    (tmp_path / "a.txt").write_text(LAW, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LAW, encoding="utf-8")
    lib.import_paths([tmp_path / "a.txt"], workers=1)
    report = lib.import_paths([tmp_path / "b.txt"], workers=1)
    assert report.outcomes[0].status == "duplicate"
    assert "a.txt" in (report.outcomes[0].message or "")
    assert lib.count_documents() == 1


def test_missing_path_is_reported(lib: Library, tmp_path: Path):
    report = lib.import_paths([tmp_path / "gone.txt"], workers=1)
    assert report.outcomes[0].status == "failed"
    assert "gone.txt" in (report.outcomes[0].message or "")


def test_show_json_contract(lib: Library, tmp_path: Path):
    f = tmp_path / "law.txt"
    f.write_text(LAW, encoding="utf-8")
    lib.import_paths([f], workers=1)
    doc = lib.document(lib.list_documents()[0].id)
    for key in (
        "id",
        "key",
        "title",
        "short_title",
        "doc_type",
        "issuer",
        "date",
        "doc_number",
        "tree_path",
        "source",
        "text_length",
        "sections",
        "sentences",
        "references",
        "keywords",
    ):
        assert key in doc, key
    text = lib.document_text(doc["id"])
    assert doc["text_length"] == len(text)
    for s in doc["sections"] + doc["sentences"] + doc["references"]:
        assert 0 <= s["start"] < s["end"] <= len(text)
    art2 = next(s for s in doc["sections"] if s["kind"] == "条" and s["number"] == 2)
    assert "网络运营者应当履行" in text[art2["start"] : art2["end"]]


def test_cancel_before_parsing_stores_nothing(lib: Library, tmp_path: Path):
    (tmp_path / "law.txt").write_text(LAW, encoding="utf-8")
    token = CancelToken()
    token.cancel()
    report = lib.import_paths([tmp_path], cancel=token, workers=1)
    assert report.cancelled
    assert lib.count_documents() == 0
    assert snapshot(lib.path)["integrity"] == "ok"


def test_kill_mid_import_leaves_consistent_library(tmp_path: Path):
    """E1: the process is killed right after a file's rows are written, before COMMIT."""
    db = tmp_path / "lib.db"
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(LAW, encoding="utf-8")
    lib = Library.open(db)
    lib.import_paths([folder / "a.txt"], workers=1)
    lib.close()
    (folder / "b.txt").write_text(POLICY, encoding="utf-8")
    env = {**os.environ, "FAYAN_CRASH_AT": "after_documents"}
    proc = subprocess.run(
        [sys.executable, "-m", "core.cli", "--db", str(db), "import", "-q", str(folder / "b.txt")],
        env=env,
        capture_output=True,
        cwd=Path(__file__).resolve().parents[3],
        timeout=120,
    )
    assert proc.returncode != 0  # it was killed
    snap = snapshot(db)
    assert snap["integrity"] == "ok" and snap["fk"] == []
    assert snap["documents"] == 1  # b.txt is absent, not half-present
    lib = Library.open(db)  # the next start can resume: importing again works
    report = lib.import_paths([folder], workers=1)
    assert report.count("imported") == 1 and report.count("unchanged") == 1
    assert lib.count_documents() == 2
    lib.close()


def test_cli_import_list_show(tmp_path: Path):
    db = tmp_path / "lib.db"
    (tmp_path / "law.txt").write_text(LAW, encoding="utf-8")
    root = Path(__file__).resolve().parents[3]

    def fayan(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "core.cli", "--db", str(db), *args],
            capture_output=True,
            text=True,
            cwd=root,
            timeout=120,
        )

    imp = fayan("import", str(tmp_path / "law.txt"))
    assert imp.returncode == 0, imp.stderr
    assert "1 document" in imp.stderr and "0 error" in imp.stderr
    rows = json.loads(fayan("list", "--json").stdout)
    assert rows[0]["title"] == "中华人民共和国测试法" and rows[0]["articles"] == 3
    shown = json.loads(fayan("show", str(rows[0]["id"]), "--json").stdout)
    assert shown["title"] == rows[0]["title"]
    text = fayan("show", str(rows[0]["id"]), "--text").stdout
    assert len(text) == shown["text_length"]
    bad = fayan("show", "9999", "--json")
    assert bad.returncode != 0 and "9999" in bad.stderr and bad.stdout == ""


def test_chunked_and_batched_analysis_stores_the_same_library(
    tmp_path: Path, seed_path, monkeypatch
):
    """One compilation cut into many analysis chunks, files in several batches: same result."""
    import core.ingest.pipeline as pipeline
    import core.ingest.process as process

    files = [seed_path("004"), seed_path("002"), seed_path("003")]

    def summary(lib: Library) -> list[tuple]:
        docs = lib.list_documents()
        return sorted((d.title, d.tree_path, d.articles, d.text_length) for d in docs)

    whole = Library.open(tmp_path / "whole.db")
    whole.import_paths(files)
    monkeypatch.setattr(process, "CHUNK_CHARS", 20_000)  # seed 004 becomes ~40 chunks
    monkeypatch.setattr(pipeline, "BATCH_BYTES", 1)  # one file per batch
    chunked = Library.open(tmp_path / "chunked.db")
    report = chunked.import_paths(files)
    assert report.count("imported") == 3
    assert summary(chunked) == summary(whole)
    from core.ingest.readers import read_file

    drafts = tuple(process.split_raw(read_file(files[0]), files[0].name, ()))
    assert len(process.chunk_drafts(drafts)) > 5  # the analysis really ran in several chunks
    whole.close()
    chunked.close()


def test_imported_documents_are_searchable_and_nothing_waits_for_the_index(lib: Library, tmp_path):
    (tmp_path / "law.txt").write_text(LAW, encoding="utf-8")
    lib.import_paths([tmp_path / "law.txt"], workers=1)
    assert lib.search("网络运营者应当履行").hits
    conn = sqlite3.connect(lib.path)
    assert conn.execute("SELECT count(*) FROM index_pending").fetchone()[0] == 0
    conn.close()


def test_killed_before_indexing_the_next_open_indexes_what_was_stored(tmp_path: Path):
    """Documents commit file by file and are indexed per batch: a kill in between loses nothing."""
    db = tmp_path / "lib.db"
    (tmp_path / "law.txt").write_text(LAW, encoding="utf-8")
    env = {**os.environ, "FAYAN_CRASH_AT": "before_index"}
    proc = subprocess.run(
        [sys.executable, "-m", "core.cli", "--db", str(db), "import", "-q", str(tmp_path)],
        env=env,
        capture_output=True,
        cwd=Path(__file__).resolve().parents[3],
        timeout=120,
    )
    assert proc.returncode != 0  # killed
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM index_pending").fetchone()[0] == 1
    conn.close()
    lib = Library.open(db)  # indexes the leftovers
    try:
        hit = lib.search("网络运营者应当履行").hits
        assert hit and hit[0].title == "中华人民共和国测试法"
        assert snapshot(db)["integrity"] == "ok"
    finally:
        lib.close()
