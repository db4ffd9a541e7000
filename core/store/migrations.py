"""The library schema as an ordered list of forward migrations; ``user_version`` is the count applied.

Each migration is a list of SQL statements run inside one explicit transaction together with the
``user_version`` bump, so a migration that fails half-way leaves the previous schema intact.
Never edit a migration that has shipped: append a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from sqlite3 import Connection

# "FAYN" as a big-endian int: PRAGMA application_id tells our files from other SQLite files.
APPLICATION_ID = 0x4641594E

Migration = list[str] | Callable[[Connection], None]

V1_CORE: list[str] = [
    """CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,          -- absolute path of the file as the user gave it
        sha256 TEXT NOT NULL,
        format TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime REAL,
        staged_path TEXT,                   -- copy kept in the library folder (R4)
        imported_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'ok',  -- ok | missing
        warnings TEXT NOT NULL DEFAULT '[]' -- JSON list of strings
    )""",
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,           -- stable across re-imports; annotations hang on it
        source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
        ordinal INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL,
        short_title TEXT,
        doc_type TEXT,
        issuer TEXT,
        date TEXT,                          -- ISO yyyy-mm-dd
        doc_number TEXT,
        effective_date TEXT,
        tree_path TEXT NOT NULL DEFAULT '[]',  -- JSON list
        metadata TEXT NOT NULL DEFAULT '{}',   -- JSON object (rating, source, url, …)
        text_length INTEGER NOT NULL,
        text_sha256 TEXT NOT NULL,
        status TEXT,                        -- validity: 有效 / 尚未施行 / 已被修订 / 已废止
        status_evidence TEXT,               -- JSON
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- Last on purpose: SQLite reads a row's columns in order, so every column after a
        -- long text would cost a walk through its overflow pages.
        text TEXT NOT NULL
    )""",
    "CREATE INDEX documents_source ON documents(source_id)",
    "CREATE INDEX documents_title ON documents(title)",
    "CREATE INDEX documents_short_title ON documents(short_title)",
    "CREATE INDEX documents_doc_number ON documents(doc_number)",
    """CREATE TABLE sections (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        kind TEXT NOT NULL,
        label TEXT NOT NULL,
        number INTEGER,
        title TEXT,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        parent INTEGER,
        level INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (doc_id, idx)
    ) WITHOUT ROWID""",
    """CREATE TABLE sentences (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        labels TEXT NOT NULL DEFAULT '',    -- space-separated subset of obligation prohibition permission penalty
        subject TEXT,
        PRIMARY KEY (doc_id, idx)
    ) WITHOUT ROWID""",
    """CREATE TABLE mentions (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        title TEXT,
        article INTEGER,
        paragraph INTEGER,
        code TEXT,
        target_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
        target_title TEXT,
        PRIMARY KEY (doc_id, idx)
    ) WITHOUT ROWID""",
    "CREATE INDEX mentions_target ON mentions(target_id)",
    """CREATE TABLE keywords (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        rank INTEGER NOT NULL,
        word TEXT NOT NULL,
        weight REAL NOT NULL,
        PRIMARY KEY (doc_id, rank)
    ) WITHOUT ROWID""",
]

# The full-text index (core.search): one contentless FTS5 row per document, rowid = documents.id;
# every character is one token (core/search/tokens.py), so every substring can be found.
V2_SEARCH: list[str] = [
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "title, body, content='', tokenize='ascii', prefix='1', detail='full')",
]

# Annotations (core.annotations): user data, so no foreign key to documents (nothing cascades);
# they hang on documents.key, which survives re-imports. A row can only be hard-deleted from the
# trash (the trigger), so no statement anywhere can drop a live annotation by accident (R11).
V3_ANNOTATIONS: list[str] = [
    """CREATE TABLE IF NOT EXISTS settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL                 -- JSON
    )""",
    """CREATE TABLE annotations (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,          -- identity across libraries (backup/restore merges)
        doc_key TEXT NOT NULL,              -- documents.key; the document may be gone (orphan)
        doc_title TEXT NOT NULL DEFAULT '', -- shown for orphans whose document is gone
        start INTEGER NOT NULL,             -- code points into the text of anchored_sha
        "end" INTEGER NOT NULL,
        quote TEXT NOT NULL,                -- TextQuote selector: exact, 32-char prefix/suffix
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        section_label TEXT,                 -- the article it sits in: 第二十一条
        section_number INTEGER,
        color INTEGER NOT NULL DEFAULT 0,   -- palette slot (settings 'annotations.palette')
        note TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',    -- JSON list of strings
        status TEXT NOT NULL DEFAULT 'exact' CHECK (status IN ('exact', 'fuzzy', 'orphan')),
        score REAL NOT NULL DEFAULT 1.0,
        anchored_sha TEXT NOT NULL DEFAULT '',  -- documents.text_sha256 last anchored in
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT                     -- in the trash since; NULL = live
    )""",
    "CREATE INDEX annotations_doc ON annotations(doc_key, start)",
    "CREATE INDEX annotations_deleted ON annotations(deleted_at)",
    """CREATE TRIGGER annotations_delete_only_from_trash BEFORE DELETE ON annotations
       WHEN OLD.deleted_at IS NULL
       BEGIN SELECT RAISE(ABORT, 'annotations can only be deleted from the trash'); END""",
]

