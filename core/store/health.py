"""Library health: the startup check, "Check library", scheduled backups and restore (R9, R10, R13).

- ``startup_check`` runs before a writer opens the file: ``integrity_check`` after an unclean
  shutdown (a non-empty ``-wal``), ``quick_check`` otherwise (both ≈ 0.1 s on a 30 MB library).
  A damaged file is moved aside as ``.damaged`` together with its ``-wal``/``-shm`` and the newest
  backup that passes its own integrity check takes its place. The caller is told the backup's
  date and what may be missing. A backup is verified before and after it is put in place, so a
  restore can never be followed by another restore (no loop); with no sound backup nothing moves.
- ``check_library`` is "Check library" / ``fayan check``: integrity, foreign keys, the search
  index (derived data: rebuilt if broken, never a reason to restore).
- ``restore_backup`` copies a backup *into* the open connection through the backup API (WAL-safe,
  the connection stays valid) after a pre-restore backup of the current state, then migrates and
  re-checks.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from core.errors import LibraryCorruptError, LibraryError
from core.store.backup import KEEP_BACKUPS, backup_library, list_backups
from core.store.db import SQLITE_HEADER, LibraryDB, migrate, schema_version
from core.store.migrations import APPLICATION_ID, SCHEMA_VERSION

log = logging.getLogger(__name__)

BACKUP_MAX_AGE_S = 24 * 3600
COUNTED_TABLES = ("documents", "sections", "sentences", "mentions", "annotations")


# --- checks ------------------------------------------------------------------------------------


@dataclass
class CheckReport:
    """What "Check library" found; ``ok`` when the primary data is sound."""

    path: str
    integrity: list[str] = field(default_factory=list)  # ["ok"] or SQLite's problem lines
    foreign_keys: list[tuple[Any, ...]] = field(default_factory=list)
    index_ok: bool = True
    index_rebuilt: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_keys

    def lines(self) -> list[str]:
        out = [f"Library {self.path}:"]
        out.append(
            "  database integrity: ok"
            if self.integrity == ["ok"]
            else f"  database integrity: DAMAGED ({len(self.integrity)} problem(s)): "
            + "; ".join(self.integrity[:5])
        )
        out.append(
            "  links between tables: ok"
            if not self.foreign_keys
            else f"  links between tables: {len(self.foreign_keys)} broken row(s)"
        )
        if self.index_ok:
            out.append("  search index: ok")
        elif self.index_rebuilt:
            out.append("  search index: was damaged and has been rebuilt")
        else:
            out.append("  search index: damaged (open the library writable to rebuild it)")
        out.append("  " + ", ".join(f"{k} {v}" for k, v in self.counts.items()))
        if not self.ok:
            out.append(
                "  What to do: restore a backup (Library → Backups, or `fayan restore FILE`); "
                "the current file is kept as a pre-restore copy."
            )
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "ok": self.ok,
            "integrity": self.integrity,
            "foreign_keys": [list(r) for r in self.foreign_keys],
            "index_ok": self.index_ok,
            "index_rebuilt": self.index_rebuilt,
            "counts": self.counts,
            "seconds": round(self.seconds, 3),
        }


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    out = {}
    for t in COUNTED_TABLES:
        if t in names:
            where = " WHERE deleted_at IS NULL" if t == "annotations" else ""
            out[t] = int(conn.execute(f"SELECT count(*) FROM {t}{where}").fetchone()[0])
    return out


def check_library(lib: LibraryDB, *, repair_index: bool = True) -> CheckReport:
    """integrity_check + foreign_key_check + the FTS index check (rebuilt when broken)."""
    from core.search import check_index
    from core.search.index import FTS_TABLE

    t0 = time.perf_counter()
    conn = lib.conn
    report = CheckReport(str(lib.path))
    try:
        report.integrity = [r[0] for r in conn.execute("PRAGMA integrity_check(100)")]
        report.foreign_keys = [tuple(r) for r in conn.execute("PRAGMA foreign_key_check")]
    except sqlite3.DatabaseError as e:
        report.integrity = [str(e)]
    if report.integrity != ["ok"]:
        report.index_ok = False  # never rebuild derived data on top of a damaged file
    elif lib.read_only or not repair_index:
        try:
            conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as e:
            # A read-only connection cannot run the (writing) FTS command: report it as unknown.
            report.index_ok = "readonly" in str(e).lower()
    else:
        with lib.write() as c:
            report.index_ok = check_index(c, thorough=True)
        report.index_rebuilt = not report.index_ok
    try:
        report.counts = table_counts(conn)
    except sqlite3.DatabaseError:
        report.counts = {}
    report.seconds = time.perf_counter() - t0
    if not report.ok or report.index_rebuilt:
        log.warning("check of %s: %s", lib.path, " | ".join(report.lines()[1:]))
    return report


def verify_file(path: Path) -> str | None:
    """None when ``path`` is a sound Fayan library we can open; else why not (one line)."""
    try:
        with open(path, "rb") as f:
            if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return "not an SQLite database"
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error) as e:
        return str(e)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            return "not a Fayan library"
        if version > SCHEMA_VERSION:
            return f"made by a newer Fayan (schema {version} > {SCHEMA_VERSION})"
        result = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        return None if result == ["ok"] else "; ".join(result[:3])
    except sqlite3.DatabaseError as e:
        return str(e)
    finally:
        conn.close()


# --- startup -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recovery:
    """A damaged library was replaced by a backup at startup."""

    path: Path
    damaged: Path  # where the damaged file (and its -wal/-shm) now lies
    backup: Path
    backup_time: datetime
    problem: str

    @property
    def message(self) -> str:
        when = self.backup_time.strftime("%Y-%m-%d %H:%M")
        return (
            f"The library {self.path} was damaged ({self.problem}). Fayan restored the backup "
            f"of {when}: documents imported and notes made after that time are missing — "
            f"import those files again. The damaged file is kept as {self.damaged}."
        )


def wal_is_dirty(path: Path) -> bool:
    """A non-empty ``-wal`` at open means the last session did not close cleanly."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _check_live_file(path: Path, thorough: bool) -> str | None:
    """Like verify_file, but on the live path (a writable open, so the -wal is read and merged)."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
    except sqlite3.Error as e:
        return str(e)
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        pragma = "integrity_check(20)" if thorough else "quick_check(20)"
        result = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        return None if result == ["ok"] else "; ".join(result[:3])
    except sqlite3.DatabaseError as e:
        msg = str(e).lower()
        if "locked" in msg or "busy" in msg or "readonly" in msg:
            return None  # not a verdict on the file; the open reports these itself
        return str(e)
    finally:
        conn.close()


def _is_ours(path: Path) -> bool:
    """Only a file that looks like a Fayan library is ever moved aside."""
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError:
        return False
    return (
        len(head) == 100
        and head.startswith(SQLITE_HEADER)
        and int.from_bytes(head[68:72], "big") == APPLICATION_ID
    )


def newest_verified_backup(path: Path) -> tuple[Path, str | None] | None:
    """The newest backup that passes integrity_check (older ones are tried in turn)."""
    for backup in reversed(list_backups(path)):
        problem = verify_file(backup)
        if problem is None:
            return backup, None
        log.warning("backup %s is not usable: %s", backup, problem)
    return None


def _copy_in(backup: Path, target: Path) -> None:
    """Write ``backup`` to ``target`` through the backup API: temp file, verify, rename."""
    tmp = target.with_name(target.name + ".restoring")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if ok != "ok":
        tmp.unlink(missing_ok=True)
        raise LibraryCorruptError(
            f"The backup {backup} failed its check after copying ({ok}).",
            key="store.backup_copy_check_failed",
            params={"backup": str(backup), "result": str(ok)},
        )
    os.replace(tmp, target)


def quarantine(path: Path) -> Path:
    """Move the library and its -wal/-shm aside as ``<name>.<stamp>.damaged`` (kept paired)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    damaged = path.with_name(f"{path.name}.{stamp}.damaged")
    n = 1
    while damaged.exists():
        damaged = path.with_name(f"{path.name}.{stamp}-{n}.damaged")
        n += 1
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, damaged.with_name(damaged.name + suffix))
    os.replace(path, damaged)
    return damaged


