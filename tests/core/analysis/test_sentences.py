"""Sentence splitting: offsets into the text, headings and article labels left out."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.analysis import analyze_sentences, split_sentences
from core.analysis.sentences import list_end, task_start
from core.models import Section


def _texts(text: str, sections: tuple[Section, ...] = ()) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, sections)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("第一章 总则\n\n第一条 为了保障网络安全，制定本法。", ["为了保障网络安全，制定本法。"]),
        (
            "第十四条　收到举报的部门应当及时处理；不属于本部门职责的，应当移送。  \n",
            ["收到举报的部门应当及时处理；", "不属于本部门职责的，应当移送。"],
        ),
        (
            "有下列行为之一的，处罚款：\n（一）设置恶意程序的；\n（二）擅自终止安全维护的。",
            ["有下列行为之一的，处罚款：", "（一）设置恶意程序的；", "（二）擅自终止安全维护的。"],
        ),
        ("一、总体要求\n\n坚持系统推进。加强顶层设计！", ["坚持系统推进。", "加强顶层设计！"]),
        ("二、深化数据要素配置改革，扩大公共数据资源供给\n推进共享。", ["推进共享。"]),
        ("（一）统筹推进政务数据共享。完善政务数据目录。", ["完善政务数据目录。"]),
        ("第二节 数据安全\n他说：“必须遵守。”然后离开", ["他说：“必须遵守。”", "然后离开"]),
        ("第二十一条之一 Data must be kept; 数据应当保存", ["Data must be kept;", "数据应当保存"]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_sections_mark_outline_headings() -> None:
    text = "（一）健全资源管理制度\n建立登记制度。"
    sections = (Section("（一）", "（一）", 1, "健全资源管理制度", 0, len(text)),)
    assert _texts(text, sections) == ["建立登记制度。"]


@settings(deadline=None)  # the first call loads the jieba dictionary
@given(st.text(alphabet="第一条章节、。；！？，应当不得可以（）\n 　abc12", max_size=200))
def test_spans_inside_ordered_nonoverlapping_and_trimmed(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        last = b
    assert [(s.start, s.end) for s in analyze_sentences(text)] == spans


def test_seed_004_sentences_have_valid_offsets(seed_text) -> None:
    text = seed_text("004")
    sentences = analyze_sentences(text)
    assert len(sentences) > 3000
    assert all(0 <= s.start < s.end <= len(text) for s in sentences)
    assert any(s.labels == ("penalty",) for s in sentences)


def test_import_bearers_equal_the_measured_ones(seed_text) -> None:
    """The import (analyze_sentences) and the accuracy tests (carry_subjects) must take the same
    steps: a rule added to one and not the other once made the import differ from the figures."""
    from core.analysis.sentences import split_spans
    from core.analysis.subject import carry_subjects
    from core.ingest.clean import clean_text

    # 征信业管理条例 and its neighbours in seed 001, where a new actor takes over the carried
    # bearer in six sentences (the step the import had missed)
    text = clean_text(seed_text("001"))[250_000:350_000]
    spans = split_spans(text)
    measured = carry_subjects((sp.group, text[sp.start : sp.end]) for sp in spans)
    imported = [s.subject for s in analyze_sentences(text)]
    assert imported == measured
    assert sum(s is not None for s in imported) > 300


def test_a_short_name_given_to_a_body_holds_for_the_rest_of_the_document() -> None:
    text = (
        "第三条 上海市市政工程管理处（以下简称市市管处）负责本市城市道路的管理。\n"
        "第九条 市市管处或者区、县市政工程管理部门应当在十五日内作出决定。\n"
    )
    subjects = [s.subject for s in analyze_sentences(text) if s.subject]
    assert subjects == ["上海市市政工程管理处", "市市管处"]


LISTED = (
    "第二十一条 网络运营者应当履行下列安全保护义务：\n"
    "（一）制定内部安全管理制度；确定网络安全负责人；\n"
    "（二）采取技术措施。\n"
    "第二十二条 网络产品、服务应当符合国家标准的强制性要求。\n"
)


def test_a_lead_in_reaches_to_the_end_of_the_list_it_opens() -> None:
    """The items of 履行下列…义务： say what the duty is; the list ends where a line opens with
    no item marker (the next article), and takes every sentence of an item's line."""
    spans = split_sentences(LISTED)
    texts = [LISTED[s:e] for s, e in spans]
    lead = texts.index("网络运营者应当履行下列安全保护义务：")
    end = list_end(LISTED, spans, lead)
    assert LISTED[spans[lead][0] : end].endswith("（二）采取技术措施。")
    assert "确定网络安全负责人；" in LISTED[spans[lead][0] : end]
    # a sentence that opens no list, and the last one, end where they end
    assert list_end(LISTED, spans, lead + 1) == spans[lead + 1][1]
    assert list_end(LISTED, spans, len(spans) - 1) == spans[-1][1]
    # a colon with no items after it
    plain = "有关部门应当公布下列事项：\n第三条 本法自公布之日起施行。"
    plain_spans = split_sentences(plain)
    assert list_end(plain, plain_spans, 0) == plain_spans[0][1]


# Seed 001, 陕西省加快推进数字经济产业发展实施方案: each task of the plan ends with who does it.
PLANNED = (
    "（一）做强数字技术创新。\n"
    "1．加强关键数字技术研究。依托秦创原创新驱动平台，集中攻克一批关键核心数字技术，"
    "前瞻布局第六代移动通信（6G）等前沿技术。（省科技厅、省工业和信息化厅按职责分工负责）\n"
    "2．加快数字技术赋能应用。深入推进大数据、人工智能等数字技术的融合应用。\n"
    "积极开展智慧文旅、智慧农业等数字技术创新应用试点。（省民政厅、省商务厅等按职责分工负责）\n"
    "（二）壮大数字产品制造业。\n"
)


def test_a_plans_note_reaches_back_to_the_task_it_closes() -> None:
    """（省科技厅…按职责分工负责） alone says who, not what: its task is the item before it, back
    to the paragraph its marker opens, past the item's title, never into the task before."""
    spans = split_sentences(PLANNED)
    texts = [PLANNED[s:e] for s, e in spans]
    first = texts.index("（省科技厅、省工业和信息化厅按职责分工负责）")
    task = PLANNED[task_start(PLANNED, spans, first) : spans[first][1]]
    assert task.startswith("依托秦创原创新驱动平台")
    second = texts.index("（省民政厅、省商务厅等按职责分工负责）")
    task = PLANNED[task_start(PLANNED, spans, second) : spans[second][1]]
    assert task.startswith("深入推进大数据") and "积极开展智慧文旅" in task
    assert "省科技厅" not in task
    # a sentence that is no note starts where it starts
    other = texts.index("积极开展智慧文旅、智慧农业等数字技术创新应用试点。")
    assert task_start(PLANNED, spans, other) == spans[other][0]
