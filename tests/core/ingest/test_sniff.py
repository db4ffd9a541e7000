"""Magic-byte sniffing and the binary/UTF-16 heuristics."""

from __future__ import annotations

import pytest

from core.ingest.sniff import looks_binary, sniff, utf16_nul_pattern

TEXT = "第二十一条　国家实行网络安全等级保护制度。Network operators shall comply."


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "pdf"),
        (b"\n\n%PDF-1.4\n", "pdf"),  # junk before the header is allowed
        (b"PK\x03\x04\x14\x00", "zip"),
        (bytes.fromhex("D0CF11E0A1B11AE1") + bytes(8), "ole"),
        (b"\x89PNG\r\n\x1a\n" + bytes(16), "image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image"),
        (b"GIF89a" + bytes(10), "image"),
        (b"\x7fELF\x02\x01\x01" + bytes(64), "binary"),
        (b"MZ\x90\x00" + bytes(60), "binary"),
        (b"SQLite format 3\x00" + bytes(16), "binary"),
    ],
)
def test_sniff_names_real_type(head: bytes, kind: str) -> None:
    found = sniff(head)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize(
    "head",
    [TEXT.encode("utf-8"), TEXT.encode("gb18030"), b"BMW annual report", b"MZ is a name", b""],
)
def test_text_is_not_sniffed_as_binary(head: bytes) -> None:
    assert sniff(head) is None


@pytest.mark.parametrize(
    ("data", "binary"),
    [
        (bytes(range(256)) * 40, True),
        (b"\x00\x01\x02\x03" * 100, True),
        (TEXT.encode("utf-8"), False),
        (TEXT.encode("gb18030"), False),
        (("Plain ASCII text, quite long. " * 20).encode("utf-16-le"), False),
        (("Plain ASCII text, quite long. " * 20).encode("utf-16-be"), False),
    ],
)
def test_looks_binary(data: bytes, binary: bool) -> None:
    assert looks_binary(data) is binary


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_nul_pattern_finds_byte_order(enc: str) -> None:
    assert utf16_nul_pattern(("GB/T 35273-2020 " * 10).encode(enc)) == enc


def test_utf16_nul_pattern_none_for_utf8() -> None:
    assert utf16_nul_pattern(TEXT.encode("utf-8")) is None
