"""Validity status of a document (有效 / 尚未施行 / 已被修订 / 已废止) from what the library holds."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from core.analysis.resolve import Catalog, CatalogEntry
from core.models import Mention

STATUSES: tuple[str, ...] = ("有效", "尚未施行", "已被修订", "已废止")

# Cues after the repealed titles (《X》同时废止) and before them (决定废止《X》).
_CUE_AFTER = re.compile(r"(?:同时|予以|一并|即行|即|起|现予)废止|同时停止执行")
_CUE_BEFORE = re.compile(r"废止(?=[《«])")
_SENTENCE_END = "。！？；\n"
_REPEALABLE = ("document", "abbreviation", "doc_number")
# 《关于印发…的通知》（…号）中的《X》同时废止: only X goes, the notice holding it stays.
_CONTAINER = re.compile(r"\s*(?:[（(][^（）()]{0,40}[)）]|[)）])?\s*中的")


@dataclass(frozen=True)
class RepealEvidence:
    """Document ``repealing_id`` says the document ``target_id`` is repealed (sentence span)."""

    repealing_id: int
    target_id: int | None
    target_title: str | None
    start: int
    end: int
    effective_date: str | None = None  # when the repealing document takes effect


@dataclass(frozen=True)
class Status:
    """One of STATUSES with the evidence for it, as stored in documents.status_evidence (JSON)."""

    value: str
    evidence: dict[str, object] = field(default_factory=dict)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(ch, 0, pos) for ch in _SENTENCE_END) + 1
    ends = [i for i in (text.find(ch, pos) for ch in _SENTENCE_END) if i >= 0]
    return start, (min(ends) + 1 if ends else len(text))


def find_repeals(text: str, mentions: Sequence[Mention]) -> list[tuple[Mention, int, int]]:
    """Mentions whose documents ``text`` repeals, each with the sentence (start, end) saying so.

    Only whole documents: a mention with an article (《X》第五条…废止) or one holding the
    repealed item (…通知》中的《X》同时废止) is left out; a cue inside a title is ignored.
    """
    candidates = sorted((m for m in mentions if m.kind in _REPEALABLE), key=lambda m: m.start)
    inside = [(m.start, m.end) for m in mentions]
    found: dict[tuple[int, int, str], tuple[Mention, int, int]] = {}
    for cue_re, after in ((_CUE_AFTER, True), (_CUE_BEFORE, False)):
        for cue in cue_re.finditer(text):
            if any(s <= cue.start() < e for s, e in inside):
                continue
            s_start, s_end = _sentence(text, cue.start())
            for m in candidates:
                in_range = (
                    s_start <= m.start and m.end <= cue.start()
                    if after
                    else (cue.end() <= m.start and m.end <= s_end)
                )
                if not in_range or m.article is not None or _CONTAINER.match(text, m.end):
                    continue
                found[(m.start, m.end, m.kind)] = (m, s_start, s_end)
    return sorted(found.values(), key=lambda r: r[0].start)


def repeal_evidence(
    doc_id: int,
    doc_date: str | None,
    effective_date: str | None,
    text: str,
    mentions: Sequence[Mention],
    catalog: Catalog,
) -> list[RepealEvidence]:
    """find_repeals, resolved against the library: what document ``doc_id`` repeals."""
    out = []
    for m, start, end in find_repeals(text, mentions):
        r = catalog.resolve(m, doc_id, doc_date)
        if r.target_id == doc_id:
            continue  # a law naming its own title in the repeal sentence: nothing older here
        out.append(
            RepealEvidence(
                doc_id, r.target_id, r.target_title, start, end, effective_date or doc_date
            )
        )
    return out


def compute_status(
    doc: CatalogEntry,
    effective_date: str | None,
    today: str,
    catalog: Catalog,
    repeals: Sequence[RepealEvidence],
) -> Status:
    """已废止 (a library document in force repeals it) > 已被修订 (a later version in force is in
    the library) > 尚未施行 (takes effect after ``today``) > 有效 (nothing says otherwise)."""
    for r in repeals:
        if r.target_id == doc.id and r.repealing_id != doc.id:
            if r.effective_date is None or r.effective_date <= today:
                return Status("已废止", {"repealed_by": r.repealing_id, "start": r.start, "end": r.end,
                                        "effective_date": r.effective_date})  # fmt: skip
    if doc.date:
        later = [
            v
            for v in catalog.versions(doc)
            if v.id != doc.id and v.date and doc.date < v.date <= today
        ]
        if later:
            newest = later[-1]
            return Status(
                "已被修订", {"revised_by": newest.id, "date": newest.date, "title": newest.title}
            )
    if effective_date and effective_date > today:
        return Status("尚未施行", {"effective_date": effective_date})
    return Status("有效", {"basis": "no later version or repeal in the library"})
