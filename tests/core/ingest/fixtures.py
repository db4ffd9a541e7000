"""Bad-file generators for the reader tests (ROBUSTNESS.md §4): nothing binary is committed.

Also holds the small top-level functions the ParserPool tests run in child processes (they must
be importable by name there, so they cannot live in a test module).
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import time
import zipfile
import zlib
from pathlib import Path

# --- PDF ------------------------------------------------------------------------------------


def minimal_pdf(page_streams: list[bytes], compress: bool = True) -> bytes:
    """A hand-written PDF with a correct xref; each stream is one page's content stream."""
    objs: list[bytes | None] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        None,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for s in page_streams:
        data = zlib.compress(s) if compress else s
        flt = b" /Filter /FlateDecode" if compress else b""
        objs.append(b"<< /Length %d%s >>\nstream\n" % (len(data), flt) + data + b"\nendstream")
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % len(objs)
        )
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out, offs = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + (o or b"") + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def text_page(*lines: str, top: int = 800) -> bytes:
    """A content stream showing ASCII ``lines`` top-down in Helvetica."""
    ops = []
    for i, line in enumerate(lines):
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"BT /F1 11 Tf 50 {top - 16 * i} Td ({safe}) Tj ET")
    return "\n".join(ops).encode("latin-1")


IMAGE_ONLY_PAGE = b"0.5 g 50 50 495 742 re f 0 g 100 100 200 200 re f"

RECURSIVE_PAGES_PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)


def bomb_pdf(megabytes: int = 400) -> bytes:
    """One page whose content stream inflates from ~0.4 MB to ``megabytes`` MB of spaces."""
    z = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    data = b"".join(z.compress(chunk) for _ in range(megabytes)) + z.flush()
    pdf = minimal_pdf([b"PLACEHOLDER"], compress=True)
    # Splice the precompressed stream in place of the placeholder's.
    ph = zlib.compress(b"PLACEHOLDER")
    pdf = pdf.replace(b"/Length %d " % len(ph), b"/Length %d " % len(data)).replace(ph, data)
    return _fix_xref(pdf)


def _fix_xref(pdf: bytes) -> bytes:
    """Recompute xref offsets after editing objects in place."""
    body = pdf[: pdf.index(b"xref\n")]
    offs = []
    i = 1
    while True:
        pos = body.find(b"\n%d 0 obj\n" % i)
        if pos < 0:
            break
        offs.append(pos + 1)
        i += 1
    out = bytearray(body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offs) + 1, xref)
    return bytes(out)


