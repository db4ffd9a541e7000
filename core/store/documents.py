"""Writing one source file's documents, and reading documents back, in the library tables.

Writers run inside the caller's ``BEGIN IMMEDIATE`` transaction and never commit themselves.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from core.analysis.sentences import list_end, task_start
from core.errors import DocumentNotFoundError
from core.models import Mention, ProcessedDocument, Sentence
from core.records import DocumentSummary
from core.store.corrections import analysis_readings, apply_to_document, follow_edit


@dataclass(frozen=True)
class StoredDocument:
    """A processed document plus what the search index needs (computed in a worker process)."""

    doc: ProcessedDocument
    title_tokens: str = ""
    body_tokens: str = ""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def document_key(source_path: str, title: str, occurrence: int) -> str:
    """Stable across re-imports of the same file: source path + title + n-th use of that title."""
    raw = f"{source_path}\x1f{title}\x1f{occurrence}".encode()
    return hashlib.sha1(raw).hexdigest()[:20]


def upsert_source(
    conn: sqlite3.Connection,
    *,
    path: str,
    sha256: str,
    fmt: str,
    size: int,
    mtime: float | None,
    staged_path: str | None,
    warnings: Sequence[str],
) -> int:
    row = conn.execute("SELECT id FROM sources WHERE path = ?", (path,)).fetchone()
    values = (sha256, fmt, size, mtime, staged_path, now_iso(), json.dumps(list(warnings)))
    if row:
        conn.execute(
            "UPDATE sources SET sha256=?, format=?, size=?, mtime=?, staged_path=?, "
            "imported_at=?, status='ok', warnings=? WHERE id=?",
            (*values, row[0]),
        )
        return int(row[0])
    cur = conn.execute(
        "INSERT INTO sources (sha256, format, size, mtime, staged_path, imported_at, warnings, "
        "path) VALUES (?,?,?,?,?,?,?,?)",
        (*values, path),
    )
    return int(cur.lastrowid or 0)


def next_document_id(conn: sqlite3.Connection) -> int:
    """A documents.id never used by a live or trashed document (a restore gets its id back)."""
    row = conn.execute(
        "SELECT max(coalesce((SELECT max(id) FROM documents), 0), "
        "coalesce((SELECT max(doc_id) FROM trash_documents), 0))"
    ).fetchone()
    return int(row[0]) + 1


def _restore_from_trash(conn: sqlite3.Connection, key: str) -> None:
    """A re-import of a trashed document restores it first (same id; nothing is lost)."""
    from core.store.trash import restore_key

    restore_key(conn, key)


def _remove_from_index(conn: sqlite3.Connection, doc_id: int) -> None:
    """Take a document out of the search index, or out of the queue when it is not in yet.

    A contentless FTS5 table can only delete what was inserted, so a pending document must
    never be "deleted" from it.
    """
    from core.search import remove_from_index

    pending = conn.execute("DELETE FROM index_pending WHERE doc_id = ?", (doc_id,)).rowcount
    if not pending:
        remove_from_index(conn, doc_id)


def _add_to_index(
    conn: sqlite3.Connection,
    doc_id: int,
    item: StoredDocument,
    deferred: dict[int, tuple[str, str]] | None,
) -> None:
    from core.search import add_to_index

    if deferred is None:
        add_to_index(conn, doc_id, item.title_tokens, item.body_tokens)
    else:
        conn.execute("INSERT OR IGNORE INTO index_pending (doc_id) VALUES (?)", (doc_id,))
        deferred[doc_id] = (item.title_tokens, item.body_tokens)


def index_pending(
    conn: sqlite3.Connection, tokens: dict[int, tuple[str, str]] | None = None
) -> int:
    """Add every pending document to the search index (tokens given, or computed from the row).

    Runs inside the caller's transaction; returns how many documents were indexed.
    """
    from core.search import add_to_index, index_tokens

    tokens = tokens or {}
    ids = [r[0] for r in conn.execute("SELECT doc_id FROM index_pending ORDER BY doc_id")]
    for doc_id in ids:
        pair = tokens.get(doc_id)
        if pair is None:
            title, text = conn.execute(
                "SELECT title, text FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
            pair = (index_tokens(title), index_tokens(text))
        add_to_index(conn, doc_id, *pair)
    conn.execute("DELETE FROM index_pending")
    return len(ids)


def _reanchor_annotations(conn: sqlite3.Connection, key: str, doc: ProcessedDocument) -> None:
    """Annotations follow the document's new text (before it is overwritten: needs the old)."""
    from core.annotations.store import reanchor_for_import

    reanchor_for_import(conn, key, doc)


