"""Analysing the stored documents again: same result as a fresh import, user data untouched."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.ingest import reanalyse
from core.ingest.pipeline import CancelToken
from core.library import Library
from core.paths import resources_dir, sample_docs_dir

ANALYSIS = ("sentences", "references", "keywords", "status")


def _samples() -> list[Path]:
    files = sorted(p for p in sample_docs_dir().iterdir() if p.is_file())
    if not files:
        pytest.skip("sample_docs/ is empty")
    return files


def _analysis(lib: Library) -> dict[str, dict]:
    out = {}
    for d in lib.list_documents():
        doc = lib.document(d.id)
        out[doc["title"]] = {k: doc[k] for k in ANALYSIS}
    return out


def _make_stale(lib: Library) -> None:
    """What an older Fayan left behind: other labels and bearers, no keywords or references."""
    conn = lib._db.conn  # noqa: SLF001 - the test plays an old version writing the file
    with conn:
        conn.execute("UPDATE sentences SET labels = '', subject = NULL")
        conn.execute("DELETE FROM keywords")
        conn.execute("DELETE FROM mentions")
        conn.execute("DELETE FROM settings WHERE key = ?", (reanalyse.FINGERPRINT_KEY,))


@pytest.fixture
def fresh(tmp_path: Path) -> Library:
    lib = Library.open(tmp_path / "fresh.db")
    assert not lib.import_paths(_samples(), workers=1).failed
    yield lib
    lib.close()


def test_reanalysis_restores_what_a_fresh_import_gives(fresh: Library, tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "old.db")
    lib.import_paths(_samples(), workers=1)
    law = next(d for d in lib.list_documents() if d.title == "中华人民共和国网络安全法")
    note = lib.add_annotation(law.id, 100, 120, note="复核", tags=("合规",))
    _make_stale(lib)
    assert lib.analysis_is_stale()
    assert all(not s["labels"] for s in lib.document(law.id)["sentences"])

    seen = []
    report = lib.reanalyse(progress=seen.append, workers=1)

    assert report.documents == len(lib.list_documents()) and not report.failed
    assert seen[-1].done == seen[-1].total == report.documents
    assert _analysis(lib) == _analysis(fresh)
    assert not lib.analysis_is_stale()
    kept = lib.annotation(note.id)  # the user's note is where it was, untouched
    assert (kept.start, kept.end, kept.note, kept.tags) == (100, 120, "复核", ("合规",))
    assert lib.check().ok
    lib.close()


def test_a_cancelled_run_leaves_each_document_whole_and_the_library_stale(
    monkeypatch, tmp_path: Path
) -> None:
    lib = Library.open(tmp_path / "lib.db")
    lib.import_paths(_samples(), workers=1)
    _make_stale(lib)
    monkeypatch.setattr(reanalyse, "CHUNK_CHARS", 1)  # one document per task
    cancel = CancelToken()

    def progress(p) -> None:
        if p.done >= 2:
            cancel.cancel()

    report = lib.reanalyse(progress=progress, cancel=cancel, workers=1)
    assert report.cancelled and 2 <= report.documents < len(lib.list_documents())
    labelled = [
        any(s["labels"] for s in lib.document(d.id)["sentences"]) for d in lib.list_documents()
    ]
    assert labelled.count(True) == report.documents  # done wholly, or not at all
    assert lib.analysis_is_stale()  # still offered: the rest keep the old analysis
    lib.close()


def test_import_records_the_rules_only_when_everything_is_current(tmp_path: Path) -> None:
    files = _samples()
    lib = Library.open(tmp_path / "lib.db")
    assert not lib.analysis_is_stale()  # empty: nothing to analyse again
    lib.import_paths(files[:2], workers=1)
    assert not lib.analysis_is_stale()
    _make_stale(lib)
    lib.import_paths(files[2:], workers=1)
    assert lib.analysis_is_stale()  # the first documents still carry the old analysis
    lib.close()


def test_an_edited_lexicon_makes_the_analysis_stale(monkeypatch, tmp_path: Path) -> None:
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    monkeypatch.setattr(reanalyse, "resources_dir", lambda: copy)
    before = reanalyse.analysis_fingerprint()
    assert reanalyse.analysis_fingerprint() == before  # stable
    actors = copy / "lexicon" / "legal_actors.txt"
    actors.write_text(actors.read_text(encoding="utf-8") + "数据经纪人 300 n\n", encoding="utf-8")
    assert reanalyse.analysis_fingerprint() != before


def test_cli_reanalyse_reports_json(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    with Library.open(db) as lib:
        lib.import_paths(_samples()[:2], workers=1)
        _make_stale(lib)
    out = subprocess.run(
        [sys.executable, "-m", "core.cli", "--db", str(db), "reanalyse", "--json", "--quiet"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    result = json.loads(out.stdout)
    assert result["documents"] == 2 and result["was_stale"] and not result["failed"]
    with Library.open(db) as lib:
        assert not lib.analysis_is_stale()
        assert any(
            s["labels"] for d in lib.list_documents() for s in lib.document(d.id)["sentences"]
        )