def startup_check(path: Path | str, *, thorough: bool = False) -> Recovery | None:
    """Check the library before opening it; replace a damaged one by its newest sound backup.

    Call only while holding the library lock (core.store.lock): it may move the file. Returns
    None when all is well or the file is not a Fayan library (the open then says why); raises
    LibraryCorruptError when the file is damaged and no backup passes its check (nothing moved).
    """
    path = Path(path)
    if not path.is_file() or not _is_ours(path):
        return None
    unclean = wal_is_dirty(path)
    problem = _check_live_file(path, thorough=thorough or unclean)
    if problem is None:
        if unclean:
            log.info("library %s was not closed cleanly; integrity_check ok", path)
        return None
    log.error("library %s is damaged: %s", path, problem)
    found = newest_verified_backup(path)
    if found is None:
        raise LibraryCorruptError(
            f"The library {path} is damaged ({problem}) and there is no sound backup to restore. "
            "Nothing was changed. Import your documents into a new library (start Fayan with "
            "another library file), and keep this file for a repair attempt.",
            str(path),
            key="store.damaged_no_backup",
            params={"path": str(path), "problem": problem},
        )
    backup = found[0]
    damaged = quarantine(path)
    try:
        _copy_in(backup, path)
    except BaseException:
        # Put the damaged file back rather than leave no library at all.
        if not path.exists():
            os.replace(damaged, path)
            for suffix in ("-wal", "-shm"):
                side = damaged.with_name(damaged.name + suffix)
                if side.exists():
                    os.replace(side, path.with_name(path.name + suffix))
        raise
    recovery = Recovery(
        path=path,
        damaged=damaged,
        backup=backup,
        backup_time=datetime.fromtimestamp(backup.stat().st_mtime),
        problem=problem,
    )
    log.warning("%s", recovery.message)
    return recovery


