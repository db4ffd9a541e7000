"""The citation graph: library documents and the titles they cite, built from plain rows."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from core.errors import DocumentNotFoundError

MISSING_PREFIX = "missing:"
Direction = Literal["in", "out", "both"]


@dataclass(frozen=True)
class GraphDoc:
    """A library document as the graph needs it."""

    id: int
    title: str
    doc_type: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Citation:
    """One reference in ``source_id``'s text at ``start``–``end``; ``target_id`` None = not in library."""

    source_id: int
    target_id: int | None
    target_title: str
    target_article: int | None
    start: int
    end: int


def missing_node(title: str) -> str:
    """Node id of a cited document the library does not hold."""
    return MISSING_PREFIX + title


def build_graph(docs: Iterable[GraphDoc], citations: Iterable[Citation]) -> nx.DiGraph:
    """One node per library document and per missing cited title, one edge per citing pair.

    Edge ``weight`` is the number of citations and ``citations`` their ``(doc_id, start, end)``
    in text order. Node ``in_degree`` counts distinct citing documents (a law cited thirty times
    by one notice is not thirty times as central); ``cited`` is the weighted total. Self-citations
    (本法第二十一条) are left out. A citation whose source is not among ``docs`` is skipped, and
    one whose ``target_id`` is not among ``docs`` becomes a missing node under its title.
    """
    g = nx.DiGraph()
    for doc in docs:
        g.add_node(doc.id, title=doc.title, doc_type=doc.doc_type, date=doc.date, in_library=True)
    spans: dict[tuple[int, Hashable], list[tuple[int, int, int]]] = defaultdict(list)
    for cit in citations:
        if cit.source_id not in g or cit.source_id == cit.target_id:
            continue
        target: Hashable = cit.target_id
        if target is None or target not in g:
            target = missing_node(cit.target_title)
            if target not in g:
                g.add_node(
                    target, title=cit.target_title, doc_type=None, date=None, in_library=False
                )
        spans[(cit.source_id, target)].append((cit.source_id, cit.start, cit.end))
    for (source, target), cits in spans.items():
        g.add_edge(source, target, weight=len(cits), citations=sorted(cits))
    for node in g:
        g.nodes[node]["in_degree"] = g.in_degree(node)
        g.nodes[node]["cited"] = g.in_degree(node, weight="weight")
    nx.set_node_attributes(g, pagerank(g), "pagerank")
    return g


def pagerank(
    g: nx.DiGraph, alpha: float = 0.85, max_iter: int = 100, tol: float = 1.0e-6
) -> dict[Hashable, float]:
    """PageRank on edge weights by power iteration, as ``nx.pagerank`` computes it.

    ``nx.pagerank`` needs scipy (and numpy), which Fayan does not ship; this pure-Python loop
    over a flat edge list does a few thousand nodes and tens of thousands of edges in well under
    a second. Dangling nodes (missing documents, uncited-citing leaves) spread their rank evenly.
    """
    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    out_weight = [0.0] * n
    for u, _v, w in g.edges(data="weight", default=1):
        out_weight[index[u]] += w
    incoming: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for u, v, w in g.edges(data="weight", default=1):
        if out_weight[index[u]]:
            incoming[index[v]].append((index[u], w / out_weight[index[u]]))
    dangling = [i for i in range(n) if out_weight[i] == 0]
    x = [1.0 / n] * n
    for _ in range(max_iter):
        base = (1.0 - alpha) / n + alpha * sum(x[i] for i in dangling) / n
        new = [base + alpha * sum(x[j] * w for j, w in inc) for inc in incoming]
        err = sum(abs(a - b) for a, b in zip(new, x, strict=True))
        x = new
        if err < n * tol:
            break
    return dict(zip(nodes, x, strict=True))


def graph_to_json(g: nx.DiGraph) -> dict[str, list[dict[str, Any]]]:
    """The ``fayan graph --json`` document (DESIGN.md §4), nodes by PageRank, best first."""
    nodes = sorted(g.nodes(data=True), key=lambda item: (-item[1]["pagerank"], str(item[0])))
    return {
        "nodes": [
            {
                "id": node,
                "title": attrs["title"],
                "doc_type": attrs["doc_type"],
                "in_library": attrs["in_library"],
                "in_degree": attrs["in_degree"],
                "pagerank": attrs["pagerank"],
            }
            for node, attrs in nodes
        ],
        "edges": [
            {
                "source": u,
                "target": v,
                "weight": attrs["weight"],
                "citations": [
                    {"doc_id": d, "start": s, "end": e} for d, s, e in attrs["citations"]
                ],
            }
            for u, v, attrs in g.edges(data=True)
        ],
    }


def write_graphml(g: nx.DiGraph, path: str | Path) -> None:
    """Write GraphML for Gephi/yEd: ``citations`` as a JSON string, absent values left out."""
    out = nx.DiGraph()
    for node, attrs in g.nodes(data=True):
        out.add_node(node, **{k: v for k, v in attrs.items() if v is not None})
    for u, v, attrs in g.edges(data=True):
        cits = [list(c) for c in attrs.get("citations", ())]
        out.add_edge(u, v, weight=attrs.get("weight", 1), citations=json.dumps(cits))
    nx.write_graphml(out, str(path), encoding="utf-8")


def article_edges(citations: Iterable[Citation], doc_id: int) -> list[tuple[int, int | None, int]]:
    """``(target_id, target_article, count)`` cited by ``doc_id``: how to expand it into articles.

    Only resolved citations of other documents count; ``target_article`` None means the document
    as a whole. Most cited first, then by target and article.
    """
    counts = Counter(
        (c.target_id, c.target_article)
        for c in citations
        if c.source_id == doc_id and c.target_id is not None and c.target_id != doc_id
    )
    rows = [(t, a, n) for (t, a), n in counts.items() if t is not None]
    rows.sort(key=lambda r: (-r[2], r[0], -1 if r[1] is None else r[1]))
    return rows


def neighbourhood(
    g: nx.DiGraph, node: Hashable, depth: int = 1, direction: Direction = "both"
) -> nx.DiGraph:
    """The subgraph induced by ``node`` and everything within ``depth`` hops (1–3).

    ``direction`` "in" follows citations backwards (who cites it), "out" forwards (what it
    cites), "both" either way.
    """
    if node not in g:
        raise DocumentNotFoundError(
            f"Document {node!r} is not in the citation graph.",
            key="graph.not_in_graph",
            params={"node": node},
        )
    if not 1 <= depth <= 3:
        raise ValueError(f"depth must be 1, 2 or 3, not {depth}")
    if direction not in ("in", "out", "both"):
        raise ValueError(f"direction must be 'in', 'out' or 'both', not {direction!r}")
    seen = {node}
    frontier = {node}
    for _ in range(depth):
        step: set[Hashable] = set()
        for n in frontier:
            if direction in ("out", "both"):
                step.update(g.successors(n))
            if direction in ("in", "both"):
                step.update(g.predecessors(n))
        frontier = step - seen
        seen |= frontier
    return g.subgraph(seen).copy()
