"""Compare two documents: units, similarity, alignment, per-pair diffs, obligation changes."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import Any

from rapidfuzz import fuzz

from core.compare.align import Alignment, align
from core.compare.diff import diff_texts
from core.compare.models import Comparison, DiffOp, Pair, Side, Unit
from core.compare.obligations import obligation_changes
from core.compare.similarity import Vectors, similarity_matrix
from core.compare.units import extract_units, unit_kind_name

__all__ = ["compare_documents", "compare_texts"]

_STATUS = {
    "merged": "merged",
    "split": "split",
    "moved": "moved",
    "added": "added",
    "deleted": "deleted",
}


def compare_texts(text_a: str, text_b: str) -> Comparison:
    """Compare two clean texts, parsing their structure here (no library needed)."""
    from dataclasses import asdict

    from core.structure import parse_sections

    secs_a = [asdict(s) for s in parse_sections(text_a)]
    secs_b = [asdict(s) for s in parse_sections(text_b)]
    return compare_documents({"sections": secs_a}, text_a, {"sections": secs_b}, text_b)


def compare_documents(
    doc_a: Mapping[str, Any], text_a: str, doc_b: Mapping[str, Any], text_b: str
) -> Comparison:
    """Compare A (old) with B (new); the docs are `Library.document(id)` dicts (sections,
    sentences; id and title when present)."""
    t0 = time.perf_counter()
    units_a = extract_units(text_a, doc_a.get("sections") or ())
    units_b = extract_units(text_b, doc_b.get("sections") or ())
    vectors = Vectors([u.body for u in units_a], [u.body for u in units_b])
    matrix = similarity_matrix(vectors)
    alignments = align(units_a, units_b, matrix, vectors)
    pairs = tuple(_pair(al, units_a, units_b) for al in _ordered(alignments))
    obligations = obligation_changes(
        pairs, doc_a.get("sentences") or (), doc_b.get("sentences") or ()
    )
    return Comparison(
        a=_side(doc_a, units_a),
        b=_side(doc_b, units_b),
        pairs=pairs,
        obligations=tuple(obligations),
        seconds=time.perf_counter() - t0,
    )


def _side(doc: Mapping[str, Any], units: Sequence[Unit]) -> Side:
    return Side(
        doc_id=doc.get("id"),
        title=doc.get("title"),
        unit_kind=unit_kind_name(units),
        units=len(units),
    )


def _ordered(alignments: Sequence[Alignment]) -> list[Alignment]:
    """B's order; a deleted unit right after the pair holding the A unit before it."""
    b_pos_of_a: dict[int, float] = {}
    for al in alignments:
        if al.b and al.kind != "moved" and not al.moved:
            for i in al.a:
                b_pos_of_a[i] = al.b[-1]

    def key(al: Alignment) -> tuple[float, float]:
        if al.b:
            return (al.b[0], al.a[0] if al.a else -1)
        i = al.a[0]
        prev = max((k for k in b_pos_of_a if k < i), default=None)
        return ((b_pos_of_a[prev] if prev is not None else -1) + 0.5, i)

    return sorted(alignments, key=key)


def _pair(al: Alignment, units_a: Sequence[Unit], units_b: Sequence[Unit]) -> Pair:
    a = tuple(units_a[i] for i in al.a)
    b = tuple(units_b[j] for j in al.b)
    body_a = "".join(u.body for u in a)
    body_b = "".join(u.body for u in b)
    identical = bool(a and b) and body_a == body_b
    if al.kind == "pair":
        status = "same" if identical else "modified"
    else:
        status = _STATUS[al.kind]
    if a and b:
        similarity = 1.0 if identical else min(fuzz.ratio(body_a, body_b) / 100.0, 0.999)
    else:
        similarity = 0.0
    return Pair(
        a=a,
        b=b,
        status=status,
        similarity=similarity,
        score=al.score,
        identical=identical,
        ops=tuple(_ops(a, b, body_a, body_b)),
        moved=al.moved or al.kind == "moved",
    )


def _ops(a: Sequence[Unit], b: Sequence[Unit], body_a: str, body_b: str) -> list[DiffOp]:
    """Diff runs in document offsets (an added or deleted unit is one insert or delete)."""
    off_a = [k for u in a for k in u.offsets]
    off_b = [k for u in b for k in u.offsets]
    end_a = a[-1].end if a else 0
    end_b = b[-1].end if b else 0

    def at(offsets: list[int], k: int, end: int) -> int:
        return offsets[k] if k < len(offsets) else end

    def span(offsets: list[int], k0: int, k1: int, end: int) -> tuple[int, int]:
        if k0 == k1:
            p = at(offsets, k0, end)
            return p, p
        return offsets[k0], offsets[k1 - 1] + 1

    ops: list[DiffOp] = []
    for equal, a0, a1, b0, b1 in diff_texts(body_a, body_b):
        sa, sb = span(off_a, a0, a1, end_a), span(off_b, b0, b1, end_b)
        if equal:
            ops.append(DiffOp("equal", *sa, *sb, body_a[a0:a1]))
            continue
        if a1 > a0:
            ops.append(DiffOp("delete", *sa, sb[0], sb[0], body_a[a0:a1]))
        if b1 > b0:
            ops.append(DiffOp("insert", sa[1], sa[1], *sb, body_b[b0:b1]))
    return ops
