"""Annotation rows in SQLite: create, edit, trash, query, and the re-anchoring hooks of imports.

Writers run inside the caller's ``BEGIN IMMEDIATE`` transaction and never commit themselves.
Rows hang on ``documents.key`` with no foreign key, so nothing cascades onto them (R11).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid as uuidlib
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from core.annotations.anchor import anchor, claimed_by_twins, edit_between, make_selector
from core.annotations.models import (
    DEFAULT_PALETTE,
    EXACT,
    MAX_NOTE_CHARS,
    MAX_TAG_CHARS,
    ORPHAN,
    STATUSES,
    Annotation,
    PaletteEntry,
    Selector,
)
from core.errors import (
    AnnotationError,
    AnnotationNotFoundError,
    DocumentNotFoundError,
    NoteTooLargeError,
)
from core.models import ProcessedDocument

PALETTE_KEY = "annotations.palette"

COLUMNS = (
    'a.id, a.uuid, a.doc_key, d.id, a.doc_title, a.start, a."end", a.quote, a.prefix, a.suffix, '
    "a.section_label, a.section_number, a.color, a.note, a.tags, a.status, a.score, "
    "a.anchored_sha, a.created_at, a.updated_at, a.deleted_at"
)
_FROM = " FROM annotations a LEFT JOIN documents d ON d.key = a.doc_key"


def now_iso() -> str:
    # Microseconds, so "newest first" is well defined for notes taken in quick succession.
    return datetime.now(UTC).isoformat(timespec="microseconds")


def text_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _annotation(row: Sequence[Any]) -> Annotation:
    return Annotation(
        id=row[0],
        uuid=row[1],
        doc_key=row[2],
        doc_id=row[3],
        doc_title=row[4],
        start=row[5],
        end=row[6],
        quote=row[7],
        prefix=row[8],
        suffix=row[9],
        section_label=row[10],
        section_number=row[11],
        color=row[12],
        note=row[13],
        tags=tuple(json.loads(row[14])),
        status=row[15],
        score=row[16],
        anchored_sha=row[17],
        created_at=row[18],
        updated_at=row[19],
        deleted_at=row[20],
    )


# --- validation -------------------------------------------------------------------------------


def clean_note(note: str) -> str:
    """The note as given (verbatim), or an error before anything is saved."""
    if not isinstance(note, str):
        raise AnnotationError("A note must be text.", key="annotations.note_not_text")
    if len(note) > MAX_NOTE_CHARS:
        raise NoteTooLargeError(
            f"The note has {len(note):,} characters; the limit is {MAX_NOTE_CHARS:,}. "
            "Shorten it or split it over several annotations.",
            key="annotations.note_too_large",
            params={"chars": len(note), "limit": MAX_NOTE_CHARS},
        )
    try:
        note.encode("utf-8")
    except UnicodeEncodeError as e:
        raise AnnotationError(
            f"The note contains a character that is not valid text (at position {e.start}); "
            "remove it and save again.",
            key="annotations.note_invalid_char",
            params={"position": e.start},
        ) from e
    return note


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags stripped, empty ones dropped, duplicates removed (first spelling kept, order kept)."""
    if isinstance(tags, str):
        tags = [tags]
    out: list[str] = []
    for tag in tags:
        if not isinstance(tag, str):
            raise AnnotationError("Tags must be text.", key="annotations.tag_not_text")
        t = clean_note(tag).strip()
        if len(t) > MAX_TAG_CHARS:
            raise AnnotationError(
                f"A tag may have at most {MAX_TAG_CHARS} characters.",
                key="annotations.tag_too_long",
                params={"limit": MAX_TAG_CHARS},
            )
        if t and t not in out:
            out.append(t)
    return tuple(out)


def check_color(conn: sqlite3.Connection, color: int) -> int:
    slots = len(palette(conn))
    if not isinstance(color, int) or isinstance(color, bool) or not 0 <= color < slots:
        raise AnnotationError(
            f"Colour {color!r} does not exist; choose a slot from 0 to {slots - 1}.",
            key="annotations.no_such_colour",
            params={"colour": color, "last": slots - 1},
        )
    return color