# --- scheduled backups -------------------------------------------------------------------------


def newest_backup_age(path: Path) -> float | None:
    """Seconds since the newest backup was written, or None when there is none."""
    backups = list_backups(path)
    if not backups:
        return None
    return max(0.0, time.time() - backups[-1].stat().st_mtime)


def backup_if_due(
    lib: LibraryDB,
    *,
    changed: bool,
    max_age_s: float = BACKUP_MAX_AGE_S,
    keep: int = KEEP_BACKUPS,
) -> Path | None:
    """The scheduled backup: when something changed and the newest backup is older than a day."""
    if lib.read_only or not changed:
        return None
    age = newest_backup_age(lib.path)
    if age is not None and age < max_age_s:
        return None
    return backup_library(lib, reason="auto", keep=keep)


# --- restore -----------------------------------------------------------------------------------


@dataclass
class RestorePlan:
    """What restoring ``backup`` over the current library would change (shown before asking)."""

    backup: Path
    backup_time: datetime
    current: dict[str, int]
    restored: dict[str, int]
    lost_documents: list[str]  # titles in the library now but not in the backup
    lost_annotations: int  # live notes not in the backup
    changed_annotations: int  # notes edited since the backup (the backup's version comes back)
    lost_corrections: int = 0  # corrections of the analysis made or changed since the backup

    def lines(self) -> list[str]:
        when = self.backup_time.strftime("%Y-%m-%d %H:%M")
        out = [
            f"Backup of {when}: {self.restored.get('documents', 0)} document(s), "
            f"{self.restored.get('annotations', 0)} note(s).",
            f"Now: {self.current.get('documents', 0)} document(s), "
            f"{self.current.get('annotations', 0)} note(s).",
        ]
        if self.lost_documents:
            shown = "、".join(self.lost_documents[:10])
            more = (
                f" and {len(self.lost_documents) - 10} more"
                if len(self.lost_documents) > 10
                else ""
            )
            out.append(f"Lost: {len(self.lost_documents)} document(s) ({shown}{more}).")
        if self.lost_annotations or self.changed_annotations:
            out.append(
                f"Lost: {self.lost_annotations} note(s) made and {self.changed_annotations} "
                "edited since the backup."
            )
        if self.lost_corrections:
            out.append(
                f"Lost: {self.lost_corrections} correction(s) of the analysis made or changed "
                "since the backup."
            )
        if not (
            self.lost_documents
            or self.lost_annotations
            or self.changed_annotations
            or self.lost_corrections
        ):
            out.append("Nothing made since the backup is lost.")
        out.append("The current library is first saved as a pre-restore backup.")
        return out


