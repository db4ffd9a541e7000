"""Cut a document into comparable units: its articles (条), else outline items, else paragraphs."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from core.compare.models import Unit

__all__ = ["extract_units", "unit_kind_name"]

_OUTLINE_KINDS = frozenset({"一、", "（一）", "1.", "（1）"})
# A label as the text writes it, when it differs from the stored label (第 一 条, (一), 1、).
_LABEL_AT = re.compile(
    r"\s*(?:第\s*[〇零一二三四五六七八九十百千两0-9]+\s*条(?:之[一二三四五六七八九十]+)?"
    r"|[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百0-9]+[）)]|[0-9]{1,3}[、．.])"
)
_MAX_OUTLINE_DEPTH = 1  # 一、 and （一） under it: finer items stay inside their parent unit


def unit_kind_name(units: Sequence[Unit]) -> str:
    """条, outline or paragraph: how a document was cut (for the summary)."""
    if not units:
        return "none"
    kind = units[0].kind
    return "条" if kind == "条" else "paragraph" if kind == "¶" else "outline"


def extract_units(text: str, sections: Sequence[Mapping[str, Any]]) -> list[Unit]:
    """The units to align; ``sections`` are `Library.document(id)["sections"]` dicts."""
    articles = [s for s in sections if s["kind"] == "条"]
    if articles:
        return [
            _unit(text, i, s["kind"], s["label"], s.get("number"), s["start"], s["end"])
            for i, s in enumerate(articles)
        ]
    outline = _outline_units(text, sections)
    if outline:
        return outline
    return _paragraph_units(text)


def _depth(sections: Sequence[Mapping[str, Any]], i: int) -> int:
    depth = 0
    parent = sections[i].get("parent")
    while parent is not None and depth < 50:
        depth += 1
        parent = sections[parent].get("parent")
    return depth


def _outline_units(text: str, sections: Sequence[Mapping[str, Any]]) -> list[Unit]:
    """Top two outline levels; a parent's unit is its heading and lead-in up to its first child."""
    chosen = [
        i
        for i, s in enumerate(sections)
        if s["kind"] in _OUTLINE_KINDS and _depth(sections, i) <= _MAX_OUTLINE_DEPTH
    ]
    units: list[Unit] = []
    for k, i in enumerate(chosen):
        s = sections[i]
        end = s["end"]
        if k + 1 < len(chosen):
            end = min(end, sections[chosen[k + 1]]["start"])
        label = s["label"]
        parent = s.get("parent")
        if parent is not None and parent in chosen:
            label = sections[parent]["label"] + label  # （二） repeats under each 一、
        units.append(_unit(text, len(units), s["kind"], label, s.get("number"), s["start"], end))
    return units


def _paragraph_units(text: str) -> list[Unit]:
    units: list[Unit] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            n = len(units) + 1
            units.append(
                _unit(text, len(units), "¶", f"第{n}段", n, pos, pos + len(line), strip_label=False)
            )
        pos += len(line) + 1
    return units


def _unit(
    text: str,
    index: int,
    kind: str,
    label: str,
    number: int | None,
    start: int,
    end: int,
    *,
    strip_label: bool = True,
) -> Unit:
    body_start = start
    if strip_label:
        m = _LABEL_AT.match(text, start, end)
        if text.startswith(label, start):
            body_start = start + len(label)
        elif m:
            body_start = m.end()
    chars: list[str] = []
    offsets: list[int] = []
    for k in range(body_start, end):
        c = text[k]
        if not c.isspace():
            chars.append(c)
            offsets.append(k)
    return Unit(
        index=index,
        kind=kind,
        label=label,
        number=number,
        start=start,
        end=end,
        body="".join(chars),
        offsets=tuple(offsets),
    )
