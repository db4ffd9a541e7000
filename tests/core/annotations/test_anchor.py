"""Anchoring a selector in edited text (ROBUSTNESS.md H2–H6), on plain strings."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from core.annotations.anchor import FUZZY_MIN, anchor, carry_position, make_selector
from core.annotations.models import EXACT, FUZZY, ORPHAN

TEXT = (
    "第二十条 国家支持网络安全技术的研究开发。\n"
    "第二十一条 国家实行网络安全等级保护制度。网络运营者应当按照网络安全等级保护制度的要求，"
    "履行下列安全保护义务。\n"
    "第二十二条 网络产品、服务应当符合相关国家标准的强制性要求。\n"
)
QUOTE = "网络运营者应当按照网络安全等级保护制度的要求"


def sel_of(text: str, quote: str, occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return make_selector(text, start, start + len(quote))


@pytest.mark.parametrize(
    ("edit", "status"),
    [
        (lambda t: "新增一条说明。\n" + t, EXACT),  # insertion before
        (lambda t: t + "第二十三条 新增条款。\n", EXACT),  # insertion after
        (
            lambda t: t.replace("第二十条 国家支持网络安全技术的研究开发。\n", ""),
            EXACT,
        ),  # deletion before
        (lambda t: t.replace("等级保护制度的要求", "等级保护制度的规定要求"), FUZZY),  # inside
        (lambda t: t.replace("网络运营者应当按照", "网络运营者应\n当按照"), FUZZY),  # re-wrap (H6)
        (lambda t: t.replace(QUOTE, "有关部门可以另行规定"), ORPHAN),  # rewritten (H5)
    ],
)
def test_edits_table(edit, status) -> None:
    sel = sel_of(TEXT, QUOTE)
    new = edit(TEXT)
    a = anchor(new, sel, carry_position(TEXT, new, sel.start))
    assert a.status == status
    if status == EXACT:
        assert new[a.start : a.end] == QUOTE and a.score == 1.0
    if status == FUZZY:
        assert a.score >= FUZZY_MIN
        orig = new.index("网络运营者")
        assert a.start < orig + len(QUOTE) and a.end > orig  # overlaps the edited clause


def test_h3_one_character_typo_is_fuzzy_and_flagged() -> None:
    sel = sel_of(TEXT, QUOTE)
    new = TEXT.replace("制度的要求", "制度地要求")
    a = anchor(new, sel, sel.start)
    assert a.status == FUZZY and 0.9 <= a.score < 1.0
    assert new[a.start : a.end].startswith("网络运营者")


def test_h6_whitespace_only_change_is_never_orphan() -> None:
    sel = sel_of(TEXT, QUOTE)
    for new in (
        TEXT.replace("等级保护", "等级 保护"),
        TEXT.replace("按照", "按\n照").replace("制度的", "制度\u3000的"),
    ):
        a = anchor(new, sel, sel.start)
        assert a.status in (EXACT, FUZZY) and a.score >= 0.99
        assert "".join(new[a.start : a.end].split()) == QUOTE


DUP = "网络运营者应当履行网络安全保护义务"
TWICE = (
    "第二条 "
    + DUP
    + "，接受政府监督。\n第三条 国家支持研究。\n" * 3
    + "第五条 "
    + DUP
    + "，承担社会责任。\n"
)


@pytest.mark.parametrize("which", [0, 1])
def test_h4_identical_clause_keeps_its_copy_after_unrelated_edits(which: int) -> None:
    sel = sel_of(TWICE, DUP, which)
    for new in (
        "前言。\n" + TWICE,
        TWICE.replace("国家支持研究", "国家大力支持有关研究"),
        TWICE + "第六条 附则。\n",
    ):
        for hint in (sel.start, carry_position(TWICE, new, sel.start)):
            a = anchor(new, sel, hint)
            assert a.status == EXACT
            # the copy with the same surroundings: 接受政府监督 after the first, 承担社会责任 after the second
            after = new[a.end : a.end + 7]
            assert after == ("，接受政府监督" if which == 0 else "，承担社会责任")


def test_h5_deleted_clause_is_orphan_not_the_identical_copy_far_away() -> None:
    filler = "第十条 国家鼓励开发网络数据安全保护和利用技术，促进公共数据资源开放。\n" * 12
    text = (
        "第二条 " + DUP + "，接受政府监督。\n" + filler + "第五十条 " + DUP + "，承担社会责任。\n"
    )
    sel = sel_of(text, DUP, 0)
    new = text.replace("第二条 " + DUP + "，接受政府监督。\n", "")
    a = anchor(new, sel, carry_position(text, new, sel.start))
    assert a.status == ORPHAN


def test_empty_and_tiny_texts() -> None:
    sel = make_selector("abc", 0, 3)
    assert anchor("", sel).status == ORPHAN
    assert anchor("xyz", sel).status == ORPHAN
    assert anchor("abc", sel) == anchor("abc", sel)  # deterministic
    assert anchor("zzabc", sel).start == 2


@given(
    text=st.text(
        alphabet="网络安全法第一二三条。，\n的国家应当运营者 ab", min_size=0, max_size=200
    ),
    edit=st.text(alphabet="网络安全法数据条。，\n ", max_size=30),
    where=st.integers(0, 10_000),
)
def test_carry_position_moves_points_outside_the_edit(text: str, edit: str, where: int) -> None:
    pos = where % (len(text) + 1)
    new = text[:pos] + edit + text[pos:]
    for p in (0, pos, len(text)):
        q = carry_position(text, new, p)
        assert 0 <= q <= len(new)
    if pos < len(text):
        # the char after the insertion is carried to the same char
        assert new[carry_position(text, new, pos + 1) - 1] == text[pos]


BASE = (
    "第一条 为了保障网络安全，维护网络空间主权和国家安全，制定本法。\n"
    "第二条 在中华人民共和国境内建设、运营、维护和使用网络，适用本法。\n"
    "第三条 国家坚持网络安全与信息化发展并重，遵循积极利用、科学发展的方针。\n"
    "第四条 国家制定并不断完善网络安全战略，明确保障网络安全的基本要求。\n"
)


@settings(max_examples=300, deadline=None)
@given(
    span=st.tuples(st.integers(0, len(BASE) - 1), st.integers(1, 40)),
    inserts=st.lists(
        st.tuples(
            st.integers(0, 10_000),
            st.text(alphabet="网络安全数据法第条，。\n 国家应当", max_size=80),
        ),
        min_size=1,
        max_size=4,
    ),
    old_text_known=st.booleans(),
)
def test_h2_random_insertions_outside_the_span_reanchor_exactly(
    span, inserts, old_text_known: bool
) -> None:
    start = span[0]
    end = min(len(BASE), start + span[1])
    assume(end > start)
    sel = make_selector(BASE, start, end)
    text, s, e = BASE, start, end
    for where, ins in inserts:
        # an insertion point outside the open span (s, e): before it, at its edges or after it
        outside = list(range(0, s + 1)) + list(range(e, len(text) + 1))
        p = outside[where % len(outside)]
        text = text[:p] + ins + text[p:]
        if p <= s:
            s, e = s + len(ins), e + len(ins)
    hint = carry_position(BASE, text, start) if old_text_known else start
    a = anchor(text, sel, hint)
    assert a.status == EXACT
    assert text[a.start : a.end] == sel.quote
    if text.count(sel.quote) == 1:
        assert (a.start, a.end) == (s, e)
