"""Magic-byte sniffing: what a file really is, whatever its name says (R2)."""

from __future__ import annotations

# (magic prefix, kind, what a person calls it). Order matters: longer/more specific first.
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF", "pdf", "a PDF"),
    (b"PK\x03\x04", "zip", "a ZIP archive (or Word/Excel .docx/.xlsx)"),
    (b"PK\x05\x06", "zip", "an empty ZIP archive"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "ole",
        "a legacy Office file (.doc/.xls) or a password-protected Office file",
    ),
    (b"\x89PNG\r\n\x1a\n", "image", "a PNG image"),
    (b"\xff\xd8\xff", "image", "a JPEG image"),
    (b"GIF87a", "image", "a GIF image"),
    (b"GIF89a", "image", "a GIF image"),
    (b"II*\x00", "image", "a TIFF image"),
    (b"MM\x00*", "image", "a TIFF image"),
    (b"BM", "bmp?", "a BMP image"),
    (b"RIFF", "riff", "a media file (RIFF/WebP/WAV)"),
    (b"\x7fELF", "binary", "a program (ELF executable)"),
    (b"MZ", "exe?", "a Windows program"),
    (b"\x1f\x8b", "binary", "a gzip archive"),
    (b"Rar!\x1a\x07", "binary", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "binary", "a 7-Zip archive"),
    (b"SQLite format 3\x00", "binary", "a SQLite database"),
    (b"{\\rtf", "rtf", "an RTF document"),
)

_HEAD_BYTES = 4096


def sniff(head: bytes) -> tuple[str, str] | None:
    """Return ``(kind, description)`` for a known binary signature, else None.

    ``kind`` is one of pdf, zip, ole, image, riff, binary, rtf. Two-byte signatures (BM, MZ) are
    confirmed by a NUL-heavy head, so a text file that happens to start with "BM" is not refused.
    """
    for magic, kind, desc in _MAGIC:
        if head.startswith(magic):
            if kind.endswith("?"):
                if not looks_binary(head):
                    continue
                kind = "image" if kind == "bmp?" else "binary"
            return kind, desc
    # A PDF may have a little junk before %PDF (the spec allows 1024 bytes).
    if b"%PDF-" in head[:1024]:
        return "pdf", "a PDF"
    return None


def looks_binary(data: bytes) -> bool:
    """True when ``data`` is not text in any encoding we read.

    Control characters other than \\t \\n \\r \\f \\x1b are rare in text. Bytes with the
    every-other-byte NUL pattern of UTF-16 are judged after decoding them as UTF-16.
    """
    sample = data[:_HEAD_BYTES]
    if not sample:
        return False
    pattern = utf16_nul_pattern(sample)
    codes = [ord(c) for c in sample.decode(pattern, errors="replace")] if pattern else sample
    controls = sum(1 for c in codes if c < 32 and c not in (9, 10, 12, 13, 27))
    return controls / max(1, len(codes)) > 0.05


def utf16_nul_pattern(sample: bytes) -> str | None:
    """Guess UTF-16 without BOM from where the NUL bytes sit: "utf-16-le", "utf-16-be" or None.

    Text that is mostly ASCII in UTF-16 has NULs at all odd (LE) or all even (BE) positions;
    CJK UTF-16 has few NULs, so the decoder tries it separately.
    """
    n = len(sample) - (len(sample) % 2)
    if n < 4:
        return None
    even = sample[0:n:2].count(0)
    odd = sample[1:n:2].count(0)
    half = n // 2
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None