def _corrections(conn: sqlite3.Connection) -> dict[tuple[str, str, int], tuple]:
    """Each correction by its sentence (document key, text, place) with what it sets."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "corrections" not in names:  # a backup from before corrections existed
        return {}
    return {
        (key, quote, start): (labels, subject)
        for key, quote, start, labels, subject in conn.execute(
            "SELECT doc_key, quote, start, labels, subject FROM corrections"
        )
    }


def _docs_and_notes(conn: sqlite3.Connection) -> tuple[dict[str, str], dict[str, str]]:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    docs = dict(conn.execute("SELECT key, title FROM documents").fetchall())
    notes: dict[str, str] = {}
    if "annotations" in names:
        notes = dict(
            conn.execute("SELECT uuid, updated_at FROM annotations WHERE deleted_at IS NULL")
        )
    return docs, notes


def _verify_backup(backup: Path) -> None:
    problem = verify_file(backup)
    if problem is not None:
        raise LibraryError(
            f"The backup {backup} cannot be restored: {problem}. Choose another backup; "
            "the library was not changed.",
            str(backup),
            key="store.backup_unusable",
            params={"backup": str(backup), "problem": problem},
        )


def restore_plan(lib: LibraryDB, backup: Path | str) -> RestorePlan:
    backup = Path(backup)
    _verify_backup(backup)
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        b_docs, b_notes = _docs_and_notes(src)
        b_fixes = _corrections(src)
        restored = table_counts(src)
    finally:
        src.close()
    c_docs, c_notes = _docs_and_notes(lib.conn)
    c_fixes = _corrections(lib.conn)
    return RestorePlan(
        backup=backup,
        backup_time=datetime.fromtimestamp(backup.stat().st_mtime),
        current=table_counts(lib.conn),
        restored=restored,
        lost_documents=sorted(t for k, t in c_docs.items() if k not in b_docs),
        lost_annotations=sum(1 for u in c_notes if u not in b_notes),
        changed_annotations=sum(1 for u, t in c_notes.items() if u in b_notes and b_notes[u] != t),
        lost_corrections=sum(1 for k, v in c_fixes.items() if b_fixes.get(k) != v),
    )


@dataclass(frozen=True)
class RestoreResult:
    backup: Path
    pre_restore: Path
    migrated: list[int]
    check: CheckReport


def restore_backup(lib: LibraryDB, backup: Path | str) -> RestoreResult:
    """Replace the library's content by ``backup``; the current content is backed up first."""
    backup = Path(backup)
    if lib.read_only:
        from core.errors import LibraryReadOnlyError

        raise LibraryReadOnlyError(
            f"The library {lib.path} is open read-only; a backup cannot be restored into it.",
            str(lib.path),
            key="store.restore_read_only",
            params={"path": str(lib.path)},
        )
    _verify_backup(backup)
    pre = backup_library(lib, reason="pre-restore")
    _copy_into_connection(backup, lib)
    try:
        migrated = migrate(lib) if schema_version(lib.conn) < SCHEMA_VERSION else []
        check = check_library(lib)
        if not check.ok:
            raise LibraryCorruptError(
                f"The restored library failed its check: {check.lines()[1]}",
                key="store.restore_check_failed",
                params={"detail": check.lines()[1]},
            )
    except BaseException:
        log.exception("restore of %s failed; putting the pre-restore copy back", backup)
        _copy_into_connection(pre, lib)
        raise
    log.warning("restored %s from %s (pre-restore copy %s)", lib.path, backup, pre)
    return RestoreResult(backup, pre, migrated, check)


def _copy_into_connection(backup: Path, lib: LibraryDB) -> None:
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        src.backup(lib.conn)
    except sqlite3.Error as e:
        from core.store.db import translate_error

        raise translate_error(e, lib.path) from e
    finally:
        src.close()
