"""The sample library: every file is there, readable in its format, and rebuilt from the seeds."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import docx
import pdfplumber
import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "sample_docs"
CSL = SAMPLES / "中华人民共和国网络安全法.txt"
DSL = SAMPLES / "中华人民共和国数据安全法.docx"
PIPL = SAMPLES / "中华人民共和国个人信息保护法.pdf"
CII = SAMPLES / "关键信息基础设施安全保护条例.txt"
GB = SAMPLES / "关于加快公共数据资源开发利用的意见-GB18030.txt"
NOTICE = SAMPLES / "关于加强数据资产管理的指导意见的通知.md"
ALL = [CSL, DSL, PIPL, CII, GB, NOTICE]
HANZI = re.compile(r"[\u4e00-\u9fff]")


def _load_maker():
    spec = importlib.util.spec_from_file_location(
        "make_samples", SAMPLES.parent / "tools" / "make_samples.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_samples = _load_maker()


@pytest.fixture(scope="module")
def pdf_pages() -> list[str]:
    with pdfplumber.open(PIPL) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_sample_exists(path):
    assert path.is_file() and path.stat().st_size > 5_000


def test_library_is_small_and_documented():
    """Every sample is listed in tools/sample_docs.md; sample_docs/ itself holds documents only."""
    assert sorted(p.suffix for p in SAMPLES.iterdir()) == [
        ".docx",
        ".md",
        ".pdf",
        ".txt",
        ".txt",
        ".txt",
    ]
    assert sum(p.stat().st_size for p in ALL) < 1_000_000
    readme = (SAMPLES.parent / "tools" / "sample_docs.md").read_text(encoding="utf-8")
    for path in ALL:
        assert path.name in readme


@pytest.mark.parametrize(
    ("path", "first_line", "last_line", "must_hold"),
    [
        (
            CSL,
            "中华人民共和国网络安全法",
            "第七十九条 本法自 2017 年 6 月 1 日起施行。",
            "第二十一条 国家实行网络安全等级保护制度。",
        ),
        (
            CII,
            "关键信息基础设施安全保护条例",
            "第五十一条 本条例自 2021 年 9 月 1 日起施行。",
            "根据《中华人民共和国网络安全法》，制定本条例。",
        ),
    ],
)
def test_utf8_laws_are_whole(path, first_line, last_line, must_hold):
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln]
    assert (lines[0], lines[-1]) == (first_line, last_line)
    assert must_hold in path.read_text(encoding="utf-8")


def test_pdf_text_extracts_as_chinese(pdf_pages):
    text = "\n".join(pdf_pages)
    assert "(cid:" not in text
    assert text.startswith("中华人民共和国个人信息保护法\n第一章 总则\n第一条 为了保护个人信息权益")
    assert text.count("个人信息处理者") > 50
    assert len(HANZI.findall(text)) > 8_000
    assert "第七十四条 本法自 2021 年 11 月 1 日起施行。" in text


def test_pdf_has_page_number_footers(pdf_pages):
    assert len(pdf_pages) > 5
    for number, page in enumerate(pdf_pages, start=1):
        assert page.rstrip().endswith(f"— {number} —")


def test_docx_has_law_structure():
    document = docx.Document(str(DSL))
    paragraphs = document.paragraphs
    assert (paragraphs[0].style.name, paragraphs[0].text) == (
        "Heading 1",
        "中华人民共和国数据安全法",
    )
    assert (paragraphs[1].style.name, paragraphs[1].text) == ("Heading 2", "第一章 总则")
    assert paragraphs[2].text.startswith("第一条 为了规范数据处理活动，保障数据安全")
    chapters = [p.text for p in paragraphs if p.style.name == "Heading 2"]
    assert chapters == [
        "第一章 总则",
        "第二章 数据安全与发展",
        "第三章 数据安全制度",
        "第四章 数据安全保护义务",
        "第五章 政务数据安全与开放",
        "第六章 法律责任",
        "第七章 附则",
    ]
    normal = [p.text for p in paragraphs if p.style.name == "Normal"]
    assert not [t for t in normal if make_samples.CHAPTER.match(t)]
    assert normal[-1] == "第五十五条 本法自 2021 年 9 月 1 日起施行。"


def test_gb18030_file_is_not_utf8():
    raw = GB.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("gb18030")
    assert text.startswith("中共中央办公厅\u2002国务院办公厅关于加快公共数据资源开发利用的意见\n")
    assert "（一）" in text and "一、总体要求" in text


@pytest.mark.seeds
def test_gb18030_file_decodes_to_the_seed(seed_text):
    """The sample is the first of the four policies seed 002 holds, byte for byte."""
    text = GB.read_bytes().decode("gb18030")
    seed = seed_text("002")
    assert seed.startswith(text.rstrip("\n"))
    assert "中共中央 国务院关于构建数据基础制度" not in text
    assert text.rstrip().endswith("。")


def test_markdown_notice_front_matter_and_paragraphs():
    text = NOTICE.read_text(encoding="utf-8")
    head, body = re.match(r"---\n(.*?)\n---\n\n(.*)", text, re.S).groups()
    meta = dict(re.findall(r'^(\w+): "(.*)"$', head, re.M))
    assert meta == {
        "title": "关于印发《关于加强数据资产管理的指导意见》的通知",
        "source": "财政部",
        "date": "2023-12-31",
    }
    paragraphs = body.rstrip("\n").split("\n\n")
    assert paragraphs[:2] == [meta["title"], "财资〔2023〕141 号"]
    assert all(p and "\n" not in p for p in paragraphs)  # reflowed: one line per paragraph
    assert "根据《中华人民共和国网络安全法》、《中华人民共和国数据安全法》" in body
    assert not [p for p in paragraphs if make_samples.PAGE_NUMBER.match(p)]
    # Outline headings stand alone; no paragraph swallowed the next one's marker.
    assert "（二）基本原则。" in paragraphs
    assert not re.search(r".（[一二三四五六七八九十]+）[^，。；]{2,8}。", body)


@pytest.mark.parametrize(
    ("wrapped", "paragraphs"),
    [
        (  # hard-wrapped lines with a blank line between each, as seed 001 has them
            "为深入贯彻落实党中央关于构建数据基础制度的决策部署，规范和加强\n\n"
            "数据资产管理，更好推动数字经济发展，现印发给你们，请遵照\n\n执行。\n\n"
            "附件：关于加强数据资产管理的指导意见\n\n财政部\n",
            [
                "为深入贯彻落实党中央关于构建数据基础制度的决策部署，规范和加强"
                "数据资产管理，更好推动数字经济发展，现印发给你们，请遵照执行。",
                "附件：关于加强数据资产管理的指导意见",
                "财政部",
            ],
        ),
        (  # a bare page number between two halves of a sentence is dropped
            "第二十五条 审核其他估值方法时，应当关注估值方法是否与被估值对象匹\n"
            "266\n配，关键参数和估值依据是否合理。\n",
            [
                "第二十五条 审核其他估值方法时，应当关注估值方法是否与被估值对象匹配，关键参数和估值依据是否合理。"
            ],
        ),
        ("", []),
    ],
)
def test_reflow(wrapped, paragraphs):
    out = make_samples.reflow(wrapped)
    assert (out.rstrip("\n").split("\n\n") if out else []) == paragraphs


@pytest.mark.parametrize(
    ("text", "title", "next_title", "error"),
    [
        ("甲法\n第一条\n乙法\n甲法\n第一条\n", "甲法", "乙法", "found 2 times"),
        ("甲法\n第一条\n乙法\n", "丙法", "乙法", "found 0 times"),
        ("甲法\n第一条\n乙法\n", "甲法", "丁法", "not found"),
        ("乙法\n甲法\n第一条\n", "甲法", "乙法", "not found"),  # the end must follow the title
    ],
)
def test_cut_refuses_ambiguous_boundaries(text, title, next_title, error):
    with pytest.raises(SystemExit, match=error):
        make_samples.cut(text, title, next_title)


def test_cut_by_whole_title_lines():
    text = "目 录\n二、《甲法》…… 42\n\n甲法\n\n第一条 根据《甲法》制定。\n\n乙法\n\n第一条"
    assert make_samples.cut(text, "甲法", "乙法") == "甲法\n\n第一条 根据《甲法》制定。\n"


@pytest.mark.seeds
def test_samples_rebuild_identically(seeds_dir, tmp_path):
    """make_samples.py reproduces the committed files (the PDF by its text: fonts may differ)."""
    for path in make_samples.build(seeds_dir, tmp_path):
        committed = SAMPLES / path.name
        if path.suffix == ".pdf":
            assert _pdf_text(path) == _pdf_text(committed)
        else:
            assert path.read_bytes() == committed.read_bytes(), path.name
