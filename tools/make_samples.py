"""Rebuild the sample library from the seed documents: ``python sample_docs/make_samples.py``."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import re
import sys
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "sample_docs"
DEFAULT_SEEDS = Path(os.environ.get("FAYAN_SEEDS", HERE.parent.parent / "shared" / "seeds"))

# Fixed timestamps so that rebuilding gives byte-identical files (no churn in git).
FIXED_TIME = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)

# CJK fonts fpdf2 can embed, first found wins; the .ttc index picks the Simplified Chinese face.
FONT_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("C:/Windows/Fonts/simhei.ttf", 0),
    ("/System/Library/Fonts/STHeiti Light.ttc", 0),
)

NOTICE_TITLE = "关于印发《关于加强数据资产管理的指导意见》的通知"
NOTICE_NEXT = "5、《“数据要素×”三年行动计划（2024—2026 年）》"
NOTICE_META = {
    "title": NOTICE_TITLE,
    "source": "财政部",
    "date": "2023-12-31",
}

# Chinese headings found in the laws: chapter (章) and section (节) lines.
CHAPTER = re.compile(r"^第[一二三四五六七八九十百]+章\s")
SECTION = re.compile(r"^第[一二三四五六七八九十百]+节\s")
TERMINAL = tuple("。：；！？”」）")
PAGE_NUMBER = re.compile(r"^\s*[-—]?\s*\d{1,4}\s*[-—]?\s*$")


def seed(seeds: Path, prefix: str) -> str:
    """The text of the seed whose name starts with ``prefix``."""
    matches = sorted(seeds.glob(f"{prefix}_*.txt"))
    if not matches:
        raise SystemExit(f"seed {prefix}_*.txt not found in {seeds}; pass --seeds DIR")
    return matches[0].read_text(encoding="utf-8")


def cut(text: str, title: str, next_title: str) -> str:
    """The document whose title line is ``title``, up to the line ``next_title`` (both whole lines).

    Searching whole lines skips tables of contents (``二、《…》…42``) and citations; each title
    must occur exactly once as a line, or the seed changed and the cut would be wrong.
    """
    starts = [m.start() for m in re.finditer(f"^{re.escape(title)}$", text, re.M)]
    if len(starts) != 1:
        raise SystemExit(f"title line {title!r} found {len(starts)} times, expected once")
    end = re.compile(f"^{re.escape(next_title)}$", re.M).search(text, starts[0] + len(title))
    if end is None:
        raise SystemExit(f"end line {next_title!r} not found after {title!r}")
    return text[starts[0] : end.start()].strip() + "\n"


def width(line: str) -> int:
    """Display width: hanzi and full-width punctuation count 2, the rest 1."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def reflow(text: str) -> str:
    """Rejoin PDF-extracted hard-wrapped lines into paragraphs (blank line between paragraphs).

    A line ends its paragraph when it ends a sentence or clause (。：；…) or is clearly shorter
    than the page width; blank lines and bare page numbers are extraction debris.
    """
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and not PAGE_NUMBER.match(ln)]
    if not lines:
        return ""
    widths = sorted(width(ln) for ln in lines)
    full = widths[int(len(widths) * 0.9)]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        current += line
        if line.endswith(TERMINAL) or width(line) < 0.85 * full:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs) + "\n"


def front_matter(meta: dict[str, str]) -> str:
    """YAML front matter with every value double-quoted (titles hold 《》 and colons)."""
    body = "".join(f'{key}: "{value}"\n' for key, value in meta.items())
    return f"---\n{body}---\n\n"