def encrypted_pdf(src: bytes, user_password: str = "secret") -> bytes:
    """``src`` encrypted with pypdf (AES-256); an empty user password = owner-password only."""
    import pypdf

    w = pypdf.PdfWriter(clone_from=io.BytesIO(src))
    w.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def cjk_font() -> str | None:
    """Path of a CJK TrueType/OpenType font on this machine, or None."""
    try:
        out = subprocess.run(
            ["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    files = sorted(line.split(":")[0].strip() for line in out.splitlines() if ":" in line)
    prefer = [f for f in files if "wqy-microhei" in f] + [f for f in files if "Regular" in f]
    for f in prefer + files:
        if os.path.isfile(f):
            return f
    return None


def cjk_pdf(pages: list[list[str]], font: str) -> bytes:
    """A real CJK PDF made with fpdf2: one list of lines per page, each page numbered."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("cjk", "", font)
    pdf.set_font("cjk", size=12)
    for n, lines in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_y(12)
        pdf.cell(0, 8, "国家数据局文件汇编", align="C")
        pdf.set_y(30)
        for line in lines:
            pdf.cell(0, 8, line)
            pdf.ln(8)
        pdf.set_y(-20)
        pdf.cell(0, 8, f"- {n} -", align="C")
    return bytes(pdf.output())


# --- DOCX -----------------------------------------------------------------------------------


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    """A real .docx by python-docx: a Heading 1, the paragraphs, then an optional table."""
    import docx

    d = docx.Document()
    d.add_heading("数据安全管理办法", level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
        d.add_paragraph("附则")
    d.save(path)
    return path


def tamper_docx(
    src: Path,
    dst: Path,
    replace: dict[str, bytes] | None = None,
    drop: tuple[str, ...] = (),
    extra: dict[str, bytes] | None = None,
) -> Path:
    """Rewrite a docx zip; fresh ZipInfo objects (reusing the source's breaks the CRC)."""
    replace, extra = replace or {}, extra or {}
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as out:
        for it in z.infolist():
            if it.filename in drop:
                continue
            data = replace.get(it.filename, z.read(it.filename))
            out.writestr(
                zipfile.ZipInfo(it.filename, it.date_time), data, compress_type=zipfile.ZIP_DEFLATED
            )
        for k, v in extra.items():
            out.writestr(zipfile.ZipInfo(k), v, compress_type=zipfile.ZIP_DEFLATED)
    return dst


TRACKED_BODY = (
    "<w:p><w:r><w:t>甲方应当在</w:t></w:r>"
    '<w:del w:id="1" w:author="x" w:date="2024-01-01T00:00:00Z">'
    "<w:r><w:delText>三十日</w:delText></w:r></w:del>"
    '<w:ins w:id="2" w:author="x" w:date="2024-01-01T00:00:00Z">'
    "<w:r><w:t>六十日</w:t></w:r></w:ins>"
    "<w:r><w:t>内付款。</w:t></w:r></w:p>"
)


def with_tracked_changes(src: Path, dst: Path) -> Path:
    """Insert a paragraph with a w:del (三十日) and a w:ins (六十日) into a generated docx."""
    with zipfile.ZipFile(src) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    i = xml.index("<w:body>") + len("<w:body>")
    xml = xml[:i] + TRACKED_BODY + xml[i:]
    return tamper_docx(src, dst, replace={"word/document.xml": xml.encode("utf-8")})


def docx_bomb(src: Path, dst: Path, megabytes: int = 400, para: bytes | None = None) -> Path:
    """A docx whose document.xml inflates to ``megabytes`` MB (about 0.4 MB on disk).

    With ``para`` = a short paragraph, it is the "valid" bomb of ROBUSTNESS C10 (millions of
    small paragraphs) instead of one huge run of text.
    """
    with zipfile.ZipFile(src) as z:
        xml = z.read("word/document.xml")
    head, tail = xml.split(b"<w:body>", 1)
    para = para or b"<w:p><w:r><w:t>" + b"A" * 1000 + b"</w:t></w:r></w:p>"
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as out:
        for it in z.infolist():
            if it.filename == "word/document.xml":
                continue
            out.writestr(zipfile.ZipInfo(it.filename), z.read(it.filename), zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with out.open(info, "w") as f:
            f.write(head + b"<w:body>")
            block = para * ((1 << 20) // len(para))
            for _ in range(megabytes):
                f.write(block)
            f.write(tail)
    return dst


OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


def ole_file(encrypted: bool = False) -> bytes:
    """Bytes that sniff as OLE: a legacy .doc, or (with an EncryptionInfo stream name) an
    encrypted OOXML container."""
    names = ["EncryptionInfo", "EncryptedPackage"] if encrypted else ["WordDocument", "1Table"]
    body = b"".join(n.encode("utf-16-le") + b"\x00" * (64 - 2 * len(n)) for n in names)
    return OLE_MAGIC + b"\x00" * 504 + body + b"\x00" * 1024


# --- functions run inside ParserPool children --------------------------------------------------


def echo(x):
    return x


def square(x: int) -> int:
    return x * x


def sleep_then(seconds: float, value=None):
    time.sleep(seconds)
    return value


def allocate(megabytes: int) -> int:
    block = bytearray(megabytes << 20)
    return len(block)


def die(how: str) -> None:
    if how == "exit":
        os._exit(3)
    if how == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    if how == "abort":
        os.abort()


def raise_it(kind: str) -> None:
    from core.errors import EncryptedFileError

    if kind == "fayan":
        raise EncryptedFileError("《a.pdf》 is password-protected.", "a.pdf")
    if kind == "value":
        raise ValueError("secret internals")
    if kind == "memory":
        raise MemoryError()


def unpicklable_result():
    return lambda: None


def pid() -> int:
    return os.getpid()
