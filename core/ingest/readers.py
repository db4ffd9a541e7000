"""One entry point, ``read_file``: validate a file (R2), read it by type, check the result (R3).

Run it through ``ParserPool`` (isolate.py) for untrusted files: the PDF and Word parsers can be
made to take gigabytes or minutes. Everything it returns is normalised per R12.
"""

from __future__ import annotations

import dataclasses
import os
import re
import stat
import unicodedata
from pathlib import Path

from core.errors import (
    CorruptFileError,
    EmptyFileError,
    FileTooLargeError,
    IngestError,
    SourceVanishedError,
    UnsupportedFormatError,
)
from core.ingest.decode import decode
from core.ingest.docx_reader import OLE_MAGIC, ole_error, read_docx
from core.ingest.markdown import read_markdown
from core.ingest.pdf import read_pdf
from core.ingest.sniff import sniff
from core.models import Heading, RawDocument

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
SUPPORTED_SUFFIXES: tuple[str, ...] = (*TEXT_SUFFIXES, ".pdf", ".docx")

# Size limits checked before reading (bytes on disk). Tune from real libraries.
MAX_BYTES = {"text": 256 << 20, "pdf": 512 << 20, "docx": 256 << 20}

_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufeff]")
_NEWLINES = re.compile("\r\n?|[\x0c\u2028\u2029\x85]")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)


def is_supported(path: str | Path) -> bool:
    """True if ``read_file`` reads files with this name (by suffix, case-insensitive)."""
    return Path(path).suffix.lower() in SUPPORTED_SUFFIXES


def read_file(path: str | Path) -> RawDocument:
    """Read one file into a RawDocument, or raise a typed IngestError naming the file."""
    p = Path(path)
    name = p.name
    try:
        return _read(p, name)
    except FileNotFoundError:
        raise SourceVanishedError(
            f"《{name}》 no longer exists at {p.parent}: it was moved or deleted before it could "
            "be read. Find it and import it again.",
            str(p),
            key="ingest.moved_before_read",
            params={"name": name, "folder": str(p.parent)},
        ) from None
    except PermissionError:
        raise IngestError(
            f"《{name}》 cannot be opened: permission denied. "
            "Check that you may read it (or copy it somewhere you can), then import it again.",
            str(p),
            key="ingest.permission_denied",
            params={"name": name},
        ) from None
    except IngestError as e:
        if e.path in (None, name):  # readers name the file; callers want the full path
            e.path = str(p)
        raise


def _read(p: Path, name: str) -> RawDocument:
    suffix = p.suffix.lower()
    kind = "pdf" if suffix == ".pdf" else "docx" if suffix in (".docx", ".doc") else "text"
    st = os.stat(p)
    if not stat.S_ISREG(st.st_mode):
        raise UnsupportedFormatError(
            f"《{name}》 is not a file (a folder or a device); choose the files inside it.",
            str(p),
            key="ingest.not_a_file",
            params={"name": name},
        )
    if suffix not in SUPPORTED_SUFFIXES and suffix != ".doc":
        raise UnsupportedFormatError(
            f"《{name}》 is a {suffix or 'suffix-less'} file; Fayan reads .txt, .md, .pdf and "
            ".docx. Save it in one of those formats and import it again.",
            str(p),
            key="ingest.unsupported_suffix",
            params={"name": name, "suffix": suffix or "suffix-less"},
        )
    if st.st_size == 0:
        raise EmptyFileError(
            f"《{name}》 is empty (0 bytes): there is nothing to import.",
            str(p),
            key="ingest.empty_file",
            params={"name": name},
        )
    if st.st_size > MAX_BYTES[kind]:
        raise FileTooLargeError(
            f"《{name}》 is {st.st_size >> 20} MB, over the {MAX_BYTES[kind] >> 20} MB limit for "
            f"{kind} files. Split it into smaller files and import those.",
            str(p),
            key="ingest.file_too_large",
            params={
                "name": name,
                "size_mb": st.st_size >> 20,
                "limit_mb": MAX_BYTES[kind] >> 20,
                "kind": kind,
            },
        )
    with open(p, "rb") as f:
        head = f.read(8192)
    found = sniff(head)
    if kind == "pdf":
        doc = _read_pdf(p, name, found)
    elif kind == "docx":
        doc = _read_docx(p, name, head, found)
    else:
        doc = _read_text(p, name, suffix)
    doc = normalize_document(doc)
    if not doc.text.strip():
        raise EmptyFileError(
            f"《{name}》 has no text (only blank space or markup): there is nothing to import.",
            str(p),
            key="ingest.no_text",
            params={"name": name},
        )
    return doc


