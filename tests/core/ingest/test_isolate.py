"""ParserPool: timeouts, memory caps, crashes, error mapping, cancel, reuse (R1; rows B10, B13)."""

from __future__ import annotations

import resource
import sys
import threading
import time
from pathlib import Path

import pytest

from core.errors import (
    CorruptFileError,
    EncryptedFileError,
    ImportCancelled,
    IngestError,
    ParseCrashError,
    ParseMemoryError,
    ParseTimeoutError,
    ScannedPdfError,
)
from core.ingest.isolate import ParserPool
from core.ingest.readers import read_file

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.core.ingest import fixtures as fx  # noqa: E402

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def pool():
    with ParserPool(workers=2, mem_mb=512, timeout_s=1.0) as p:
        yield p


def test_run_returns_result_and_reuses_children(pool: ParserPool) -> None:
    assert pool.run(fx.square, 12) == 144
    pids = {pool.run(fx.pid) for _ in range(6)}
    assert len(pids) <= 2  # spawn cost paid once per child, not per task


def test_results_in_completion_order_with_indices(pool: ParserPool) -> None:
    items = [(0.6, "slow"), (0.05, "fast"), (0.3, "mid")]
    got = list(pool.imap_unordered(fx.sleep_then, items))
    assert sorted(got) == [(0, "slow"), (1, "fast"), (2, "mid")]
    assert got[0] == (1, "fast")  # the fast one overtook the slow one


def test_timeout_kills_and_pool_goes_on(pool: ParserPool) -> None:
    t0 = time.monotonic()
    got = dict(
        pool.imap_unordered(
            fx.sleep_then, [(30, "never"), (0.1, "a"), (0.1, "b")], label=lambda a: "slow.pdf"
        )
    )
    assert time.monotonic() - t0 < 5
    assert isinstance(got[0], ParseTimeoutError) and "《slow.pdf》" in str(got[0])
    assert got[1] == "a" and got[2] == "b"
    assert pool.run(fx.square, 3) == 9


@pytest.mark.parametrize(
    ("fn", "args", "error", "words"),
    [
        (fx.allocate, (2048,), ParseMemoryError, "512 MB"),
        (fx.raise_it, ("memory",), ParseMemoryError, "memory"),
        (fx.die, ("exit",), ParseCrashError, "exit code 3"),
        (fx.die, ("kill",), ParseCrashError, "SIGKILL"),
        (fx.die, ("abort",), ParseCrashError, "SIGABRT"),  # row B13: a native crash
        (fx.raise_it, ("value",), IngestError, "ValueError"),
        (fx.unpicklable_result, (), IngestError, "failed unexpectedly"),
    ],
)
def test_failures_become_typed_errors(pool: ParserPool, fn, args, error, words) -> None:
    with pytest.raises(error, match=words) as e:
        pool.run(fn, *args)
    assert "《" in str(e.value)
    assert "Traceback" not in str(e.value)
    assert pool.run(fx.square, 4) == 16  # the pool survives


def test_crash_is_a_corrupt_file_error(pool: ParserPool) -> None:
    with pytest.raises(CorruptFileError):
        pool.run(fx.die, "abort")


def test_other_exceptions_keep_traceback_out_of_message(pool: ParserPool) -> None:
    with pytest.raises(IngestError) as e:
        pool.run(fx.raise_it, "value")
    assert "secret internals" not in str(e.value)
    assert "secret internals" in e.value.details


def test_fayan_error_comes_back_as_itself(pool: ParserPool) -> None:
    with pytest.raises(EncryptedFileError) as e:
        pool.run(fx.raise_it, "fayan")
    assert str(e.value) == "《a.pdf》 is password-protected." and e.value.path == "a.pdf"


def test_bad_task_does_not_stop_the_batch(pool: ParserPool) -> None:
    items = [(1,), ("x",), (3,)]
    got = dict(pool.imap_unordered(fx.square, items))
    assert got[0] == 1 and got[2] == 9 and isinstance(got[1], IngestError)


def test_cancel_stops_promptly() -> None:
    with ParserPool(workers=2, mem_mb=512, timeout_s=30) as pool:
        threading.Timer(0.3, pool.cancel).start()
        t0 = time.monotonic()
        with pytest.raises(ImportCancelled):
            list(pool.imap_unordered(fx.sleep_then, [(20,)] * 5))
        assert time.monotonic() - t0 < 3
        with pytest.raises(ImportCancelled):
            pool.run(fx.square, 2)
        pool.reset_cancel()
        assert pool.run(fx.square, 2) == 4


def test_read_file_in_pool(pool: ParserPool, tmp_path: Path) -> None:
    good = tmp_path / "ok.pdf"
    good.write_bytes(fx.minimal_pdf([fx.text_page("Article 1")]))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(fx.minimal_pdf([fx.IMAGE_ONLY_PAGE]))
    gone = tmp_path / "gone.txt"
    with ParserPool(workers=2, mem_mb=1024, timeout_s=30) as big:
        got = dict(big.imap_unordered(read_file, [(good,), (scan,), (gone,)]))
    assert got[0].text == "Article 1"
    assert isinstance(got[1], ScannedPdfError) and "《scan.pdf》" in str(got[1])
    assert type(got[2]).__name__ == "SourceVanishedError"


def test_pdf_bomb_is_contained(tmp_path: Path) -> None:
    """Row B10: a 0.3 MB PDF inflating to 300 MB hits the child's cap, not the test process."""
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(fx.bomb_pdf(300))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with ParserPool(workers=1, mem_mb=384, timeout_s=30) as pool:
        with pytest.raises(ParseMemoryError) as e:
            pool.run(read_file, bomb)
    assert "《bomb.pdf》" in str(e.value)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss < 100 << 10  # KB
