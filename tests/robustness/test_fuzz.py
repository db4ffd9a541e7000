"""Fuzz the text stages (hypothesis): no exception escapes, every offset stays inside the text."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.analysis.references import extract_mentions
from core.ingest.clean import clean_text
from core.search import parse_query, search
from core.structure import parse_sections
from tests.core.search.test_engine import G1_INPUTS

# Text that looks like what the parsers expect (markers, CJK numerals, brackets, book-title
# marks) mixed with anything at all, so the fuzzing reaches deep branches.
PIECES = [
    "第一条",
    "第二十一条",
    "第一百二十三条",
    "第一章",
    "总则",
    "第二节",
    "第三款",
    "一、",
    "（一）",
    "1.",
    "（1）",
    "前款",
    "本法",
    "本条例",
    "《中华人民共和国网络安全法》",
    "《网络安全法》第二十一条",
    "（以下简称《规划》）",
    "GB/T 35273-2020",
    "国发〔2024〕1号",
    "应当",
    "不得",
    "可以",
    "罚款",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u3000",
    " ",
    "\ufeff",
    "\x00",
    "𠀀",
    "\u200b",
    "。",
    "，",
    "“",
    "”",
    '"',
    "(",
    ")",
    "*",
    "-",
    "NEAR(",
    "AND",
    "OR",
    "NOT",
    ":",
    "^",
    "'",
    "\\",
    "网络运营者",
]
texty = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)
anything = st.one_of(texty, st.text(max_size=300))

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@FUZZ
@given(anything)
def test_clean_text_never_raises_and_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert isinstance(once, str)
    assert clean_text(once) == once


@FUZZ
@given(anything)
def test_parse_sections_offsets_inside_text(text: str) -> None:
    text = clean_text(text)
    sections = parse_sections(text)
    for i, s in enumerate(sections):
        assert 0 <= s.start <= s.end <= len(text), s
        if s.parent is not None:
            assert 0 <= s.parent < i


@FUZZ
@given(anything)
def test_extract_mentions_offsets_inside_text(text: str) -> None:
    text = clean_text(text)
    for sections in ((), parse_sections(text)):
        for m in extract_mentions(text, sections, self_title="中华人民共和国网络安全法"):
            assert 0 <= m.start < m.end <= len(text), m
            assert text[m.start : m.end] == m.text


@pytest.fixture(scope="module")
def search_conn(tmp_path_factory):
    from core.library import Library

    db = tmp_path_factory.mktemp("fuzz") / "lib.db"
    law = tmp_path_factory.mktemp("fuzzdocs") / "law.txt"
    law.write_text(
        "中华人民共和国测试法\n\n第一条 甲方应当按时付款。\n\n第二条 网络运营者不得泄露数据。\n",
        encoding="utf-8",
    )
    with Library.open(db) as lib:
        lib.import_paths([law], workers=1)
    conn = sqlite3.connect(db, check_same_thread=False)
    yield conn
    conn.close()


@FUZZ
@given(anything)
def test_search_never_raises(search_conn, query: str) -> None:
    parse_query(query)
    result = search(search_conn, query, limit=5)
    texts = {}
    for h in result.hits:
        if h.doc_id not in texts:
            texts[h.doc_id] = search_conn.execute(
                "SELECT text FROM documents WHERE id = ?", (h.doc_id,)
            ).fetchone()[0]
        assert 0 <= h.start <= h.end <= len(texts[h.doc_id]), h


@pytest.mark.parametrize("query", [*G1_INPUTS, "", "   ", "\t\n", "付款", "款"])
def test_search_syntax_list(search_conn, query: str) -> None:
    result = search(search_conn, query)
    if query.strip() == "":
        assert result.hits == ()
    if query in ("付款", "款"):
        assert result.hits  # G3: 1–2 character CJK queries find the clause
