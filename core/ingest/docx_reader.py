"""Word .docx → text: paragraphs and tables in document order, tracked changes accepted.

python-docx alone silently drops tracked-change text and skips tables (ROBUSTNESS C11, C12), so
the body XML is walked here: ``w:ins`` kept, ``w:del`` dropped, tables as `` | ``-joined lines.
The zip is checked before python-docx opens it, because python-docx reads every part into memory.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from core.errors import (
    CorruptFileError,
    EncryptedFileError,
    FileTooLargeError,
    UnsupportedFormatError,
)
from core.models import Heading, RawDocument

MAX_MEMBERS = 5_000
MAX_TOTAL_UNCOMPRESSED = 400 << 20
MAX_MEMBER_UNCOMPRESSED = 150 << 20
MAX_RATIO = 200  # zip bombs: far above real Word XML (~5-30:1)
_RATIO_MIN_SIZE = 1 << 20  # small parts may compress absurdly well and are harmless

CELL_SEP = " | "
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP = {
    _W + "del",
    _W + "moveFrom",
    _W + "delText",
    _W + "instrText",
    _W + "pPr",
    _W + "rPr",
    _MC + "Fallback",
}
_TRACKED = (_W + "ins", _W + "del", _W + "moveFrom", _W + "moveTo")
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.I)
_TITLE_STYLES = {"title", "标题"}
_NOTE = re.compile(rb"<w:(footnote|endnote)\b[^>]*w:id=\"([0-9]+)\"")


def check_docx_zip(path: str | Path, name: str) -> None:
    """R2 zip pre-checks; raise before python-docx reads anything into memory."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            _check_sizes(infos, name)
            names = {i.filename for i in infos}
            if "word/document.xml" not in names:
                what = (
                    "an Excel/PowerPoint file"
                    if {"xl/workbook.xml", "ppt/presentation.xml"} & names
                    else "a ZIP archive"
                )
                raise CorruptFileError(
                    f"《{name}》 is not a Word document (it is {what}). "
                    "Save the content as .docx, .pdf or .txt and import that.",
                    name,
                    key="ingest.not_word_document",
                    params={"name": name, "what": what},
                )
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    with z.open(info) as f:
                        if b"<!doctype" in f.read(8192).lower():
                            raise CorruptFileError(
                                f"《{name}》 contains a DOCTYPE declaration, which Word never "
                                "writes (a sign of a crafted file); it was not opened.",
                                name,
                                key="ingest.docx_doctype",
                                params={"name": name},
                            )
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as e:
        if isinstance(e, FileNotFoundError):
            raise
        raise _damaged(name) from None


def _check_sizes(infos: list[zipfile.ZipInfo], name: str) -> None:
    if len(infos) > MAX_MEMBERS:
        raise _too_large(
            name, "ingest.docx_too_many_parts", f"it holds {len(infos):,} parts", parts=len(infos)
        )
    total = 0
    for info in infos:
        size = info.file_size
        total += size
        if size > MAX_MEMBER_UNCOMPRESSED:
            raise _too_large(
                name,
                "ingest.docx_part_too_large",
                f"its part {info.filename} expands to {size >> 20} MB",
                part=info.filename,
                size_mb=size >> 20,
            )
        if size > _RATIO_MIN_SIZE and size > MAX_RATIO * max(1, info.compress_size):
            ratio = size // max(1, info.compress_size)
            raise _too_large(
                name,
                "ingest.docx_zip_bomb",
                f"its part {info.filename} is compressed {ratio}:1 (a zip bomb?)",
                part=info.filename,
                ratio=ratio,
            )
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise _too_large(
            name,
            "ingest.docx_expands_too_much",
            f"it expands to {total >> 20} MB",
            size_mb=total >> 20,
        )


def _too_large(name: str, key: str, why: str, **params: object) -> FileTooLargeError:
    """``why`` ends the English sentence; ``key`` and ``params`` name it for a translation."""
    return FileTooLargeError(
        f"《{name}》 is too large to import safely: {why}. "
        "Remove big images or split the document, then import it again.",
        name,
        key=key,
        params={"name": name, **params},
    )


def _damaged(name: str) -> CorruptFileError:
    return CorruptFileError(
        f"《{name}》 is damaged or not a Word .docx file. "
        "Open it in Word or WPS and save it again as .docx, then import that.",
        name,
        key="ingest.docx_damaged",
        params={"name": name},
    )


def ole_error(whole: bytes, name: str) -> Exception:
    """An OLE container named .docx/.doc: an encrypted OOXML file or a legacy .doc."""
    if (
        "EncryptionInfo".encode("utf-16-le") in whole
        or "EncryptedPackage".encode("utf-16-le") in whole
    ):
        return EncryptedFileError(
            f"《{name}》 is password-protected: remove the password in Word or WPS "
            "(File → Protect Document), save it, then import it again.",
            name,
            key="ingest.docx_encrypted",
            params={"name": name},
        )
    return UnsupportedFormatError(
        f"《{name}》 is an old Word .doc file, which Fayan cannot read: open it in Word or WPS "
        "and save it as .docx, then import that.",
        name,
        key="ingest.legacy_doc",
        params={"name": name},
    )


