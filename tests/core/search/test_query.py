"""Whatever is typed becomes literal terms and a MATCH expression FTS5 always accepts."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.search.query import MAX_PHRASE_TOKENS, parse_query
from core.search.tokens import fold


@pytest.mark.parametrize(
    ("raw", "terms"),
    [
        ("数据", ["数据"]),
        ("数据 出境", ["数据", "出境"]),
        ("  数据\t出境\n", ["数据", "出境"]),
        ('"数据 出境" 评估', ["数据 出境", "评估"]),
        ('goods"', ['goods"']),
        ('"', ['"']),
        ('""', []),
        ("数据 数据 DATA data", ["数据", "DATA"]),  # duplicates (after folding) dropped
        ("", []),
        ("   ", []),
        ("\t\n", []),
        ("NEAR( AND OR NOT", ["NEAR(", "AND", "OR", "NOT"]),
    ],
)
def test_parse_terms(raw: str, terms: list[str]) -> None:
    assert [t.text for t in parse_query(raw).terms] == terms


def test_empty_query_is_falsy() -> None:
    assert not parse_query("  ")
    assert parse_query("款")


def test_long_terms_are_shortened_for_fts_but_flagged_for_verification() -> None:
    q = parse_query("数" * 10_000)
    assert not q.fts_exact
    assert q.match_expression().count(" ") < MAX_PHRASE_TOKENS + 2
    assert parse_query("数据出境安全评估").fts_exact


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    from core.search.index import CREATE_FTS

    conn = sqlite3.connect(":memory:")
    conn.execute(CREATE_FTS)
    return conn


@given(st.text())
def test_match_expression_never_raises_in_fts5(fts: sqlite3.Connection, raw: str) -> None:
    q = parse_query(raw)
    if q:
        fts.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ?", (q.match_expression(),)
        )


def _overlapping(text: str, needle: str) -> list[int]:
    return [i for i in range(len(text) - len(needle) + 1) if text.startswith(needle, i)]


@given(
    st.text(alphabet="aAａＡbB数据（(1１ ", max_size=40),
    st.text(alphabet="aAａbB数据（(1１", min_size=1, max_size=4),
)
def test_find_all_is_every_fold_equal_occurrence(text: str, needle: str) -> None:
    (term,) = parse_query(needle).terms
    assert term.find_all(text) == _overlapping(fold(text), fold(needle))
    assert term.count(text) == len(term.find_all(text))
