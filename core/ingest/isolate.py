"""ParserPool: run parsers in capped, killable child processes (R1), reused across tasks.

pdfplumber, pypdfium2 and python-docx can take gigabytes or minutes on small hostile files, and
a native crash would take the app down. Each child has an address-space cap (RLIMIT_AS on POSIX)
and each task a wall-clock limit counted from when the child starts it; a child that overruns,
dies or is cancelled is killed and replaced, and only that task fails, with a typed error.
Children are started with ``spawn``: never fork a process that may hold Qt.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, TypeVar

from core.errors import (
    FayanError,
    ImportCancelled,
    IngestError,
    ParseCrashError,
    ParseMemoryError,
    ParseTimeoutError,
)

T = TypeVar("T")

_START_GRACE_S = 60.0  # a fresh child may take this long to start (imports) before the clock runs
_MEMORY_GUESS = 0.7  # a child killed by a signal near its cap most likely ran out of memory


def _address_space() -> int:
    """This process's address-space size in bytes (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


def _watch_memory(peak: Any) -> None:
    """Child thread: keep the highest address-space size in shared memory, which outlives a
    child that a native parser aborts when an allocation fails under the cap (a PDF bomb)."""
    while True:
        now = _address_space()
        if now > peak.value:
            peak.value = now
        time.sleep(0.01)


