"""Opening, refusing and migrating library files (ROBUSTNESS.md rows E4–E9, E15, F3, F4)."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest

from core.errors import (
    LibraryLockedError,
    LibraryNotOursError,
    LibraryReadOnlyError,
    LibraryTooNewError,
)
from core.store import db as dbmod
from core.store.backup import list_backups
from core.store.db import open_library_db
from core.store.migrations import APPLICATION_ID, SCHEMA_VERSION


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_library_has_safe_pragmas(tmp_path: Path) -> None:
    lib = open_library_db(tmp_path / "lib.db")
    conn = lib.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert {"sources", "documents", "sections", "sentences", "mentions", "keywords"} <= set(
        lib.db.table_names()
    )
    lib.close()


def test_reopen_is_idempotent(tmp_path: Path) -> None:
    p = tmp_path / "lib.db"
    open_library_db(p).close()
    lib = open_library_db(p)
    assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    lib.close()
    assert list_backups(p) == []  # nothing to migrate, so no backup


def test_newer_schema_is_refused_and_file_untouched(tmp_path: Path) -> None:
    p = tmp_path / "lib.db"
    open_library_db(p).close()
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA user_version=999")
    conn.close()
    before = sha(p)
    with pytest.raises(LibraryTooNewError) as e:
        open_library_db(p)
    assert "999" in str(e.value) and str(SCHEMA_VERSION) in str(e.value)
    assert sha(p) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"this is a text file, not a library\n", b"\x89PNG\r\n\x1a\n" + b"\0" * 100],
    ids=["zero-bytes", "text", "png"],
)
def test_non_database_files_are_refused_untouched(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "notes.db"
    p.write_bytes(content)
    with pytest.raises(LibraryNotOursError) as e:
        open_library_db(p)
    assert str(p) in str(e.value)
    assert p.read_bytes() == content


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "zotero.sqlite"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = sha(p)
    with pytest.raises(LibraryNotOursError, match="another program"):
        open_library_db(p)
    assert sha(p) == before


def test_failed_migration_leaves_old_schema_and_backup(tmp_path: Path, monkeypatch) -> None:
    p = tmp_path / "lib.db"
    open_library_db(p).close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("injected failure in step 2")

    monkeypatch.setattr(dbmod, "MIGRATIONS", [*dbmod.MIGRATIONS, broken])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(RuntimeError):
        open_library_db(p)
    conn = sqlite3.connect(p)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names
    conn.close()
    backups = list_backups(p)
    assert len(backups) == 1 and "pre-v" in backups[0].name
    ok = sqlite3.connect(backups[0]).execute("PRAGMA integrity_check").fetchone()[0]
    assert ok == "ok"


def test_read_only_open_refuses_writes(tmp_path: Path) -> None:
    p = tmp_path / "lib.db"
    open_library_db(p).close()
    lib = open_library_db(p, read_only=True)
    assert lib.read_only
    with pytest.raises(LibraryReadOnlyError):
        with lib.write():
            pass
    lib.close()


def test_write_rolls_back_on_error(tmp_path: Path) -> None:
    lib = open_library_db(tmp_path / "lib.db")
    with pytest.raises(ValueError):
        with lib.write() as conn:
            conn.execute(
                "INSERT INTO sources (path, sha256, format, size, imported_at) "
                "VALUES ('a', 'b', 'txt', 1, 'now')"
            )
            raise ValueError("boom")
    assert lib.conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 0
    lib.close()


def test_busy_library_gives_typed_error(tmp_path: Path, monkeypatch) -> None:
    p = tmp_path / "lib.db"
    lib = open_library_db(p)
    lib.conn.execute("PRAGMA busy_timeout=200")
    other = sqlite3.connect(p, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(LibraryLockedError, match="busy"):
            with lib.write():
                pass
    finally:
        other.execute("ROLLBACK")
        other.close()
    with lib.write():  # works again once the other writer is gone
        pass
    lib.close()


def test_immediate_writes_do_not_hit_busy_snapshot(tmp_path: Path) -> None:
    """F4: read-then-write from two connections never fails with SQLITE_BUSY_SNAPSHOT."""
    p = tmp_path / "lib.db"
    a = open_library_db(p)
    b = open_library_db(p)
    errors: list[Exception] = []

    def writer(lib, tag: str) -> None:
        try:
            for i in range(20):
                with lib.write() as conn:
                    n = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
                    conn.execute(
                        "INSERT INTO sources (path, sha256, format, size, imported_at) "
                        "VALUES (?, 'x', 'txt', ?, 'now')",
                        (f"{tag}{i}", n),
                    )
        except Exception as e:  # noqa: BLE001 - the test collects anything
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(x, t)) for x, t in ((a, "a"), (b, "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert a.conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 40
    a.close()
    b.close()