def _orphan_annotations(conn: sqlite3.Connection, doc_id: int) -> None:
    """Annotations outlive their document: kept, marked orphan (ROBUSTNESS.md R11)."""
    from core.annotations.store import orphan_for_removal

    orphan_for_removal(conn, doc_id)


def _delete_children(conn: sqlite3.Connection, doc_id: int) -> None:
    for table in ("sections", "sentences", "mentions", "keywords"):
        conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))


def _insert_children(conn: sqlite3.Connection, doc_id: int, doc: ProcessedDocument) -> None:
    conn.executemany(
        'INSERT INTO sections (doc_id, idx, kind, label, number, title, start, "end", parent, '
        "level) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            (doc_id, i, s.kind, s.label, s.number, s.title, s.start, s.end, s.parent, s.level)
            for i, s in enumerate(doc.sections)
        ],
    )
    _insert_analysis(conn, doc_id, doc.sentences, doc.mentions, doc.keywords)


def replace_analysis(
    conn: sqlite3.Connection,
    doc_id: int,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    keywords: Sequence[tuple[str, float]],
) -> None:
    """Swap a document's sentences, references and keywords for a new analysis of the same
    text (inside the caller's transaction; references are resolved by the next link)."""
    for table in ("sentences", "mentions", "keywords"):
        conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
    _insert_analysis(conn, doc_id, sentences, mentions, keywords)


def _insert_analysis(
    conn: sqlite3.Connection,
    doc_id: int,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    keywords: Sequence[tuple[str, float]],
) -> None:
    conn.executemany(
        'INSERT INTO sentences (doc_id, idx, start, "end", labels, subject) VALUES (?,?,?,?,?,?)',
        [
            (doc_id, i, s.start, s.end, " ".join(s.labels), s.subject)
            for i, s in enumerate(sentences)
        ],
    )
    apply_to_document(conn, doc_id)  # the user's corrections outlive every new analysis
    conn.executemany(
        'INSERT INTO mentions (doc_id, idx, start, "end", text, kind, title, article, paragraph, '
        "code, target_title) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                doc_id,
                i,
                m.start,
                m.end,
                m.text,
                m.kind,
                m.title,
                m.article,
                m.paragraph,
                m.code,
                m.title,
            )
            for i, m in enumerate(mentions)
        ],
    )
    conn.executemany(
        "INSERT INTO keywords (doc_id, rank, word, weight) VALUES (?,?,?,?)",
        [(doc_id, i, w, float(x)) for i, (w, x) in enumerate(keywords)],
    )


def _document_values(doc: ProcessedDocument, source_id: int) -> dict[str, Any]:
    d, m = doc.draft, doc.meta
    return {
        "source_id": source_id,
        "ordinal": d.ordinal,
        "title": m.title or d.title,
        "short_title": m.short_title,
        "doc_type": m.doc_type,
        "issuer": m.issuer,
        "date": m.date,
        "doc_number": m.doc_number,
        "effective_date": m.effective_date,
        "tree_path": json.dumps(list(d.tree_path), ensure_ascii=False),
        "metadata": json.dumps(d.metadata, ensure_ascii=False),
        "text": d.text,
        "text_length": len(d.text),
        "text_sha256": hashlib.sha256(d.text.encode("utf-8")).hexdigest(),
    }


