"""Annotation values handed to the GUI, CLI and exporters (frozen, JSON-friendly)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Anchor status (ROBUSTNESS.md R11): exact = the quote sits at start/end of the current text;
# fuzzy = a close match (score < 1 or whitespace changed), to be reviewed; orphan = not placed.
EXACT = "exact"
FUZZY = "fuzzy"
ORPHAN = "orphan"
STATUSES: tuple[str, ...] = (EXACT, FUZZY, ORPHAN)

CONTEXT_CHARS = 32  # prefix/suffix kept around the quote (W3C TextQuote selector, as Hypothesis)
MAX_NOTE_CHARS = 5_000_000  # a note larger than this is refused before saving
MAX_TAG_CHARS = 200


@dataclass(frozen=True)
class PaletteEntry:
    """One colour slot: its meaning (renamable by the user) and its highlight colour (RGB hex)."""

    slot: int
    name: str
    color: str  # "FFE58F": the highlight fill, also used to shade quotes in Word


DEFAULT_PALETTE: tuple[PaletteEntry, ...] = (
    PaletteEntry(0, "待落实", "FFE58F"),  # yellow
    PaletteEntry(1, "风险", "FFB3B3"),  # red
    PaletteEntry(2, "已落实", "B7E4B0"),  # green
    PaletteEntry(3, "疑问", "B8D4F5"),  # blue
    PaletteEntry(4, "重点", "FFCC99"),  # orange
    PaletteEntry(5, "参考", "D9C7F0"),  # purple
)


@dataclass(frozen=True)
class Selector:
    """Where an annotation was, in a form that survives edits: position plus quote and context."""

    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Anchor:
    """Where a selector lands in a (new) text; start/end are meaningless for an orphan."""

    start: int
    end: int
    status: str
    score: float  # 1.0 for exact; the quote similarity for fuzzy; best rejected score for orphan


@dataclass(frozen=True)
class Annotation:
    """A highlight with a note. ``doc_id`` is None when no document has its ``doc_key`` now."""

    id: int
    uuid: str
    doc_key: str
    doc_id: int | None
    doc_title: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    section_label: str | None
    section_number: int | None
    color: int
    note: str
    tags: tuple[str, ...]
    status: str
    score: float
    anchored_sha: str
    created_at: str
    updated_at: str
    deleted_at: str | None

    @property
    def is_orphan(self) -> bool:
        return self.status == ORPHAN

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None

    def to_json(self) -> dict[str, Any]:
        """The `fayan notes list --json` row (DESIGN.md §4); an orphan has no start/end."""
        placed = self.status != ORPHAN and self.doc_id is not None
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "start": self.start if placed else None,
            "end": self.end if placed else None,
            "quote": self.quote,
            "note": self.note,
            "tags": list(self.tags),
            "color": self.color,
            "status": self.status,
        }


@dataclass(frozen=True)
class RestoreReport:
    """What `restore_notes` did with a backup file."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    orphaned: int = 0  # of the added/updated ones, how many could not be placed
    corrections: int = 0  # corrections of the analysis added or updated

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged
