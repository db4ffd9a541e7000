"""split_document on the seeds: compilations become many drafts, single files one."""

from __future__ import annotations

import re

import pytest

from core.ingest.split import split_document
from core.models import Heading, RawDocument

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def md_raw(text: str) -> RawDocument:
    """A stand-in for the markdown reader's contract: # stripped into heading hints, front matter
    into metadata, ** / images / links / tags stripped."""
    meta: dict[str, str] = {}
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        for line in text[4:end].split("\n"):
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
        text = text[end + 5 :]
    out: list[str] = []
    heads: list[Heading] = []
    pos = 0
    for line in text.split("\n"):
        m = re.match(r"(#{1,6}) ?(.*)$", line)
        line = re.sub(r"<[^>]+>", "", _LINK.sub(r"\1", _IMAGE.sub("", line))).replace("**", "")
        if m:
            line = m.group(2).replace("**", "")
            heads.append(Heading(len(m.group(1)), line, pos))
        out.append(line)
        pos += len(line) + 1
    return RawDocument(text="\n".join(out), format="md", headings=tuple(heads), metadata=meta)


@pytest.fixture(scope="module")
def drafts_001(seed_text):
    return split_document(RawDocument(text=seed_text("001"), format="txt"), "001.txt")


@pytest.fixture(scope="module")
def drafts_004(seed_text):
    return split_document(RawDocument(text=seed_text("004"), format="txt"), "004.txt")


@pytest.mark.seeds
def test_001_is_a_compilation_of_about_330_documents(drafts_001) -> None:
    assert 320 <= len(drafts_001) <= 340
    assert all(d.text.strip() for d in drafts_001)
    assert [d.ordinal for d in drafts_001] == list(range(len(drafts_001)))
    assert all(d.tree_path[0] == "数据资产新赛道全国法规政策汇编" for d in drafts_001)
    assert all(len(d.tree_path) >= 2 for d in drafts_001)
    titles = {d.title for d in drafts_001}
    assert not any("前 言" in d.text[:20] or "赋能平台简介" in d.text for d in drafts_001[:2])
    assert not any("《" in t[:1] or "》" in t[-1:] for t in titles)


@pytest.mark.seeds
@pytest.mark.parametrize(
    ("title", "path", "first_line", "last_line"),
    [
        (
            "中华人民共和国网络安全法",
            ("数据资产新赛道全国法规政策汇编", "三、法规政策性文件", "（一）国家法规及重要政策"),
            "中华人民共和国网络安全法",
            "第七十九条 本法自 2017 年 6 月 1 日起施行。",
        ),
        (
            "中共中央关于坚持和完善中国特色社会主义制度推进国家治理体系和治理能力现代化若干重大问题的决定",
            ("数据资产新赛道全国法规政策汇编", "一、国家纲领性文件"),
            "中共中央关于坚持和完善中国特色社会主义制度",
            None,
        ),
        (
            "中华人民共和国国民经济和社会发展第十四个五年规划和 2035 年远景目标纲要",
            ("数据资产新赛道全国法规政策汇编", "一、国家纲领性文件"),
            None,
            None,
        ),
        (
            "关于印发《金融科技发展规划（2022—2025 年）》的通知",
            ("数据资产新赛道全国法规政策汇编", "五、重点行业性文件", "（一）金融服务"),
            None,
            None,
        ),
    ],
)
def test_001_entries(drafts_001, title, path, first_line, last_line) -> None:
    (draft,) = [d for d in drafts_001 if d.title == title]
    assert draft.tree_path == path
    lines = draft.text.split("\n")
    if first_line:
        assert lines[0] == first_line
    if last_line:
        assert lines[-1] == last_line


@pytest.mark.seeds
def test_001_last_documents_of_categories_do_not_swallow_the_next_heading(drafts_001) -> None:
    heads = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\S{2,12}$")
    for d in drafts_001:
        last = d.text.rsplit("\n", 1)[-1]
        assert not re.match(r"\d+、《", last), d.title
        assert not (heads.match(last) and last.endswith(("省", "市", "行业", "文件", "区"))), (
            d.title
        )


@pytest.mark.seeds
def test_004_documents_are_the_table_of_contents(drafts_004, seed_text) -> None:
    toc = re.findall(
        r"^[一二三四五六七八九十]+、(.+?)(?:\.{3,}\s*|\s*)\d+$", seed_text("004")[:4000], re.M
    )
    expected = [t.strip().strip("《》") if t.count("《") == 1 else t for t in toc]
    assert len(drafts_004) == len(toc) + 1  # the TOC entries and the appendix table
    got = [d.title for d in drafts_004[:-1]]
    assert [re.sub(r"[《》\s]", "", t) for t in got] == [
        re.sub(r"[《》\s]|（会签稿）", "", t) for t in expected
    ]
    assert drafts_004[-1].title.startswith("附表")
    law = next(d for d in drafts_004 if d.title == "中华人民共和国网络安全法")
    assert law.tree_path == ("大数据领域 法律法规、政策文件汇编", "第二章 国家大数据法规政策")
    assert law.text.startswith("中华人民共和国网络安全法\n第一章 总则")
    assert law.text.endswith("第七十九条 本法自 2017 年 6 月 1 日起施行。")


