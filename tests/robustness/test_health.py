"""Startup health, Check library, scheduled backups and restore (ROBUSTNESS.md E10–E14, G5)."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from core.errors import DiskFullError, LibraryCorruptError, LibraryError
from core.library import Library
from core.search.index import FTS_TABLE
from core.store import backup as backup_mod
from core.store.health import backup_if_due, startup_check
from core.store.migrations import SCHEMA_VERSION
from tests.robustness.conftest import copy_db, sha, snapshot


def corrupt(db: Path, pages: range = range(2, 8)) -> None:
    """Overwrite whole pages with garbage (E10: "a page overwritten")."""
    size = db.stat().st_size
    with open(db, "r+b") as f:
        for page in pages:
            if page * 4096 < size:
                f.seek(page * 4096)
                f.write(os.urandom(4096))


def test_check_library_reports_ok(filled_db: Path) -> None:
    with Library.open(filled_db) as lib:
        report = lib.check()
    assert report.ok and report.index_ok and not report.index_rebuilt
    assert report.counts["documents"] == 1 and report.counts["annotations"] == 1
    assert report.to_json()["ok"] is True
    assert any("integrity: ok" in line for line in report.lines())


def test_check_rebuilds_a_broken_search_index(filled_db: Path) -> None:
    """G5: the FTS index is derived data: rebuilt, never a reason to restore."""
    conn = sqlite3.connect(filled_db)
    conn.execute(f"DROP TABLE {FTS_TABLE}")
    conn.commit()
    conn.close()
    with Library.open(filled_db) as lib:
        report = lib.check()
        assert report.ok and report.index_rebuilt
        assert lib.search("网络运营者").hits
        assert lib.check().index_ok


def test_check_read_only_does_not_write(filled_db: Path) -> None:
    before = sha(filled_db)
    with Library.open(filled_db, read_only=True) as lib:
        report = lib.check()
    assert report.ok
    assert sha(filled_db) == before


def test_corrupt_library_is_replaced_by_newest_verified_backup(filled_db: Path) -> None:
    """E10: damaged → moved to .damaged (with -wal), newest sound backup restored, date told."""
    with Library.open(filled_db) as lib:
        good = lib.backup()
        lib.add_annotation(lib.list_documents()[0].id, 0, 2, note="after the backup")
    # A newer backup that is itself damaged must be skipped.
    bad = good.with_name(good.name.replace("-manual", "-zzz-manual"))
    copy_db(good, bad)
    corrupt(bad, range(1, 30))
    os.utime(bad, (good.stat().st_mtime + 10, good.stat().st_mtime + 10))
    corrupt(filled_db)
    lib = Library.open_for_app(filled_db)
    try:
        rec = lib.recovery
        assert rec is not None and rec.backup == good
        assert rec.damaged.exists() and rec.damaged.name.endswith(".damaged")
        assert rec.backup_time.strftime("%Y-%m-%d") in rec.message
        assert "missing" in rec.message
        assert lib.count_documents() == 1
        assert [a.note for a in lib.annotations()] == ["重点义务主体"]  # the backup's notes
        assert lib.check().ok
    finally:
        lib.close()
    # No loop: the next start finds a sound library and restores nothing.
    again = Library.open_for_app(filled_db)
    assert again.recovery is None
    again.close()
    assert len(list(filled_db.parent.glob("*.damaged"))) == 1


def test_corrupt_library_without_backup_is_left_alone(filled_db: Path) -> None:
    corrupt(filled_db)
    before = sha(filled_db)
    with pytest.raises(LibraryCorruptError, match="no sound backup"):
        Library.open_for_app(filled_db)
    assert sha(filled_db) == before
    assert not list(filled_db.parent.glob("*.damaged"))
    # The lock was released: a second attempt gives the same answer, not "in use".
    with pytest.raises(LibraryCorruptError):
        Library.open_for_app(filled_db)


def test_stale_wal_is_checked_and_ignored(filled_db: Path, caplog) -> None:
    """E11: garbage in -wal → the unclean-shutdown path (integrity_check), then a normal open."""
    snap = snapshot(filled_db)
    filled_db.with_name(filled_db.name + "-wal").write_bytes(b"stale wal data")
    with caplog.at_level(logging.INFO, logger="core.store.health"):
        lib = Library.open_for_app(filled_db)
    assert lib.recovery is None
    assert "not closed cleanly" in caplog.text
    assert lib.count_documents() == 1
    lib.close()
    assert snapshot(filled_db) == snap


def test_unclean_shutdown_runs_integrity_check(filled_db: Path, caplog) -> None:
    """A live -wal left by a killed writer is merged and checked; the data is kept."""
    conn = sqlite3.connect(filled_db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE annotations SET note = 'written before the crash'")
    wal = filled_db.with_name(filled_db.name + "-wal")
    copy = filled_db.parent / "crashed"
    copy.mkdir()
    # Simulate the kill: copy the db with its -wal while the writer is still open.
    (copy / "lib.db").write_bytes(filled_db.read_bytes())
    (copy / "lib.db-wal").write_bytes(wal.read_bytes())
    conn.close()
    assert (copy / "lib.db-wal").stat().st_size > 0
    with caplog.at_level(logging.INFO, logger="core.store.health"):
        lib = Library.open_for_app(copy / "lib.db")
    assert lib.recovery is None and "not closed cleanly" in caplog.text
    assert [a.note for a in lib.annotations()] == ["written before the crash"]
    lib.close()


def test_backup_while_writing_is_consistent(filled_db: Path) -> None:
    """E12: backups taken while another thread writes are verified and complete."""
    lib = Library.open(filled_db)
    doc_id = lib.list_documents()[0].id
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        while not stop.is_set():
            written.append(lib.add_annotation(doc_id, 0, 2, note=f"n{len(written)}").id)

    t = threading.Thread(target=writer)
    t.start()
    try:
        paths = [lib.backup(reason=f"busy{i}") for i in range(3)]
    finally:
        stop.set()
        t.join()
    counts = []
    for p in paths:
        c = sqlite3.connect(p)
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts.append(c.execute("SELECT count(*) FROM annotations").fetchone()[0])
        c.close()
    assert counts == sorted(counts) and counts[0] >= 1
    lib.close()


def test_failing_backup_keeps_old_backups_and_library(filled_db: Path, monkeypatch) -> None:
    """E13: ENOSPC during a backup: DiskFull, live file and older backups untouched."""
    lib = Library.open(filled_db)
    olds = [lib.backup(reason=f"old{i}") for i in range(backup_mod.KEEP_BACKUPS)]
    hashes = {p: sha(p) for p in olds}
    snap = snapshot(filled_db)

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_mod.os, "replace", full)
    with pytest.raises(DiskFullError, match="No space left"):
        lib.backup()
    monkeypatch.undo()
    lib.close()
    assert {p: sha(p) for p in olds} == hashes
    assert not list(backup_mod.backup_dir(filled_db).glob("*.tmp"))
    assert snapshot(filled_db) == snap


def test_restore_plan_and_restore(filled_db: Path, policy_file: Path) -> None:
    """E14: says what will be lost; keeps a pre-restore copy; counts match the backup."""
    lib = Library.open(filled_db)
    backup = lib.backup()
    before_backup = snapshot(backup)
    lib.import_paths([policy_file], workers=1)
    doc = [d for d in lib.list_documents() if "意见" in d.title][0]
    lib.add_annotation(doc.id, 0, 4, note="lost after restore")
    first = lib.annotations()[0]
    lib.update_annotation(first.id, note="edited after the backup")
    kept = next(d for d in lib.list_documents() if "意见" not in d.title)
    duty = next(s for s in lib.document(kept.id)["sentences"] if s["subject"])
    lib.correct_sentence(kept.id, duty["start"], duty["labels"], "修改后的主体")
    plan = lib.restore_plan(backup)
    assert plan.lost_documents == ["关于推进测试工作的意见"]
    assert plan.lost_annotations == 1 and plan.changed_annotations == 1
    assert plan.lost_corrections == 1
    assert "1 correction(s) of the analysis" in "\n".join(plan.lines())
    assert plan.current["documents"] == 2 and plan.restored["documents"] == 1
    text = "\n".join(plan.lines())
    assert "关于推进测试工作的意见" in text and "pre-restore" in text
    result = lib.restore_backup(backup)
    assert result.pre_restore.exists() and "pre-restore" in result.pre_restore.name
    assert result.check.ok
    assert lib.count_documents() == 1
    assert [a.note for a in lib.annotations()] == ["重点义务主体"]
    assert lib.search("网络运营者").hits and not lib.search("分类分级").hits
    assert lib.corrections() == []  # the backup's reading is back
    restored = next(s for s in lib.document(kept.id)["sentences"] if s["start"] == duty["start"])
    assert restored["subject"] == duty["subject"]
    lib.close()
    after = snapshot(filled_db)
    for key in ("documents", "annotations", "sections", "annotations_sha"):
        assert after[key] == before_backup[key], key
    pre = snapshot(result.pre_restore)
    assert pre["documents"] == 2 and pre["annotations"] == 2


def test_restore_refuses_a_damaged_backup(filled_db: Path) -> None:
    lib = Library.open(filled_db)
    backup = lib.backup()
    corrupt(backup, range(1, 20))
    snap = snapshot(filled_db)
    with pytest.raises(LibraryError, match="cannot be restored"):
        lib.restore_backup(backup)
    lib.close()
    assert snapshot(filled_db) == snap


def test_restore_of_an_older_schema_migrates(filled_db: Path, tmp_path: Path) -> None:
    old = copy_db(filled_db, tmp_path / "old-v2.db")
    c = sqlite3.connect(old)
    c.executescript(
        "DROP TRIGGER annotations_delete_only_from_trash; DROP TABLE annotations;"
        " DROP TABLE settings; PRAGMA user_version=2;"
    )
    c.close()
    with Library.open(filled_db) as lib:
        result = lib.restore_backup(old)
        assert result.migrated == list(range(3, SCHEMA_VERSION + 1))
        assert lib.count_documents() == 1 and lib.annotations() == []
        assert lib.check().ok


def test_scheduled_backup_only_when_changed_and_due(filled_db: Path) -> None:
    lib = Library.open(filled_db)
    assert lib.backup_if_due() is None  # nothing changed
    lib.add_annotation(lib.list_documents()[0].id, 0, 2)
    first = lib.backup_if_due()
    assert first is not None and "-auto" in first.name
    assert lib.backup_if_due() is None  # the newest is less than a day old
    assert backup_if_due(lib._db, changed=True, max_age_s=0) is not None
    lib.close()
    assert len(lib.backups()) == 2


def test_startup_check_ignores_files_that_are_not_ours(tmp_path: Path) -> None:
    other = tmp_path / "zotero.sqlite"
    c = sqlite3.connect(other)
    c.execute("CREATE TABLE items (id)")
    c.commit()
    c.close()
    corrupt(other)
    assert startup_check(other) is None  # the open refuses it; nothing is moved
    assert other.exists() and not list(tmp_path.glob("*.damaged"))
    assert startup_check(tmp_path / "missing.db") is None


def test_rotation_keeps_recent_and_weekly_backups(filled_db: Path) -> None:
    """R9: the newest 5 plus one from each of 4 older weeks; pre-migration ones always."""
    import time as _time

    lib = Library.open(filled_db)
    folder = backup_mod.backup_dir(filled_db)
    now = _time.time()
    made = []
    for i in range(12):  # 12 backups, two per week going back six weeks
        p = lib.backup(reason=f"old{i}")
        age = (i // 2) * 7 * 86400 + (i % 2) * 3600 + 86400
        os.utime(p, (now - age, now - age))
        made.append(p)
    pre = folder / "lib-20200101-000000-pre-v3.db"
    copy_db(made[0], pre)
    os.utime(pre, (now - 400 * 86400, now - 400 * 86400))
    newest = [lib.backup(reason=f"new{i}") for i in range(5)]
    lib.close()
    left = set(folder.glob("*.db"))
    assert set(newest) <= left and pre in left
    older = left - set(newest) - {pre}
    assert len(older) == 4  # one per week, four weeks
    weeks = {int(_time.strftime("%W", _time.localtime(p.stat().st_mtime))) for p in older}
    assert len(weeks) == 4
