"""Library-wide linking after an import: resolve every reference, then each document's status.

Runs over the whole library because a newly imported document can be the target of mentions
stored long ago, or the newer version / the repeal of an older one.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import date

from core.analysis.resolve import Catalog, CatalogEntry, notice_links
from core.analysis.status import RepealEvidence, compute_status, repeal_evidence
from core.models import Mention


def load_catalog(
    conn: sqlite3.Connection,
) -> tuple[Catalog, dict[int, tuple[CatalogEntry, str | None]]]:
    entries: dict[int, tuple[CatalogEntry, str | None]] = {}
    for doc_id, title, short, dt, number, dtype, eff, source in conn.execute(
        "SELECT id, title, short_title, date, doc_number, doc_type, effective_date, source_id "
        "FROM documents"
    ):
        entries[doc_id] = (CatalogEntry(doc_id, title, short, dt, number, dtype, source), eff)
    return Catalog([e for e, _ in entries.values()]), entries


def _mention(row: tuple) -> Mention:
    start, end, text, kind, title, article, paragraph, code = row
    return Mention(start, end, text, kind, title, article, paragraph, code)


def resolve_mentions(
    conn: sqlite3.Connection, catalog: Catalog, entries: dict[int, tuple[CatalogEntry, str | None]]
) -> int:
    """Point every mention at its target document (or none); returns how many resolved."""
    updates = []
    resolved = 0
    for doc_id, idx, *rest in conn.execute(
        'SELECT doc_id, idx, start, "end", text, kind, title, article, paragraph, code '
        "FROM mentions"
    ).fetchall():
        citing = entries.get(doc_id)
        r = catalog.resolve(_mention(tuple(rest)), doc_id, citing[0].date if citing else None)
        if r.target_id is not None:
            resolved += 1
        updates.append((r.target_id, r.target_title, doc_id, idx))
    conn.executemany(
        "UPDATE mentions SET target_id = ?, target_title = ? WHERE doc_id = ? AND idx = ?",
        updates,
    )
    return resolved


def _repeals(conn: sqlite3.Connection, catalog: Catalog) -> list[RepealEvidence]:
    """What each document that speaks of 废止 repeals (only those are read in full)."""
    out: list[RepealEvidence] = []
    docs = conn.execute(
        "SELECT id, date, effective_date, text FROM documents WHERE instr(text, '废止') > 0"
    ).fetchall()
    for doc_id, dt, eff, text in docs:
        mentions = [
            _mention(r)
            for r in conn.execute(
                'SELECT start, "end", text, kind, title, article, paragraph, code FROM mentions '
                "WHERE doc_id = ? ORDER BY idx",
                (doc_id,),
            )
        ]
        out.extend(repeal_evidence(doc_id, dt, eff, text, mentions, catalog))
    return out


def update_statuses(
    conn: sqlite3.Connection,
    catalog: Catalog,
    entries: dict[int, tuple[CatalogEntry, str | None]],
    today: str | None = None,
) -> dict[str, int]:
    """Store 有效 / 尚未施行 / 已被修订 / 已废止 with evidence for every document."""
    today = today or date.today().isoformat()
    repeals = _repeals(conn, catalog)
    by_target: dict[int, list[RepealEvidence]] = defaultdict(list)
    for r in repeals:
        if r.target_id is not None:
            by_target[r.target_id].append(r)
    counts: dict[str, int] = defaultdict(int)
    rows = []
    for doc_id, (entry, eff) in entries.items():
        st = compute_status(entry, eff, today, catalog, by_target.get(doc_id, []))
        counts[st.value] += 1
        rows.append((st.value, json.dumps(st.evidence, ensure_ascii=False), doc_id))
    conn.executemany("UPDATE documents SET status = ?, status_evidence = ? WHERE id = ?", rows)
    return dict(counts)


def update_notice_links(
    conn: sqlite3.Connection, entries: dict[int, tuple[CatalogEntry, str | None]]
) -> int:
    """Link each 关于印发《X》的通知 to the X it issues, where both are in the library."""
    links = notice_links(e for e, _ in entries.values())
    conn.execute("DELETE FROM document_links WHERE kind = 'issues'")
    conn.executemany(
        "INSERT OR IGNORE INTO document_links (source_id, target_id, kind) VALUES (?, ?, 'issues')",
        links,
    )
    return len(links)


def link_library(conn: sqlite3.Connection, today: str | None = None) -> dict[str, int]:
    """Resolve all references, notice links and statuses (inside the caller's transaction)."""
    catalog, entries = load_catalog(conn)
    resolved = resolve_mentions(conn, catalog, entries)
    notices = update_notice_links(conn, entries)
    counts = update_statuses(conn, catalog, entries, today)
    return {"resolved": resolved, "notice_links": notices, **counts}