@pytest.mark.seeds
def test_000_markdown_notes_one_document_per_section(seed_text) -> None:
    drafts = split_document(md_raw(seed_text("000")), "000.md")
    # nine ## headings; the last is an empty "## " with nothing under it, which is no document
    assert len(drafts) == 8
    assert all(d.tree_path == ("信息金融科技2025版",) for d in drafts)
    first = drafts[0]
    assert (
        first.title == "金融监管总局办公厅印发《关于加强银行业保险业移动互联网应用程序管理的通知》"
    )
    assert first.metadata["rating"] == "5"
    assert drafts[1].metadata["rating"] == "4"
    assert "rating" not in drafts[2].metadata
    assert drafts[3].title == "《网络数据安全管理条例》"
    assert drafts[-1].title.startswith("国家金融监督管理总局 中国人民银行")
    assert all("✨" not in d.title for d in drafts)


@pytest.mark.seeds
def test_003_web_article_is_one_document_with_its_front_matter(seed_text) -> None:
    (draft,) = split_document(md_raw(seed_text("003")), "003.md")
    title = "发布 | 七部门联合印发《推动数字金融高质量发展行动方案》（附全文）"
    assert draft.title == title
    assert draft.tree_path == ()
    assert draft.metadata["date"] == "2024-11-29"
    assert draft.metadata["source"] == "中国信息安全"
    assert draft.metadata["url"].startswith("https://mp.weixin.qq.com/")
    assert title not in draft.text
    assert "mmbiz.qpic.cn" not in draft.text
    assert "中国人民银行" in draft.text


@pytest.mark.seeds
def test_002_four_policies_back_to_back_are_four_documents(seed_text) -> None:
    drafts = split_document(RawDocument(text=seed_text("002"), format="txt"), "002.txt")
    assert [d.title for d in drafts] == [
        "中共中央办公厅 国务院办公厅关于加快公共数据资源开发利用的意见",
        "中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见",
        "关于完善数据流通安全治理更好促进数据要素市场化价值化的实施方案",
        "国务院关于加强数字政府建设的指导意见",
    ]
    assert {d.tree_path for d in drafts} == {("002",)}
    assert drafts[0].text.startswith("一、总体要求")
    assert drafts[0].text.endswith("。") and "（十七）加强评价监督" in drafts[0].text
    assert "中共中央 国务院关于构建" not in drafts[0].text
    assert drafts[3].text.startswith("各省、自治区、直辖市人民政府")


def test_a_notice_that_names_its_plan_on_a_line_stays_one_document() -> None:
    notice = (
        "国务院关于印发数据工作方案的通知\n各省人民政府：\n现将方案印发给你们，请认真贯彻执行。\n"
    )
    plan = "关于推进数据工作的实施方案\n" + "一、总体要求\n" + "坚持统筹推进数据工作。" * 100
    drafts = split_document(RawDocument(text=notice + plan, format="txt"), "n.txt")
    assert [d.title for d in drafts] == ["国务院关于印发数据工作方案的通知"]


def test_policies_back_to_back_split_only_at_title_lines_after_a_sentence() -> None:
    body = "一、总体要求\n" + "各地区要加强数据工作。" * 100 + "\n"
    text = "关于甲工作的意见\n" + body + "关于乙工作的意见\n" + body
    drafts = split_document(RawDocument(text=text, format="txt"), "x.txt")
    assert [d.title for d in drafts] == ["关于甲工作的意见", "关于乙工作的意见"]
    assert [d.ordinal for d in drafts] == [0, 1]


def test_empty_markdown_heading_with_text_is_an_untitled_document() -> None:
    raw = md_raw(
        "# 合集名称\n\n## 甲（✨✨）\n\n甲的正文。\n\n## \n\n（二十一）建立工作联动机制。正文。\n"
    )
    drafts = split_document(raw, "x.md")
    assert [d.title for d in drafts] == ["甲", "（二十一）建立工作联动机制。正文。"]
    assert drafts[0].metadata == {"rating": "2"}
    assert drafts[1].metadata == {"untitled": "true"}
    assert [d.ordinal for d in drafts] == [0, 1]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("", []),
        ("一段没有标题的文字，很短。", ["x"]),
        (
            "数据法规政策汇编\n一、法律\n1、《甲法》\n甲法\n第一条 甲。\n2、《乙法》\n乙法\n第一条 乙。\n"
            "二、规章\n1、《丙办法》\n丙办法\n第一条 丙。\n",
            ["甲法", "乙法", "丙办法"],
        ),
    ],
)
def test_small_inputs(text: str, titles: list[str]) -> None:
    drafts = split_document(RawDocument(text=text, format="txt"), "x.txt")
    if not text:
        assert [d.text for d in drafts] == [""]
        return
    assert [d.title for d in drafts] == titles
    if len(titles) == 3:
        assert drafts[2].tree_path == ("数据法规政策汇编", "二、规章")
        assert drafts[0].text == "甲法\n第一条 甲。"


def test_docx_chapter_headings_divide_one_law_not_many_documents():
    """A .docx styles 第一章… as headings: they are the law's structure, not new documents."""
    from pathlib import Path

    from core.ingest.readers import read_file

    sample = Path(__file__).resolve().parents[3] / "sample_docs" / "中华人民共和国数据安全法.docx"
    drafts = split_document(read_file(sample), sample.name)
    assert [d.title for d in drafts] == ["中华人民共和国数据安全法"]
    assert drafts[0].text.startswith("第一章 总则\n第一条 为了规范数据处理活动")
    assert drafts[0].text.rstrip().endswith("第五十五条 本法自 2021 年 9 月 1 日起施行。")
