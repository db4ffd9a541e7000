"""Notes as Markdown (for reading and pasting) and as CSV with a UTF-8 BOM (so Excel reads Chinese)."""

from __future__ import annotations

import csv
from pathlib import Path

from core.annotations.models import FUZZY, ORPHAN, Annotation
from core.export.collect import CORRECTED_LEGEND, NotesExport

CSV_COLUMNS = (
    "文件",
    "条款",
    "原文",
    "批注",
    "标签",
    "颜色",
    "状态",
    "相似度",
    "创建时间",
    "更新时间",
    "uuid",
)
_STATUS_ZH = {"exact": "已定位", FUZZY: "近似定位", ORPHAN: "未能定位"}


def _quote_md(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def _note_md(model: NotesExport, a: Annotation, title: str) -> list[str]:
    out = [_quote_md(a.quote), "", f"**【{model.color(a.color).name}】** {a.note}".rstrip()]
    if a.tags:
        out += ["", "标签：" + " ".join(f"`{t}`" for t in a.tags)]
    where = f"出处：《{title}》{a.section_label or ''}"
    if a.status == ORPHAN:
        where += "（原文已修改或删除，未能重新定位）"
    elif a.status == FUZZY:
        where += f"（近似定位，相似度 {a.score:.1%}，请核对）"
    return [*out, "", f"*{where}*", "", "---", ""]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(model: NotesExport) -> str:
    lines = [
        f"# {model.title}",
        "",
        f"导出日期：{model.date}　范围：{model.scope}　共 {model.note_count} 条批注",
        "",
    ]
    for d in model.documents:
        if not d.notes:
            continue
        lines += [f"## {d.title}", ""]
        meta = " · ".join(x for x in (d.doc_type, d.issuer, d.date) if x)
        if meta:
            lines += [meta, ""]
        current: str | None = None
        for a in d.notes:
            label = a.section_label or "（条文之外）"
            if label != current:
                current = label
                lines += [f"### {label}", ""]
            lines += _note_md(model, a, d.title)
    if model.orphans:
        lines += ["## 未能定位的批注", ""]
        for a in model.orphans:
            lines += _note_md(model, a, a.doc_title)
    if model.with_register:
        lines += ["## 义务清单", ""]
        if any(r.corrected for d in model.documents for r in d.register):
            lines += [CORRECTED_LEGEND, ""]
        for d in model.documents:
            lines += [
                f"### 《{d.title}》",
                "",
                "| 责任主体 | 类型 | 条款 | 原文 |",
                "|---|---|---|---|",
            ]
            lines += [
                f"| {_cell(r.shown_bearer)} | {'、'.join(r.labels)} | {r.article} "
                f"| {_cell(r.sentence)} |"
                for r in d.register
            ]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_markdown(model: NotesExport, path: Path) -> None:
    path.write_text(render_markdown(model), encoding="utf-8")


def write_csv(model: NotesExport, path: Path) -> None:
    """One row per note (placed ones first, then orphans); the register is not part of the CSV."""
    rows = [(d.title, a) for d in model.documents for a in d.notes]
    rows += [(a.doc_title, a) for a in model.orphans]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(CSV_COLUMNS)
        for title, a in rows:
            w.writerow(
                (
                    title,
                    a.section_label or "",
                    a.quote,
                    a.note,
                    "；".join(a.tags),
                    model.color(a.color).name,
                    _STATUS_ZH.get(a.status, a.status),
                    f"{a.score:.2f}",
                    a.created_at,
                    a.updated_at,
                    a.uuid,
                )
            )
