"""Analyse the documents already in a library again, after the rules or the cue lexicon changed.

Import stores each document's sentences, duty bearers, references and keywords once. When a user
extends ``resources/lexicon`` or a new Fayan version sharpens the rules, the stored analysis is
stale: the library records a fingerprint of what produced it, and this module recomputes every
document's analysis from its stored text and sections, in the parser pool, writing each chunk of
documents in one transaction. Text, sections, search index and annotations are untouched (the
text does not change), so nothing a user made can be lost; a cancelled run leaves every document
either wholly old or wholly new, and the fingerprint is only recorded once all are new.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import FayanError, ImportCancelled
from core.ingest.isolate import ParserPool
from core.ingest.pipeline import CancelToken
from core.models import Section
from core.paths import resources_dir
from core.store.db import LibraryDB

FINGERPRINT_KEY = "analysis_fingerprint"
CHUNK_CHARS = 400_000  # as the import: enough work per task to keep both cores busy
PARSE_MEM_MB = 1536
TIMEOUT_S = 300.0

AnalysedDocument = tuple[int, tuple, tuple, tuple]  # doc id, sentences, mentions, keywords


@dataclass
class ReanalyseProgress:
    done: int
    total: int


@dataclass
class ReanalyseReport:
    documents: int = 0  # analysed again and stored
    failed: list[tuple[int, str]] = field(default_factory=list)  # (doc id, message)
    cancelled: bool = False
    seconds: float = 0.0


def analysis_fingerprint() -> str:
    """A digest of everything the stored analysis depends on: the cue lexicon and alias table
    in resources/, and the analysis code itself (its version where the sources are not shipped).
    """
    from core import analysis

    h = hashlib.sha256()
    files = sorted(resources_dir().glob("lexicon/*")) + [resources_dir() / "law_aliases.json"]
    code = sorted(Path(next(iter(analysis.__path__))).glob("*.py"))
    for path in [*files, *code]:
        if path.is_file():
            h.update(path.name.encode())
            h.update(path.read_bytes())
    if not code:  # a frozen bundle without sources: its version stands for the code
        from importlib.metadata import PackageNotFoundError, version

        try:
            h.update(version("fayan").encode())
        except PackageNotFoundError:
            h.update(b"unknown")
    return h.hexdigest()[:20]


def stored_fingerprint(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (FINGERPRINT_KEY,)).fetchone()
    return str(row[0]) if row else None


def record_fingerprint(conn: sqlite3.Connection, value: str | None = None) -> None:
    """Note that every document's analysis is current (inside the caller's transaction)."""
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (FINGERPRINT_KEY, value or analysis_fingerprint()),
    )


def analysis_is_stale(conn: sqlite3.Connection) -> bool:
    """Whether documents in the library were analysed by other rules or another lexicon
    (a library from before fingerprints counts as stale once it holds documents)."""
    if conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None:
        return False
    return stored_fingerprint(conn) != analysis_fingerprint()


def analyse_stored(
    docs: tuple[tuple[int, str | None, str, tuple[Section, ...]], ...],
) -> tuple[AnalysedDocument, ...]:
    """Child-process work: the analysis of stored documents (id, title, text, sections)."""
    from core.analysis import analyze_sentences
    from core.analysis.keywords import extract_keywords
    from core.analysis.references import extract_mentions

    return tuple(
        (
            doc_id,
            tuple(analyze_sentences(text, sections)),
            tuple(extract_mentions(text, sections, title)),
            tuple(extract_keywords(text)),
        )
        for doc_id, title, text, sections in docs
    )


def _sections(conn: sqlite3.Connection, doc_id: int) -> tuple[Section, ...]:
    rows = conn.execute(
        'SELECT kind, label, number, title, start, "end", parent, level FROM sections '
        "WHERE doc_id = ? ORDER BY idx",
        (doc_id,),
    ).fetchall()
    return tuple(Section(*row) for row in rows)


def _chunks(
    db: LibraryDB, lock: threading.RLock, ids: list[int]
) -> Iterator[tuple[tuple[int, str | None, str, tuple[Section, ...]], ...]]:
    """The stored documents in runs of about CHUNK_CHARS characters, read as they are needed."""
    run: list[tuple[int, str | None, str, tuple[Section, ...]]] = []
    chars = 0
    for doc_id in ids:
        with lock:
            row = db.conn.execute(
                "SELECT title, text FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
            if row is None:
                continue  # removed meanwhile
            sections = _sections(db.conn, doc_id)
        run.append((doc_id, row[0], row[1], sections))
        chars += len(row[1])
        if chars >= CHUNK_CHARS:
            yield tuple(run)
            run, chars = [], 0
    if run:
        yield tuple(run)


def _store(db: LibraryDB, lock: threading.RLock, results: tuple[AnalysedDocument, ...]) -> int:
    """Replace the analysis of a chunk's documents in one transaction."""
    from core.store.documents import replace_analysis

    stored = 0
    with lock, db.write() as conn:
        for doc_id, sentences, mentions, keywords in results:
            if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
                replace_analysis(conn, doc_id, sentences, mentions, keywords)
                stored += 1
    return stored


