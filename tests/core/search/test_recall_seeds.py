"""Recall on the real seeds: search finds exactly the occurrences brute-force ``str.find`` finds."""

from __future__ import annotations

import random
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.search import add_to_index, fold, index_tokens, search
from core.store.migrations import MIGRATIONS

pytestmark = [pytest.mark.seeds, pytest.mark.slow]

CHUNK = 50_000


@pytest.fixture(scope="module")
def seed_library(seeds_dir: Path) -> Iterator[tuple[sqlite3.Connection, dict[int, str]]]:
    """001 cut into ~50k-character documents, the other seeds whole."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    for migration in MIGRATIONS:
        for sql in migration:  # type: ignore[union-attr]
            conn.execute(sql)
    texts: dict[int, str] = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        step = CHUNK if len(text) > 4 * CHUNK else len(text)
        for k in range(0, len(text), step):
            doc_id = len(texts) + 1
            texts[doc_id] = text[k : k + step]
            title = f"种子{doc_id}"
            conn.execute(
                "INSERT INTO documents(id, key, title, text, text_length, text_sha256,"
                " imported_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                (doc_id, f"k{doc_id}", title, texts[doc_id], len(texts[doc_id]), "-", "n", "n"),
            )
            add_to_index(conn, doc_id, index_tokens(title), index_tokens(texts[doc_id]))
    yield conn, texts
    conn.close()


def _queries(texts: dict[int, str], n: int, rng: random.Random) -> list[str]:
    """Substrings of the text itself: 1–10 characters, and Latin/digit runs such as GB/T, 3527."""
    out: set[str] = set()
    ids = sorted(texts)
    latin = [m.group() for t in texts.values() for m in re.finditer(r"[A-Za-z0-9/.\-]{2,}", t)]
    while len(out) < n:
        if rng.random() < 0.2 and latin:
            word = rng.choice(latin)
            i = rng.randrange(len(word))
            q = word[i : i + rng.randint(1, 6)]
        else:
            text = texts[rng.choice(ids)]
            k = rng.choice([1, 1, 2, 2, 2, 3, 4, 5, 6, 8, 10])
            i = rng.randrange(len(text) - k)
            q = text[i : i + k]
        if q and not any(c.isspace() for c in q) and '"' not in q:
            out.add(q)
    return sorted(out)


def _every(haystack: str, needle: str) -> list[int]:
    out, i = [], haystack.find(needle)
    while i >= 0:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out


def test_every_occurrence_is_found(seed_library: tuple[sqlite3.Connection, dict[int, str]]) -> None:
    conn, texts = seed_library
    folded = {i: fold(t) for i, t in texts.items()}
    queries = _queries(texts, 300, random.Random(20240601))
    assert sum(len(q) <= 2 for q in queries) > 60
    assert sum(bool(re.search("[A-Za-z0-9]", q)) for q in queries) > 40
    missed = []
    for q in queries:
        got = {(h.doc_id, h.start) for h in search(conn, q, limit=0).hits}
        want = {(i, s) for i, t in folded.items() for s in _every(t, fold(q))}
        raw = {(i, s) for i, t in texts.items() for s in _every(t, q)}
        assert raw <= want
        if got != want:
            missed.append((q, len(want - got), len(got - want)))
    assert missed == []


@pytest.mark.parametrize(
    "query", ["数据", "个人信息", "数据出境安全评估", "GB/T", "App", "IPv6", "据"]
)
def test_named_queries_match_brute_force(
    seed_library: tuple[sqlite3.Connection, dict[int, str]], query: str
) -> None:
    conn, texts = seed_library
    result = search(conn, query, limit=0)
    want = sum(len(_every(fold(t), fold(query))) for t in texts.values())
    assert want > 0
    assert result.total_hits == len(result.hits) == want
