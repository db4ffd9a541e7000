"""Gather what a notes export shows (documents, notes by article, obligations register) from the store."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from core.analysis.sentences import list_end, task_start
from core.annotations import store
from core.annotations.models import ORPHAN, Annotation, PaletteEntry
from core.store.corrections import analysis_readings

# Sentence labels that belong in an obligations register, with their Chinese names.
REGISTER_LABELS: dict[str, str] = {"obligation": "义务", "prohibition": "禁止", "penalty": "罚则"}


@dataclass(frozen=True)
class RegisterRow:
    """One sentence of the obligations register."""

    bearer: str  # the duty bearer, or "—" when the analysis found none
    labels: tuple[str, ...]  # Chinese names: 义务 / 禁止 / 罚则
    article: str  # 第二十一条, or "" outside articles
    sentence: str
    corrected: bool = False  # labels or bearer set by the user (core/store/corrections.py)

    @property
    def shown_bearer(self) -> str:
        """The bearer as the register prints it: marked ✎ where the user corrected the reading."""
        return f"{self.bearer} {CORRECTED_MARK}" if self.corrected else self.bearer


CORRECTED_MARK = "✎"
# Under the register's heading when some reading in it was corrected by hand.
CORRECTED_LEGEND = "标 ✎ 的条目由用户人工修改过自动分析的类型或责任主体。"


@dataclass(frozen=True)
class DocNotes:
    """One document of the export with its placed notes (in text order) and register rows."""

    doc_id: int
    title: str
    doc_type: str | None
    issuer: str | None
    date: str | None
    notes: tuple[Annotation, ...]
    register: tuple[RegisterRow, ...] = ()


@dataclass(frozen=True)
class NotesExport:
    """Everything one export file shows, independent of the output format."""

    title: str
    date: str  # ISO date of the export
    scope: str  # in words: which documents, which tag
    documents: tuple[DocNotes, ...]
    orphans: tuple[Annotation, ...]  # notes whose clause could not be found again
    palette: tuple[PaletteEntry, ...]
    with_register: bool = False

    @property
    def note_count(self) -> int:
        return sum(len(d.notes) for d in self.documents) + len(self.orphans)

    def color(self, slot: int) -> PaletteEntry:
        return self.palette[slot] if 0 <= slot < len(self.palette) else self.palette[0]


def _register(conn: sqlite3.Connection, doc_id: int, text: str) -> tuple[RegisterRow, ...]:
    sections = conn.execute(
        'SELECT kind, label, number, start, "end", level FROM sections WHERE doc_id = ?',
        (doc_id,),
    ).fetchall()
    rows: list[RegisterRow] = []
    corrected = set(analysis_readings(conn, doc_id))
    sentences = conn.execute(
        'SELECT start, "end", labels, subject FROM sentences WHERE doc_id = ? ORDER BY idx',
        (doc_id,),
    ).fetchall()
    spans = [(start, end) for start, end, _labels, _subject in sentences]
    for i, (start, _end, labels, subject) in enumerate(sentences):
        kept = tuple(REGISTER_LABELS[x] for x in (labels or "").split() if x in REGISTER_LABELS)
        if kept:
            label, _ = store.article_at(sections, start)
            # a lead-in (…履行下列义务：) with the items it opens, a plan's note of who does a
            # task (（省科技厅负责）) with that task: what the duty is
            sentence = text[task_start(text, spans, i) : list_end(text, spans, i)].strip()
            rows.append(
                RegisterRow(subject or "—", kept, label or "", sentence, start in corrected)
            )
    return tuple(rows)


def _scope(conn: sqlite3.Connection, doc_ids: Sequence[int] | None, tag: str | None) -> str:
    if doc_ids:
        marks = ",".join("?" for _ in doc_ids)
        titles = [
            r[0]
            for r in conn.execute(
                f"SELECT title FROM documents WHERE id IN ({marks}) ORDER BY id", list(doc_ids)
            )
        ]
        words = "、".join(f"《{t}》" for t in titles[:3])
        scope = words + (f"等 {len(titles)} 个文件" if len(titles) > 3 else "")
    else:
        scope = "全部文件"
    return scope + (f"；标签：{tag}" if tag else "")


def collect(
    conn: sqlite3.Connection,
    *,
    doc_ids: Sequence[int] | None = None,
    tag: str | None = None,
    register: bool = False,
    title: str | None = None,
) -> NotesExport:
    """The export model: live notes matching the filters, grouped by document in library order."""
    anns = store.query(conn, doc_ids=doc_ids, tag=tag, order="position")
    placed: dict[int, list[Annotation]] = {}
    orphans: list[Annotation] = []
    for a in anns:
        if a.status == ORPHAN or a.doc_id is None:
            orphans.append(a)
        else:
            placed.setdefault(a.doc_id, []).append(a)
    wanted = list(doc_ids) if doc_ids else list(placed)
    docs: list[DocNotes] = []
    for row in conn.execute(
        "SELECT id, title, doc_type, issuer, date FROM documents ORDER BY source_id, ordinal, id"
    ):
        if row[0] not in wanted:
            continue
        notes = tuple(placed.get(row[0], ()))
        if not notes and not register:
            continue
        reg = _register(conn, row[0], store.document_row(conn, row[0])[2]) if register else ()
        docs.append(DocNotes(row[0], row[1], row[2], row[3], row[4], notes, reg))
    return NotesExport(
        title=title or "法眼 · 批注汇编",
        date=date.today().isoformat(),
        scope=_scope(conn, doc_ids, tag),
        documents=tuple(docs),
        orphans=tuple(orphans),
        palette=store.palette(conn),
        with_register=register,
    )
