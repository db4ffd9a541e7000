"""The comparison as a Word report: summary first, then A | B per aligned pair, changes marked."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from core.compare.models import Comparison, Pair
from core.errors import ExportError

__all__ = ["write_docx"]

FONT = "宋体"
INSERT_COLOUR = (0x1F, 0x5F, 0xBF)  # blue, underlined
DELETE_COLOUR = (0xC0, 0x30, 0x30)  # red, struck through
STATUS_ZH = {
    "same": "相同",
    "modified": "修改",
    "moved": "移动",
    "merged": "合并",
    "split": "拆分",
    "added": "新增",
    "deleted": "删除",
}


def _east_asian(run: object, size: float | None = None) -> None:
    """宋体 for CJK text too: python-docx's font.name sets only the Latin slots."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = FONT  # type: ignore[attr-defined]
    if size:
        run.font.size = Pt(size)  # type: ignore[attr-defined]
    rpr = run._element.get_or_add_rPr()  # type: ignore[attr-defined]
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), FONT)


def _add_run(par: object, text: str, *, op: str = "equal", bold: bool = False) -> None:
    from docx.enum.text import WD_UNDERLINE
    from docx.shared import RGBColor

    run = par.add_run(text)  # type: ignore[attr-defined]
    _east_asian(run)
    run.bold = bold or None
    if op == "insert":
        run.font.underline = WD_UNDERLINE.SINGLE
        run.font.color.rgb = RGBColor(*INSERT_COLOUR)
    elif op == "delete":
        run.font.strike = True
        run.font.color.rgb = RGBColor(*DELETE_COLOUR)


def _heading(pair: Pair, side: str) -> str:
    units = pair.a if side == "a" else pair.b
    return "、".join(u.label for u in units) if units else "—"


def _fill_cell(cell: object, pair: Pair, side: str) -> None:
    par = cell.paragraphs[0]  # type: ignore[attr-defined]
    _add_run(par, _heading(pair, side) + " ", bold=True)
    units = pair.a if side == "a" else pair.b
    if not units:
        return
    if not pair.ops:
        _add_run(par, "".join(u.body for u in units))
        return
    for op in pair.ops:
        if op.op == "equal":
            _add_run(par, op.text)
        elif op.op == "delete" and side == "a":
            _add_run(par, op.text, op="delete")
        elif op.op == "insert" and side == "b":
            _add_run(par, op.text, op="insert")


def _summary(doc: object, comparison: Comparison) -> None:
    s = comparison.summary()
    a, b = s["a"], s["b"]
    _para(
        doc,
        f"A（原文）：{a['title'] or '—'}，{a['units']} 个单元；B（新文）：{b['title'] or '—'}，"
        f"{b['units']} 个单元。",
    )
    counts = "；".join(f"{STATUS_ZH[k]} {s[k]}" for k in STATUS_ZH)
    _para(doc, f"对照结果：{counts}。")
    _para(
        doc,
        f"义务性条款：新增 {s['obligations_added']}，删除 {s['obligations_removed']}，"
        f"变化 {s['obligations_changed']}。",
    )
    for o in comparison.obligations:
        where = o.b_label if o.change == "added" else o.a_label
        text = o.b_text if o.change == "added" else o.a_text
        extra = ""
        if o.change == "changed":
            where = f"{o.a_label} → {o.b_label}"
            extra = (
                f"（{'/'.join(o.a_labels) or '无'}，{o.a_subject or '—'} → "
                f"{'/'.join(o.b_labels) or '无'}，{o.b_subject or '—'}）"
            )
        kind = {"added": "新增", "removed": "删除", "changed": "变化"}[o.change]
        _para(doc, f"· [{kind}] {where}：{text}{extra}")


def _para(doc: object, text: str, *, bold: bool = False, size: float | None = None) -> None:
    par = doc.add_paragraph()  # type: ignore[attr-defined]
    run = par.add_run(text)
    _east_asian(run, size)
    run.bold = bold or None


def build_document(comparison: Comparison) -> object:
    """The python-docx Document (separate from saving, so tests can inspect it)."""
    import docx

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", FONT
    )
    _para(doc, "文本对照报告", bold=True, size=16)
    _summary(doc, comparison)
    _para(doc, "逐条对照（删除：红色删除线；新增：蓝色下划线）", bold=True, size=12)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, side in zip(table.rows[0].cells, (comparison.a, comparison.b), strict=True):
        cell.paragraphs[0].text = ""
        _add_run(cell.paragraphs[0], side.title or "", bold=True)
    for pair in comparison.pairs:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[1])
        note = f"{STATUS_ZH[pair.status]}"
        if pair.a and pair.b:
            note += f"（相似度 {pair.similarity:.0%}）"
        merged.paragraphs[0].text = ""
        _add_run(merged.paragraphs[0], note, bold=True)
        row = table.add_row()
        _fill_cell(row.cells[0], pair, "a")
        _fill_cell(row.cells[1], pair, "b")
    return doc


def write_docx(comparison: Comparison, path: Path | str) -> Path:
    """Write atomically: a temporary file in the same folder, renamed over ``path`` at the end."""
    target = Path(path)
    try:
        document = build_document(comparison)
        fd, tmp = tempfile.mkstemp(
            prefix=".~" + target.name,
            suffix=".tmp",
            dir=target.parent if str(target.parent) else ".",
        )
    except OSError as e:
        raise ExportError(
            f"Cannot write the comparison report to {target}: {e.strerror or e}. "
            "Choose another folder.",
            str(target),
            key="export.report_cannot_write",
            params={"path": str(target), "reason": str(e.strerror or e)},
        ) from e
    try:
        with os.fdopen(fd, "wb") as fh:
            document.save(fh)  # type: ignore[attr-defined]
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a report is an ordinary document
        os.replace(tmp, target)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise ExportError(
                f"Cannot write the comparison report to {target}: "
                f"{e.strerror or e}. Check the disk space and the folder's "
                "permissions.",
                str(target),
                key="export.report_write_failed",
                params={"path": str(target), "reason": str(e.strerror or e)},
            ) from e
        raise
    return target