def _read_pdf(p: Path, name: str, found: tuple[str, str] | None) -> RawDocument:
    if found and found[0] != "pdf":
        raise CorruptFileError(
            f"《{name}》 is not a valid PDF (it looks like {found[1]}). Check that it is the file "
            "you meant; if it was downloaded, download it again.",
            str(p),
            key="ingest.not_pdf_looks_like",
            params={"name": name, "what": found[1]},
        )
    if not found:
        raise CorruptFileError(
            f"《{name}》 is not a valid PDF (it does not start like a PDF). Check that it is the "
            "file you meant; if it was downloaded, download it again.",
            str(p),
            key="ingest.not_pdf",
            params={"name": name},
        )
    return read_pdf(p, name)


def _read_docx(p: Path, name: str, head: bytes, found: tuple[str, str] | None) -> RawDocument:
    if head.startswith(OLE_MAGIC):
        raise ole_error(p.read_bytes()[: 64 << 20], name)
    if found and (p.suffix.lower() == ".doc" or found[0] != "zip"):
        raise CorruptFileError(
            f"《{name}》 cannot be read as a Word document: it looks like {found[1]}. "
            "Open it in Word or WPS and save it as .docx, then import that.",
            str(p),
            key="ingest.not_docx_looks_like",
            params={"name": name, "what": found[1]},
        )
    if not found:
        raise CorruptFileError(
            f"《{name}》 cannot be read as a Word document: it is not a Word .docx file. "
            "Open it in Word or WPS and save it as .docx, then import that.",
            str(p),
            key="ingest.not_docx",
            params={"name": name},
        )
    return read_docx(p, name)


def _read_text(p: Path, name: str, suffix: str) -> RawDocument:
    decoded = decode(p.read_bytes(), name)
    text = normalize_text(decoded.text)
    if suffix in (".md", ".markdown") or looks_like_markdown(text):
        doc = read_markdown(text)
    else:
        doc = RawDocument(text=text, format="txt")
    return dataclasses.replace(doc, encoding=decoded.encoding, warnings=decoded.warnings)


def looks_like_markdown(text: str) -> bool:
    """Markdown saved as .txt (web clippers, note apps): front matter or several # headings."""
    head = text[:65536]
    if head.startswith("---\n") and "\n---" in head[4:4096]:
        return True
    return len(_MD_HEADING.findall(head)) >= 3


def normalize_text(text: str) -> str:
    """R12: ``\\n`` newlines, NFC, no BOM/ZWNBSP, no NUL or other control chars but \\n and \\t."""
    text = _NEWLINES.sub("\n", text)
    text = _CONTROLS.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def normalize_document(doc: RawDocument) -> RawDocument:
    """Normalise a reader's text line by line, keeping heading hints on their lines."""
    if doc.text == normalize_text(doc.text) and all(
        h.text == normalize_text(h.text) for h in doc.headings
    ):
        return doc
    lines = _NEWLINES.sub("\n", doc.text).split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    new_lines = [normalize_text(line) for line in lines]
    new_starts, pos = [], 0
    for line in new_lines:
        new_starts.append(pos)
        pos += len(line) + 1
    line_of = {s: i for i, s in enumerate(starts)}
    heads = tuple(
        Heading(h.level, normalize_text(h.text), new_starts[line_of[h.start]])
        for h in doc.headings
        if h.start in line_of
    )
    return dataclasses.replace(doc, text="\n".join(new_lines), headings=heads)
