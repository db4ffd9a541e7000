"""Read-side records the service API hands to the GUI and CLI (plain, frozen, JSON-friendly)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class DocumentSummary:
    """A row of the library list/tree: enough to show and filter, without the text."""

    id: int
    key: str
    title: str
    short_title: str | None
    doc_type: str | None
    issuer: str | None
    date: str | None
    doc_number: str | None
    tree_path: tuple[str, ...]
    articles: int  # number of 条 sections
    text_length: int
    status: str | None
    source_path: str | None

    def to_json(self) -> dict[str, Any]:
        """The `fayan list --json` row (DESIGN.md §4) plus a few extras."""
        d = asdict(self)
        d["tree_path"] = list(self.tree_path)
        return d


@dataclass(frozen=True)
class TrashedDocument:
    """A document in the document trash: restorable with the same id and key."""

    doc_id: int
    key: str
    title: str
    source_path: str | None
    text_length: int
    deleted_at: str
    annotations: int  # live annotations waiting (as orphans) for it to come back

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file of an import."""

    path: str
    status: str  # imported | updated | unchanged | duplicate | skipped | failed
    documents: int = 0
    # Documents of an earlier import of this file that it no longer holds: moved to the trash.
    trashed: int = 0
    message: str | None = None  # the reason, for skipped/failed; warnings for the others
    error_type: str | None = None  # the FayanError class name for failed files
    # The message's key and values (FayanError.key/params), so a GUI can show it translated.
    message_key: str | None = None
    message_params: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """An outcome of `fayan import --json`: the message in English, without its key."""
        d = asdict(self)
        del d["message_key"], d["message_params"]
        return d


@dataclass(frozen=True)
class ImportProgress:
    """Reported during an import, at most a few times a second."""

    files_done: int
    files_total: int
    current: str | None  # path of the file being worked on
    stage: str  # scanning | parsing | storing | linking | done


@dataclass
class ImportReport:
    """The summary at the end of an import: files, documents, skipped, errors."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0

    @property
    def files(self) -> int:
        return len(self.outcomes)

    @property
    def documents(self) -> int:
        return sum(o.documents for o in self.outcomes if o.status in ("imported", "updated"))

    @property
    def trashed(self) -> int:
        return sum(o.trashed for o in self.outcomes)

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def skipped(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status in ("skipped", "duplicate")]

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    def to_json(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "documents": self.documents,
            "imported": self.count("imported"),
            "updated": self.count("updated"),
            "unchanged": self.count("unchanged"),
            "trashed": self.trashed,
            "skipped": len(self.skipped),
            "failed": len(self.failed),
            "cancelled": self.cancelled,
            "seconds": round(self.seconds, 3),
            "outcomes": [o.to_json() for o in self.outcomes],
        }


@dataclass(frozen=True)
class Correction:
    """A sentence's labels and duty bearer as the user set them, beside what the analysis read.

    ``placed`` is False while the document's current text holds no sentence with ``quote``
    nor one reworded from it (the text was edited and re-imported): the correction is kept and
    applies again if the sentence comes back. ``reworded`` is True while it sits on a sentence
    whose wording changed since the user made it (``quote`` is what the user saw), until the
    user sets it again there.
    """

    id: int
    doc_key: str
    doc_id: int | None
    doc_title: str
    start: int
    end: int
    quote: str
    labels: tuple[str, ...]
    subject: str | None
    auto_labels: tuple[str, ...]
    auto_subject: str | None
    placed: bool
    reworded: bool
    created_at: str
    updated_at: str

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["labels"] = list(self.labels)
        d["auto_labels"] = list(self.auto_labels)
        return d
