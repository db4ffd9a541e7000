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
from core.graph.layout import label_thresholds, layout_graph, satellite_positions
from core.graph.scope import GraphFilter, Scope, scope_graph, visible_subgraph

__all__ = [
    "Citation",
    "GraphDoc",
    "GraphFilter",
    "Scope",
    "article_edges",
    "build_graph",
    "graph_to_json",
    "label_thresholds",
    "layout_graph",
    "missing_node",
    "neighbourhood",
    "pagerank",
    "satellite_positions",
    "scope_graph",
    "visible_subgraph",
    "write_graphml",
]
