"""Citation graph over the library: who cites whom, PageRank, neighbourhoods, JSON and GraphML."""

from __future__ import annotations

from core.graph.build import (
    Citation,
    GraphDoc,
    article_edges,
    build_graph,
    graph_to_json,
    missing_node,
    neighbourhood,
    pagerank,
    write_graphml,
)

__all__ = [
    "Citation",
    "GraphDoc",
    "article_edges",
    "build_graph",
    "graph_to_json",
    "missing_node",
    "neighbourhood",
    "pagerank",
    "write_graphml",
]