def store_source_documents(
    conn: sqlite3.Connection,
    source_id: int,
    source_path: str,
    items: Sequence[StoredDocument],
    deferred: dict[int, tuple[str, str]] | None = None,
) -> tuple[int, int, int]:
    """Make the source's documents match ``items``, keeping keys; returns (added, updated, removed).

    A document whose key is already there is updated in place (same id, same key), so whatever
    hangs on it survives a re-import; documents the file no longer holds go to the document trash
    (a compilation split differently, a policy cut from a file: restorable, and back by itself
    should a later import hold it again). With
    ``deferred``, documents are queued in ``index_pending`` and their index tokens collected
    there for :func:`index_pending`, instead of being indexed one by one.
    """
    existing = {
        key: doc_id
        for doc_id, key in conn.execute(
            "SELECT id, key FROM documents WHERE source_id = ?", (source_id,)
        )
    }
    seen: dict[str, int] = {}
    kept: set[str] = set()
    added = updated = 0
    stamp = now_iso()
    for item in items:
        title = item.doc.meta.title or item.doc.draft.title
        n = seen.get(title, 0)
        seen[title] = n + 1
        key = document_key(source_path, title, n)
        kept.add(key)
        values = _document_values(item.doc, source_id)
        _restore_from_trash(conn, key)
        _reanchor_annotations(conn, key, item.doc)
        follow_edit(conn, key, item.doc.draft.text)
        doc_id = existing.get(key)
        if doc_id is None:
            # The same key may sit under another source row (a file renamed back): reuse it.
            row = conn.execute("SELECT id FROM documents WHERE key = ?", (key,)).fetchone()
            doc_id = row[0] if row else None
        if doc_id is not None:
            _remove_from_index(conn, doc_id)
            cols = ", ".join(f"{k} = ?" for k in values)
            conn.execute(
                f"UPDATE documents SET {cols}, updated_at = ? WHERE id = ?",
                (*values.values(), stamp, doc_id),
            )
            _delete_children(conn, doc_id)
            updated += 1
        else:
            cols = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            doc_id = next_document_id(conn)
            conn.execute(
                f"INSERT INTO documents (id, key, {cols}, imported_at, updated_at) "
                f"VALUES (?, ?, {marks}, ?, ?)",
                (doc_id, key, *values.values(), stamp, stamp),
            )
            added += 1
        _insert_children(conn, doc_id, item.doc)
        _add_to_index(conn, doc_id, item, deferred)
    from core.store.trash import trash_document

    removed = 0
    for key, doc_id in existing.items():
        if key not in kept:
            trash_document(conn, doc_id)
            removed += 1
    return added, updated, removed


def delete_document(conn: sqlite3.Connection, doc_id: int) -> None:
    """Remove a document and everything derived from it (index first: it needs the text)."""
    _remove_from_index(conn, doc_id)
    _orphan_annotations(conn, doc_id)
    conn.execute("UPDATE mentions SET target_id = NULL WHERE target_id = ?", (doc_id,))
    conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))


# --- reading ----------------------------------------------------------------------------------

_SUMMARY_SQL = """
SELECT d.id, d.key, d.title, d.short_title, d.doc_type, d.issuer, d.date, d.doc_number,
       d.tree_path, (SELECT count(*) FROM sections s WHERE s.doc_id = d.id AND s.kind = '条'),
       d.text_length, d.status, src.path
FROM documents d LEFT JOIN sources src ON src.id = d.source_id
"""


def _summary(row: sqlite3.Row | tuple[Any, ...]) -> DocumentSummary:
    return DocumentSummary(
        id=row[0],
        key=row[1],
        title=row[2],
        short_title=row[3],
        doc_type=row[4],
        issuer=row[5],
        date=row[6],
        doc_number=row[7],
        tree_path=tuple(json.loads(row[8] or "[]")),
        articles=row[9],
        text_length=row[10],
        status=row[11],
        source_path=row[12],
    )


def list_documents(conn: sqlite3.Connection) -> list[DocumentSummary]:
    rows = conn.execute(_SUMMARY_SQL + " ORDER BY d.source_id, d.ordinal, d.id").fetchall()
    return [_summary(r) for r in rows]


def get_summary(conn: sqlite3.Connection, doc_id: int) -> DocumentSummary:
    row = conn.execute(_SUMMARY_SQL + " WHERE d.id = ?", (doc_id,)).fetchone()
    if row is None:
        raise DocumentNotFoundError.missing(doc_id)
    return _summary(row)


