"""Notes as a Word document: title page, TOC field, per document and article the quoted clause, note and tags.

Chinese text needs the east-Asian font slot set explicitly (``w:eastAsia`` in ``w:rFonts``):
the Latin font name alone leaves Word to pick a Japanese or fallback face for CJK characters.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from core.annotations.models import FUZZY, Annotation
from core.export.collect import CORRECTED_LEGEND, DocNotes, NotesExport

BODY_FONT = ("宋体", "SimSun")  # (east-Asian name, Latin name) — SimSun's Latin name
HEADING_FONT = ("黑体", "SimHei")
LATIN_BODY = "Times New Roman"
LATIN_HEADING = "Arial"
GREY = RGBColor(0x59, 0x59, 0x59)

# Characters XML 1.0 cannot hold (NUL and most C0 controls): a note keeps them in the library,
# the Word file shows U+FFFD in their place.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def set_fonts(run: Run, east_asia: str, latin: str) -> None:
    """Give a run its CJK font (w:eastAsia) and Latin fonts (w:ascii, w:hAnsi)."""
    run.font.name = latin
    rfonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), east_asia)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)


def _add_run(p: Paragraph, text: str, *, heading: bool = False, **fmt: object) -> Run:
    run = p.add_run(xml_safe(text))
    set_fonts(run, *(HEADING_FONT if heading else BODY_FONT))
    if fmt.get("bold"):
        run.bold = True
    if fmt.get("size"):
        run.font.size = Pt(float(fmt["size"]))  # type: ignore[arg-type]
    if fmt.get("color"):
        run.font.color.rgb = fmt["color"]  # type: ignore[assignment]
    return run


def _style_fonts(doc: DocxDocument) -> None:
    """Body and heading styles in 宋体/黑体, black headings, Chinese as the east-Asian language."""
    for name, (east, latin), size in (
        ("Normal", BODY_FONT, 11),
        ("Title", HEADING_FONT, 26),
        ("Heading 1", HEADING_FONT, 16),
        ("Heading 2", HEADING_FONT, 13),
        ("Heading 3", HEADING_FONT, 12),
        ("Footer", BODY_FONT, 9),
    ):
        style = doc.styles[name]
        style.font.name = (
            latin
            if name == "Normal"
            else (LATIN_HEADING if east == HEADING_FONT[0] else LATIN_BODY)
        )
        style.font.size = Pt(size)
        if name != "Normal":
            style.font.color.rgb = RGBColor(0, 0, 0)
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(theme), None)
        rfonts.set(qn("w:eastAsia"), east)
    lang = doc.settings.element.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")


def _field(p: Paragraph, instr: str, placeholder: str) -> None:
    """A complex field (begin, instruction, separate, cached result, end) marked dirty."""

    def fld(kind: str) -> OxmlElement:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            el.set(qn("w:dirty"), "true")  # Word recomputes the field when it opens the file
        return el

    begin = _add_run(p, "")
    begin._element.append(fld("begin"))
    code = _add_run(p, "")
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    code._element.append(instr_el)
    _add_run(p, "")._element.append(fld("separate"))
    _add_run(p, placeholder)
    _add_run(p, "")._element.append(fld("end"))


def _update_fields_on_open(doc: DocxDocument) -> None:
    settings = doc.settings.element
    el = OxmlElement("w:updateFields")
    el.set(qn("w:val"), "true")
    # CT_Settings order: updateFields comes before these; Word rejects out-of-order children.
    for successor in (
        "w:hdrShapeDefaults",
        "w:footnotePr",
        "w:endnotePr",
        "w:compat",
        "w:docVars",
        "w:rsids",
    ):
        found = settings.find(qn(successor))
        if found is not None:
            found.addprevious(el)
            return
    settings.append(el)


def _shade(p: Paragraph, fill: str) -> None:
    """Paragraph shading and a left bar in the highlight colour."""
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    for k, v in (("w:val", "single"), ("w:sz", "24"), ("w:space", "6"), ("w:color", fill)):
        left.set(qn(k), v)
    bdr.append(left)
    shd = OxmlElement("w:shd")
    for k, v in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shd.set(qn(k), v)
    # CT_PPr order: …, pBdr, shd, tabs, …, spacing, ind, …, jc, …
    anchor = None
    for tag in (
        "w:tabs",
        "w:suppressAutoHyphens",
        "w:kinsoku",
        "w:wordWrap",
        "w:overflowPunct",
        "w:topLinePunct",
        "w:autoSpaceDE",
        "w:autoSpaceDN",
        "w:bidi",
        "w:adjustRightInd",
        "w:snapToGrid",
        "w:spacing",
        "w:ind",
        "w:jc",
    ):
        anchor = ppr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(bdr)
        anchor.addprevious(shd)
    else:
        ppr.append(bdr)
        ppr.append(shd)


def _footer(doc: DocxDocument) -> None:
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_run(p, "第 ")
    _field(p, "PAGE", "1")
    _add_run(p, " 页")


def _title_page(doc: DocxDocument, model: NotesExport) -> None:
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph(style="Title")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_run(p, model.title, heading=True)
    for line in (
        f"导出日期：{model.date}",
        f"范围：{model.scope}",
        f"共 {model.note_count} 条批注，{len(model.documents)} 个文件",
    ):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_run(p, line, size=12)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_run(p, "目  录", heading=True, bold=True, size=16)
    _field(
        doc.add_paragraph(),
        'TOC \\o "1-2" \\h \\z \\u',
        "（目录将在 Word 打开文件时更新；如未更新，请右键单击此处并选择“更新域”。）",
    )
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _heading(doc: DocxDocument, text: str, level: int) -> Paragraph:
    p = doc.add_paragraph(style=f"Heading {level}")
    _add_run(p, text, heading=True)
    return p


def _article(a: Annotation) -> str:
    return a.section_label or "（条文之外）"


def _note_block(
    doc: DocxDocument, model: NotesExport, a: Annotation, title: str, orphan: bool = False
) -> None:
    color = model.color(a.color)
    quote = doc.add_paragraph()
    quote.paragraph_format.left_indent = Cm(0.4)
    quote.paragraph_format.space_after = Pt(4)
    _shade(quote, color.color)
    _add_run(quote, a.quote)
    p = doc.add_paragraph()
    _add_run(p, f"【{color.name}】", heading=True, bold=True)
    if a.note:
        _add_run(p, a.note)
    if a.tags:
        p = doc.add_paragraph()
        _add_run(p, "标签：", bold=True, color=GREY, size=9.5)
        _add_run(p, "  ".join(f"#{t}" for t in a.tags), color=GREY, size=9.5)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(12)
    where = f"出处：《{title}》{a.section_label or ''}"
    if orphan:
        where += "（原文已修改或删除，未能重新定位）"
    elif a.status == FUZZY:
        where += f"（原文有改动，近似定位，相似度 {a.score:.1%}，请核对）"
    _add_run(p, where, color=GREY, size=9)


def _document_section(doc: DocxDocument, model: NotesExport, d: DocNotes) -> None:
    _heading(doc, d.title, 1)
    meta = "　".join(
        x
        for x in (
            f"类型：{d.doc_type}" if d.doc_type else "",
            f"发布机关：{d.issuer}" if d.issuer else "",
            f"日期：{d.date}" if d.date else "",
        )
        if x
    )
    if meta:
        _add_run(doc.add_paragraph(), meta, color=GREY, size=10)
    current: str | None = None
    for a in d.notes:
        if _article(a) != current:
            current = _article(a)
            _heading(doc, current, 2)
        _note_block(doc, model, a, d.title)


def _register(doc: DocxDocument, model: NotesExport) -> None:
    _heading(doc, "义务清单", 1)
    if any(r.corrected for d in model.documents for r in d.register):
        _add_run(doc.add_paragraph(), CORRECTED_LEGEND, color=GREY)
    for d in model.documents:
        _heading(doc, f"《{d.title}》", 2)
        if not d.register:
            _add_run(doc.add_paragraph(), "（未识别出义务、禁止或罚则条款。）", color=GREY)
            continue
        table = doc.add_table(rows=1, cols=4)
        table.style = doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(
            table.rows[0].cells, ("责任主体", "类型", "条款", "原文"), strict=True
        ):
            _add_run(cell.paragraphs[0], text, heading=True, bold=True)
        trpr = table.rows[0]._tr.get_or_add_trPr()
        header = OxmlElement("w:tblHeader")  # repeat the header row on every page
        header.set(qn("w:val"), "true")
        trpr.append(header)
        for r in d.register:
            cells = table.add_row().cells
            for cell, text in zip(
                cells, (r.shown_bearer, "、".join(r.labels), r.article, r.sentence), strict=True
            ):
                _add_run(cell.paragraphs[0], text, size=10)
        _column_widths(table, (Cm(3.0), Cm(1.6), Cm(2.2), Cm(9.2)))


def _column_widths(table: Table, widths: tuple[Length, ...]) -> None:
    """Fixed widths in the grid and every cell: Word reads the cells, LibreOffice the grid."""
    table.autofit = False
    for col, width in zip(table.columns, widths, strict=True):
        col.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def build_docx(model: NotesExport) -> DocxDocument:
    doc = Document()
    _style_fonts(doc)
    _update_fields_on_open(doc)
    _footer(doc)
    _title_page(doc, model)
    for d in model.documents:
        if d.notes:
            _document_section(doc, model, d)
    if model.orphans:
        _heading(doc, "未能定位的批注", 1)
        _add_run(
            doc.add_paragraph(),
            "以下批注所在的原文已修改或删除，保留原引文与批注，可在软件中重新挂接。",
            color=GREY,
        )
        for a in model.orphans:
            _note_block(doc, model, a, a.doc_title, orphan=True)
    if model.with_register:
        _register(doc, model)
    if not model.note_count and not model.with_register:
        _add_run(doc.add_paragraph(), "（没有符合条件的批注。）", color=GREY)
    return doc


def write_docx(model: NotesExport, path: Path) -> None:
    """Save to ``path`` as is (the caller writes to a temp file and renames)."""
    build_docx(model).save(str(path))
