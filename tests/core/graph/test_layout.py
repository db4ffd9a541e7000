"""Graph layout and view scopes: deterministic, finite, separated; filters and citation context."""

from __future__ import annotations

import math
import random

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.graph import missing_node
from core.graph.layout import label_thresholds, layout_graph, node_key, satellite_positions
from core.graph.scope import (
    GraphFilter,
    Scope,
    article_label,
    citation_context,
    find_nodes,
    scope_graph,
    visible_subgraph,
)


def citation_graph(n_docs: int = 300, seed: int = 1) -> nx.DiGraph:
    """A library-like graph: a few hubs cited by many, missing titles, isolated documents."""
    rng = random.Random(seed)
    g = nx.DiGraph()
    for i in range(n_docs):
        g.add_node(
            i, title=f"文件{i}", doc_type="政策文件", date=f"{2000 + i % 24}-01-01", in_library=True
        )
    for i in range(20, n_docs - 30):
        for _ in range(rng.randint(1, 3)):
            t = rng.choice(range(8)) if rng.random() < 0.7 else rng.randrange(n_docs)
            if t != i:
                g.add_edge(i, t, weight=rng.randint(1, 4))
        if rng.random() < 0.2:
            m = missing_node(f"缺失{rng.randrange(40)}")
            g.add_node(m, title=m[8:], doc_type=None, date=None, in_library=False)
            g.add_edge(i, m, weight=1)
    return g


def test_layout_is_deterministic_and_finite():
    g = citation_graph()
    a = layout_graph(g, seed=3)
    b = layout_graph(g.copy(), seed=3)
    assert a == b
    assert set(a) == set(g)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in a.values())


def test_layout_ignores_insertion_order():
    g = citation_graph(120)
    h = nx.DiGraph()
    h.add_nodes_from(sorted(g.nodes(data=True), key=lambda nd: str(nd[0]), reverse=True))
    h.add_edges_from(reversed(list(g.edges(data=True))))
    assert layout_graph(g, seed=1) == layout_graph(h, seed=1)


def test_nodes_do_not_pile_up():
    pos = layout_graph(citation_graph(), seed=1)
    pts = list(pos.values())
    close = sum(
        1
        for i in range(len(pts))
        for j in range(i + 1, len(pts))
        if math.dist(pts[i], pts[j]) < 0.05
    )
    assert close <= len(pts) // 100


def test_linked_nodes_are_closer_than_unlinked():
    g = citation_graph()
    pos = layout_graph(g, seed=1)
    linked = [math.dist(pos[u], pos[v]) for u, v in g.edges]
    nodes = sorted(g, key=node_key)
    rng = random.Random(0)
    pairs = [(rng.choice(nodes), rng.choice(nodes)) for _ in range(len(linked))]
    unlinked = [math.dist(pos[u], pos[v]) for u, v in pairs if not g.has_edge(u, v)]
    assert sum(linked) / len(linked) < 0.6 * sum(unlinked) / len(unlinked)


@pytest.mark.parametrize("n", [0, 1, 2, 3])
def test_tiny_graphs(n):
    g = nx.path_graph(n, create_using=nx.DiGraph)
    pos = layout_graph(g)
    assert set(pos) == set(g)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 25), st.integers(0, 25)), max_size=60))
def test_layout_any_small_graph(edges):
    g = nx.DiGraph()
    g.add_nodes_from(range(5))
    g.add_edges_from(edges, weight=1)
    pos = layout_graph(g, seed=2)
    assert set(pos) == set(g)
    assert pos == layout_graph(g, seed=2)
    assert all(math.isfinite(c) for p in pos.values() for c in p)


def test_cancel_returns_positions_for_every_node():
    g = citation_graph(200)
    pos = layout_graph(g, cancelled=lambda: True)
    assert set(pos) == set(g)


def test_label_thresholds():
    # two labels 10 units apart horizontally, 100 px wide: they part at scale 10
    t = label_thresholds([(0, 0), (10, 0), (1000, 0)], [(100, 20)] * 3)
    assert t[0] == 0 and t[1] == pytest.approx(10.0) and t[2] == pytest.approx(0.1)
    # too close to ever part within max_scale: shown only on hover
    assert label_thresholds([(0, 0), (0.001, 0.001)], [(100, 20)] * 2)[1] == math.inf


def test_label_thresholds_keep_labels_off_nearby_nodes():
    # a 100×20 px label under (0, 0); a disc of radius 5 centred 30 units right, 10 below:
    # it is covered until 50 px reach past 25 units (scale 2) or 20 px fit above 5 (scale 4)
    t = label_thresholds([(0, 0)], [(100, 20)], obstacles=[[(30, 10, 5)]])
    assert t[0] == pytest.approx(2.0)
    # a disc wholly above the label's top edge never hides it
    assert label_thresholds([(0, 0)], [(100, 20)], obstacles=[[(0, -10, 5)]])[0] == 0


def test_satellites_on_a_circle():
    pts = satellite_positions((10, 5), 3, 4)
    assert len(pts) == 4
    assert all(math.dist(p, (10, 5)) == pytest.approx(3) for p in pts)


# --- scopes and filters ----------------------------------------------------------------------


def test_scopes():
    g = citation_graph(80)
    assert set(scope_graph(g, Scope("library"))) == set(g)
    hood = scope_graph(g, Scope("neighbourhood", node=0, depth=1, direction="in"))
    assert set(hood) == {0, *g.predecessors(0)}
    sel = scope_graph(g, Scope("selection", selection=frozenset({0, 1, 999})))
    assert set(sel) == {0, 1}


def test_filters():
    g = citation_graph(80)
    keep, edges = visible_subgraph(g, GraphFilter(show_missing=False))
    assert all(g.nodes[n]["in_library"] for n in keep)
    keep, _ = visible_subgraph(g, GraphFilter(year_from=2010, year_to=2012))
    assert keep and all(
        2010 <= int(g.nodes[n]["date"][:4]) <= 2012 for n in keep if g.nodes[n]["date"]
    )
    keep, edges = visible_subgraph(g, GraphFilter(min_citations=3))
    assert all(g.edges[u, v]["weight"] >= 3 for u, v in edges)
    assert keep == {u for u, _ in edges} | {v for _, v in edges}
    keep, _ = visible_subgraph(g, GraphFilter(types=frozenset({"法律"})))
    assert all(not g.nodes[n]["in_library"] for n in keep)


def test_find_nodes_prefers_exact_title():
    g = nx.DiGraph()
    g.add_node(1, title="中华人民共和国网络安全法")
    g.add_node(2, title="网络安全法")
    g.add_node(3, title="网络安全法实施细则")
    assert find_nodes(g, "网络安全法") == [2, 3, 1]
    assert find_nodes(g, "  ") == []


def test_citation_context_and_article():
    text = "第一条 总则。\n第二十一条 网络运营者应当依照《中华人民共和国网络安全法》的规定履行义务。其他。"
    start = text.index("《")
    end = text.index("》") + 1
    snippet, s, e = citation_context(text, start, end)
    assert snippet[s:e] == text[start:end]
    assert snippet.startswith("第二十一条") and snippet.endswith("义务。")
    sections = [
        {"kind": "条", "label": "第一条", "start": 0, "end": 8},
        {"kind": "条", "label": "第二十一条", "start": 8, "end": len(text)},
    ]
    assert article_label(sections, start) == "第二十一条"
    long = "甲" * 300 + "《网络安全法》" + "乙" * 300
    snippet, s, e = citation_context(long, 300, 307, width=20)
    assert snippet[s:e] == "《网络安全法》" and snippet[0] == "…" and snippet[-1] == "…"
