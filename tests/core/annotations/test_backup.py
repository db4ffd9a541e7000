"""Notes backup and restore (H12): loss-free round trip, merging, and refusing bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.errors import NotesBackupError
from core.library import Library

from .conftest import LAW

USER_FIELDS = (
    "uuid",
    "doc_title",
    "start",
    "end",
    "quote",
    "prefix",
    "suffix",
    "section_label",
    "section_number",
    "color",
    "note",
    "tags",
    "status",
    "score",
    "anchored_sha",
    "created_at",
    "updated_at",
    "deleted_at",
)


def view(lib: Library) -> list[tuple[object, ...]]:
    return [
        tuple(getattr(a, f) for f in USER_FIELDS)
        for a in sorted(lib.annotations(include_deleted=True), key=lambda a: a.uuid)
    ]


@pytest.fixture
def filled(lib: Library, store) -> Library:
    doc = store(lib, "/src/law.txt", [("中华人民共和国测试法", LAW)])[0]
    text = lib.document_text(doc)
    s = text.index("国家实行")
    lib.add_annotation(doc, s, s + 12, note="等保 😀\x00\u202e", tags=["义务", "风险"], color=1)
    gone = lib.add_annotation(doc, 5, 15, note="in the trash")
    lib.delete_annotation(gone.id)
    lib.add_annotation(doc, 40, 52, note="x" * 100_000, tags=["长"])
    lib.rename_color(3, "待澄清")
    return lib


def test_h12_backup_into_a_new_library_restores_identically(
    filled: Library, store, tmp_path
) -> None:
    path = tmp_path / "notes.json"
    filled.backup_notes(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "fayan-notes" and data["version"] == 1
    assert len(data["annotations"]) == 3
    fresh = Library.open(tmp_path / "new.db")
    try:
        # the same document imported from another path: another key, found by its title
        store(fresh, "/elsewhere/law.txt", [("中华人民共和国测试法", LAW)])
        report = fresh.restore_notes(path)
        assert (report.added, report.updated, report.unchanged, report.orphaned) == (3, 0, 0, 0)
        assert view(fresh) == view(filled)
        assert fresh.palette()[3].name == "待澄清"
        again = fresh.restore_notes(path)  # no duplicates on a second restore
        assert (again.added, again.unchanged) == (0, 3)
        assert view(fresh) == view(filled)
    finally:
        fresh.close()


def test_restore_without_the_documents_keeps_orphans(filled: Library, tmp_path) -> None:
    path = tmp_path / "notes.json"
    filled.backup_notes(path)
    empty = Library.open(tmp_path / "empty.db")
    try:
        report = empty.restore_notes(path)
        assert report.added == 3 and report.orphaned == 3
        assert all(
            a.status == "orphan" and a.doc_id is None
            for a in empty.annotations(include_deleted=True)
        )
        assert sorted(a.note for a in empty.annotations(include_deleted=True)) == sorted(
            a.note for a in filled.annotations(include_deleted=True)
        )
    finally:
        empty.close()


def test_restore_takes_newer_edits_and_keeps_newer_local_ones(filled: Library, tmp_path) -> None:
    a = filled.annotations()[0]
    path = tmp_path / "old.json"
    filled.backup_notes(path)
    filled.update_annotation(a.id, note="edited after the backup")
    assert filled.restore_notes(path).updated == 0  # the library's copy is newer
    assert filled.annotation(a.id).note == "edited after the backup"
    data = json.loads(path.read_text(encoding="utf-8"))
    item = next(x for x in data["annotations"] if x["uuid"] == a.uuid)
    item["note"], item["updated_at"] = "from another machine", "2999-01-01T00:00:00+00:00"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    report = filled.restore_notes(path)
    assert report.updated == 1 and report.added == 0
    assert filled.annotation(a.id).note == "from another machine"
    assert len(filled.annotations(include_deleted=True)) == 3


def _corrupt(good: str) -> list[tuple[str, bytes]]:
    data = json.loads(good)
    bad_item = json.loads(good)
    bad_item["annotations"][1]["start"] = "zero"
    missing = json.loads(good)
    del missing["annotations"][2]["quote"]
    newer = json.loads(good)
    newer["version"] = 99
    colour = json.loads(good)
    colour["annotations"][0]["color"] = 42
    return [
        ("truncated", good.encode()[: len(good) // 2]),
        ("empty", b""),
        ("not json", b"\x89PNG\r\n\x1a\n binary"),
        ("foreign json", json.dumps({"items": [1, 2, 3]}).encode()),
        ("a list", b"[]"),
        ("wrong format", json.dumps({**data, "format": "zotero"}).encode()),
        ("newer version", json.dumps(newer).encode()),
        ("bad field type", json.dumps(bad_item).encode()),
        ("missing field", json.dumps(missing).encode()),
        ("unknown colour", json.dumps(colour).encode()),
    ]


def test_bad_backup_files_change_nothing(filled: Library, tmp_path, annotation_rows) -> None:
    good = tmp_path / "good.json"
    filled.backup_notes(good)
    fresh = Library.open(tmp_path / "fresh.db")
    try:
        for name, blob in _corrupt(good.read_text(encoding="utf-8")):
            bad = tmp_path / f"bad-{len(blob)}.json"
            bad.write_bytes(blob)
            with pytest.raises(NotesBackupError) as err:
                fresh.restore_notes(bad)
            assert "Nothing was changed" in str(err.value) and "Traceback" not in str(err.value), (
                name
            )
            assert annotation_rows(fresh.path) == [], name
        with pytest.raises(NotesBackupError, match="Cannot read"):
            fresh.restore_notes(tmp_path / "missing.json")
    finally:
        fresh.close()


def test_backup_write_failure_leaves_no_file(filled: Library, tmp_path, monkeypatch) -> None:
    from core.errors import ExportError

    def fail(self, *a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", fail)
    with pytest.raises(ExportError, match="No space left"):
        filled.backup_notes(tmp_path / "notes.json")
    assert not list(tmp_path.glob("*.json")) and not list(tmp_path.glob(".notes.json*"))
    monkeypatch.undo()
    with pytest.raises(ExportError, match="does not exist"):
        filled.backup_notes(tmp_path / "no such folder" / "notes.json")
