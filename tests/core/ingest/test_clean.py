"""clean_text: hard-wrapped PDF text rejoined into paragraphs; paragraph text left alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.ingest.clean import clean_text, is_hard_wrapped

CUT = (
    Path(__file__).resolve().parents[2] / "data" / "structure" / "001_data_security_law_wrapped.txt"
)


def wrap(paragraphs: list[str], width: int = 30, page_every: int = 0) -> str:
    """Lay paragraphs out like seed 001: hard-wrapped, a blank line between lines, page numbers."""
    lines: list[str] = []
    for p in paragraphs:
        lines += [p[i : i + width] for i in range(0, len(p), width)]
    out: list[str] = []
    for i, line in enumerate(lines, 1):
        out.append(line)
        if page_every and i % page_every == 0:
            out.append(str(i // page_every))
    return "\n\n".join(out) + "\n"


LAW = [
    "中华人民共和国数据安全法",
    "第一章 总则",
    "第一条 为了规范数据处理活动，保障数据安全，促进数据开发利用，保护个人、组织的合法权益，维护国家主权、安全和发展利益，制定本法。",
    "第二条 在中华人民共和国境内开展数据处理活动及其安全监管，适用本法。",
    "第三条 关键信息基础设施的运营者采购网络产品和服务，应当按照规定与提供者签订安全保密协议，明确安全和保密义务与责任，并依照本法第二十一条的规定执行。",
    "第四条 本法自2021年9月1日起施行。",
]


def test_wrapped_law_is_rejoined() -> None:
    raw = wrap(LAW, width=30, page_every=7)
    assert is_hard_wrapped(raw)
    assert clean_text(raw).split("\n") == LAW


def test_wrapped_reference_at_line_start_stays_in_its_paragraph() -> None:
    # "…依照本法" ends a full line and the next line begins "第二十一条的规定…": one paragraph.
    head = "第三条 关键信息基础设施的运营者采购网络产品和服务，应当按照规定签订安全保密协议，并依照本法"
    head += "相" * (-len(head) % 30)
    article = head + "第二十一条的规定执行。"
    paragraphs = [*LAW[:4], article, LAW[5]] * 2
    raw = wrap(paragraphs, width=30)
    assert "\n\n第二十一条的规定执行。" in raw
    assert clean_text(raw).split("\n") == paragraphs


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a heading line is not glued to the paragraph after it
        ("第一章 总 则\n\n第一条 本法所称数据，是指任何以电子或者其他方式对信息的记录。", None),
        # page numbers and runs of spaces
        (
            "第一条  为了保障网络安全。\n\n12\n\n第二条 国家坚持。",
            "第一条 为了保障网络安全。\n第二条 国家坚持。",
        ),
        ("\n\n  \n", ""),
        ("一、总体要求\n二、主要目标", "一、总体要求\n二、主要目标"),
        ("**加粗**文字", "加粗文字"),
    ],
)
def test_short_texts(raw: str, expected: str | None) -> None:
    cleaned = clean_text(raw)
    if expected is None:
        expected = raw.replace("\n\n", "\n")
    assert cleaned == expected


def test_a_sentence_broken_across_two_paragraphs_is_mended() -> None:
    from core.paths import sample_docs_dir

    raw = (sample_docs_dir() / "中华人民共和国网络安全法.txt").read_text(encoding="utf-8")
    assert "稳定运\n\n行，" in raw  # the sample carries one stray break, as copied laws do
    cleaned = clean_text(raw)
    assert "保障网络安全、稳定运行，有效应对网络安全事件" in cleaned
    assert clean_text(cleaned) == cleaned
    # a short line (a title, a heading) is never glued to what follows
    assert (
        clean_text("中华人民共和国网络安全法\n\n行，未完") == "中华人民共和国网络安全法\n行，未完"
    )
    # nor is a paragraph that ends in punctuation, or a line that opens with a number
    body = "网络运营者应当按照网络安全等级保护制度的要求，履行下列安全保护义务"
    assert clean_text(f"{body}。\n\n行，未完").count("\n") == 1
    assert clean_text(f"{body}\n\n一、总则").count("\n") == 1


def test_cut_of_seed_001_keeps_articles_whole() -> None:
    cleaned = clean_text(CUT.read_text(encoding="utf-8"))
    lines = cleaned.split("\n")
    articles = [ln for ln in lines if re.match(r"第[一二三四五六七八九十百]+条", ln)]
    # the cut holds 网络安全法 77–79 and all 55 articles of 数据安全法
    assert len(articles) == 3 + 55
    assert "第五条 中央国家安全领导机构负责国家数据安全工作的决策和议事协调，" in cleaned
    assert "第五十五条 本法自 2021 年 9 月 1 日起施行。" in lines
    assert all(not re.fullmatch(r"\d{1,4}", ln) for ln in lines)


@pytest.mark.parametrize("prefix", ["002", "003"])
def test_unwrapped_seeds_keep_their_paragraphs(seed_text, prefix: str) -> None:
    raw = seed_text(prefix)
    assert not is_hard_wrapped(raw)
    expected = [ln.strip() for ln in raw.split("\n") if ln.strip()]
    cleaned = clean_text(raw).split("\n")
    assert len(cleaned) == len(expected) - sum(1 for ln in expected if ln.isdigit())


@pytest.mark.seeds
def test_seed_001_is_rejoined_and_idempotent(seed_text) -> None:
    raw = seed_text("001")
    cleaned = clean_text(raw)
    assert is_hard_wrapped(raw)
    assert clean_text(cleaned) == cleaned
    assert len(cleaned) > 0.9 * len(re.sub(r"\s", "", raw))  # nothing cut but whitespace/pages
    assert "\n\n" not in cleaned


_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80)
_SENTENCE = st.text(alphabet=_CJK, min_size=5, max_size=80).map(lambda s: s + "。")


@settings(max_examples=60, deadline=None)
@given(st.lists(_SENTENCE, min_size=8, max_size=40), st.integers(min_value=22, max_value=40))
def test_rejoining_wrapped_text_restores_paragraphs(paragraphs: list[str], width: int) -> None:
    raw = wrap(paragraphs, width=width, page_every=9)
    cleaned = clean_text(raw)
    assert clean_text(cleaned) == cleaned
    assert "".join(cleaned.split("\n")) == "".join(paragraphs)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("第一二条章、（）1.。，\n 数据安全法x0"), max_size=300))
def test_cleaning_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        (
            "- （一）以向境内自然人提供产品或者服务为目的；",
            "（一）以向境内自然人提供产品或者服务为目的；",
        ),
        ("• 1. 建立数据分类分级制度。", "1. 建立数据分类分级制度。"),
        ("-（三）法律、行政法规规定的其他情形。", "（三）法律、行政法规规定的其他情形。"),
        ("- 其他事项", "- 其他事项"),  # a bullet before plain text is kept: it may be the text
        ("-2.5%", "-2.5%"),  # a minus sign is not a bullet
    ],
)
def test_bullet_before_an_item_number_is_dropped(line: str, cleaned: str) -> None:
    assert clean_text(line) == cleaned