def document_row(conn: sqlite3.Connection, doc_id: int) -> tuple[str, str, str, str]:
    """(key, title, text, text_sha256) of a document."""
    row = conn.execute(
        "SELECT key, title, text, text_sha256 FROM documents WHERE id = ?", (doc_id,)
    ).fetchone()
    if row is None:
        raise DocumentNotFoundError.missing(doc_id)
    return row[0], row[1], row[2], row[3]


def _check_range(text: str, start: int, end: int) -> None:
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(text):
        raise AnnotationError(
            f"The selection {start}–{end} is not inside the document (its text has "
            f"{len(text)} characters; start must be below end).",
            key="annotations.bad_range",
            params={"start": start, "end": end, "length": len(text)},
        )


# --- sections ---------------------------------------------------------------------------------

SectionRow = tuple[str, str, int | None, int, int, int]  # kind, label, number, start, end, level


def article_at(sections: Iterable[SectionRow], pos: int) -> tuple[str | None, int | None]:
    """The 条 holding ``pos`` (else the deepest section holding it): (label, number)."""
    best: SectionRow | None = None
    for s in sections:
        if s[3] <= pos < s[4]:
            rank = (s[0] == "条", s[5])
            if best is None or rank > (best[0] == "条", best[5]):
                best = s
    return (best[1], best[2]) if best else (None, None)


def _db_sections(conn: sqlite3.Connection, doc_id: int, pos: int) -> list[SectionRow]:
    return conn.execute(
        'SELECT kind, label, number, start, "end", level FROM sections '
        'WHERE doc_id = ? AND start <= ? AND "end" > ?',
        (doc_id, pos, pos),
    ).fetchall()


# --- palette ----------------------------------------------------------------------------------