def _worker_main(
    conn: Connection, mem_bytes: int, preload: tuple[str, ...], peak: Any = None
) -> None:
    """Child: cap memory, then run tasks until told to stop (None) or the pipe closes."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (mem_bytes, mem_bytes))
    except (ImportError, ValueError, OSError):
        pass  # Windows: no RLIMIT_AS (the parent's timeout still applies)
    if peak is not None:
        threading.Thread(target=_watch_memory, args=(peak,), daemon=True).start()
    for module in preload:
        __import__(module)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        fn, args = task
        if peak is not None:
            peak.value = _address_space()
        conn.send(("started",))
        try:
            payload: tuple[Any, ...] = ("ok", fn(*args))
        except FayanError as e:
            payload = ("fayan", type(e), e.message, dict(e.__dict__))
        except MemoryError:
            payload = ("memory",)
        except BaseException as e:  # noqa: BLE001 - everything must come back as data
            payload = ("exc", type(e).__name__, str(e), traceback.format_exc())
        try:
            conn.send(payload)
        except MemoryError:
            conn.send(("memory",))
        except Exception as e:  # an unpicklable result
            conn.send(("exc", type(e).__name__, str(e), traceback.format_exc()))


def _own_peak_rss() -> int:
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KB
    except (ImportError, OSError):
        return 0


class _Worker:
    """One child process and the task it is running, if any."""

    def __init__(self, ctx: Any, mem_bytes: int, preload: tuple[str, ...]) -> None:
        self.conn, child = ctx.Pipe()
        # The kernel folds the pre-exec (forked) image into the child's peak RSS, so a child's
        # ru_maxrss says nothing below the parent's own peak at spawn time.
        self.inherited_rss = _own_peak_rss()
        self.peak = ctx.Value("q", 0, lock=False)  # the child's highest address space
        self.proc = ctx.Process(
            target=_worker_main,
            args=(child, mem_bytes, preload, self.peak),
            daemon=True,
            name="fayan-parser",
        )
        self.proc.start()
        child.close()
        self.task: tuple[int, str] | None = None  # (index, label)
        self.deadline = 0.0
        self.vm_seen = 0
        self.vm_at_start = 0  # address space when the task began (imports, dictionaries)
        self.peak_rss = 0
        self.reaped = False

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def exited(self) -> bool:
        """True once the child has exited; reaps it with wait4 to learn its peak RSS."""
        # Not proc.exitcode/is_alive() first: they reap the child and its rusage is lost.
        if self.reaped:
            return True
        if not wait([self.proc.sentinel], 0):
            return False
        if hasattr(os, "wait4"):
            try:
                _, status, usage = os.wait4(self.proc.pid, 0)
                self.peak_rss = usage.ru_maxrss * 1024  # Linux reports KB
                # Tell multiprocessing, which would otherwise wait for a pid we already reaped.
                self.proc._popen.returncode = os.waitstatus_to_exitcode(status)  # type: ignore[attr-defined]
            except (ChildProcessError, AttributeError):
                pass
        self.proc.join(1)
        self.reaped = True
        return True

    def vm_bytes(self) -> int:
        """Current address-space size (Linux /proc), remembered for crash diagnosis."""
        try:
            with open(f"/proc/{self.proc.pid}/statm") as f:
                pages = int(f.read().split()[0])
            self.vm_seen = max(self.vm_seen, pages * os.sysconf("SC_PAGE_SIZE"))
        except (OSError, ValueError, IndexError):
            pass
        return self.vm_seen


class ParserPool:
    """Persistent parser children: ``run`` one task, or ``imap_unordered`` many, ``workers`` at once.

    ``fn`` must be a picklable top-level function and return plain data. Failures come back as
    typed errors: ParseTimeoutError, ParseMemoryError, ParseCrashError, the FayanError the task
    raised, or an IngestError (traceback in ``.details``) for anything else.
    """

    def __init__(
        self,
        workers: int = 2,
        mem_mb: int = 1536,
        timeout_s: float = 120.0,
        preload: tuple[str, ...] = (),
    ) -> None:
        self.workers = max(1, workers)
        self.mem_bytes = mem_mb << 20
        self.timeout_s = timeout_s
        self.preload = preload
        self._ctx = multiprocessing.get_context("spawn")
        self._pool: list[_Worker] = []
        self._lock = threading.RLock()
        self._cancelled = threading.Event()
        self._wake_r, self._wake_w = self._ctx.Pipe(duplex=False)
        self._closed = False

    # --- lifecycle --------------------------------------------------------------------------

    def __enter__(self) -> ParserPool:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        """Start the children now, so their start-up overlaps other work."""
        with self._lock:
            while len(self._pool) < self.workers:
                self._pool.append(self._spawn())

    def close(self) -> None:
        """Stop all children (idle ones politely, busy ones by kill)."""
        with self._lock:
            self._closed = True
            for w in self._pool:
                if w.task is None and w.proc.is_alive():
                    try:
                        w.conn.send(None)
                    except OSError:
                        pass
                    w.proc.join(2)
                w.kill()
            self._pool.clear()

    def cancel(self) -> None:
        """Stop everything promptly (thread-safe): running tasks are killed, and this and later
        calls raise ImportCancelled until ``reset_cancel``."""
        self._cancelled.set()
        with self._lock:
            for w in self._pool:
                if w.task is not None and w.proc.is_alive():
                    w.proc.kill()
        try:
            self._wake_w.send_bytes(b"x")
        except OSError:
            pass

    def reset_cancel(self) -> None:
        """Accept work again after ``cancel``."""
        self._cancelled.clear()
        while self._wake_r.poll():
            self._wake_r.recv_bytes()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    # --- work -------------------------------------------------------------------------------

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run one task in a child; return its result or raise its typed error."""
        for _, result in self.imap_unordered(fn, [args]):
            if isinstance(result, FayanError):
                raise result
            return result
        raise IngestError("The parser returned nothing.", key="ingest.no_result")  # unreachable

    def imap_unordered(
        self,
        fn: Callable[..., T],
        items: Iterable[tuple[Any, ...]],
        label: Callable[[tuple[Any, ...]], str] | None = None,
    ) -> Iterator[tuple[int, T | FayanError]]:
        """Yield ``(index, result or typed error)`` in order of completion.

        ``label(args)`` names the item in error messages; by default the file name of the
        first argument when it is a path.
        """
        if self._closed:
            raise IngestError("The parser pool is closed.", key="ingest.pool_closed")
        label = label or _default_label
        todo = enumerate(items)
        exhausted = False
        self.start()
        try:
            while True:
                self._check_cancel()
                if not exhausted:
                    exhausted = self._fill(fn, todo, label)
                busy = [w for w in self._pool if w.task is not None]
                if not busy and exhausted:
                    return
                yield from self._collect(busy)
        finally:
            self._abandon()

    # --- internals --------------------------------------------------------------------------

    def _spawn(self) -> _Worker:
        return _Worker(self._ctx, self.mem_bytes, self.preload)

    def _check_cancel(self) -> None:
        if self._cancelled.is_set():
            self._abandon()
            raise ImportCancelled(
                "Import cancelled: files not yet read were not imported.", key="ingest.cancelled"
            )

    def _fill(self, fn: Callable[..., Any], todo: Iterator[tuple[int, Any]], label: Any) -> bool:
        """Give each idle child a task; return True when there are no more items."""
        for i, w in enumerate(self._pool):
            if w.task is not None:
                continue
            try:
                index, args = next(todo)
            except StopIteration:
                return True
            args = tuple(args)
            w.task = (index, label(args))
            w.deadline = time.monotonic() + _START_GRACE_S + self.timeout_s
            try:
                w.conn.send((fn, args))
            except (OSError, ValueError):  # child died while idle: replace it and resend
                with self._lock:
                    w.kill()
                    self._pool[i] = w = self._spawn()
                w.task = (index, label(args))
                w.deadline = time.monotonic() + _START_GRACE_S + self.timeout_s
                w.conn.send((fn, args))
        return False

    def _collect(self, busy: list[_Worker]) -> Iterator[tuple[int, Any]]:
        """Wait for the first event among busy children; yield the finished tasks."""
        now = time.monotonic()
        timeout = max(0.0, min(min(w.deadline for w in busy) - now, 0.25))
        handles: list[Any] = [w.conn for w in busy] + [w.proc.sentinel for w in busy]
        wait([*handles, self._wake_r], timeout)
        self._check_cancel()
        now = time.monotonic()
        for w in busy:
            assert w.task is not None
            index, name = w.task
            w.vm_bytes()
            try:
                ready = w.conn.poll()
            except (OSError, EOFError):
                ready = False
            if ready:
                try:
                    msg = w.conn.recv()
                except (EOFError, OSError):
                    msg = None
                if msg is not None and msg[0] == "started":
                    w.vm_seen = 0
                    w.vm_at_start = w.vm_bytes()
                    w.deadline = now + self.timeout_s
                    continue
                if msg is not None:
                    w.task = None
                    if msg[0] == "memory":
                        self._replace(w)
                    yield index, self._result(msg, name)
                    continue
            if w.exited():
                err = self._death(w, name)
                self._replace(w)
                yield index, err
            elif now >= w.deadline:
                self._replace(w)
                yield (
                    index,
                    ParseTimeoutError(
                        f"《{name}》 took longer than {self.timeout_s:g} s to read and was stopped. "
                        "The file may be damaged or unusually complex; try saving it again, "
                        "or split it.",
                        name,
                        key="ingest.parse_timeout",
                        params={"name": name, "seconds": self.timeout_s},
                    ),
                )

    def _result(self, msg: tuple[Any, ...], name: str) -> Any:
        kind = msg[0]
        if kind == "ok":
            return msg[1]
        if kind == "fayan":
            cls, message, attrs = msg[1], msg[2], msg[3]
            err = cls.__new__(cls)
            Exception.__init__(err, message)
            err.__dict__.update(attrs)
            return err
        if kind == "memory":
            return self._memory_error(name)
        err = IngestError(
            f"《{name}》 could not be read: the reader failed unexpectedly ({msg[1]}). "
            "Try saving the file again in its application; if it keeps failing, report it "
            "with the debug details.",
            name,
            key="ingest.reader_failed",
            params={"name": name, "error": msg[1]},
        )
        err.details = msg[3]  # type: ignore[attr-defined]
        return err

    def _memory_error(self, name: str) -> ParseMemoryError:
        return ParseMemoryError(
            f"《{name}》 needed more than {self.mem_bytes >> 20} MB of memory to read and was "
            "stopped. It may be damaged or contain a compression bomb; try saving it again.",
            name,
            key="ingest.parse_memory",
            params={"name": name, "limit_mb": self.mem_bytes >> 20},
        )

    def _death(self, w: _Worker, name: str) -> FayanError:
        code = w.proc.exitcode
        # Judge by what the task itself added: a child's address space before any work can
        # already be a large part of a small cap (interpreter, parsers, dictionaries).
        headroom = max(self.mem_bytes - w.vm_at_start, 1)
        grew = (max(w.vm_seen, w.peak.value) - w.vm_at_start) / headroom
        rss_near_cap = w.peak_rss >= self.mem_bytes // 2 and w.peak_rss > w.inherited_rss
        near_cap = grew >= _MEMORY_GUESS or rss_near_cap
        if code is not None and code < 0 and near_cap:
            return self._memory_error(name)
        if code is not None and code < 0:
            try:
                how = signal.Signals(-code).name
            except ValueError:
                how = f"signal {-code}"
        else:
            how = f"exit code {code}"
        err = ParseCrashError(
            f"《{name}》 made the reader crash ({how}); the file is probably damaged. "
            "Open it in its application and save it again, then import that.",
            name,
            key="ingest.parser_crashed",
            params={"name": name, "how": how},
        )
        err.details = how  # type: ignore[attr-defined]
        return err

    def _replace(self, w: _Worker) -> None:
        with self._lock:
            w.kill()
            if w in self._pool and not self._closed:
                self._pool[self._pool.index(w)] = self._spawn()

    def _abandon(self) -> None:
        """Kill children whose task nobody will collect (cancel, or the caller stopped)."""
        for w in list(self._pool):
            if w.task is not None:
                w.task = None
                self._replace(w)


def _default_label(args: tuple[Any, ...]) -> str:
    if args and isinstance(args[0], str | os.PathLike):
        return Path(args[0]).name
    return "the file"
