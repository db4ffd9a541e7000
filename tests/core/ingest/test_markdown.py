"""Markdown reader: front matter, heading hints with exact offsets, inline markup stripped."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.ingest.markdown import inline, read_markdown, split_front_matter


@pytest.mark.parametrize(
    ("src", "plain"),
    [
        ("**完善准入退出机制**，统筹", "完善准入退出机制，统筹"),
        ('嵌入<span data-type="text" style="x">无关链接</span>等', "嵌入无关链接等"),
        ("见![cover](https://x/y.png)正文", "见正文"),
        (
            "依据[《网络安全法》](https://flk.npc.gov.cn/x)第二十一条",
            "依据《网络安全法》第二十一条",
        ),
        ("代码`GB/T 35273-2020`标准", "代码GB/T 35273-2020标准"),
        ("*强调*与 **加粗** 和 __下划线__", "强调与 加粗 和 下划线"),
        ("\t ** \t**1.加大数据中心", "\t 1.加大数据中心"),
        ("数据要素×试点 2*3=6", "数据要素×试点 2*3=6"),
        ("A &amp; B&nbsp;C", "A & B C"),
        ("转义\\*星号\\*", "转义*星号*"),
    ],
)
def test_inline(src: str, plain: str) -> None:
    assert inline(src) == plain


def test_front_matter_and_headings() -> None:
    src = (
        "---\ntitle: 发布 | 行动方案\nurl: https://a.b/c?x=1#rd\nsource: '中国信息安全'\n"
        "date: 2024-11-29\n---\n\n# 第一章 总则\n\n正文**一**。\n\n## 二、目标 ##\n\n---\n\n结尾\n"
    )
    doc = read_markdown(src)
    assert doc.metadata == {
        "title": "发布 | 行动方案",
        "url": "https://a.b/c?x=1#rd",
        "source": "中国信息安全",
        "date": "2024-11-29",
    }
    assert [(h.level, h.text) for h in doc.headings] == [(1, "第一章 总则"), (2, "二、目标")]
    for h in doc.headings:
        assert doc.text[h.start : h.start + len(h.text)] == h.text
    assert "正文一。" in doc.text and "---" not in doc.text and "#" not in doc.text


def test_unclosed_front_matter_is_text() -> None:
    meta, rest = split_front_matter("---\ntitle: x\n正文没有结束")
    assert meta == {} and rest.startswith("---")


def test_seed_000(seed_text) -> None:
    doc = read_markdown(seed_text("000"))
    assert len(doc.headings) >= 15
    assert doc.headings[0].text == "信息金融科技2025版" and doc.headings[0].level == 1
    assert any(h.level == 3 and h.text.startswith("一、") for h in doc.headings)
    for h in doc.headings:
        assert doc.text[h.start : h.start + len(h.text)] == h.text
    for leftover in ("**", "<span", "](", "![", "\n#"):
        assert leftover not in doc.text


def test_seed_003(seed_text) -> None:
    doc = read_markdown(seed_text("003"))
    assert doc.metadata["source"] == "中国信息安全"
    assert doc.metadata["date"] == "2024-11-29"
    assert doc.metadata["title"].startswith("发布 | 七部门联合印发")
    assert doc.metadata["url"].startswith("https://mp.weixin.qq.com/")
    assert "fetch_date" in doc.metadata
    assert not re.search(r"!\[|\]\(|\*\*|mmbiz", doc.text)
    assert "（一）指导思想。以习近平" in doc.text


@settings(max_examples=100, deadline=None, derandomize=True)
@given(
    st.lists(
        st.one_of(st.text(max_size=30), st.sampled_from(["# 标题", "## 二、", "---", "**粗**"])),
        max_size=20,
    )
)
def test_heading_offsets_always_index_text(lines: list[str]) -> None:
    doc = read_markdown("\n".join(lines))
    for h in doc.headings:
        assert 0 <= h.start <= len(doc.text)
        assert doc.text[h.start : h.start + len(h.text)] == h.text