def reanalyse(
    db: LibraryDB,
    lock: threading.RLock,
    *,
    progress: Callable[[ReanalyseProgress], None] | None = None,
    cancel: CancelToken | None = None,
    workers: int = 2,
) -> ReanalyseReport:
    """Analyse every document again; references and statuses are linked anew at the end."""
    from core.store.linking import link_library

    tell = progress or (lambda _p: None)
    cancel = cancel or CancelToken()
    report = ReanalyseReport()
    start = time.perf_counter()
    fingerprint = analysis_fingerprint()
    with lock:
        ids = [r[0] for r in db.conn.execute("SELECT id FROM documents ORDER BY id")]
    total = len(ids)
    tell(ReanalyseProgress(0, total))
    done = 0
    with ParserPool(workers=workers, mem_mb=PARSE_MEM_MB, timeout_s=TIMEOUT_S) as pool:
        cancel.on_cancel.append(pool.cancel)
        try:
            # The pool pulls chunks lazily, so only a few chunks of text are held at a time.
            chunks = _chunks(db, lock, ids)
            pending: dict[int, tuple[int, ...]] = {}

            def items() -> Iterator[tuple[tuple[tuple[int, str | None, str, tuple], ...]]]:
                for n, chunk in enumerate(chunks):
                    if cancel.is_set():
                        return
                    pending[n] = tuple(d[0] for d in chunk)
                    yield (chunk,)

            for n, result in pool.imap_unordered(analyse_stored, items(), label=_label):
                ids_of_chunk = pending.pop(n, ())
                if cancel.is_set():
                    break
                if isinstance(result, FayanError):
                    report.failed.extend((i, str(result)) for i in ids_of_chunk)
                else:
                    report.documents += _store(db, lock, result)
                done += len(ids_of_chunk)
                tell(ReanalyseProgress(done, total))
        except ImportCancelled:
            pass  # the pool stopped its children: what was stored stays, each document whole
        finally:
            if pool.cancel in cancel.on_cancel:
                cancel.on_cancel.remove(pool.cancel)
    report.cancelled = cancel.is_set()
    if report.documents:
        with lock, db.write() as conn:
            link_library(conn)
            if not report.cancelled and not report.failed:
                record_fingerprint(conn, fingerprint)
    elif not report.cancelled and not report.failed:
        with lock, db.write() as conn:
            record_fingerprint(conn, fingerprint)
    report.seconds = time.perf_counter() - start
    return report


def _label(args: tuple) -> str:
    chunk = args[0]
    return f"documents {chunk[0][0]}–{chunk[-1][0]}" if chunk else "documents"