def get_text(conn: sqlite3.Connection, doc_id: int) -> str:
    row = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise DocumentNotFoundError.missing(doc_id)
    return str(row[0])


def get_document(conn: sqlite3.Connection, doc_id: int) -> dict[str, Any]:
    """The `fayan show ID --json` document (DESIGN.md §4)."""
    row = conn.execute(
        "SELECT d.id, d.key, d.title, d.short_title, d.doc_type, d.issuer, d.date, d.doc_number, "
        "d.effective_date, d.tree_path, d.metadata, d.text, d.text_length, d.status, "
        "d.status_evidence, src.path, src.format, src.warnings "
        "FROM documents d LEFT JOIN sources src ON src.id = d.source_id WHERE d.id = ?",
        (doc_id,),
    ).fetchone()
    if row is None:
        raise DocumentNotFoundError.missing(doc_id)
    text: str = row[11]
    sections = [
        {"kind": k, "label": lb, "number": n, "title": t, "start": s, "end": e, "parent": p}
        for k, lb, n, t, s, e, p in conn.execute(
            'SELECT kind, label, number, title, start, "end", parent FROM sections '
            "WHERE doc_id = ? ORDER BY idx",
            (doc_id,),
        )
    ]
    sentences = [
        {
            "start": s,
            "end": e,
            "text": text[s:e],
            "labels": lb.split() if lb else [],
            "subject": subj,
        }
        for s, e, lb, subj in conn.execute(
            'SELECT start, "end", labels, subject FROM sentences WHERE doc_id = ? ORDER BY idx',
            (doc_id,),
        )
    ]
    readings = analysis_readings(conn, doc_id)
    spans = [(x["start"], x["end"]) for x in sentences]
    for i, sentence in enumerate(sentences):
        if sentence["start"] in readings:
            # Corrected by the user: the analysis's own reading goes beside it.
            sentence["corrected"] = readings[sentence["start"]]
        if sentence["labels"] and (end := list_end(text, spans, i)) != sentence["end"]:
            # A lead-in (…履行下列义务：): where the items it opens end, for registers.
            sentence["list_end"] = end
        if sentence["labels"] and (begin := task_start(text, spans, i)) != sentence["start"]:
            # A plan's note of who does the task before it (（省科技厅负责）): where that task
            # starts, for registers.
            sentence["task_start"] = begin
    references = [
        {
            "start": s,
            "end": e,
            "text": t,
            "kind": k,
            "target_id": tid,
            "target_title": ttitle,
            "target_article": art,
        }
        for s, e, t, k, tid, ttitle, art in conn.execute(
            'SELECT start, "end", text, kind, target_id, target_title, article FROM mentions '
            "WHERE doc_id = ? ORDER BY idx",
            (doc_id,),
        )
    ]
    links = [
        {"kind": kind if src == doc_id else "issued_by", "doc_id": other, "title": title}
        for src, kind, other, title in conn.execute(
            "SELECT l.source_id, l.kind, d.id, d.title FROM document_links l "
            "JOIN documents d ON d.id = CASE WHEN l.source_id = ? THEN l.target_id "
            "ELSE l.source_id END WHERE l.source_id = ? OR l.target_id = ?",
            (doc_id, doc_id, doc_id),
        )
    ]
    keywords = [
        w
        for (w,) in conn.execute(
            "SELECT word FROM keywords WHERE doc_id = ? ORDER BY rank", (doc_id,)
        )
    ]
    return {
        "id": row[0],
        "key": row[1],
        "title": row[2],
        "short_title": row[3],
        "doc_type": row[4],
        "issuer": row[5],
        "date": row[6],
        "doc_number": row[7],
        "effective_date": row[8],
        "tree_path": json.loads(row[9] or "[]"),
        "metadata": json.loads(row[10] or "{}"),
        "source": {"path": row[15], "format": row[16], "warnings": json.loads(row[17] or "[]")},
        "text_length": row[12],
        "status": row[13],
        "status_evidence": json.loads(row[14]) if row[14] else None,
        "sections": sections,
        "sentences": sentences,
        "references": references,
        "links": links,  # whole-document links: issues / issued_by (关于印发《X》的通知 ↔ X)
        "keywords": keywords,
    }
