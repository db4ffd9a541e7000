"""Two instances on one library, stale locks, read-only files and folders (F1, F2, E4, E5)."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.errors import LibraryLockedError, LibraryReadOnlyError
from core.library import Library
from core.store import db as dbmod
from core.store import lock as lockmod
from core.store.lock import LibraryLock, lock_path
from tests.robustness.conftest import sha

ROOT = Path(__file__).resolve().parents[2]
HOLD = (
    "import sys, time; sys.path.insert(0, {root!r})\n"
    "from core.library import Library\n"
    "lib = Library.open_for_app({db!r})\n"
    "print('holding', flush=True)\n"
    "time.sleep(60)\n"
)


def hold_in_child(db: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD.format(root=str(ROOT), db=str(db))],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "holding", line
    return proc


def test_second_instance_is_told_the_library_is_in_use(filled_db: Path) -> None:
    """F1: the second opener gets LibraryLockedError and never opens a writer."""
    child = hold_in_child(filled_db)
    try:
        with pytest.raises(LibraryLockedError) as e:
            Library.open_for_app(filled_db)
        assert "already open" in str(e.value) and f"pid {child.pid}" in str(e.value)
        # The CLI: a writing command refuses, a reading one still works (read-only).
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        cli = [sys.executable, "-m", "core.cli", "--db", str(filled_db)]
        imp = subprocess.run(
            [*cli, "import", "-q", str(ROOT / "sample_docs")],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )
        assert imp.returncode != 0 and "already open" in imp.stderr
        listed = subprocess.run(
            [*cli, "list"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
        )
        assert listed.returncode == 0 and "测试法" in listed.stdout
    finally:
        child.kill()
        child.wait()


def test_stale_lock_after_a_crash_is_taken_over(filled_db: Path) -> None:
    """F2: the holder is SIGKILLed; the next start gets the lock without asking anyone."""
    child = hold_in_child(filled_db)
    os.kill(child.pid, getattr(signal, "SIGKILL", signal.SIGTERM))
    child.wait()
    assert lock_path(filled_db).exists()  # the file is still there: only a live holder counts
    t0 = time.perf_counter()
    lib = Library.open_for_app(filled_db)
    assert time.perf_counter() - t0 < 5
    assert not lib.read_only
    lib.close()


def test_lock_is_released_on_close_and_exclusive_in_process(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    a = Library.open_for_app(db)
    with pytest.raises(LibraryLockedError):
        LibraryLock(db).acquire()
    a.close()
    with LibraryLock(db) as b:
        assert b.held and str(os.getpid()) in b.holder()
    assert not b.held


def test_read_only_folder_falls_back_to_read_only(filled_db: Path, monkeypatch) -> None:
    """E5: the lock file cannot be created → open read-only with an explanation."""
    real_open = os.open

    def no_write(path, flags, *a, **k):
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *a, **k)

    monkeypatch.setattr(lockmod.os, "open", no_write)
    before = sha(filled_db)
    lib = Library.open_for_app(filled_db)
    try:
        assert lib.read_only
        assert "read-only" in (lib.read_only_reason or "")
        assert lib.count_documents() == 1
        with pytest.raises(LibraryReadOnlyError):
            lib.add_annotation(lib.list_documents()[0].id, 0, 2)
    finally:
        lib.close()
    assert sha(filled_db) == before


def test_read_only_file_falls_back_to_read_only(filled_db: Path, monkeypatch) -> None:
    """E4: SQLite says the file is read-only (as a chmod 444 file does) → read-only + reason."""
    real = dbmod._connect

    def ro_connect(path, read_only):
        if not read_only:
            raise LibraryReadOnlyError(f"The library {path} can only be read.", str(path))
        return real(path, read_only)

    monkeypatch.setattr(dbmod, "_connect", ro_connect)
    lib = Library.open_for_app(filled_db)
    try:
        assert lib.read_only and "can only be read" in (lib.read_only_reason or "")
        assert lib.list_documents()
    finally:
        lib.close()
    # The writer lock was given back: a normal open works once the file is writable again.
    monkeypatch.undo()
    Library.open_for_app(filled_db).close()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores file permissions"
)
def test_chmod_444_file_opens_read_only(filled_db: Path) -> None:  # pragma: no cover - non-root
    filled_db.chmod(0o444)
    try:
        lib = Library.open_for_app(filled_db)
        assert lib.read_only and lib.read_only_reason
        lib.close()
    finally:
        filled_db.chmod(0o644)
