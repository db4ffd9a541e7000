"""The document trash: "remove" moves a document into one compressed snapshot; restore puts it back.

A trashed document's live rows are deleted (so nothing that reads documents, search, the graph or
linking has to filter); ``trash_documents`` keeps its row and child rows verbatim, so a restore
gives back the same id, key, text, sections, sentences, mentions and keywords, re-indexes it and
puts its annotations back as they were. Writers run inside the caller's transaction.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Sequence
from typing import Any

from core.errors import DocumentNotFoundError, DocumentTrashError
from core.records import TrashedDocument

SNAPSHOT_VERSION = 1
CHILD_TABLES = ("sections", "sentences", "mentions", "keywords")


def _exists(conn: sqlite3.Connection, table: str, column: str, value: object) -> bool:
    return (
        conn.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", (value,)).fetchone() is not None
    )


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _quoted(cols: Sequence[str]) -> str:
    return ", ".join(f'"{c}"' for c in cols)


def _rows(conn: sqlite3.Connection, table: str, where: str, arg: object) -> dict[str, Any]:
    cols = _columns(conn, table)
    order = " ORDER BY idx" if "idx" in cols else " ORDER BY rank" if "rank" in cols else ""
    rows = conn.execute(f"SELECT {_quoted(cols)} FROM {table} WHERE {where} = ?{order}", (arg,))
    return {"columns": cols, "rows": [list(r) for r in rows]}


def _snapshot(conn: sqlite3.Connection, doc_id: int) -> dict[str, Any]:
    doc = _rows(conn, "documents", "id", doc_id)
    if not doc["rows"]:
        raise DocumentNotFoundError.missing(doc_id)
    return {
        "version": SNAPSHOT_VERSION,
        "documents": doc,
        **{t: _rows(conn, t, "doc_id", doc_id) for t in CHILD_TABLES},
    }


def _pack(data: dict[str, Any]) -> bytes:
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 6)


def _unpack(blob: bytes) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(zlib.decompress(blob).decode("utf-8"))
    return data


def trash_document(
    conn: sqlite3.Connection, doc_id: int, *, delete_annotations: bool = False
) -> None:
    """Move a document to the trash; its annotations stay (orphaned) or go to their own trash."""
    from core.annotations.store import now_iso, trash_for_documents
    from core.store.documents import delete_document

    data = _snapshot(conn, doc_id)
    doc = dict(zip(data["documents"]["columns"], data["documents"]["rows"][0], strict=True))
    key = doc["key"]
    # How each annotation stood, so a restore gives back exactly that (not a re-anchoring guess).
    data["annotations"] = {
        str(i): [status, score]
        for i, status, score in conn.execute(
            "SELECT id, status, score FROM annotations WHERE doc_key = ?", (key,)
        )
    }
    data["trashed_annotations"] = []
    if delete_annotations:
        data["trashed_annotations"] = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM annotations WHERE doc_key = ? AND deleted_at IS NULL", (key,)
            )
        ]
        trash_for_documents(conn, [doc_id])
    source = conn.execute("SELECT path FROM sources WHERE id = ?", (doc["source_id"],)).fetchone()
    # A stale entry with the same key or id is an older copy of this same document.
    conn.execute("DELETE FROM trash_documents WHERE key = ? OR doc_id = ?", (key, doc_id))
    conn.execute(
        "INSERT INTO trash_documents (doc_id, key, source_id, title, source_path, text_length, "
        "deleted_at, snapshot) VALUES (?,?,?,?,?,?,?,?)",
        (
            doc_id,
            key,
            doc["source_id"],
            doc["title"],
            source[0] if source else None,
            doc["text_length"],
            now_iso(),
            _pack(data),
        ),
    )
    delete_document(conn, doc_id)


def _insert(conn: sqlite3.Connection, table: str, cols: Sequence[str], rows: list[list]) -> None:
    if rows:
        marks = ", ".join("?" for _ in cols)
        conn.executemany(f"INSERT INTO {table} ({_quoted(cols)}) VALUES ({marks})", rows)


def _restore_rows(conn: sqlite3.Connection, data: dict[str, Any], doc_id: int) -> dict[str, Any]:
    """Insert the snapshot's rows under ``doc_id``; returns the documents row as a dict."""
    cols = data["documents"]["columns"]
    doc = dict(zip(cols, data["documents"]["rows"][0], strict=True))
    old_id = doc["id"]
    doc["id"] = doc_id
    if doc.get("source_id") is not None and not _exists(conn, "sources", "id", doc["source_id"]):
        doc["source_id"] = None
    live = set(_columns(conn, "documents"))
    keep = [c for c in cols if c in live]  # a later schema may have dropped a column
    _insert(conn, "documents", keep, [[doc[c] for c in keep]])
    for table in CHILD_TABLES:
        part = data[table]
        tcols = part["columns"]
        rows = [dict(zip(tcols, r, strict=True)) for r in part["rows"]]
        for r in rows:
            r["doc_id"] = doc_id
            if table == "mentions":
                r["target_id"] = _live_target(conn, r.get("target_id"), old_id, doc_id)
        have = set(_columns(conn, table))
        tkeep = [c for c in tcols if c in have]
        _insert(conn, table, tkeep, [[r[c] for c in tkeep] for r in rows])
    return doc


