"""What the graph view shows: a scope (library, neighbourhood, selection) and its filters."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import networkx as nx

from core.graph.build import Direction, neighbourhood

ScopeKind = Literal["library", "neighbourhood", "selection"]
SENTENCE_ENDS = "。！？；!?;\n"


@dataclass(frozen=True)
class Scope:
    """Which part of the library graph to draw; hashable, so layouts can be cached by it."""

    kind: ScopeKind = "library"
    node: Hashable | None = None  # neighbourhood centre
    depth: int = 1
    direction: Direction = "both"
    selection: frozenset[Hashable] = field(default_factory=frozenset)


def scope_graph(g: nx.DiGraph, scope: Scope) -> nx.DiGraph:
    """The subgraph ``scope`` selects (a copy; the library graph is never changed)."""
    if scope.kind == "library":
        return g.copy()
    if scope.kind == "neighbourhood":
        return neighbourhood(g, scope.node, scope.depth, scope.direction)
    if scope.kind == "selection":
        return g.subgraph(n for n in scope.selection if n in g).copy()
    raise ValueError(f"unknown scope {scope.kind!r}")


@dataclass(frozen=True)
class GraphFilter:
    """Which nodes of a scope stay visible.

    ``types`` None keeps every type; documents the library does not hold have no type and are
    kept by ``show_missing``. Years compare with the first four digits of ``date``; undated
    documents always pass. ``min_citations`` keeps only links made by at least that many
    citations (0 also keeps documents with no link at all, 1 drops them).
    """

    types: frozenset[str] | None = None
    show_missing: bool = True
    year_from: int | None = None
    year_to: int | None = None
    min_citations: int = 0

    def is_identity(self) -> bool:
        return self == GraphFilter()


def node_year(date: Any) -> int | None:
    text = str(date or "")[:4]
    return int(text) if text.isdigit() else None


def type_key(attrs: dict[str, Any]) -> str:
    """The legend entry of a node: its type, "" for a document outside the library."""
    if not attrs.get("in_library", True):
        return ""
    return str(attrs.get("doc_type") or "其他")


def visible_subgraph(g: nx.DiGraph, flt: GraphFilter) -> tuple[set[Hashable], list[tuple]]:
    """(visible nodes, visible edges as (u, v)) of ``g`` under ``flt``; neither is copied."""
    keep: set[Hashable] = set()
    for node, attrs in g.nodes(data=True):
        if not attrs.get("in_library", True):
            if flt.show_missing:
                keep.add(node)
            continue
        if flt.types is not None and type_key(attrs) not in flt.types:
            continue
        year = node_year(attrs.get("date"))
        if year is not None and (
            (flt.year_from is not None and year < flt.year_from)
            or (flt.year_to is not None and year > flt.year_to)
        ):
            continue
        keep.add(node)
    edges = [
        (u, v)
        for u, v, w in g.edges(data="weight", default=1)
        if u in keep and v in keep and w >= flt.min_citations
    ]
    if flt.min_citations > 0:
        linked = {u for u, _v in edges} | {v for _u, v in edges}
        keep &= linked
    return keep, edges


def type_counts(g: nx.DiGraph, nodes: Iterable[Hashable] | None = None) -> dict[str, int]:
    """How many nodes of each legend entry, most common first (missing documents as "")."""
    counts: dict[str, int] = {}
    for node in g if nodes is None else nodes:
        key = type_key(g.nodes[node])
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def find_nodes(g: nx.DiGraph, query: str, limit: int = 20) -> list[Hashable]:
    """Nodes whose title contains ``query``: exact title first, then prefix, then shortest."""
    q = query.strip()
    if not q:
        return []
    hits = []
    for node, title in g.nodes(data="title"):
        t = str(title or "")
        pos = t.find(q)
        if pos >= 0:
            hits.append((t != q, pos != 0, len(t), t, node))
    hits.sort(key=lambda h: h[:4])
    return [h[4] for h in hits[:limit]]


def citation_context(text: str, start: int, end: int, width: int = 80) -> tuple[str, int, int]:
    """The sentence around ``text[start:end]``, at most ``width`` characters either side.

    Returns (snippet, span start, span end) with the span's offsets inside the snippet, so a
    caller can mark it. A cut sentence is marked with "…".
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    a = start
    while a > 0 and text[a - 1] not in SENTENCE_ENDS and start - a < width:
        a -= 1
    b = end
    while b < len(text) and text[b] not in SENTENCE_ENDS and b - end < width:
        b += 1
    if b < len(text) and text[b] != "\n":
        b += 1  # keep the sentence's own full stop
    head = "…" if a > 0 and text[a - 1] not in SENTENCE_ENDS else ""
    tail = "…" if b < len(text) and text[b - 1] not in SENTENCE_ENDS else ""
    snippet = head + text[a:b].strip() + tail
    lead = len(text[a:b]) - len(text[a:b].lstrip())
    s = len(head) + start - a - lead
    return snippet, s, s + (end - start)


def article_label(sections: list[dict[str, Any]], pos: int) -> str:
    """The label of the innermost 条 containing ``pos`` (else the innermost section, else "")."""
    best = ""
    best_len: int | None = None
    for s in sections:
        if s["start"] <= pos < s["end"]:
            if s.get("kind") == "条":
                return str(s["label"])
            length = s["end"] - s["start"]
            if best_len is None or length < best_len:
                best, best_len = str(s.get("label") or ""), length
    return best


__all__ = [
    "GraphFilter",
    "Scope",
    "article_label",
    "citation_context",
    "find_nodes",
    "node_year",
    "scope_graph",
    "type_counts",
    "type_key",
    "visible_subgraph",
]
