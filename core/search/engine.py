"""search(): FTS5 picks and ranks documents (bm25), then exact matching on the stored text gives the hits.

The index decides *which* documents (every one containing the phrase, none other) and their order;
offsets, snippets and counts come from matching on ``documents.text`` itself, so a hit is always
an exact (fold-insensitive) occurrence at true code-point offsets.
"""

from __future__ import annotations

import re
import sqlite3
import time
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from core.search.index import FTS_TABLE
from core.search.query import Query, parse_query

SNIPPET_CONTEXT = 30
TITLE_WEIGHT = 10.0  # bm25 column weights: a title hit outranks a body hit
BODY_WEIGHT = 1.0
# With few candidates every hit is counted even when only a page is asked for: up to this many
# documents and characters read (≈ 0.2 ms per 50k characters); beyond, totals are left unknown.
COUNT_BUDGET_DOCS = 16
COUNT_BUDGET_CHARS = 600_000
# Sub-article units: a hit is reported under its 条 (or outline item), not its 款/项/目.
_FINER_THAN_ARTICLE = frozenset({"款", "项", "目"})
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class SearchHit:
    """One occurrence: offsets index ``documents.text``; ``snippet`` is before«hit»after."""

    doc_id: int
    title: str
    start: int
    end: int
    section: str | None
    snippet: str
    before: str
    hit: str
    after: str


@dataclass(frozen=True)
class DocHits:
    """A matching document in rank order; ``hits`` is None when it was not counted."""

    doc_id: int
    title: str
    score: float
    hits: int | None


@dataclass(frozen=True)
class SearchResult:
    """One page of hits plus totals; ``total_hits`` is None when counting all would be slow."""

    query: str
    hits: tuple[SearchHit, ...]
    docs: tuple[DocHits, ...]
    total_docs: int
    total_hits: int | None
    elapsed_ms: float


@dataclass(frozen=True)
class _Candidate:
    doc_id: int
    score: float
    title: str


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    limit: int = 50,
    offset: int = 0,
    doc_type: str | Sequence[str] | None = None,
    issuer: str | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    tree_prefix: Sequence[str] | None = None,
    label: str | None = None,
    count_all: bool = False,
) -> SearchResult:
    """Hits for ``query``, best document first, hits in reading order; ``limit=0`` = every hit.

    Words separated by whitespace must all occur (in the title or the text). Any input is safe:
    with nothing searchable typed the result is empty and MATCH is never run.
    """
    t0 = time.perf_counter()
    limit, offset = max(0, int(limit)), max(0, int(offset))
    parsed = parse_query(query)
    if not parsed:
        return SearchResult(query, (), (), 0, 0, _ms(t0))
    candidates = _candidates(conn, parsed, doc_type, issuer, year_from, year_to, tree_prefix, label)
    must_scan = count_all or limit == 0 or label is not None or not parsed.fts_exact
    may_count = must_scan or len(candidates) <= COUNT_BUDGET_DOCS
    want = None if limit == 0 else offset + limit
    docs: list[DocHits] = []
    page: list[SearchHit] = []
    seen_hits = dropped = chars_read = 0
    for i, cand in enumerate(candidates):
        in_page = want is None or seen_hits < want
        if not in_page and not (must_scan or (may_count and chars_read < COUNT_BUDGET_CHARS)):
            docs.extend(DocHits(c.doc_id, c.title, c.score, None) for c in candidates[i:])
            break
        text = _text(conn, cand.doc_id)
        chars_read += len(text)
        if in_page or label is not None:
            hits = _doc_hits(conn, parsed, cand, text, label)
            n = None if hits is None else len(hits)
        else:
            n = _doc_count(parsed, cand, text)
        if n is None:
            dropped += 1
            continue
        docs.append(DocHits(cand.doc_id, cand.title, cand.score, n))
        if in_page and hits:
            lo = max(0, offset - seen_hits)
            hi = len(hits) if want is None else want - seen_hits
            if lo < hi and lo < len(hits):
                page.extend(_make_hits(conn, cand, text, hits[lo:hi]))
        seen_hits += n
    counted = all(d.hits is not None for d in docs)
    total_hits = sum(d.hits or 0 for d in docs) if counted else None
    return SearchResult(
        query, tuple(page), tuple(docs), len(candidates) - dropped, total_hits, _ms(t0)
    )


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000.0


