"""search(): every exact occurrence, bm25 order, filters, sections, snippets; any input is safe."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.search import SearchResult, search

G1_INPUTS = [
    '"',
    'goods"',
    "(goods",
    "goods)",
    "NEAR(",
    "*",
    "AND",
    "OR goods",
    "NOT",
    "-goods",
    "foo:bar",
    "^x",
    "C++",
    "e-mail",
    "3.1(a)",
    "it's",
    "NEAR(a b)",
    '"引号"',
    "（一",
    "😀",
    "a" * 10_000,
    "数据 " * 3000,
    "\x00",
    "\ud800",
    "'; DROP TABLE documents; --",
]


@pytest.mark.parametrize("raw", G1_INPUTS)
def test_fts_syntax_is_searched_literally(small_lib: sqlite3.Connection, raw: str) -> None:
    result = search(small_lib, raw)
    assert isinstance(result, SearchResult)
    assert all(h.hit.casefold() in raw.casefold() for h in result.hits)


def test_fts_syntax_finds_its_literal_text(small_lib: sqlite3.Connection) -> None:
    assert [h.hit for h in search(small_lib, "NEAR(a").hits] == ["NEAR(a"]
    assert [h.hit for h in search(small_lib, '"引号"').hits] == ["引号"]  # balanced quotes group
    assert [h.hit for h in search(small_lib, '引号"').hits] == ['引号"']
    assert [h.hit for h in search(small_lib, "*").hits] == ["*"]
    assert [h.hit for h in search(small_lib, "😀").hits] == ["😀"]


@pytest.mark.parametrize("raw", ["", "   ", "\t\n", '""'])
def test_empty_query_returns_nothing_without_match(small_lib: sqlite3.Connection, raw: str) -> None:
    statements: list[str] = []
    small_lib.set_trace_callback(statements.append)
    try:
        result = search(small_lib, raw)
    finally:
        small_lib.set_trace_callback(None)
    assert (result.hits, result.total_docs, result.total_hits) == ((), 0, 0)
    assert not any("MATCH" in s for s in statements)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_never_raises(small_lib: sqlite3.Connection, raw: str) -> None:
    result = search(small_lib, raw, limit=5)
    text = {i: t for i, t in small_lib.execute("SELECT id, text FROM documents").fetchall()}
    for h in result.hits:
        assert 0 <= h.start < h.end <= len(text[h.doc_id])
        assert text[h.doc_id][h.start : h.end] == h.hit


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("付款", [(1, 6, "付款")]),  # G3: two characters
        ("款", [(1, 7, "款"), (1, 13, "款")]),  # G3: one character
        ("GB/T", [(3, 0, "GB/T")]),
        ("3527", [(3, 5, "3527")]),
        ("app", [(3, 32, "App")]),  # case-insensitive Latin
        ("IPV6", [(3, 43, "IPv6")]),
        ("abc", [(4, 8, "ＡＢＣ")]),  # full-width folds to ASCII
        ("(一)", [(4, 0, "（一）")]),
        ("数据出境安全评估", [(2, 0, "数据出境安全评估"), (2, 30, "数据出境安全评估")]),
        ("境外 个人信息", [(2, 17, "境外"), (2, 21, "个人信息")]),  # all words, reading order
        ("境外 不存在", []),  # every word must occur
    ],
)
def test_finds_exact_occurrences(
    small_lib: sqlite3.Connection, query: str, expected: list[tuple[int, int, str]]
) -> None:
    result = search(small_lib, query, limit=0)
    assert [(h.doc_id, h.start, h.hit) for h in result.hits] == expected
    assert result.total_hits == len(expected)


def test_snippet_marks_the_hit_and_parts_rebuild_it(small_lib: sqlite3.Connection) -> None:
    (hit,) = search(small_lib, "付款").hits
    assert hit.snippet == "甲方应当按时«付款»。乙方收到款项后开具发票。"
    assert (hit.before, hit.hit, hit.after) == (
        "甲方应当按时",
        "付款",
        "。乙方收到款项后开具发票。",
    )
    assert hit.title == "合同示例"


def test_snippet_context_is_about_thirty_characters(lib, add) -> None:
    add(1, "前" * 100 + "目标" + "后" * 100)
    (hit,) = search(lib, "目标").hits
    assert (len(hit.before), len(hit.after)) == (30, 30)
    assert hit.snippet == "前" * 30 + "«目标»" + "后" * 30


def test_ranking_title_then_frequency_then_reading_order(
    lib: sqlite3.Connection, add: Callable[..., None]
) -> None:
    filler = "其他内容。" * 40
    add(1, filler + "提到一次个人信息。" + filler, "某办法")
    add(2, filler + ("个人信息保护。" * 8) + filler, "另一办法")
    add(3, filler + "个人信息。" + filler, "个人信息保护法")
    result = search(lib, "个人信息", limit=0)
    assert [d.doc_id for d in result.docs] == [3, 2, 1]
    assert [d.hits for d in result.docs] == [1, 8, 1]
    starts = [h.start for h in result.hits if h.doc_id == 2]
    assert starts == sorted(starts) and len(starts) == 8


def test_title_only_match_is_listed_without_hits(lib, add) -> None:
    add(1, "正文没有那个词。", "网络安全法")
    result = search(lib, "网络安全")
    assert (result.total_docs, result.total_hits, result.hits) == (1, 0, ())
    assert result.docs[0].hits == 0


def test_pages_concatenate_to_every_hit(lib, add) -> None:
    for i in range(1, 6):
        add(i, "数据。" * (i * 7), f"文件{i}")
    every = search(lib, "数据", limit=0).hits
    assert len(every) == 7 * 15
    pages = []
    for offset in range(0, len(every) + 20, 20):
        pages.extend(search(lib, "数据", limit=20, offset=offset).hits)
    assert pages == list(every)


def test_totals_unknown_only_when_counting_is_skipped(lib, add, monkeypatch) -> None:
    from core.search import engine

    monkeypatch.setattr(engine, "COUNT_BUDGET_DOCS", 2)
    for i in range(1, 6):
        add(i, "数据。" * 10)
    assert search(lib, "数据", limit=5).total_hits is None
    assert search(lib, "数据", limit=5).total_docs == 5
    assert search(lib, "数据", limit=5, count_all=True).total_hits == 50
    assert search(lib, "数据", limit=0).total_hits == 50


def _filtered(lib: sqlite3.Connection, **kw: object) -> list[int]:
    return [d.doc_id for d in search(lib, "数据", limit=0, **kw).docs]  # type: ignore[arg-type]


def test_metadata_filters(lib: sqlite3.Connection, add: Callable[..., None]) -> None:
    add(
        1,
        "数据",
        doc_type="法律",
        issuer="全国人民代表大会常务委员会",
        date="2021-06-10",
        tree=["汇编", "一、法律"],
    )
    add(
        2,
        "数据",
        doc_type="部门规章",
        issuer="国家互联网信息办公室",
        date="2022-07-07",
        tree=["汇编", "二、规章"],
    )
    add(3, "数据", doc_type="政策文件", issuer="国务院", date=None, tree=[])
    lib.execute("UPDATE documents SET tree_path = 'not json' WHERE id = 3")
    assert _filtered(lib, doc_type="法律") == [1]
    assert sorted(_filtered(lib, doc_type=["法律", "政策文件"])) == [1, 3]
    assert _filtered(lib, issuer="网信办") == [] and _filtered(lib, issuer="互联网信息") == [2]
    assert _filtered(lib, year_from=2022) == [2]
    assert _filtered(lib, year_to=2021) == [1]
    assert _filtered(lib, year_from=2020, year_to=2023) == [1, 2]
    assert sorted(_filtered(lib, tree_prefix=["汇编"])) == [1, 2]
    assert _filtered(lib, tree_prefix=["汇编", "二、规章"]) == [2]
    assert _filtered(lib, tree_prefix=["别的"]) == []


def test_label_filter_keeps_hits_inside_labelled_sentences(lib, add) -> None:
    text = "网络运营者应当保护数据。数据可以共享。禁止非法出售数据。"
    add(1, text)
    add(2, "数据没有标签。")
    rows = [
        (1, 0, 0, 12, "obligation"),
        (1, 1, 12, 19, "permission"),
        (1, 2, 19, 28, "prohibition obligation"),
        (2, 0, 0, 7, ""),
    ]
    lib.executemany(
        'INSERT INTO sentences(doc_id, idx, start, "end", labels) VALUES (?,?,?,?,?)', rows
    )
    result = search(lib, "数据", limit=0, label="obligation")
    assert [(h.doc_id, h.start) for h in result.hits] == [(1, 9), (1, 25)]
    assert (result.total_docs, result.total_hits) == (1, 2)
    assert [h.start for h in search(lib, "数据", label="permission").hits] == [12]
    assert search(lib, "数据", label="penalty").hits == ()


def test_section_is_the_innermost_article_or_outline_item(lib, add) -> None:
    parts = [
        "第一章 总则\n",
        "第一条 数据甲。\n",
        "第二条 ",
        "数据乙。\n",
        "数据丙。\n",
        "一、数据丁\n",
        "附录数据戊",
    ]
    text = "".join(parts)
    at = [sum(map(len, parts[:i])) for i in range(len(parts) + 1)]
    add(1, text)
    sections = [  # idx, kind, label, start, end, parent
        (0, "章", "第一章", at[0], at[5], None),
        (1, "条", "第一条", at[1], at[2], 0),
        (2, "条", "第二条", at[2], at[5], 0),
        (3, "款", "第一款", at[2], at[4], 2),
        (4, "款", "第二款", at[4], at[5], 2),
        (5, "一、", "一、", at[5], at[6], None),
    ]
    lib.executemany(
        'INSERT INTO sections(doc_id, idx, kind, label, start, "end", parent) VALUES (1,?,?,?,?,?,?)',
        sections,
    )
    got = [(text[h.end], h.section) for h in search(lib, "数据", limit=0).hits]
    assert got == [
        ("甲", "第一条"),
        ("乙", "第二条"),
        ("丙", "第二条"),
        ("丁", "一、"),
        ("戊", None),
    ]
