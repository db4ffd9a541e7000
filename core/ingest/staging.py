"""Stage a source file into library storage before parsing (ROBUSTNESS.md R4).

The copy is hashed while it is written (temp file, fsync, atomic rename), and the original is
re-checked afterwards: a file that vanishes or changes mid-import becomes a typed error, and the
parser only ever reads the stable copy.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from core.errors import DiskFullError, IngestError, SourceVanishedError

CHUNK = 1 << 20


@dataclass(frozen=True)
class StagedFile:
    original: Path
    staged: Path
    sha256: str
    size: int
    mtime: float


def storage_dir(db_path: Path) -> Path:
    """Where staged copies of imported files live, beside the library file."""
    return db_path.parent / f"{db_path.stem}.files"


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _vanished(path: Path) -> SourceVanishedError:
    return SourceVanishedError(
        f"{path.name}: the file disappeared or could not be read while importing ({path}). "
        "Check that it still exists and try again.",
        str(path),
        key="ingest.vanished",
        params={"name": path.name, "path": str(path)},
    )


def _unreadable(path: Path, e: OSError) -> IngestError:
    return IngestError(
        f"{path.name}: cannot read the file ({e.strerror}).",
        str(path),
        key="ingest.cannot_read",
        params={"name": path.name, "reason": str(e.strerror)},
    )


def stage_file(path: Path, store: Path) -> StagedFile:
    """Copy ``path`` into ``store/<sha>/<name>`` and return its hash; original left untouched."""
    try:
        before = path.stat()
    except FileNotFoundError as e:
        raise _vanished(path) from e
    except OSError as e:
        raise _unreadable(path, e) from e
    tmp_dir = store / "incoming"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    tmp = tmp_dir / f"{os.getpid()}-{abs(hash(str(path)))}.part"
    h = hashlib.sha256()
    try:
        with open(path, "rb") as src, open(tmp, "wb") as dst:
            while chunk := src.read(CHUNK):
                h.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        after = path.stat()
        if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
            raise SourceVanishedError(
                f"{path.name}: the file changed while it was being imported. "
                "Wait until it is saved completely, then import it again.",
                str(path),
                key="ingest.changed_while_importing",
                params={"name": path.name},
            )
        sha = h.hexdigest()
        final_dir = store / sha[:24]
        final_dir.mkdir(parents=True, exist_ok=True)
        final = final_dir / path.name
        os.replace(tmp, final)
    except FileNotFoundError as e:
        tmp.unlink(missing_ok=True)
        raise _vanished(path) from e
    except OSError as e:
        tmp.unlink(missing_ok=True)
        if e.errno == errno.ENOSPC:
            raise DiskFullError(
                f"{path.name}: the disk is full, so the file could not be copied into the "
                "library. Free some space and import it again; nothing was changed.",
                str(path),
                key="ingest.disk_full",
                params={"name": path.name},
            ) from e
        raise _unreadable(path, e) from e
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return StagedFile(path, final, sha, before.st_size, before.st_mtime)


def discard_staged(staged: Path) -> None:
    """Remove a staged copy that is no longer referenced (best effort)."""
    try:
        staged.unlink(missing_ok=True)
        if staged.parent.is_dir() and not any(staged.parent.iterdir()):
            shutil.rmtree(staged.parent, ignore_errors=True)
    except OSError:
        pass
