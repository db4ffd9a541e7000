"""Values of a comparison: units, diff ops, aligned pairs, obligation changes, the result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Pair statuses, in the order the summary lists them.
STATUSES: tuple[str, ...] = ("same", "modified", "moved", "merged", "split", "added", "deleted")


@dataclass(frozen=True)
class Unit:
    """One comparable unit of a document: an article (条), an outline item or a paragraph.

    ``body`` is the unit's text without its label and without any whitespace (hard wraps must
    not count as edits); ``offsets[k]`` is the document offset of ``body[k]``.
    """

    index: int
    kind: str  # 条, 一、, （一）, 1., （1） or ¶ (a plain paragraph)
    label: str  # as the document writes it: 第二十一条, 三、（二）; 第3段 for paragraphs
    number: int | None
    start: int  # the whole unit, label included, in document offsets
    end: int
    body: str
    offsets: tuple[int, ...]


@dataclass(frozen=True)
class DiffOp:
    """One run of a word-level diff; offsets index each side's document text (end exclusive).

    ``delete`` has an empty B range at the place the text was removed from, ``insert`` an empty
    A range; a changed clause is a ``delete`` followed by an ``insert`` at the same place.
    """

    op: str  # equal | delete | insert
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    text: str  # the run's text (A's for equal/delete, B's for insert), whitespace removed

    def to_json(self) -> dict[str, Any]:
        return {
            "op": self.op,
            "a_start": self.a_start,
            "a_end": self.a_end,
            "b_start": self.b_start,
            "b_end": self.b_end,
            "text": self.text,
        }


@dataclass(frozen=True)
class Pair:
    """An aligned pair (or an added/deleted unit); merged/split pairs hold several units."""

    a: tuple[Unit, ...]
    b: tuple[Unit, ...]
    status: str
    similarity: float  # character similarity of the bodies, 0..1 (1.0 only when identical)
    score: float  # the TF-IDF cosine the aligner used, 0..1
    identical: bool  # same text (whitespace and labels aside), also for moved/renumbered units
    ops: tuple[DiffOp, ...] = ()
    moved: bool = False  # changed place relative to its neighbours (always so for "moved")

    @staticmethod
    def _labels(units: tuple[Unit, ...]) -> str | list[str] | None:
        if not units:
            return None
        if len(units) == 1:
            return units[0].label
        return [u.label for u in units]

    def to_json(self, *, ops: bool = True) -> dict[str, Any]:
        """The contract's {a, b, status, similarity} plus spans, score and diff ops."""
        out: dict[str, Any] = {
            "a": self._labels(self.a),
            "b": self._labels(self.b),
            "status": self.status,
            "similarity": round(self.similarity, 3),
            "score": round(self.score, 3),
            "identical": self.identical,
            "moved": self.moved,
            "a_spans": [[u.start, u.end] for u in self.a],
            "b_spans": [[u.start, u.end] for u in self.b],
        }
        if ops:
            out["ops"] = [o.to_json() for o in self.ops]
        return out


@dataclass(frozen=True)
class ObligationChange:
    """A duty sentence added, removed, or whose label set or duty bearer changed."""

    change: str  # added | removed | changed
    a_label: str | None  # the unit label on each side (None on the side without the sentence)
    b_label: str | None
    a_text: str | None
    b_text: str | None
    a_labels: tuple[str, ...] = ()
    b_labels: tuple[str, ...] = ()
    a_subject: str | None = None
    b_subject: str | None = None
    a_start: int | None = None
    b_start: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "change": self.change,
            "a": self.a_label,
            "b": self.b_label,
            "a_text": self.a_text,
            "b_text": self.b_text,
            "a_labels": list(self.a_labels),
            "b_labels": list(self.b_labels),
            "a_subject": self.a_subject,
            "b_subject": self.b_subject,
            "a_start": self.a_start,
            "b_start": self.b_start,
        }


@dataclass(frozen=True)
class Side:
    """Which document a side is, and how it was cut into units."""

    doc_id: int | None
    title: str | None
    unit_kind: str  # 条, outline, paragraph
    units: int


@dataclass(frozen=True)
class Comparison:
    """The result of comparing document A (old) with document B (new)."""

    a: Side
    b: Side
    pairs: tuple[Pair, ...]
    obligations: tuple[ObligationChange, ...] = ()
    seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for p in self.pairs:
            counts[p.status] += 1
        return counts

    def summary(self) -> dict[str, Any]:
        ob = {
            k: [o.to_json() for o in self.obligations if o.change == k]
            for k in ("added", "removed", "changed")
        }
        return {
            **self.counts(),
            "a": {
                "id": self.a.doc_id,
                "title": self.a.title,
                "unit_kind": self.a.unit_kind,
                "units": self.a.units,
            },
            "b": {
                "id": self.b.doc_id,
                "title": self.b.title,
                "unit_kind": self.b.unit_kind,
                "units": self.b.units,
            },
            "obligations_added": len(ob["added"]),
            "obligations_removed": len(ob["removed"]),
            "obligations_changed": len(ob["changed"]),
            "obligations": ob,
        }

    def to_json(self, *, ops: bool = True) -> dict[str, Any]:
        """The `fayan compare A B --json` object."""
        return {"pairs": [p.to_json(ops=ops) for p in self.pairs], "summary": self.summary()}
