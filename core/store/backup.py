"""Verified backups of the library file through SQLite's backup API (never a plain file copy).

A plain copy of a WAL database can miss every change since the last checkpoint (measured:
the copy had no tables at all), so backups go through ``Connection.backup``, are checked with
``integrity_check`` and only then renamed into place; a failing backup leaves the older ones alone.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import DiskFullError, LibraryError

if TYPE_CHECKING:
    from core.store.db import LibraryDB

KEEP_BACKUPS = 5


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}.backups"


def backup_library(lib: LibraryDB, reason: str = "manual", keep: int = KEEP_BACKUPS) -> Path:
    """Write a verified copy of the library to its backup folder and rotate old ones."""
    folder = backup_dir(lib.path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    final = folder / f"{lib.path.stem}-{stamp}-{reason}.db"
    n = 1
    while final.exists():  # two backups in one second must not replace each other
        final = folder / f"{lib.path.stem}-{stamp}-{reason}-{n}.db"
        n += 1
    tmp = final.with_suffix(".db.tmp")
    try:
        target = sqlite3.connect(str(tmp))
        try:
            lib.conn.backup(target)
            ok = target.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            target.close()
        if ok != "ok":
            raise LibraryError(
                f"The backup of {lib.path} failed its integrity check: {ok}.",
                key="store.backup_check_failed",
                params={"path": str(lib.path), "result": str(ok)},
            )
        os.replace(tmp, final)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        if getattr(e, "errno", None) == 28:
            raise DiskFullError(
                f"No space left to back up the library to {folder}. Free some space; "
                "the library itself is unchanged.",
                key="store.backup_disk_full",
                params={"folder": str(folder)},
            ) from e
        raise LibraryError(
            f"Could not back up the library to {folder}: {e}.",
            key="store.backup_failed",
            params={"folder": str(folder), "error": str(e)},
        ) from e
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _rotate(folder, lib.path.stem, keep, protect=final)
    return final


KEEP_WEEKLY = 4


def _rotate(folder: Path, stem: str, keep: int, protect: Path, weekly: int = KEEP_WEEKLY) -> None:
    """Keep the newest ``keep`` backups plus the newest of each of the ``weekly`` most recent
    older weeks (Anki-style thinning); pre-migration backups are never rotated out."""
    backups = sorted(
        (p for p in folder.glob(f"{stem}-*.db") if "-pre-v" not in p.name),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    weeks: set[tuple[int, int]] = set()
    for old in backups[keep:]:
        stamp = time.localtime(old.stat().st_mtime)
        week = (stamp.tm_year, int(time.strftime("%W", stamp)))
        if old == protect:
            continue
        if len(weeks) < weekly and week not in weeks:
            weeks.add(week)  # the newest backup of an older week stays
            continue
        old.unlink(missing_ok=True)


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.db"), key=lambda p: p.stat().st_mtime)