# The document trash (core/store/trash.py): "remove from library" moves a document here as one
# compressed snapshot of its row and child rows, and deletes the live rows, so nothing that reads
# documents needs to filter. No foreign keys: a trash entry must never cascade or block.
# IF NOT EXISTS: re-runnable on a file whose version number was set back by hand.
V4_DOCUMENT_TRASH: list[str] = [
    """CREATE TABLE IF NOT EXISTS trash_documents (
        doc_id INTEGER PRIMARY KEY,         -- the documents.id it had, and gets back on restore
        key TEXT NOT NULL UNIQUE,           -- documents.key (annotations hang on it)
        source_id INTEGER,                  -- sources.id, for a re-import of the same file
        title TEXT NOT NULL,
        source_path TEXT,
        text_length INTEGER NOT NULL,
        deleted_at TEXT NOT NULL,
        snapshot BLOB NOT NULL              -- zlib-compressed JSON: the row and its child rows
    )""",
    "CREATE INDEX IF NOT EXISTS trash_documents_source ON trash_documents(source_id)",
]

# Documents stored but not yet in the search index: an import indexes each batch of files in
# one go after storing them (much faster than row by row while the parsers run), and anything
# left here by a crash is indexed on the next open.
V5_INDEX_PENDING: list[str] = [
    """CREATE TABLE IF NOT EXISTS index_pending (
        doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
    )""",
]

# Links between whole documents that no span of text carries: a notice 关于印发《X》的通知 and
# the X it issues. Recomputed by linking after every import.
V6_DOCUMENT_LINKS: list[str] = [
    """CREATE TABLE IF NOT EXISTS document_links (
        source_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        target_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,                 -- issues: source is the notice that issues target
        PRIMARY KEY (source_id, target_id, kind)
    ) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS document_links_target ON document_links(target_id)",
]

# The user's corrections of the analysis (core/store/corrections.py): user data, so, like
# annotations, no foreign key; they hang on documents.key and the sentence's own text, and are
# applied again to every new analysis of the document (re-analysis, re-import, restore).
V7_CORRECTIONS: list[str] = [
    """CREATE TABLE IF NOT EXISTS corrections (
        id INTEGER PRIMARY KEY,
        doc_key TEXT NOT NULL,              -- documents.key
        doc_title TEXT NOT NULL DEFAULT '', -- shown when the document is gone
        start INTEGER NOT NULL,             -- where the sentence was last found
        "end" INTEGER NOT NULL,
        quote TEXT NOT NULL,                -- the sentence's text: what finds it again
        labels TEXT NOT NULL DEFAULT '',    -- space-separated, as in sentences
        subject TEXT,
        auto_labels TEXT NOT NULL DEFAULT '',  -- what the analysis read, shown beside the fix
        auto_subject TEXT,
        placed INTEGER NOT NULL DEFAULT 1,  -- 0: no sentence of the current text has the quote
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS corrections_doc ON corrections(doc_key, start)",
]

# The search index merges its segments in runs of 8 (core/search/index.py AUTOMERGE): a bulk
# import spends less time re-merging.
V8_SEARCH_MERGE: list[str] = [
    "INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 8)",
]

MIGRATIONS: list[Migration] = [
    V1_CORE,
    V2_SEARCH,
    V3_ANNOTATIONS,
    V4_DOCUMENT_TRASH,
    V5_INDEX_PENDING,
    V6_DOCUMENT_LINKS,
    V7_CORRECTIONS,
    V8_SEARCH_MERGE,
]

SCHEMA_VERSION = len(MIGRATIONS)