def palette(conn: sqlite3.Connection) -> tuple[PaletteEntry, ...]:
    """The colour slots: defaults with the user's names (and colours) laid over them."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (PALETTE_KEY,)).fetchone()
    stored = {e["slot"]: e for e in json.loads(row[0])} if row else {}
    return tuple(
        PaletteEntry(
            p.slot,
            stored.get(p.slot, {}).get("name", p.name),
            stored.get(p.slot, {}).get("color", p.color),
        )
        for p in DEFAULT_PALETTE
    )


def set_palette(conn: sqlite3.Connection, entries: Iterable[PaletteEntry]) -> None:
    value = json.dumps(
        [{"slot": e.slot, "name": e.name, "color": e.color} for e in entries], ensure_ascii=False
    )
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (PALETTE_KEY, value),
    )


def rename_color(conn: sqlite3.Connection, slot: int, name: str) -> tuple[PaletteEntry, ...]:
    entries = list(palette(conn))
    check_color(conn, slot)
    name = (name or "").strip()
    if not name or len(name) > 40:
        raise AnnotationError(
            "A colour's meaning needs a name of 1 to 40 characters.",
            key="annotations.colour_name_length",
        )
    entries[slot] = PaletteEntry(slot, name, entries[slot].color)
    set_palette(conn, entries)
    return tuple(entries)


# --- reading ----------------------------------------------------------------------------------


def get(conn: sqlite3.Connection, ann_id: int) -> Annotation:
    row = conn.execute(f"SELECT {COLUMNS}{_FROM} WHERE a.id = ?", (ann_id,)).fetchone()
    if row is None:
        raise AnnotationNotFoundError(
            f"There is no annotation with id {ann_id}.",
            key="annotations.not_found",
            params={"ann_id": ann_id},
        )
    return _annotation(row)


def get_by_uuid(conn: sqlite3.Connection, uid: str) -> Annotation | None:
    row = conn.execute(f"SELECT {COLUMNS}{_FROM} WHERE a.uuid = ?", (uid,)).fetchone()
    return _annotation(row) if row else None


def query(
    conn: sqlite3.Connection,
    *,
    doc_id: int | None = None,
    doc_ids: Sequence[int] | None = None,
    tag: str | None = None,
    color: int | None = None,
    text: str | None = None,
    status: str | None = None,
    include_deleted: bool = False,
    only_deleted: bool = False,
    order: str = "position",
) -> list[Annotation]:
    """Annotations matching every filter given; ``text`` looks in the note and the quote."""
    where: list[str] = []
    args: list[Any] = []
    ids = list(doc_ids or []) + ([doc_id] if doc_id is not None else [])
    if doc_id is not None or doc_ids is not None:
        marks = ",".join("?" for _ in ids) or "NULL"
        where.append(f"a.doc_key IN (SELECT key FROM documents WHERE id IN ({marks}))")
        args.extend(ids)
    if tag is not None:
        where.append("EXISTS (SELECT 1 FROM json_each(a.tags) WHERE value = ?)")
        args.append(tag)
    if color is not None:
        where.append("a.color = ?")
        args.append(color)
    if text:
        where.append("(instr(lower(a.note), lower(?)) > 0 OR instr(lower(a.quote), lower(?)) > 0)")
        args.extend([text, text])
    if status is not None:
        if status not in STATUSES:
            raise AnnotationError(
                f"Unknown status {status!r}; use one of {', '.join(STATUSES)}.",
                key="annotations.unknown_status",
                params={"status": status, "choices": ", ".join(STATUSES)},
            )
        where.append("a.status = ?")
        args.append(status)
    if only_deleted:
        where.append("a.deleted_at IS NOT NULL")
    elif not include_deleted:
        where.append("a.deleted_at IS NULL")
    if order == "position":
        order_by = "d.id IS NULL, d.source_id, d.ordinal, d.id, a.doc_title, a.start, a.id"
    elif order == "date":
        order_by = "a.created_at DESC, a.id DESC"
    else:
        raise AnnotationError(
            f"Unknown order {order!r}; use 'position' or 'date'.",
            key="annotations.unknown_order",
            params={"order": order},
        )
    sql = f"SELECT {COLUMNS}{_FROM}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_annotation(r) for r in conn.execute(sql + " ORDER BY " + order_by, args)]


def all_tags(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT DISTINCT j.value FROM annotations a, json_each(a.tags) j "
        "WHERE a.deleted_at IS NULL ORDER BY j.value"
    )
    return [r[0] for r in rows]


def count_for_documents(conn: sqlite3.Connection, doc_ids: Sequence[int]) -> int:
    """Live annotations on these documents (what removing them would leave as orphans)."""
    if not doc_ids:
        return 0
    marks = ",".join("?" for _ in doc_ids)
    return int(
        conn.execute(
            "SELECT count(*) FROM annotations WHERE deleted_at IS NULL AND doc_key IN "
            f"(SELECT key FROM documents WHERE id IN ({marks}))",
            list(doc_ids),
        ).fetchone()[0]
    )


# --- writing ----------------------------------------------------------------------------------


def insert(
    conn: sqlite3.Connection,
    doc_id: int,
    start: int,
    end: int,
    *,
    note: str = "",
    tags: Iterable[str] = (),
    color: int = 0,
) -> int:
    key, title, text, sha = document_row(conn, doc_id)
    _check_range(text, start, end)
    note, tag_list, color = clean_note(note), clean_tags(tags), check_color(conn, color)
    sel = make_selector(text, start, end)
    label, number = article_at(_db_sections(conn, doc_id, start), start)
    stamp = now_iso()
    cur = conn.execute(
        'INSERT INTO annotations (uuid, doc_key, doc_title, start, "end", quote, prefix, suffix, '
        "section_label, section_number, color, note, tags, status, score, anchored_sha, "
        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            uuidlib.uuid4().hex,
            key,
            title,
            start,
            end,
            sel.quote,
            sel.prefix,
            sel.suffix,
            label,
            number,
            color,
            note,
            json.dumps(list(tag_list), ensure_ascii=False),
            EXACT,
            1.0,
            sha,
            stamp,
            stamp,
        ),
    )
    return int(cur.lastrowid or 0)


def update(
    conn: sqlite3.Connection,
    ann_id: int,
    *,
    note: str | None = None,
    tags: Iterable[str] | None = None,
    color: int | None = None,
) -> None:
    get(conn, ann_id)
    sets: list[str] = []
    args: list[Any] = []
    if note is not None:
        sets.append("note = ?")
        args.append(clean_note(note))
    if tags is not None:
        sets.append("tags = ?")
        args.append(json.dumps(list(clean_tags(tags)), ensure_ascii=False))
    if color is not None:
        sets.append("color = ?")
        args.append(check_color(conn, color))
    if sets:
        conn.execute(
            f"UPDATE annotations SET {', '.join(sets)}, updated_at = ? WHERE id = ?",
            (*args, now_iso(), ann_id),
        )


def trash(conn: sqlite3.Connection, ann_id: int) -> None:
    get(conn, ann_id)
    conn.execute(
        "UPDATE annotations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
        (now_iso(), ann_id),
    )


def untrash(conn: sqlite3.Connection, ann_id: int) -> None:
    get(conn, ann_id)
    conn.execute("UPDATE annotations SET deleted_at = NULL WHERE id = ?", (ann_id,))


def trash_for_documents(conn: sqlite3.Connection, doc_ids: Sequence[int]) -> int:
    if not doc_ids:
        return 0
    marks = ",".join("?" for _ in doc_ids)
    cur = conn.execute(
        "UPDATE annotations SET deleted_at = ? WHERE deleted_at IS NULL AND doc_key IN "
        f"(SELECT key FROM documents WHERE id IN ({marks}))",
        (now_iso(), *doc_ids),
    )
    return cur.rowcount


def empty_trash(conn: sqlite3.Connection) -> int:
    """The only hard delete: rows already in the trash (the schema's trigger refuses others)."""
    return conn.execute("DELETE FROM annotations WHERE deleted_at IS NOT NULL").rowcount


def reattach(
    conn: sqlite3.Connection, ann_id: int, start: int, end: int, doc_id: int | None = None
) -> None:
    """Anchor an annotation (typically an orphan) to a new range the user chose."""
    ann = get(conn, ann_id)
    target = doc_id if doc_id is not None else ann.doc_id
    if target is None:
        raise AnnotationError(
            f"The document of annotation {ann_id} ({ann.doc_title}) is no longer in the "
            "library; choose the document to attach it to.",
            key="annotations.document_gone",
            params={"ann_id": ann_id, "title": ann.doc_title},
        )
    key, title, text, sha = document_row(conn, target)
    _check_range(text, start, end)
    sel = make_selector(text, start, end)
    label, number = article_at(_db_sections(conn, target, start), start)
    conn.execute(
        'UPDATE annotations SET doc_key = ?, doc_title = ?, start = ?, "end" = ?, quote = ?, '
        "prefix = ?, suffix = ?, section_label = ?, section_number = ?, status = ?, score = 1.0, "
        "anchored_sha = ?, updated_at = ? WHERE id = ?",
        (
            key,
            title,
            start,
            end,
            sel.quote,
            sel.prefix,
            sel.suffix,
            label,
            number,
            EXACT,
            sha,
            now_iso(),
            ann_id,
        ),
    )


# Where an annotation sits: what a reattach changes and its undo puts back as it was.
ANCHOR_COLUMNS = (
    "doc_key",
    "doc_title",
    "start",
    "end",
    "quote",
    "prefix",
    "suffix",
    "section_label",
    "section_number",
    "status",
    "score",
    "anchored_sha",
)


def anchor_of(conn: sqlite3.Connection, ann_id: int) -> dict[str, Any]:
    """The anchor columns of an annotation, for :func:`restore_anchor`."""
    get(conn, ann_id)  # not found → the usual error
    cols = ", ".join(f'"{c}"' for c in ANCHOR_COLUMNS)
    row = conn.execute(f"SELECT {cols} FROM annotations WHERE id = ?", (ann_id,)).fetchone()
    return dict(zip(ANCHOR_COLUMNS, row, strict=True))


def restore_anchor(conn: sqlite3.Connection, ann_id: int, anchor: dict[str, Any]) -> None:
    """Put an anchor saved by :func:`anchor_of` back, an orphan's included (undo of reattach)."""
    get(conn, ann_id)
    if set(anchor) != set(ANCHOR_COLUMNS):
        raise ValueError(f"an anchor has exactly the columns {ANCHOR_COLUMNS}")
    sets = ", ".join(f'"{c}" = ?' for c in ANCHOR_COLUMNS)
    conn.execute(
        f"UPDATE annotations SET {sets}, updated_at = ? WHERE id = ?",
        (*(anchor[c] for c in ANCHOR_COLUMNS), now_iso(), ann_id),
    )


# --- hooks called by core.store.documents -----------------------------------------------------


def _selector(row: Sequence[Any]) -> Selector:
    return Selector(start=row[1], end=row[2], quote=row[3], prefix=row[4], suffix=row[5])


def reanchor(
    conn: sqlite3.Connection,
    key: str,
    title: str,
    new_text: str,
    sections: Sequence[SectionRow],
    old: tuple[str, str] | None,
) -> int:
    """Move the annotations of document ``key`` onto ``new_text``; returns how many moved.

    ``old`` is (text, sha) of the version being replaced, if any: positions anchored in it are
    carried through the edit to give the search its expected place.
    """
    rows = conn.execute(
        'SELECT id, start, "end", quote, prefix, suffix, status, anchored_sha FROM annotations '
        "WHERE doc_key = ?",
        (key,),
    ).fetchall()
    new_sha = text_sha(new_text)
    edit = edit_between(old[0], new_text) if old is not None and old[1] != new_sha else None
    moved = 0
    for row in rows:
        if row[7] == new_sha and row[6] != ORPHAN:
            continue
        sel = _selector(row)
        hint, claimed = row[1], frozenset[int]()
        if edit is not None and old is not None and row[7] == old[1]:
            hint, claimed = edit.carry(row[1]), claimed_by_twins(old[0], edit, sel)
        a = anchor(new_text, sel, hint, claimed)
        if a.status == ORPHAN:
            conn.execute(
                "UPDATE annotations SET status = ?, score = ? WHERE id = ?",
                (ORPHAN, a.score, row[0]),
            )
            continue
        label, number = article_at(sections, a.start)
        prefix, suffix = row[4], row[5]
        if a.status == EXACT:  # context follows the document; the quote never changes here
            sel = make_selector(new_text, a.start, a.end)
            prefix, suffix = sel.prefix, sel.suffix
        conn.execute(
            'UPDATE annotations SET start = ?, "end" = ?, status = ?, score = ?, prefix = ?, '
            "suffix = ?, anchored_sha = ?, section_label = ?, section_number = ?, doc_title = ? "
            "WHERE id = ?",
            (
                a.start,
                a.end,
                a.status,
                a.score,
                prefix,
                suffix,
                new_sha,
                label,
                number,
                title,
                row[0],
            ),
        )
        moved += 1
    return moved


def reanchor_for_import(conn: sqlite3.Connection, key: str, doc: ProcessedDocument) -> int:
    """Hook for ``store_source_documents``: call before the document with ``key`` is written."""
    if (
        conn.execute("SELECT 1 FROM annotations WHERE doc_key = ? LIMIT 1", (key,)).fetchone()
        is None
    ):
        return 0
    old = conn.execute("SELECT text, text_sha256 FROM documents WHERE key = ?", (key,)).fetchone()
    sections = [(s.kind, s.label, s.number, s.start, s.end, s.level) for s in doc.sections]
    return reanchor(
        conn,
        key,
        doc.meta.title or doc.draft.title,
        doc.draft.text,
        sections,
        (old[0], old[1]) if old else None,
    )


def reanchor_key(conn: sqlite3.Connection, key: str) -> None:
    """Place the annotations of ``key`` in that document's current text (after a restore)."""
    row = conn.execute("SELECT id, text, title FROM documents WHERE key = ?", (key,)).fetchone()
    if row is None:
        conn.execute("UPDATE annotations SET status = ? WHERE doc_key = ?", (ORPHAN, key))
        return
    doc_id, text, title = row
    sections = conn.execute(
        'SELECT kind, label, number, start, "end", level FROM sections WHERE doc_id = ?',
        (doc_id,),
    ).fetchall()
    reanchor(conn, key, title, text, sections, None)


def orphan_for_removal(conn: sqlite3.Connection, doc_id: int) -> int:
    """Hook for ``delete_document``: its annotations stay, marked orphan (R11)."""
    return conn.execute(
        "UPDATE annotations SET status = ? WHERE doc_key = (SELECT key FROM documents WHERE id = ?)",
        (ORPHAN, doc_id),
    ).rowcount
