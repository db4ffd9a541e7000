"""Search benchmark: a ~60 MB library from the seeds, then build time, index size and query latency.

Run: ``.venv/bin/python bench/search_bench.py [--mb 60] [--queries 200] [--seeds DIR]``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.search import add_to_index, check_index, index_tokens, search  # noqa: E402
from core.store.migrations import MIGRATIONS  # noqa: E402

CHUNK = 50_000


def seed_docs(seeds: Path) -> list[tuple[str, str]]:
    """(title, text) per seed; the big compilation cut into ~50k-character documents."""
    docs = []
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if len(text) > 4 * CHUNK:
            for k in range(0, len(text), CHUNK):
                docs.append((f"{path.stem} 第{k // CHUNK + 1}部分", text[k : k + CHUNK]))
        else:
            docs.append((path.stem, text))
    return docs


def open_library(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("BEGIN")
    for migration in MIGRATIONS:
        for sql in migration:  # type: ignore[union-attr]
            conn.execute(sql)
    conn.execute("COMMIT")
    return conn


def build(conn: sqlite3.Connection, docs: list[tuple[str, str]], target_bytes: int) -> dict:
    """Insert copies of the docs (altered titles) until ``target_bytes`` of UTF-8 text."""
    total = tok_s = ins_s = 0.0
    chars = n = 0
    copy = 0
    t0 = time.perf_counter()
    conn.execute("BEGIN")
    while total < target_bytes:
        copy += 1
        for title, text in docs:
            n += 1
            title = f"{title}（副本{copy}）"
            t1 = time.perf_counter()
            tt, bt = index_tokens(title), index_tokens(text)
            t2 = time.perf_counter()
            conn.execute(
                "INSERT INTO documents(id, key, title, text, text_length, text_sha256,"
                " imported_at, updated_at, date) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    n,
                    f"k{n}",
                    title,
                    text,
                    len(text),
                    hashlib.sha256(text.encode()).hexdigest(),
                    "now",
                    "now",
                    f"{2000 + n % 25}-01-01",
                ),
            )
            add_to_index(conn, n, tt, bt)
            ins_s += time.perf_counter() - t2
            tok_s += t2 - t1
            chars += len(text)
            total += len(text.encode("utf-8"))
    conn.execute("COMMIT")
    return {
        "docs": n,
        "mb": total / 1e6,
        "chars": chars,
        "build_s": time.perf_counter() - t0,
        "tokens_s": tok_s,
        "insert_s": ins_s,
    }


def index_mib(conn: sqlite3.Connection) -> float | None:
    try:
        row = conn.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_fts%'"
        ).fetchone()
        return row[0] / 2**20
    except sqlite3.OperationalError:
        return None  # dbstat not compiled in


def draw_queries(conn: sqlite3.Connection, n: int, rng: random.Random) -> list[str]:
    ids = [r[0] for r in conn.execute("SELECT id FROM documents")]
    out: list[str] = []
    while len(out) < n:
        (text,) = conn.execute(
            "SELECT text FROM documents WHERE id = ?", (rng.choice(ids),)
        ).fetchone()
        k = rng.randint(1, 8)
        i = rng.randrange(max(1, len(text) - k))
        q = text[i : i + k]
        if q and not any(c.isspace() for c in q):
            out.append(q)
    return out


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=60)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument(
        "--seeds", default=str(Path(__file__).resolve().parents[2] / "shared" / "seeds")
    )
    args = ap.parse_args()
    docs = seed_docs(Path(args.seeds))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.fayan")
        conn = open_library(path)
        b = build(conn, docs, int(args.mb * 1e6))
        print(
            f"corpus: {b['docs']} documents, {b['mb']:.1f} MB UTF-8, {b['chars'] / 1e6:.1f} M chars"
        )
        print(
            f"build: {b['build_s']:.1f} s total; index_tokens {b['tokens_s']:.1f} s "
            f"({b['chars'] / b['tokens_s'] / 1e6:.1f} M chars/s); inserts+FTS {b['insert_s']:.1f} s"
        )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = os.path.getsize(path) / 2**20
        idx = index_mib(conn)
        print(
            f"library file: {size:.0f} MiB; index: {idx:.0f} MiB"
            if idx is not None
            else f"library file: {size:.0f} MiB (dbstat unavailable)"
        )
        for thorough in (False, True):
            t = time.perf_counter()
            ok = check_index(conn, thorough=thorough)
            ms = (time.perf_counter() - t) * 1000
            print(f"check_index(thorough={thorough}): {ok} in {ms:.0f} ms")
        queries = draw_queries(conn, args.queries, random.Random(7))
        search(conn, queries[0])  # warm the fold tables
        for name, kw in (("first page (50)", {}), ("count_all", {"count_all": True})):
            lat, exact = [], 0
            for q in queries:
                t = time.perf_counter()
                r = search(conn, q, limit=50, **kw)
                lat.append((time.perf_counter() - t) * 1000)
                exact += r.total_hits is not None
                assert r.hits, f"no hit for {q!r}"
            print(
                f"{name}: median {statistics.median(lat):.2f} ms, p95 {pct(lat, 0.95):.2f} ms, "
                f"max {max(lat):.1f} ms; exact totals for {exact}/{len(queries)}"
            )
        by_len: dict[int, list[float]] = {}
        for q in queries:
            t = time.perf_counter()
            search(conn, q)
            by_len.setdefault(len(q), []).append((time.perf_counter() - t) * 1000)
        print(
            "median by query length: "
            + ", ".join(f"{k}:{statistics.median(v):.1f}" for k, v in sorted(by_len.items()))
        )
        conn.close()


if __name__ == "__main__":
    main()
