"""Opening the library file safely: checks before any write, pragmas, forward migrations.

Follows ../shared/ROBUSTNESS.md R5, R6 and R8: a file that is not ours or comes from a newer
Fayan is refused *before* anything is written to it (even ``PRAGMA journal_mode=WAL`` writes the
header); every write runs inside ``BEGIN IMMEDIATE``; migrations are one transaction each, with a
backup taken first.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from core.errors import (
    DiskFullError,
    LibraryCorruptError,
    LibraryError,
    LibraryLockedError,
    LibraryNotOursError,
    LibraryReadOnlyError,
    LibraryTooNewError,
)
from core.store.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def default_library_path() -> Path:
    """``FAYAN_DB`` if set, else ``library.db`` in the platform's user data folder."""
    env = os.environ.get("FAYAN_DB")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("Fayan", appauthor=False)) / "library.db"


def _check_file(path: Path) -> bool:
    """Refuse files that are not SQLite; return True when the library must be created."""
    if not path.exists():
        return True
    if path.is_dir():
        raise LibraryNotOursError(
            f"{path} is a folder, not a library file. Choose a .db file.",
            key="store.library_is_folder",
            params={"path": str(path)},
        )
    size = path.stat().st_size
    if size == 0:
        raise LibraryNotOursError(
            f"{path} is an empty file, not a Fayan library. Choose another file or delete it.",
            key="store.library_empty_file",
            params={"path": str(path)},
        )
    with open(path, "rb") as f:
        head = f.read(len(SQLITE_HEADER))
    if head != SQLITE_HEADER:
        raise LibraryNotOursError(
            f"{path} is not a library file (it is not an SQLite database). "
            "Choose a Fayan library, or a new file name to create one.",
            key="store.not_sqlite",
            params={"path": str(path)},
        )
    return False


def _probe(path: Path) -> tuple[int, int, int]:
    """(application_id, user_version, table count), read through a read-only connection."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as e:
        raise LibraryError(
            f"Cannot open the library {path}: {e}.",
            str(path),
            key="store.cannot_open",
            params={"path": str(path), "error": str(e)},
        ) from e
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as e:
        raise _translate(e, path) from e
    finally:
        conn.close()
    return app_id, version, tables


def _translate(e: sqlite3.Error, path: Path) -> Exception:
    """Turn an SQLite error into a typed error with an actionable message."""
    msg = str(e).lower()
    if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
        return LibraryCorruptError(
            f"The library {path} is damaged ({e}). Restore it from a backup "
            "(Library → Restore backup) or import your documents into a new library.",
            str(path),
            key="store.corrupt",
            params={"path": str(path), "error": str(e)},
        )
    if "locked" in msg or "busy" in msg:
        return LibraryLockedError(
            f"The library {path} is busy: another Fayan window or program is writing to it. "
            "Close it, or wait a moment and try again.",
            str(path),
            key="store.busy",
            params={"path": str(path)},
        )
    if "readonly" in msg or "read-only" in msg or "attempt to write" in msg:
        return LibraryReadOnlyError(
            f"The library {path} can only be read (the file or its folder is read-only). "
            "Copy it to a writable folder to make changes.",
            str(path),
            key="store.read_only_file",
            params={"path": str(path)},
        )
    if "disk is full" in msg or "database or disk is full" in msg:
        return DiskFullError(
            f"The disk holding {path} is full. Free some space and try again; "
            "nothing was half-written.",
            str(path),
            key="store.disk_full",
            params={"path": str(path)},
        )
    return LibraryError(
        f"Library error on {path}: {e}.",
        str(path),
        key="store.sqlite_error",
        params={"path": str(path), "error": str(e)},
    )


def translate_error(e: sqlite3.Error, path: Path | str) -> Exception:
    """Public form of the SQLite → typed-error mapping, for callers that run statements."""
    return _translate(e, Path(path))


class LibraryDB:
    """One open library: a single connection (serialised by the caller) plus its path."""

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self.db = sqlite_utils.Database(conn, execute_plugins=False)

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One explicit write transaction (``BEGIN IMMEDIATE``); rolled back on any error."""
        if self.read_only:
            raise LibraryReadOnlyError(
                f"The library {self.path} is open read-only; changes cannot be saved.",
                str(self.path),
                key="store.read_only_open",
                params={"path": str(self.path)},
            )
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise _translate(e, self.path) from e
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise _translate(exc, self.path) from exc
            raise

    def close(self) -> None:
        try:
            if not self.read_only:
                self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self.conn.close()


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    if not read_only:
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            conn.close()
            raise LibraryReadOnlyError(
                f"The library {path} cannot use write-ahead logging (is it on a network or "
                "read-only drive?). Keep the library on a local, writable disk.",
                str(path),
                key="store.no_wal",
                params={"path": str(path)},
            )
        conn.execute("PRAGMA synchronous=FULL")
    return conn


