"""One writer per library file: an OS lock on ``<library>.lock`` next to it (ROBUSTNESS.md R7).

The operating system releases the lock when the holding process ends, however it ends (crash,
SIGKILL, power loss of the process), so a stale lock file never blocks the next start: only a
living process holds the lock. The file's text (pid, host, time) is only there to tell the user
who holds it. Works for the desktop app and the CLI alike; no Qt.
"""

from __future__ import annotations

import errno
import os
import socket
import sys
import time
from pathlib import Path

from core.errors import LibraryLockedError, LibraryReadOnlyError


def lock_path(db_path: Path | str) -> Path:
    p = Path(db_path)
    return p.with_name(p.name + ".lock")


def _try_lock(fd: int) -> bool:
    """Take an exclusive, non-blocking lock on the open file; False when another holds it."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as e:
        if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


class LibraryLock:
    """``with LibraryLock(db):`` or ``acquire()``/``release()``; not re-entrant across opens."""

    def __init__(self, db_path: Path | str) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def holder(self) -> str:
        """What the lock file says about its holder ("pid 123 on host, since …"), or ""."""
        try:
            return self.path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return ""

    def acquire(self) -> LibraryLock:
        """Take the lock or raise LibraryLockedError (held) / LibraryReadOnlyError (no write)."""
        if self._fd is not None:
            return self
        try:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            if e.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
                raise LibraryReadOnlyError(
                    f"The folder of the library {self.db_path} is read-only, so Fayan cannot "
                    "save changes there. It opens read-only; copy the library to a writable "
                    "folder to make changes.",
                    str(self.db_path),
                    key="store.read_only_folder",
                    params={"path": str(self.db_path)},
                ) from e
            raise LibraryLockedError(
                f"Cannot create the lock file {self.path}: {e.strerror or e}.",
                str(self.db_path),
                key="store.cannot_create_lock",
                params={"lock": str(self.path), "reason": str(e.strerror or e)},
            ) from e
        try:
            locked = _try_lock(fd)
        except OSError:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            who = self.holder()
            if who:
                raise LibraryLockedError(
                    f"The library {self.db_path} is already open in another Fayan window or "
                    f"command ({who}). Switch to that window, or close it and try again.",
                    str(self.db_path),
                    key="store.locked_by",
                    params={"path": str(self.db_path), "holder": who},
                )
            raise LibraryLockedError(
                f"The library {self.db_path} is already open in another Fayan window or "
                "command. Switch to that window, or close it and try again.",
                str(self.db_path),
                key="store.locked",
                params={"path": str(self.db_path)},
            )
        info = f"pid {os.getpid()} on {socket.gethostname()}, since {time.strftime('%Y-%m-%d %H:%M:%S')}"
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, info.encode("utf-8"))
        except OSError:
            pass  # the lock is what counts; the text is a courtesy
        self._fd = fd
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)
        except OSError:
            pass
        os.close(fd)  # closing the descriptor drops the OS lock
        # The empty file stays: deleting it would race with a process that just opened it.

    def __enter__(self) -> LibraryLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # pragma: no cover - safety net
        try:
            self.release()
        except Exception:  # noqa: BLE001
            pass