def write_docx(text: str, path: Path) -> None:
    """The law as Word: title Heading 1, 章 Heading 2, 节 Heading 3, every other line Normal."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    document.add_heading(lines[0], level=1)
    for line in lines[1:]:
        if CHAPTER.match(line):
            document.add_heading(line, level=2)
        elif SECTION.match(line):
            document.add_heading(line, level=3)
        else:
            document.add_paragraph(line)
    props = document.core_properties
    props.title, props.author = lines[0], "Fayan sample library"
    props.created = props.modified = FIXED_TIME.replace(tzinfo=None)
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(_zip_fixed_times(buffer.getvalue()))


def _zip_fixed_times(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps (python-docx stamps them with the clock)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def find_cjk_font() -> tuple[str, int]:
    """A CJK font file on this machine (path, index in a .ttc) for fpdf2 to embed."""
    for path, index in FONT_CANDIDATES:
        if Path(path).is_file():
            return path, index
    raise SystemExit("no CJK font found: install fonts-wqy-microhei (apt) to build the PDF")


def write_pdf(text: str, path: Path) -> None:
    """The law as an A4 PDF with an embedded CJK font and a ``— n —`` page footer."""
    from fpdf import FPDF

    class Pdf(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("cjk", size=9)
            self.cell(0, 10, f"— {self.page_no()} —", align="C")

    font, index = find_cjk_font()
    pdf = Pdf(format="A4")
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_title(text.splitlines()[0])
    pdf.add_font("cjk", "", font, collection_font_number=index)
    pdf.add_page()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    pdf.set_font("cjk", size=16)
    pdf.multi_cell(0, 12, lines[0], align="C", new_x="LMARGIN", new_y="NEXT")
    for line in lines[1:]:
        heading = bool(CHAPTER.match(line) or SECTION.match(line))
        pdf.set_font("cjk", size=13 if heading else 11)
        pdf.ln(3)
        # CHAR wrapping: fpdf2 would otherwise break at the space after 第四条 and strand it.
        pdf.multi_cell(
            0,
            7,
            line,
            align="C" if heading else "J",
            wrapmode="CHAR",
            new_x="LMARGIN",
            new_y="NEXT",
        )
    pdf.output(str(path))


def build(seeds: Path, out: Path) -> list[Path]:
    """Write every sample file into ``out``; returns their paths."""
    s002, s001, s004 = seed(seeds, "002"), seed(seeds, "001"), seed(seeds, "004")
    # Seed 002 holds four policies back to back; the sample is the first one alone.
    first_title = s002.split("\n", 1)[0]
    policy = cut(s002, first_title, "中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见")
    csl = cut(s004, "中华人民共和国网络安全法", "中华人民共和国数据安全法")
    dsl = cut(s004, "中华人民共和国数据安全法", "中华人民共和国个人信息保护法")
    pipl = cut(s004, "中华人民共和国个人信息保护法", "关键信息基础设施安全保护条例")
    cii = cut(s004, "关键信息基础设施安全保护条例", "促进大数据发展行动纲要")
    notice = reflow(cut(s001, NOTICE_TITLE, NOTICE_NEXT))

    writers: dict[str, Callable[[Path], None]] = {
        "中华人民共和国网络安全法.txt": lambda p: p.write_text(csl, encoding="utf-8"),
        "中华人民共和国数据安全法.docx": lambda p: write_docx(dsl, p),
        "中华人民共和国个人信息保护法.pdf": lambda p: write_pdf(pipl, p),
        "关键信息基础设施安全保护条例.txt": lambda p: p.write_text(cii, encoding="utf-8"),
        "关于加快公共数据资源开发利用的意见-GB18030.txt": lambda p: p.write_bytes(
            policy.encode("gb18030")
        ),
        "关于加强数据资产管理的指导意见的通知.md": lambda p: p.write_text(
            front_matter(NOTICE_META) + notice, encoding="utf-8"
        ),
    }
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, write in writers.items():
        write(out / name)
        paths.append(out / name)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="the seeds folder")
    parser.add_argument("--out", type=Path, default=SAMPLES, help="where to write the samples")
    args = parser.parse_args(argv)
    for path in build(args.seeds, args.out):
        print(f"{path.stat().st_size:>9,}  {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