def read_docx(path: str | Path, name: str | None = None) -> RawDocument:
    """Read a .docx: checks, then body paragraphs and tables in order, with heading hints."""
    name = name or Path(path).name
    with open(path, "rb") as f:
        head = f.read(8)
    if head.startswith(OLE_MAGIC):
        raise ole_error(Path(path).read_bytes()[: 64 << 20], name)
    check_docx_zip(path, name)
    import docx
    from lxml.etree import XMLSyntaxError

    try:
        document = docx.Document(str(path))
        styles = {s.style_id: (s.name or "") for s in document.styles}
    except (KeyError, ValueError, XMLSyntaxError, zipfile.BadZipFile) as e:
        raise _damaged(name) from e
    except Exception as e:  # python-docx raises odd types on odd files
        if type(e).__name__ == "PackageNotFoundError":
            raise _damaged(name) from None
        raise
    walker = _Walker(styles)
    walker.block(document.element.body)
    warnings = walker.warnings()
    notes = _count_notes(path)
    if notes:
        warnings.append(f"{notes} footnotes/endnotes were not imported")
    text = "\n".join(walker.lines)
    return RawDocument(
        text=text, format="docx", headings=tuple(walker.headings), warnings=tuple(warnings)
    )


class _Walker:
    """Collects lines and heading hints from the body, in document order."""

    def __init__(self, styles: dict[str, str]) -> None:
        self.styles = styles
        self.lines: list[str] = []
        self.headings: list[Heading] = []
        self.offset = 0
        self.tracked = False
        self.tables = 0
        self.textboxes = 0

    def emit(self, line: str, level: int = 0) -> None:
        if level and line.strip():
            self.headings.append(Heading(level=level, text=line.strip(), start=self.offset))
        self.lines.append(line)
        self.offset += len(line) + 1

    def block(self, parent: Any) -> None:
        for el in parent.iterchildren():
            tag = el.tag
            if tag == _W + "p":
                self.emit(self.para_text(el), self.heading_level(el))
            elif tag == _W + "tbl":
                self.tables += 1
                for row in self.table_rows(el):
                    self.emit(row)
            elif tag in (_W + "sdt", _W + "sdtContent", _W + "customXml") or tag in _TRACKED:
                self.tracked |= tag in _TRACKED
                self.block(el)

    def para_text(self, p: Any) -> str:
        parts: list[str] = []
        self._collect(p, parts)
        return "".join(parts)

    def _collect(self, el: Any, parts: list[str]) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                if tag in (_W + "del", _W + "moveFrom"):
                    self.tracked = True
                continue
            if tag == _W + "t":
                parts.append(child.text or "")
            elif tag == _W + "tab":
                parts.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                parts.append("\n")
            elif tag == _W + "noBreakHyphen":
                parts.append("-")
            elif tag == _W + "txbxContent":
                self.textboxes += 1
            else:
                if tag in _TRACKED:
                    self.tracked = True
                self._collect(child, parts)

    def table_rows(self, tbl: Any) -> list[str]:
        rows = []
        for tr in tbl.iterchildren(_W + "tr"):
            cells = []
            for tc in tr.iterchildren(_W + "tc"):
                paras = [self.para_text(p) for p in tc.iter(_W + "p")]
                cells.append(" ".join(s.strip() for s in paras if s.strip()))
            if any(cells):
                rows.append(CELL_SEP.join(cells))
        return rows

    def heading_level(self, p: Any) -> int:
        ppr = p.find(_W + "pPr")
        if ppr is None:
            return 0
        style = ppr.find(_W + "pStyle")
        if style is not None:
            sname = self.styles.get(style.get(_W + "val") or "", "").strip()
            m = _HEADING_STYLE.match(sname)
            if m:
                return int(m.group(1))
            if sname.lower() in _TITLE_STYLES:
                return 1
        outline = ppr.find(_W + "outlineLvl")
        if outline is not None and (outline.get(_W + "val") or "").isdigit():
            lvl = int(outline.get(_W + "val")) + 1
            return lvl if lvl <= 9 else 0
        return 0

    def warnings(self) -> list[str]:
        out = []
        if self.tracked:
            out.append("tracked changes were accepted (insertions kept, deletions dropped)")
        if self.textboxes:
            out.append(f"{self.textboxes} text boxes were not imported")
        return out


def _count_notes(path: str | Path) -> int:
    """Real footnotes/endnotes (ids ≥ 1; -1/0 are Word's separators), which are not imported."""
    n = 0
    with zipfile.ZipFile(path) as z:
        for part in ("word/footnotes.xml", "word/endnotes.xml"):
            if part in z.namelist():
                n += sum(1 for m in _NOTE.finditer(z.read(part)) if int(m.group(2)) >= 1)
    return n