def _candidates(
    conn: sqlite3.Connection,
    parsed: Query,
    doc_type: str | Sequence[str] | None,
    issuer: str | None,
    year_from: int | None,
    year_to: int | None,
    tree_prefix: Sequence[str] | None,
    label: str | None,
) -> list[_Candidate]:
    """Documents the index says contain every term, filtered, best bm25 first.

    Only columns stored before ``text`` are read: a column after it (text_length) would make
    SQLite walk the text's overflow pages for every candidate (4× slower).
    """
    where = [f"{FTS_TABLE} MATCH ?"]
    params: list[object] = [parsed.match_expression()]
    if doc_type is not None:
        types = [doc_type] if isinstance(doc_type, str) else list(doc_type)
        where.append(f"d.doc_type IN ({', '.join('?' * len(types)) or 'NULL'})")
        params.extend(types)
    if issuer:
        where.append("instr(d.issuer, ?) > 0")
        params.append(issuer)
    if year_from is not None:
        where.append("CAST(substr(d.date, 1, 4) AS INTEGER) >= ?")
        params.append(int(year_from))
    if year_to is not None:
        where.append("CAST(substr(d.date, 1, 4) AS INTEGER) <= ?")
        params.append(int(year_to))
    for i, part in enumerate(tree_prefix or ()):
        where.append(
            f"CASE WHEN json_valid(d.tree_path) THEN json_extract(d.tree_path, '$[{i}]') END = ?"
        )
        params.append(part)
    if label is not None:
        where.append(
            "EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = d.id"
            " AND instr(' ' || s.labels || ' ', ?) > 0)"
        )
        params.append(f" {label.strip()} ")
    sql = (
        f"SELECT f.rowid, bm25({FTS_TABLE}, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score,"
        f" d.title FROM {FTS_TABLE} f JOIN documents d ON d.id = f.rowid"
        f" WHERE {' AND '.join(where)} ORDER BY score, f.rowid"
    )
    return [_Candidate(*row) for row in conn.execute(sql, params)]


def _text(conn: sqlite3.Connection, doc_id: int) -> str:
    row = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else ""


def _doc_hits(
    conn: sqlite3.Connection, parsed: Query, cand: _Candidate, text: str, label: str | None
) -> list[tuple[int, int]] | None:
    """Exact hits in the text; None when the document does not really match."""
    hits: list[tuple[int, int]] = []
    for term in parsed.terms:
        starts = term.find_all(text)
        if not starts and (label is not None or not term.find_all(cand.title)):
            return None
        hits.extend((s, s + len(term.text)) for s in starts)
    hits.sort(key=lambda h: (h[0], -h[1]))
    if label is not None:
        hits = _in_labelled_sentences(conn, cand.doc_id, hits, label)
        if not hits:
            return None
    return hits


def _doc_count(parsed: Query, cand: _Candidate, text: str) -> int | None:
    """How many hits ``_doc_hits`` would give (no label filter), without positions."""
    total = 0
    for term in parsed.terms:
        n = term.count(text)
        if not n and not term.find_all(cand.title):
            return None
        total += n
    return total


def _in_labelled_sentences(
    conn: sqlite3.Connection, doc_id: int, hits: list[tuple[int, int]], label: str
) -> list[tuple[int, int]]:
    """Only the hits lying inside a sentence whose labels contain ``label``."""
    spans = [
        (s, e)
        for s, e, labels in conn.execute(
            'SELECT start, "end", labels FROM sentences WHERE doc_id = ? ORDER BY start',
            (doc_id,),
        )
        if label.strip() in (labels or "").split()
    ]
    starts = [s for s, _ in spans]
    out = []
    for hs, he in hits:
        j = bisect_right(starts, hs) - 1
        # sentences do not overlap; a few steps back make a stray overlap in the data harmless
        if any(spans[k][1] >= he for k in range(j, max(-1, j - 4), -1)):
            out.append((hs, he))
    return out


def _make_hits(
    conn: sqlite3.Connection, cand: _Candidate, text: str, hits: list[tuple[int, int]]
) -> list[SearchHit]:
    """SearchHit objects with section label and snippet for one document's page hits."""
    sections = _Sections(conn, cand.doc_id)
    out = []
    for s, e in hits:
        before = _WS.sub(" ", text[max(0, s - SNIPPET_CONTEXT) : s])
        after = _WS.sub(" ", text[e : e + SNIPPET_CONTEXT])
        hit = text[s:e]
        out.append(
            SearchHit(
                cand.doc_id,
                cand.title,
                s,
                e,
                sections.label_at(s),
                f"{before}«{hit}»{after}",
                before,
                hit,
                after,
            )
        )
    return out


class _Sections:
    """A document's sections, for the innermost 条/outline item around an offset."""

    def __init__(self, conn: sqlite3.Connection, doc_id: int) -> None:
        rows = conn.execute(
            'SELECT idx, kind, label, start, "end", parent FROM sections WHERE doc_id = ?',
            (doc_id,),
        ).fetchall()
        rows.sort(key=lambda r: (r[3], -r[4], r[0]))
        pos = {r[0]: i for i, r in enumerate(rows)}
        self._rows = rows
        self._starts = [r[3] for r in rows]
        self._parent = [pos.get(r[5]) if r[5] is not None else None for r in rows]

    def label_at(self, offset: int) -> str | None:
        j = bisect_right(self._starts, offset) - 1
        while j >= 0:
            _, kind, label, start, end, _ = self._rows[j]
            if start <= offset < end and kind not in _FINER_THAN_ARTICLE:
                return str(label)
            p = self._parent[j]
            # the innermost container is an ancestor of the last section starting before us
            j = p if p is not None and p < j else j - 1
        return None
