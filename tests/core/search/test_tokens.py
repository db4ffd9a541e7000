"""Folding stays 1:1 and every non-separator character becomes exactly one token."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.search.index import CREATE_FTS
from core.search.tokens import char_class, fold, index_tokens, piece_tokens, pieces, token_text

ANY_CHAR = st.characters(codec=None, categories=None)  # surrogates, controls, private use too


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("App", "app"),
        ("ＧＢ／Ｔ　３５２７３", "gb/t 35273"),
        ("（一）", "(一)"),
        ("IPv6", "ipv6"),
        ("……", "……"),  # NFKC would make it "......": kept, offsets stay aligned
        ("ß", "ß"),  # casefold would make it "ss": kept
        ("数据出境", "数据出境"),
        ("", ""),
    ],
)
def test_fold_examples(text: str, folded: str) -> None:
    assert fold(text) == folded


@given(st.text(alphabet=ANY_CHAR))
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)
    assert len(token_text(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("数据安全", ["数据", "据安", "安全", "全"]),
        ("数据 安全", ["数据", "据", "安全", "全"]),
        ("  前 言\n\n从", ["前", "言", "从"]),
        ("App", ["ap", "pp", "p"]),
        ("", []),
        ("\t\n ", []),
    ],
)
def test_index_tokens_examples(text: str, tokens: list[str]) -> None:
    assert index_tokens(text).split() == tokens


def test_ascii_punctuation_is_searchable_not_a_separator() -> None:
    toks = index_tokens("GB/T").split()
    assert len(toks) == 4 and all(len(t) <= 2 for t in toks)
    assert toks[1][1] != "/" and toks[1][1] == toks[2][0]  # moved out of ASCII, still one token


@given(st.text(alphabet=ANY_CHAR, max_size=300))
def test_one_token_per_non_separator_character(text: str) -> None:
    toks = index_tokens(text).split()
    assert len(toks) == len(token_text(text).replace(" ", ""))
    assert all(1 <= len(t) <= 2 for t in toks)


@given(st.text(alphabet=ANY_CHAR, max_size=200))
def test_fts5_sees_the_same_tokens(text: str) -> None:
    """The ascii tokenizer must keep every window intact: count tokens via fts5vocab."""
    conn = sqlite3.connect(":memory:")
    conn.execute(CREATE_FTS)
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(search_fts, row)")
    conn.execute(
        "INSERT INTO search_fts(rowid, title, body) VALUES (1, '', ?)", (index_tokens(text),)
    )
    got = sorted(t for t, _, n in conn.execute("SELECT term, doc, cnt FROM v") for _ in range(n))
    assert got == sorted(index_tokens(text).split())


@pytest.mark.parametrize(
    ("term", "runs", "tokens"),
    [
        (
            "数据出境安全评估",
            ["数据出境安全评估"],
            ["数据", "据出", "出境", "境安", "安全", "全评", "评估"],
        ),
        ("款", ["款"], ["款"]),
        ("GB T", ["gb", "t"], ["gb"]),
        ("\x01", [], []),
    ],
)
def test_query_runs_and_tokens(term: str, runs: list[str], tokens: list[str]) -> None:
    assert pieces(term) == runs
    if runs:
        assert piece_tokens(runs[0]) == tokens


@pytest.mark.parametrize(
    ("char", "members"),
    [("a", {"a", "A", "ａ", "Ａ"}), ("（", {"(", "（"}), ("1", {"1", "１"}), ("数", {"数"})],
)
def test_char_class_holds_every_fold_equal_character(char: str, members: set[str]) -> None:
    cls = char_class(char)
    assert members <= cls
    assert all(fold(c) == fold(char) for c in cls)
