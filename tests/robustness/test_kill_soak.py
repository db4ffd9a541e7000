"""SIGKILL soak (E1): `fayan import` killed at random moments; every start finds a consistent
library (each file fully present or absent) and the next run resumes where it stopped."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.paths import sample_docs_dir

ROOT = Path(__file__).resolve().parents[2]
KILLS = 8


def docs_per_source(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute(
            "SELECT s.path, count(d.id) FROM sources s LEFT JOIN documents d ON d.source_id = s.id "
            "GROUP BY s.id"
        ).fetchall()
        empty_docs = conn.execute(
            "SELECT count(*) FROM documents WHERE length(text) = 0"
        ).fetchone()[0]
        assert empty_docs == 0
    finally:
        conn.close()
    return {Path(p).name: n for p, n in rows}


def run_import(db: Path, folder: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "core.cli", "--db", str(db), "import", "-q", str(folder)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # so the kill takes the parser children with it
        env={**os.environ, "FAYAN_LOG_DIR": str(db.parent / "logs")},
    )


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_random_sigkill_during_import(tmp_path: Path) -> None:
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("needs SIGKILL")
    folder = sample_docs_dir()
    ref_db = tmp_path / "ref" / "lib.db"
    ref_db.parent.mkdir()
    t0 = time.perf_counter()
    assert run_import(ref_db, folder).wait(timeout=120) == 0
    full_time = time.perf_counter() - t0
    reference = docs_per_source(ref_db)
    assert len(reference) == len([p for p in folder.iterdir() if p.is_file()])

    rng = random.Random(int(os.environ.get("FAYAN_SOAK_SEED", "20240611")))
    killed = 0
    generation = 0
    db = tmp_path / "soak0" / "lib.db"
    db.parent.mkdir()
    for _ in range(KILLS):
        if db.exists() and docs_per_source(db) == reference:
            # This library is complete (a run outlived its kill): go on with a fresh one, since
            # re-runs over a complete library are no-ops with nothing to interrupt.
            generation += 1
            db = tmp_path / f"soak{generation}" / "lib.db"
            db.parent.mkdir()
        proc = run_import(db, folder)
        time.sleep(rng.uniform(0.2, full_time * 0.9))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            killed += 1
        proc.wait(timeout=30)
        if db.exists():
            seen = docs_per_source(db)
            for name, n in seen.items():
                assert n == reference[name], (
                    f"{name}: {n} documents, a full import has {reference[name]}"
                )
    assert killed >= KILLS // 2, "the kills came too late to test anything"
    assert run_import(db, folder).wait(timeout=120) == 0  # the next start resumes
    assert docs_per_source(db) == reference
