"""Duty sentences (obligation, prohibition) added, removed or changed between aligned units."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rapidfuzz import fuzz

from core.compare.models import ObligationChange, Pair, Unit

__all__ = ["obligation_changes"]

DUTY = frozenset({"obligation", "prohibition"})
# Two sentences of aligned units are the same sentence (perhaps edited) from this character
# similarity on; measured: an edited sentence keeps 0.7–0.95, unrelated sentences of the same
# article stay below 0.45.
SENTENCE_MIN = 0.55


def _squash(text: str) -> str:
    return "".join(text.split())


def _in_units(
    sentences: Sequence[Mapping[str, Any]], units: Sequence[Unit]
) -> list[Mapping[str, Any]]:
    return [s for s in sentences for u in units if u.start <= s["start"] < u.end]


def obligation_changes(
    pairs: Sequence[Pair],
    sentences_a: Sequence[Mapping[str, Any]],
    sentences_b: Sequence[Mapping[str, Any]],
) -> list[ObligationChange]:
    """Match the sentences inside each pair; report duty sentences without a partner or whose
    label set or duty bearer changed. Identical units are skipped (their analysis is equal)."""
    out: list[ObligationChange] = []
    sa = sorted(sentences_a, key=lambda s: s["start"])
    sb = sorted(sentences_b, key=lambda s: s["start"])
    for pair in pairs:
        if pair.identical:
            continue
        a_sents = _in_units(sa, pair.a)
        b_sents = _in_units(sb, pair.b)
        a_label = _label(pair.a)
        b_label = _label(pair.b)
        matches = _match(a_sents, b_sents)
        matched_b = {j for _, j in matches}
        matched_a = {i for i, _ in matches}
        for i, j in matches:
            x, y = a_sents[i], b_sents[j]
            la, lb = set(x.get("labels") or ()), set(y.get("labels") or ())
            if not (la | lb) & DUTY:
                continue
            if la != lb or (x.get("subject") or None) != (y.get("subject") or None):
                out.append(_change("changed", a_label, b_label, x, y))
        for i, x in enumerate(a_sents):
            if i not in matched_a and set(x.get("labels") or ()) & DUTY:
                out.append(_change("removed", a_label, None, x, None))
        for j, y in enumerate(b_sents):
            if j not in matched_b and set(y.get("labels") or ()) & DUTY:
                out.append(_change("added", None, b_label, None, y))
    return out


def _label(units: Sequence[Unit]) -> str | None:
    return "、".join(u.label for u in units) or None


def _match(a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """Greedy best-first one-to-one matching of sentences by character similarity."""
    ta = [_squash(s["text"]) for s in a]
    tb = [_squash(s["text"]) for s in b]
    scored = sorted(
        ((fuzz.ratio(x, y) / 100.0, i, j) for i, x in enumerate(ta) for j, y in enumerate(tb)),
        reverse=True,
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[tuple[int, int]] = []
    for score, i, j in scored:
        if score < SENTENCE_MIN:
            break
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((i, j))
    return out


def _change(
    kind: str,
    a_label: str | None,
    b_label: str | None,
    x: Mapping[str, Any] | None,
    y: Mapping[str, Any] | None,
) -> ObligationChange:
    return ObligationChange(
        change=kind,
        a_label=a_label,
        b_label=b_label,
        a_text=x["text"] if x else None,
        b_text=y["text"] if y else None,
        a_labels=tuple(x.get("labels") or ()) if x else (),
        b_labels=tuple(y.get("labels") or ()) if y else (),
        a_subject=x.get("subject") if x else None,
        b_subject=y.get("subject") if y else None,
        a_start=x["start"] if x else None,
        b_start=y["start"] if y else None,
    )
