"""PDF reader: text, page furniture, and every way a PDF can be bad (rows B1–B8)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from core.errors import CorruptFileError, EncryptedFileError, ScannedPdfError
from core.ingest.pdf import garbage_ratio, pages_to_document, read_pdf, strip_page_furniture

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.core.ingest import fixtures as fx  # noqa: E402

ENGINES = ["pdfium", "pdfplumber"]
THREE_PAGES = fx.minimal_pdf(
    [
        fx.text_page("Article 1 Data handlers shall", "protect data.", "- 1 -"),
        fx.text_page("Article 2 This applies.", "Page 2 of 3"),
        fx.text_page("Article 3 Final.", "3"),
    ]
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("engine", ENGINES)
def test_text_without_page_numbers(tmp_path: Path, engine: str) -> None:
    doc = read_pdf(_write(tmp_path, "ok.pdf", THREE_PAGES), engine=engine)
    assert doc.pages == 3 and doc.format == "pdf"
    assert doc.text.split("\n") == [
        "Article 1 Data handlers shall",
        "protect data.",
        "Article 2 This applies.",
        "Article 3 Final.",
    ]
    assert doc.warnings == ()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("name", "data", "error", "words"),
    [
        ("trunc.pdf", THREE_PAGES[: len(THREE_PAGES) // 2], CorruptFileError, "damaged"),
        ("html.pdf", b"<html><body>not a pdf</body></html>", CorruptFileError, "not really a PDF"),
        ("random.pdf", bytes(range(256)) * 8, CorruptFileError, "damaged"),
        ("loop.pdf", fx.RECURSIVE_PAGES_PDF, CorruptFileError, "page"),
        ("scan.pdf", fx.minimal_pdf([fx.IMAGE_ONLY_PAGE] * 2), ScannedPdfError, "OCR"),
        ("locked.pdf", fx.encrypted_pdf(THREE_PAGES), EncryptedFileError, "password"),
    ],
)
def test_bad_pdfs_raise_typed_errors(tmp_path: Path, engine, name, data, error, words) -> None:
    with pytest.raises(error) as e:
        read_pdf(_write(tmp_path, name, data), engine=engine)
    assert f"《{name}》" in str(e.value) and words in str(e.value)
    assert "Traceback" not in str(e.value)


def test_owner_password_only_imports(tmp_path: Path) -> None:
    """Row B4: permissions-only encryption reads normally."""
    doc = read_pdf(_write(tmp_path, "perm.pdf", fx.encrypted_pdf(THREE_PAGES, user_password="")))
    assert "Article 2 This applies." in doc.text


def test_correct_password_opens(tmp_path: Path) -> None:
    p = _write(tmp_path, "locked.pdf", fx.encrypted_pdf(THREE_PAGES, "secret"))
    assert "Article 3 Final." in read_pdf(p, password="secret").text
    with pytest.raises(EncryptedFileError):
        read_pdf(p, password="wrong")


def test_partly_scanned_warns_with_page_numbers(tmp_path: Path) -> None:
    """Row B6: an empty page among text pages is named in a warning."""
    data = fx.minimal_pdf([fx.text_page("One"), fx.IMAGE_ONLY_PAGE, fx.text_page("Three")])
    doc = read_pdf(_write(tmp_path, "part.pdf", data))
    assert doc.text == "One\nThree"
    assert doc.warnings == ("1 of 3 pages have no text (scanned images?) and were skipped: page 2",)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("第一条　为了规范数据处理活动。", 0.0, 0.0),
        ("(cid:123)(cid:45)(cid:6)", 0.5, 1.0),
        ("\ue001\ue002\ue003正常", 0.5, 0.6),
        ("文字\ufffd" + "正常文字" * 20, 0.0, 0.02),
        ("", 0.0, 0.0),
    ],
)
def test_garbage_ratio(text: str, low: float, high: float) -> None:
    assert low <= garbage_ratio(text) <= high


def test_unreadable_text_layer_is_refused() -> None:
    with pytest.raises(ScannedPdfError, match="cannot be read"):
        pages_to_document(["(cid:12)(cid:34)(cid:56) 第一条"], "cid.pdf")


def test_running_header_and_footer_dropped() -> None:
    body = ["第一条　数据安全。", "第二条　个人信息。", "第三条　网络运营。"]
    pages = [[f"国家数据局文件汇编 {n}", b, f"第 {n} 页 共 3 页"] for n, b in enumerate(body, 1)]
    assert strip_page_furniture(pages) == [[b] for b in body]


def test_single_page_keeps_its_lines() -> None:
    assert strip_page_furniture([["第一条", "正文"]]) == [["第一条", "正文"]]


def test_real_cjk_pdf(tmp_path: Path) -> None:
    """A real CJK PDF (fpdf2 + a system CJK font): text, header and page numbers gone."""
    font = fx.cjk_font()
    if font is None:
        pytest.skip("no CJK font on this machine (fc-list :lang=zh found none)")
    pages = [
        ["第一条　为了规范数据处理活动，保障数据安全。", "第二条　本办法适用于数据处理活动。"],
        ["第三条　国家建立数据分类分级保护制度。"],
        ["第四条　本办法自发布之日起施行。"],
    ]
    doc = read_pdf(_write(tmp_path, "汇编.pdf", fx.cjk_pdf(pages, font)))
    assert doc.text.replace("\u3000", " ").split("\n") == [
        line.replace("\u3000", " ") for page in pages for line in page
    ]


def test_look_alike_short_pages_are_not_furniture(tmp_path: Path) -> None:
    """Pages whose every line repeats (modulo digits) keep their text; only numbers go."""
    import time

    pages = [
        fx.text_page(f"Article {i} Data handlers shall protect data.", "Same line.", f"- {i} -")
        for i in range(1, 201)
    ]
    t0 = time.perf_counter()
    doc = read_pdf(_write(tmp_path, "many.pdf", fx.minimal_pdf(pages)))
    assert time.perf_counter() - t0 < 2.0  # row B9 at CI size (200 pages)
    lines = doc.text.split("\n")
    assert doc.pages == 200 and len(lines) == 400
    assert lines[:2] == ["Article 1 Data handlers shall protect data.", "Same line."]
    assert not any(line.startswith("- ") for line in lines)
