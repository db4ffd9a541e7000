"""Write a file all-or-nothing: a temp file in the target folder, fsync, then rename over the target."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from core.errors import ExportError


def write_atomically(path: Path | str, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` and move ``tmp`` to ``path``; any failure leaves no file behind."""
    path = Path(path).expanduser()
    folder = path.parent
    if path.is_dir():
        raise ExportError(
            f"{path} is a folder; choose a file name to export to.",
            str(path),
            key="export.path_is_folder",
            params={"path": str(path)},
        )
    if not folder.is_dir():
        raise ExportError(
            f"The folder {folder} does not exist; choose another place to save.",
            str(path),
            key="export.no_folder",
            params={"folder": str(folder)},
        )
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise ExportError(
            f"Cannot write in the folder {folder} ({e.strerror or e}). "
            "Choose a folder you are allowed to write to.",
            str(path),
            key="export.folder_not_writable",
            params={"folder": str(folder), "reason": str(e.strerror or e)},
        ) from e
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; an export is an ordinary document
        os.replace(tmp, path)
    except BaseException as e:
        tmp.unlink(missing_ok=True)
        if isinstance(e, ExportError) or not isinstance(e, Exception):
            raise
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e) or type(e).__name__
        raise ExportError(
            f"Could not write {path.name}: {reason}. Nothing was saved; "
            "check the disk space and the folder, then try again.",
            str(path),
            key="export.write_failed",
            params={"name": path.name, "reason": reason},
        ) from e
    return path
