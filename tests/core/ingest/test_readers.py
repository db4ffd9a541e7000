"""read_file: validation before and after parsing, dispatch, normalisation (rows A, B, C, D)."""

from __future__ import annotations

import os
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from core.errors import (
    CorruptFileError,
    EmptyFileError,
    EncodingError,
    EncryptedFileError,
    FileTooLargeError,
    IngestError,
    ScannedPdfError,
    SourceVanishedError,
    UnsupportedFormatError,
)
from core.ingest import readers
from core.ingest.readers import SUPPORTED_SUFFIXES, is_supported, normalize_text, read_file

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.core.ingest import fixtures as fx  # noqa: E402

CLAUSE = "第二十一条　网络运营者应当履行安全保护义务，防止网络数据泄露。镕啰喆堃𠀀"


@pytest.mark.parametrize(
    ("name", "supported"),
    [
        ("a.txt", True),
        ("B.PDF", True),
        ("c.docx", True),
        ("d.md", True),
        ("e.doc", False),
        ("f", False),
    ],
)
def test_is_supported(name: str, supported: bool) -> None:
    assert is_supported(name) is supported
    assert (Path(name).suffix.lower() in SUPPORTED_SUFFIXES) is supported


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("空.txt", b"", EmptyFileError),  # A1
        ("bom.txt", b"\xef\xbb\xbf", EmptyFileError),  # A2
        ("blank.txt", b"  \n\t\n", EmptyFileError),
        ("u16bom.txt", b"\xff\xfe", EmptyFileError),
        ("png.txt", b"\x89PNG\r\n\x1a\n" + bytes(300), EncodingError),  # A3
        ("zip.txt", b"PK\x03\x04" + bytes(300), EncodingError),
        ("pdf.txt", b"%PDF-1.4\n" + bytes(300), EncodingError),
        ("random.txt", bytes(range(256)) * 40, EncodingError),
        ("empty.pdf", b"", EmptyFileError),  # B1
        ("html.pdf", b"<html>no</html>", CorruptFileError),
        ("zip.pdf", b"PK\x03\x04" + bytes(300), CorruptFileError),
        ("scan.pdf", fx.minimal_pdf([fx.IMAGE_ONLY_PAGE]), ScannedPdfError),  # B5
        ("lock.pdf", fx.encrypted_pdf(fx.minimal_pdf([fx.text_page("x")])), EncryptedFileError),
        ("legacy.docx", fx.ole_file(), UnsupportedFormatError),  # C2
        ("legacy.doc", fx.ole_file(), UnsupportedFormatError),
        ("locked.docx", fx.ole_file(encrypted=True), EncryptedFileError),  # C3
        ("text.docx", "第一条".encode() * 10, CorruptFileError),  # C1
        ("pdf.docx", b"%PDF-1.4\n" + bytes(100), CorruptFileError),
        ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(100), UnsupportedFormatError),
    ],
)
def test_bad_files(tmp_path: Path, name: str, data: bytes, error: type) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(error) as e:
        read_file(p)
    assert f"《{name}》" in str(e.value)
    assert e.value.path == str(p)
    assert "Traceback" not in str(e.value)


@pytest.mark.parametrize(
    "enc", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "big5hkscs"]
)
def test_text_encodings(tmp_path: Path, enc: str) -> None:
    text = (
        CLAUSE
        if enc != "big5hkscs"
        else "第二十一條　網絡運營者應當履行安全保護義務，防止網絡數據洩露。"
    )
    p = tmp_path / "条例.txt"
    p.write_bytes((text + "\r\n第二行\r第三行").encode(enc))
    doc = read_file(p)
    assert doc.text == text + "\n第二行\n第三行"  # A4, A5, A7–A9, A12
    assert doc.format == "txt" and doc.encoding


def test_normalisation(tmp_path: Path) -> None:
    """R12: NFC, \\n, no BOM, no NUL or other control characters but \\n and \\t."""
    nfd = unicodedata.normalize("NFD", "Café")
    p = tmp_path / "n.txt"
    p.write_bytes(("\ufeff" + nfd + "\x00\x07\tA\x0cB\u2028C\r\nD").encode("utf-8"))
    assert read_file(p).text == "Café\tA\nB\nC\nD"


@pytest.mark.parametrize("s", ["a\r\nb", "x\x00y", "\ufeffz", "e\u0301", "\x0c", "正文\x1b"])
def test_normalize_text_is_idempotent(s: str) -> None:
    once = normalize_text(s)
    assert normalize_text(once) == once
    assert "\r" not in once and "\x00" not in once and "\ufeff" not in once


def test_vanished_file(tmp_path: Path) -> None:
    """Row D1: the file is gone by the time it is read."""
    with pytest.raises(SourceVanishedError, match="《gone.pdf》"):
        read_file(tmp_path / "gone.pdf")


def test_vanishes_between_checks(tmp_path: Path, monkeypatch) -> None:
    p = tmp_path / "race.txt"
    p.write_text("第一条", encoding="utf-8")
    real_open = open

    def vanish(path, *a, **k):
        os.unlink(p)
        return real_open(path, *a, **k)

    monkeypatch.setattr(readers, "open", vanish, raising=False)
    with pytest.raises(SourceVanishedError, match="《race.txt》"):
        read_file(p)


def test_directory_named_like_a_file(tmp_path: Path) -> None:
    """Row D5."""
    (tmp_path / "x.pdf").mkdir()
    with pytest.raises(UnsupportedFormatError, match="not a file"):
        read_file(tmp_path / "x.pdf")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_permission_denied(tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text("x")
    p.chmod(0)
    with pytest.raises(IngestError, match="permission denied"):
        read_file(p)


def test_huge_file_refused_fast(tmp_path: Path) -> None:
    """Row A13: a 600 MB (sparse) file is refused before it is read."""
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(600 << 20)
    t0 = time.perf_counter()
    with pytest.raises(FileTooLargeError, match="《huge.txt》"):
        read_file(p)
    assert time.perf_counter() - t0 < 1.0


def test_chinese_emoji_name(tmp_path: Path) -> None:
    """Row D6."""
    p = tmp_path / "合同 v2（最终）😀.txt"
    p.write_text(CLAUSE, encoding="utf-8")
    assert read_file(p).text == CLAUSE


def test_docx_and_pdf_dispatch(tmp_path: Path) -> None:
    d = read_file(fx.make_docx(tmp_path / "a.docx", ["第一条　正文。"]))
    assert d.format == "docx" and "第一条　正文。" in d.text
    p = tmp_path / "b.pdf"
    p.write_bytes(fx.minimal_pdf([fx.text_page("Article 1")]))
    assert read_file(p).text == "Article 1"


@pytest.mark.parametrize(
    ("prefix", "fmt", "min_headings"),
    [("000", "md", 15), ("003", "md", 1), ("002", "txt", 0), ("004", "txt", 0)],
)
def test_seeds(seed_path, prefix: str, fmt: str, min_headings: int) -> None:
    """Markdown saved as .txt (seeds 000, 003) is read as markdown; plain text stays text."""
    doc = read_file(seed_path(prefix))
    assert doc.format == fmt and doc.encoding == "utf-8"
    assert len(doc.headings) >= min_headings
    assert doc.text == normalize_text(doc.text)
    for h in doc.headings:
        assert doc.text[h.start : h.start + len(h.text)] == h.text


def test_seed_001_fast(seed_path) -> None:
    """The 7.7 MB compilation reads in well under a second."""
    t0 = time.perf_counter()
    doc = read_file(seed_path("001"))
    assert time.perf_counter() - t0 < 1.5
    assert doc.format == "txt" and len(doc.text) > 2_000_000
