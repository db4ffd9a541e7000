"""parse_sections: 章节条款项目 of laws and the outline of policies, on seeds and small texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.ingest.clean import clean_text
from core.ingest.split import split_document
from core.models import RawDocument, Section
from core.structure.sections import parse_sections

CUT = (
    Path(__file__).resolve().parents[2] / "data" / "structure" / "001_data_security_law_wrapped.txt"
)


def kinds(sections: list[Section], kind: str) -> list[Section]:
    return [s for s in sections if s.kind == kind]


def check_tree(text: str, sections: list[Section]) -> None:
    """Offsets inside the text, ordered, children inside their parents, levels consistent."""
    for i, s in enumerate(sections):
        assert 0 <= s.start <= s.end <= len(text)
        if i:
            assert sections[i - 1].start <= s.start
        if s.parent is not None:
            p = sections[s.parent]
            assert s.parent < i and p.start <= s.start and s.end <= p.end
            assert s.level == p.level + 1
        else:
            assert s.level == 0


@pytest.fixture(scope="module")
def seed_drafts(seed_text):
    def drafts(prefix: str):
        return split_document(RawDocument(text=seed_text(prefix), format="txt"), prefix)

    return {p: drafts(p) for p in ("001", "004")}


LAWS = [
    # (seed, title, chapters, articles, last article text)
    ("001", "中华人民共和国网络安全法", 7, 79, "第七十九条 本法自 2017 年 6 月 1 日起施行。"),
    # seed 001 lost the line 第一章 总则 of this law in extraction: six chapters are in the text
    ("001", "中华人民共和国数据安全法", 6, 55, "第五十五条 本法自 2021 年 9 月 1 日起施行。"),
    ("001", "中华人民共和国个人信息保护法", 8, 74, "第七十四条 本法自 2021 年 11 月 1 日起施行。"),
    ("004", "中华人民共和国网络安全法", 7, 79, "第七十九条 本法自 2017 年 6 月 1 日起施行。"),
    ("004", "中华人民共和国数据安全法", 7, 55, "第五十五条 本法自 2021 年 9 月 1 日起施行。"),
    ("004", "中华人民共和国个人信息保护法", 8, 74, "第七十四条 本法自 2021 年 11 月 1 日起施行。"),
]


@pytest.mark.seeds
@pytest.mark.parametrize(("seed", "title", "chapters", "articles", "last"), LAWS)
def test_laws_in_the_seeds(seed_drafts, seed, title, chapters, articles, last) -> None:
    (draft,) = [d for d in seed_drafts[seed] if d.title == title]
    sections = parse_sections(draft.text)
    check_tree(draft.text, sections)
    arts = kinds(sections, "条")
    assert len(kinds(sections, "章")) == chapters
    assert [a.number for a in arts] == list(range(1, articles + 1))
    assert draft.text[arts[-1].start : arts[-1].end] == last
    assert all(sections[a.parent].kind in ("章", "节") for a in arts if a.parent is not None)
    for a, b in zip(arts, arts[1:], strict=False):
        body = draft.text[a.start : a.end]
        assert body.startswith(a.label) and b.label not in body  # ends before the next article


@pytest.mark.seeds
def test_network_security_law_details(seed_drafts) -> None:
    (draft,) = [d for d in seed_drafts["001"] if d.title == "中华人民共和国网络安全法"]
    sections = parse_sections(draft.text)
    text = draft.text
    chapter1 = kinds(sections, "章")[0]
    assert (chapter1.label, chapter1.number, chapter1.title) == ("第一章", 1, "总则")
    art21 = next(s for s in sections if s.kind == "条" and s.number == 21)
    items = [
        s
        for s in sections
        if s.kind == "项" and sections[s.parent].start >= art21.start and s.start < art21.end
    ]
    assert [s.label for s in items] == ["（一）", "（二）", "（三）", "（四）", "（五）"]
    assert text[art21.start : art21.end].endswith("（五）法律、行政法规规定的其他义务")
    art22 = next(s for s in sections if s.kind == "条" and s.number == 22)
    paras = [s for s in sections if s.kind == "款" and s.parent == sections.index(art22)]
    assert [p.number for p in paras] == [1, 2, 3]
    # 第三十四条 cites 第二十一条 mid-sentence: not an article of its own
    assert sum(1 for s in sections if s.kind == "条" and s.number == 21) == 1


def test_cut_of_seed_001() -> None:
    text = clean_text(CUT.read_text(encoding="utf-8"))
    law = text[text.index("中华人民共和国数据安全法\n") :]
    sections = parse_sections(law)
    check_tree(law, sections)
    assert [s.number for s in kinds(sections, "条")] == list(range(1, 56))


LEGAL = """中华人民共和国示例法
第一章 总 则
第一节 一般规定
第一条 为了示例，制定本法。
第二条 有关单位应当履行下列义务：
（一）制定制度；
（二）采取措施：
1.记录日志；
2.备份数据。
前款规定以外的义务，依照本法第二十一条的规定执行。
第二条之一 本条是后来加入的条文。
第二十一条的规定适用于本章。
第1条 这不是新的条文，因为编号倒退了。
第二章 附 则
第三条 本法自2024年1月1日起施行。"""


def test_legal_text() -> None:
    sections = parse_sections(LEGAL)
    check_tree(LEGAL, sections)
    summary = [(s.kind, s.label, s.number, s.title, s.level) for s in sections]
    assert summary == [
        ("章", "第一章", 1, "总则", 0),
        ("节", "第一节", 1, "一般规定", 1),
        ("条", "第一条", 1, None, 2),
        ("条", "第二条", 2, None, 2),
        ("款", "第一款", 1, None, 3),
        ("项", "（一）", 1, None, 4),
        ("项", "（二）", 2, None, 4),
        ("目", "1.", 1, None, 5),
        ("目", "2.", 2, None, 5),
        ("款", "第二款", 2, None, 3),
        ("条", "第二条之一", 2, None, 2),
        ("款", "第一款", 1, None, 3),
        ("款", "第二款", 2, None, 3),
        ("款", "第三款", 3, None, 3),
        ("章", "第二章", 2, "附则", 0),
        ("条", "第三条", 3, None, 1),
    ]
    art2 = sections[3]
    assert LEGAL[art2.start : art2.end].endswith("依照本法第二十一条的规定执行。")
    assert sections[-1].end == len(LEGAL)


OUTLINE = """关于推进数据工作的意见
一、总体要求
坚持以人民为中心。
（一）指导思想。坚持系统观念，统筹发展和安全。
（二）主要目标
1．到2025年，基本建成体系。
2、到2035年，全面建成。
（1）细目一。
二、重点任务
2014 年数字经济规模增长 1.5 倍。
三、保障措施"""


def test_policy_outline() -> None:
    sections = parse_sections(OUTLINE)
    check_tree(OUTLINE, sections)
    summary = [(s.kind, s.label, s.number, s.title, s.level) for s in sections]
    assert summary == [
        ("一、", "一、", 1, "总体要求", 0),
        ("（一）", "（一）", 1, None, 1),
        ("（一）", "（二）", 2, "主要目标", 1),
        ("1.", "1．", 1, None, 2),
        ("1.", "2、", 2, None, 2),
        ("（1）", "（1）", 1, "细目一", 3),
        ("一、", "二、", 2, "重点任务", 0),
        ("一、", "三、", 3, "保障措施", 0),
    ]


@pytest.mark.parametrize("text", ["", "\n\n", "只有一句话。", "第一章", "一、"])
def test_degenerate_texts(text: str) -> None:
    check_tree(text, parse_sections(text))


_LINE = st.one_of(
    st.sampled_from(
        ["第一章 总则", "第二章 附则", "第一节 规定", "（一）项。", "1.目。", "一、标题"]
    ),
    st.integers(min_value=1, max_value=30).map(lambda n: f"第{n}条 内容。"),
    st.text(alphabet="数据安全第条章一二（）1.。 ", min_size=1, max_size=20),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINE, max_size=30))
def test_sections_form_a_tree_inside_the_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    check_tree(text, parse_sections(text))
