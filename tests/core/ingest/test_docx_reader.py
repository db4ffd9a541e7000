"""Word reader: order of paragraphs and tables, headings, tracked changes, bad zips (rows C1–C12)."""

from __future__ import annotations

import resource
import sys
import time
import zipfile
from pathlib import Path

import pytest

from core.errors import (
    CorruptFileError,
    EncryptedFileError,
    FileTooLargeError,
    UnsupportedFormatError,
)
from core.ingest.docx_reader import read_docx

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.core.ingest import fixtures as fx  # noqa: E402

PARAS = ["第一条　为了规范数据处理活动，保障数据安全。", "第二条　本办法适用于数据处理活动。"]
TABLE = [["条款", "内容"], ["第三条", "数据处理者应当在六十日内报告。"]]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return fx.make_docx(tmp_path / "办法.docx", PARAS, table=TABLE)


def test_paragraphs_and_tables_in_order(good: Path) -> None:
    doc = read_docx(good)
    assert doc.text.split("\n") == [
        "数据安全管理办法",
        *PARAS,
        "条款 | 内容",
        "第三条 | 数据处理者应当在六十日内报告。",
        "附则",
    ]
    assert [(h.level, h.text, h.start) for h in doc.headings] == [(1, "数据安全管理办法", 0)]
    assert doc.format == "docx" and doc.warnings == ()


def test_chinese_heading_style_names(tmp_path: Path) -> None:
    """Word in Chinese names its styles 标题 1 …; those are headings too."""
    import docx

    d = docx.Document()
    d.add_heading("总则", level=2)
    d.styles["Heading 2"].name = "标题 2"
    d.add_paragraph("正文")
    d.save(tmp_path / "zh.docx")
    doc = read_docx(tmp_path / "zh.docx")
    assert [(h.level, h.text) for h in doc.headings] == [(2, "总则")]


def test_tracked_changes_accepted_with_warning(good: Path, tmp_path: Path) -> None:
    """Row C11: insertions kept, deletions dropped, and the user is told."""
    doc = read_docx(fx.with_tracked_changes(good, tmp_path / "修订.docx"))
    assert "甲方应当在六十日内付款。" in doc.text
    assert "三十日" not in doc.text
    assert any("tracked changes were accepted" in w for w in doc.warnings)
    h = doc.headings[0]
    assert doc.text[h.start : h.start + len(h.text)] == h.text


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (lambda g, p: p.write_bytes(b"this is not a zip at all"), CorruptFileError, "damaged"),
        (lambda g, p: p.write_bytes(g.read_bytes()[:2000]), CorruptFileError, "damaged"),
        (
            lambda g, p: fx.tamper_docx(g, p, drop=("word/document.xml",)),
            CorruptFileError,
            "not a Word document",
        ),
        (
            lambda g, p: fx.tamper_docx(
                g, p, replace={"word/document.xml": b"<w:document><w:body"}
            ),
            CorruptFileError,
            "damaged",
        ),
        (
            lambda g, p: fx.tamper_docx(
                g,
                p,
                replace={
                    "word/document.xml": b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>'
                },
            ),
            CorruptFileError,
            "DOCTYPE",
        ),
        (lambda g, p: p.write_bytes(fx.ole_file()), UnsupportedFormatError, "save it as .docx"),
        (lambda g, p: p.write_bytes(fx.ole_file(encrypted=True)), EncryptedFileError, "password"),
    ],
    ids=[
        "not-zip",
        "truncated",
        "no-document-xml",
        "bad-xml",
        "doctype",
        "legacy-doc",
        "encrypted",
    ],
)
def test_bad_docx(good: Path, tmp_path: Path, make, error, words) -> None:
    bad = tmp_path / "坏.docx"
    make(good, bad)
    with pytest.raises(error) as e:
        read_docx(bad)
    assert "《坏.docx》" in str(e.value) and words in str(e.value)


@pytest.mark.parametrize(
    ("megabytes", "para", "words"),
    [
        (160, None, "expands to"),  # row C9: one huge part
        (
            60,
            b"<w:p><w:r><w:t>x</w:t></w:r></w:p>",
            "compressed",
        ),  # row C10: millions of paragraphs
    ],
)
def test_zip_bombs_refused_before_parsing(
    good: Path, tmp_path: Path, megabytes, para, words
) -> None:
    bomb = fx.docx_bomb(good, tmp_path / "bomb.docx", megabytes=megabytes, para=para)
    assert bomb.stat().st_size < 2 << 20
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    with pytest.raises(FileTooLargeError, match=words) as e:
        read_docx(bomb)
    assert time.perf_counter() - t0 < 1.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss < 50 << 10  # KB: < 50 MB
    assert "《bomb.docx》" in str(e.value)


def test_footnotes_are_reported(good: Path, tmp_path: Path) -> None:
    notes = (
        b'<?xml version="1.0"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/'
        b'wordprocessingml/2006/main"><w:footnote w:type="separator" w:id="-1"/>'
        b'<w:footnote w:id="1"><w:p><w:r><w:t>note</w:t></w:r></w:p></w:footnote></w:footnotes>'
    )
    doc = read_docx(fx.tamper_docx(good, tmp_path / "注.docx", extra={"word/footnotes.xml": notes}))
    assert "1 footnotes/endnotes were not imported" in doc.warnings


def test_member_count_limit(good: Path, tmp_path: Path) -> None:
    extra = {f"customXml/fayan{i}.xml": b"<a/>" for i in range(5001)}
    bad = fx.tamper_docx(good, tmp_path / "many.docx", extra=extra)
    assert len(zipfile.ZipFile(bad).infolist()) > 5000
    with pytest.raises(FileTooLargeError, match="parts"):
        read_docx(bad)
