"""Decoding: every encoding a Chinese document arrives in, and never silent mojibake (rows A1–A11)."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import EmptyFileError, EncodingError
from core.ingest.decode import decode, decode_bytes, plausibility

LONG_SIMPLIFIED = (
    "第二十一条　国家实行网络安全等级保护制度。网络运营者应当按照网络安全等级保护制度的要求，"
    "履行下列安全保护义务，保障网络免受干扰、破坏或者未经授权的访问，防止网络数据泄露或者被窃取、"
    "篡改。镕啰喆堃𠀀"
)
LONG_TRADITIONAL = (
    "第二十一條　國家實行網絡安全等級保護制度。網絡運營者應當按照網絡安全等級保護制度的要求，"
    "履行下列安全保護義務，保障網絡免受干擾、破壞或者未經授權的訪問，防止網絡數據洩露或者被竊取、"
    "篡改。恒邨"
)
SHORT = [
    "数据安全法",
    "个人信息",
    "甲方应当按时付款",
    "第一条",
    "網絡運營者應當履行義務",
    "個人資料",
]
ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "gb18030",
    "gbk",
    "big5hkscs",
    "cp950",
]
CASES = [(t, e) for t in [LONG_SIMPLIFIED, LONG_TRADITIONAL, *SHORT] for e in ENCODINGS]


def _encode(text: str, enc: str) -> bytes:
    try:
        return text.encode(enc)
    except UnicodeEncodeError:
        pytest.skip(f"{enc} cannot encode {text[:6]}…")


@pytest.mark.parametrize(
    ("text", "enc"), [c for c in CASES if c[0] in (LONG_SIMPLIFIED, LONG_TRADITIONAL)]
)
def test_long_paragraph_round_trips(text: str, enc: str) -> None:
    decoded, used = decode_bytes(_encode(text, enc), "x.txt")
    assert decoded == text
    assert not decoded.startswith("\ufeff")
    if enc in ("gb18030", "gbk"):
        assert used == "gb18030"  # never gb2312/gbk: they lose 𠀀 and the rarer characters


@pytest.mark.parametrize(("text", "enc"), [c for c in CASES if c[0] in SHORT])
def test_short_text_is_right_or_refused(text: str, enc: str) -> None:
    """Row A6: ≤ 10 characters are correct or an explicit EncodingError, never mojibake."""
    data = _encode(text, enc)
    try:
        decoded, _ = decode_bytes(data, "短.txt")
    except EncodingError as e:
        assert "短.txt" in str(e) and "UTF-8" in str(e)
    else:
        assert decoded == text


def test_big5_is_not_taken_for_gb18030() -> None:
    """Row A7: Big5 bytes decode as GB18030 without error; the scorer must still pick Big5."""
    data = LONG_TRADITIONAL.encode("big5hkscs")
    assert data.decode("gb18030") != LONG_TRADITIONAL  # the trap is real
    text, enc = decode_bytes(data, "x.txt")
    assert text == LONG_TRADITIONAL and enc in ("big5hkscs", "cp950")


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])
def test_empty_or_bom_only(data: bytes) -> None:
    if not data:
        with pytest.raises(EmptyFileError, match="空.txt"):
            decode(data, "空.txt")
    else:
        assert decode(data, "空.txt").text == ""  # readers.read_file turns "no text" into EmptyFile


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 40,
        b"\x89PNG\r\n\x1a\n" + bytes(200),
        b"%PDF-1.4\n" + bytes(200),
        b"PK\x03\x04" + bytes(200),
        b"\x00\x01\x02\x03" * 300,
    ],
)
def test_binary_is_refused_with_file_name(data: bytes) -> None:
    with pytest.raises(EncodingError, match="not a text file") as e:
        decode(data, "图片.txt")
    assert "图片.txt" in str(e.value)


@pytest.mark.parametrize("where", ["middle", "end"])
def test_nearly_utf8_keeps_text_and_warns(where: str) -> None:
    """Row A10: one bad byte or a cut-off last character → UTF-8, U+FFFD, one warning."""
    good = LONG_SIMPLIFIED.encode("utf-8")
    data = good[:30] + b"\xff" + good[30:] if where == "middle" else good[:-1]
    d = decode(data, "x.txt")
    assert d.encoding == "utf-8"
    assert d.text.count("\ufffd") == 1
    assert d.warnings == ("1 undecodable byte replaced by \ufffd",)
    assert d.text.replace("\ufffd", "") in (LONG_SIMPLIFIED, LONG_SIMPLIFIED[:-1])


def test_latin_text() -> None:
    """Row A11: Western text in cp1252 survives."""
    text = "Café society — “quoted” text, naïve résumé. " * 3
    assert decode_bytes(text.encode("cp1252"), "en.txt") == (text, "cp1252")


def test_bom_wins_and_is_stripped() -> None:
    d = decode(codecs.BOM_UTF8 + "第一条".encode(), "x.txt")
    assert d.text == "第一条" and d.encoding == "utf-8-sig"


def test_plausibility_orders_right_over_wrong() -> None:
    data = LONG_TRADITIONAL.encode("big5hkscs")
    assert plausibility(data.decode("big5hkscs")) > plausibility(data.decode("gb18030")) + 0.3


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=40
    )
)
def test_any_cjk_is_right_or_refused(text: str) -> None:
    """Invariant: whatever the characters, GB18030 bytes give the text back or an error."""
    try:
        decoded, _ = decode_bytes(text.encode("gb18030"), "x.txt")
    except EncodingError:
        return
    assert decoded == text
