"""The FTS5 index: one contentless row per document (title, body); maintained inside the caller's transaction.

Nothing here commits: the pipeline calls these inside its per-file write transaction, so the index
changes together with the documents row (R13). The index is derived data: when it is missing or
damaged, ``check_index`` rebuilds it from ``documents`` and never touches the primary tables (G5).
"""

from __future__ import annotations

import sqlite3

from core.search.tokens import index_tokens

FTS_TABLE = "search_fts"

# The current definition (the V2_SEARCH migration created the same one; rebuilds use this).
# content='': tokens are 3× the text, so only the index is kept; offsets come from documents.text.
# ascii tokenizer: every non-ASCII character is a token character (see tokens.py).
# prefix='1': a one-character query is one posting list, not a scan over all its windows.
CREATE_FTS = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "title, body, content='', tokenize='ascii', prefix='1', detail='full')"
)
# Merge segments in runs of 8, not FTS5's default 4: at 4, re-merging took about a fifth of a
# bulk import's index time (10.5 s of the 60 MB corpus's, 8.0 s at 8), for the same file size
# and query speed (bench/search_bench.py). A setting of the table, kept in the file (V8).
AUTOMERGE = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('automerge', 8)"


def add_to_index(
    conn: sqlite3.Connection, doc_id: int, title_tokens: str, body_tokens: str
) -> None:
    """Index a document: tokens are ``index_tokens(documents.title)`` and ``index_tokens(documents.text)``.

    They must be exactly those of the stored row, since ``remove_from_index`` recomputes them
    from it (a contentless table can only delete what it is told was inserted).
    """
    conn.execute(
        f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (?, ?, ?)",
        (doc_id, title_tokens, body_tokens),
    )


def remove_from_index(conn: sqlite3.Connection, doc_id: int) -> None:
    """Drop a document from the index; call it BEFORE the documents row is changed or deleted."""
    row = conn.execute("SELECT title, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return
    conn.execute(
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        (doc_id, index_tokens(row[0]), index_tokens(row[1])),
    )


def rebuild_index(conn: sqlite3.Connection) -> int:
    """Drop and recreate the index from every documents row; returns the number indexed."""
    _drop(conn)
    conn.execute(CREATE_FTS)
    conn.execute(AUTOMERGE)
    n = 0
    for doc_id, title, text in conn.execute("SELECT id, title, text FROM documents ORDER BY id"):
        add_to_index(conn, doc_id, index_tokens(title), index_tokens(text))
        n += 1
    return n


def check_index(conn: sqlite3.Connection, *, thorough: bool = True) -> bool:
    """True when the index is sound and covers exactly the documents; otherwise rebuild, False.

    ``thorough`` runs FTS5's integrity-check (≈ 0.7 s at 60 MB); without it only the shadow
    tables and the set of indexed documents are checked (milliseconds, fit for every open).
    """
    try:
        names = {f"{FTS_TABLE}_{shadow}" for shadow in _SHADOWS} | {FTS_TABLE}
        found = conn.execute(
            f"SELECT count(*) FROM sqlite_master WHERE name IN ({', '.join('?' * len(names))})",
            sorted(names),
        ).fetchone()[0]
        if found != len(names):  # a connection that already loaded the table would not notice
            raise sqlite3.DatabaseError("FTS shadow table missing")
        if thorough:
            conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')")
        indexed = [r[0] for r in conn.execute(f"SELECT rowid FROM {FTS_TABLE} ORDER BY rowid")]
        stored = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
        if indexed == stored:
            return True
    except sqlite3.DatabaseError:
        pass  # missing or damaged: derived data, rebuilt below
    rebuild_index(conn)
    return False


def _drop(conn: sqlite3.Connection) -> None:
    """Remove the FTS table, even when its shadow tables are gone or garbled."""
    try:
        conn.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    except sqlite3.DatabaseError:
        # FTS5 cannot even be opened to drop itself once a shadow table is gone: remove its
        # schema entry directly (the documented way out for an unusable virtual table).
        conn.execute("PRAGMA writable_schema = ON")
        try:
            conn.execute(
                "DELETE FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)
            )
        finally:
            conn.execute("PRAGMA writable_schema = RESET")
    for shadow in _SHADOWS:  # leftovers of a half-dropped table would block CREATE
        conn.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}_{shadow}")


_SHADOWS = ("data", "idx", "docsize", "config")  # FTS5's own tables (contentless: no _content)