def _live_target(
    conn: sqlite3.Connection, target: int | None, old_id: int, new_id: int
) -> int | None:
    """A mention's target as stored, if that document is still there (linking redoes the rest)."""
    if target is None:
        return None
    if target == old_id:
        return new_id
    return target if _exists(conn, "documents", "id", target) else None


def _restore_annotations(conn: sqlite3.Connection, data: dict[str, Any], key: str) -> None:
    from core.annotations.store import reanchor_key

    sha = conn.execute("SELECT text_sha256 FROM documents WHERE key = ?", (key,)).fetchone()[0]
    # Unchanged since the removal (same text, still orphaned by it): exactly as they were.
    conn.executemany(
        "UPDATE annotations SET status = ?, score = ? "
        "WHERE id = ? AND doc_key = ? AND anchored_sha = ? AND status = 'orphan'",
        [(st, score, int(i), key, sha) for i, (st, score) in data.get("annotations", {}).items()],
    )
    reanchor_key(conn, key)  # anything else under this key (e.g. restored from a notes backup)
    conn.executemany(
        "UPDATE annotations SET deleted_at = NULL WHERE id = ? AND doc_key = ?",
        [(i, key) for i in data.get("trashed_annotations", [])],
    )


def restore_document(conn: sqlite3.Connection, doc_id: int) -> int:
    """Put a trashed document back; returns its id (the old one unless another took it)."""
    from core.search import add_to_index, index_tokens
    from core.store.documents import next_document_id

    row = conn.execute(
        "SELECT key, title, snapshot FROM trash_documents WHERE doc_id = ?", (doc_id,)
    ).fetchone()
    if row is None:
        raise DocumentNotFoundError(
            f"There is no document with id {doc_id} in the trash.",
            key="trash.not_in_trash",
            params={"doc_id": doc_id},
        )
    key, title, blob = row
    live = conn.execute("SELECT id FROM documents WHERE key = ?", (key,)).fetchone()
    if live is not None:
        raise DocumentTrashError(
            f"「{title}」 is in the library again (id {live[0]}), so the copy in the trash "
            "was not restored. Delete the trash copy if you no longer need it.",
            key="trash.back_in_library",
            params={"title": title, "doc_id": live[0]},
        )
    new_id = next_document_id(conn) if _exists(conn, "documents", "id", doc_id) else doc_id
    data = _unpack(blob)
    doc = _restore_rows(conn, data, new_id)
    add_to_index(conn, new_id, index_tokens(doc["title"]), index_tokens(doc["text"]))
    conn.execute("DELETE FROM trash_documents WHERE doc_id = ?", (doc_id,))
    _restore_annotations(conn, data, key)
    return new_id


def restore_key(conn: sqlite3.Connection, key: str) -> int | None:
    """Hook for imports: a trashed document with ``key`` comes back first (its id is kept)."""
    row = conn.execute("SELECT doc_id FROM trash_documents WHERE key = ?", (key,)).fetchone()
    return restore_document(conn, row[0]) if row else None


def source_has_trashed(conn: sqlite3.Connection, source_id: int) -> bool:
    return _exists(conn, "trash_documents", "source_id", source_id)


def list_trash(conn: sqlite3.Connection) -> list[TrashedDocument]:
    """The trash, most recently removed first."""
    rows = conn.execute(
        "SELECT t.doc_id, t.key, t.title, t.source_path, t.text_length, t.deleted_at, "
        "(SELECT count(*) FROM annotations a WHERE a.doc_key = t.key AND a.deleted_at IS NULL) "
        "FROM trash_documents t ORDER BY t.deleted_at DESC, t.doc_id DESC"
    ).fetchall()
    return [TrashedDocument(*r) for r in rows]


def check_in_trash(conn: sqlite3.Connection, doc_ids: Sequence[int]) -> None:
    for doc_id in doc_ids:
        if not _exists(conn, "trash_documents", "doc_id", doc_id):
            raise DocumentNotFoundError(
                f"There is no document with id {doc_id} in the trash (restored or deleted "
                "already?).",
                key="trash.gone_from_trash",
                params={"doc_id": doc_id},
            )


def purge(conn: sqlite3.Connection, doc_ids: Sequence[int] | None = None) -> int:
    """Delete trash entries for good (all when ``doc_ids`` is None); annotations stay orphaned."""
    if doc_ids is None:
        return conn.execute("DELETE FROM trash_documents").rowcount
    return sum(
        conn.execute("DELETE FROM trash_documents WHERE doc_id = ?", (i,)).rowcount for i in doc_ids
    )