def open_library_db(path: Path | str, *, read_only: bool = False) -> LibraryDB:
    """Open (creating if missing) and migrate the library at ``path``."""
    path = Path(path).expanduser()
    create = _check_file(path)
    if create:
        if read_only:
            raise LibraryError(
                f"There is no library at {path} to open read-only.",
                str(path),
                key="store.no_library_read_only",
                params={"path": str(path)},
            )
        path.parent.mkdir(parents=True, exist_ok=True)
    else:
        app_id, version, tables = _probe(path)
        if app_id != APPLICATION_ID and not (app_id == 0 and tables == 0):
            raise LibraryNotOursError(
                f"{path} is an SQLite database of another program, not a Fayan library. "
                "Choose a Fayan library, or a new file name to create one.",
                str(path),
                key="store.other_program",
                params={"path": str(path)},
            )
        if version > SCHEMA_VERSION:
            raise LibraryTooNewError(
                f"The library {path} was created by a newer version of Fayan (schema {version}; "
                f"this version reads up to {SCHEMA_VERSION}). Update Fayan to open it; "
                "the file was not changed.",
                str(path),
                key="store.too_new",
                params={"path": str(path), "version": version, "supported": SCHEMA_VERSION},
            )
        if version < SCHEMA_VERSION and read_only:
            raise LibraryReadOnlyError(
                f"The library {path} needs an upgrade but is read-only. Open it from a "
                "writable folder once to upgrade it.",
                str(path),
                key="store.upgrade_read_only",
                params={"path": str(path)},
            )
    try:
        conn = _connect(path, read_only)
    except sqlite3.Error as e:
        raise _translate(e, path) from e
    lib = LibraryDB(conn, path, read_only)
    if not read_only:
        try:
            migrate(lib)
            index_leftovers(lib)
        except BaseException:
            conn.close()
            raise
    return lib


def index_leftovers(lib: LibraryDB) -> int:
    """Index documents an interrupted import stored but did not get to index."""
    if not lib.conn.execute("SELECT 1 FROM index_pending LIMIT 1").fetchone():
        return 0
    from core.store.documents import index_pending

    with lib.write() as conn:
        return index_pending(conn)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(lib: LibraryDB) -> list[int]:
    """Apply pending migrations, each in one transaction; back up an existing library first."""
    conn = lib.conn
    current = schema_version(conn)
    if current >= SCHEMA_VERSION:
        return []
    if current > 0:
        from core.store.backup import backup_library

        backup_library(lib, reason=f"pre-v{SCHEMA_VERSION}")
    applied: list[int] = []
    for version in range(current + 1, SCHEMA_VERSION + 1):
        step = MIGRATIONS[version - 1]
        with lib.write():
            if callable(step):
                step(conn)
            else:
                for sql in step:
                    conn.execute(sql)
            if version == 1:
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise LibraryCorruptError(
                    f"Upgrading the library {lib.path} to schema {version} found broken links "
                    f"({len(problems)} rows); nothing was changed.",
                    str(lib.path),
                    key="store.migration_broken_links",
                    params={"path": str(lib.path), "version": version, "rows": len(problems)},
                )
            conn.execute(f"PRAGMA user_version={version}")
        applied.append(version)
    return applied
