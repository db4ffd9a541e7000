"""Citation graph: counts, missing documents, PageRank, neighbourhoods, JSON and GraphML."""

from __future__ import annotations

import json
import random
import time

import networkx as nx
import pytest

from core.errors import DocumentNotFoundError
from core.graph import (
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

CSL, DSL, PIPL, CII, NOTICE = 1, 2, 3, 4, 5
SECRETS = missing_node("中华人民共和国保守国家秘密法")
ESIG = missing_node("中华人民共和国电子签名法")
CIVIL = missing_node("中华人民共和国民法典")

DOCS = [
    GraphDoc(CSL, "中华人民共和国网络安全法", "法律", "2016-11-07"),
    GraphDoc(DSL, "中华人民共和国数据安全法", "法律", "2021-06-10"),
    GraphDoc(PIPL, "中华人民共和国个人信息保护法", "法律", "2021-08-20"),
    GraphDoc(CII, "关键信息基础设施安全保护条例", "行政法规", "2021-07-30"),
    GraphDoc(NOTICE, "关于加强数据安全管理的通知", "规范性文件", None),
]


def cite(src, tgt, title, article, start):
    return Citation(src, tgt, title, article, start, start + len(title) + 2)


CITATIONS = [
    cite(CII, CSL, "中华人民共和国网络安全法", None, 30),
    cite(CII, CSL, "中华人民共和国网络安全法", 31, 900),
    cite(CII, CSL, "中华人民共和国网络安全法", None, 500),
    cite(PIPL, CSL, "中华人民共和国网络安全法", None, 4000),
    cite(PIPL, DSL, "中华人民共和国数据安全法", None, 4100),
    cite(PIPL, 42, "中华人民共和国民法典", None, 10),  # 42 is no library document
    cite(DSL, CSL, "中华人民共和国网络安全法", None, 2500),
    cite(DSL, None, "中华人民共和国保守国家秘密法", None, 3000),
    cite(NOTICE, CSL, "中华人民共和国网络安全法", 21, 100),
    cite(NOTICE, CSL, "中华人民共和国网络安全法", None, 50),
    cite(NOTICE, PIPL, "中华人民共和国个人信息保护法", None, 200),
    cite(NOTICE, None, "中华人民共和国电子签名法", None, 300),
    cite(NOTICE, None, "中华人民共和国保守国家秘密法", None, 400),
    cite(NOTICE, None, "中华人民共和国保守国家秘密法", None, 450),
    cite(CSL, CSL, "本法", 21, 700),  # self-citation: left out
    cite(99, CSL, "中华人民共和国网络安全法", None, 0),  # source not in the library: skipped
]

EDGES = {
    (CII, CSL): 3,
    (PIPL, CSL): 1,
    (PIPL, DSL): 1,
    (PIPL, CIVIL): 1,
    (DSL, CSL): 1,
    (DSL, SECRETS): 1,
    (NOTICE, CSL): 2,
    (NOTICE, PIPL): 1,
    (NOTICE, ESIG): 1,
    (NOTICE, SECRETS): 2,
}


@pytest.fixture(scope="module")
def g() -> nx.DiGraph:
    return build_graph(DOCS, CITATIONS)


def test_edges_and_weights(g):
    assert {(u, v): w for u, v, w in g.edges(data="weight")} == EDGES


def test_edge_citations_in_text_order(g):
    assert g.edges[CII, CSL]["citations"] == [(CII, 30, 44), (CII, 500, 514), (CII, 900, 914)]
    assert g.edges[NOTICE, SECRETS]["citations"] == [(NOTICE, 400, 416), (NOTICE, 450, 466)]


@pytest.mark.parametrize(
    ("node", "in_library", "title", "in_degree", "cited"),
    [
        (CSL, True, "中华人民共和国网络安全法", 4, 7),
        (DSL, True, "中华人民共和国数据安全法", 1, 1),
        (PIPL, True, "中华人民共和国个人信息保护法", 1, 1),
        (CII, True, "关键信息基础设施安全保护条例", 0, 0),
        (NOTICE, True, "关于加强数据安全管理的通知", 0, 0),
        (SECRETS, False, "中华人民共和国保守国家秘密法", 2, 3),
        (ESIG, False, "中华人民共和国电子签名法", 1, 1),
        (CIVIL, False, "中华人民共和国民法典", 1, 1),
    ],
)
def test_nodes(g, node, in_library, title, in_degree, cited):
    attrs = g.nodes[node]
    assert (attrs["in_library"], attrs["title"]) == (in_library, title)
    assert (attrs["in_degree"], attrs["cited"]) == (in_degree, cited)


def test_no_other_nodes_and_no_self_loops(g):
    assert g.number_of_nodes() == 8
    assert nx.number_of_selfloops(g) == 0
    assert 99 not in g


def test_pagerank_ordering(g):
    pr = nx.get_node_attributes(g, "pagerank")
    assert sum(pr.values()) == pytest.approx(1.0)
    ranked = sorted(pr, key=pr.get, reverse=True)
    assert ranked[0] == CSL
    assert pr[DSL] > pr[CII] and pr[PIPL] > pr[NOTICE]
    assert pr[SECRETS] > pr[ESIG]  # cited by two documents rather than one
    assert pr[CII] == pytest.approx(pr[NOTICE])  # nobody cites either


def _random_graph(n_nodes: int, n_edges: int, seed: int) -> nx.DiGraph:
    rng = random.Random(seed)
    edges: dict[tuple[int, int], int] = {}
    while len(edges) < n_edges:
        u, v = rng.randrange(n_nodes), rng.randrange(n_nodes)
        if u != v:
            edges[u, v] = rng.randint(1, 5)
    g = nx.DiGraph()
    g.add_nodes_from(range(n_nodes))
    g.add_weighted_edges_from((u, v, w) for (u, v), w in edges.items())
    return g


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_pagerank_agrees_with_networkx(seed):
    """Same numbers as networkx's own power iteration (its scipy version needs scipy)."""
    reference = getattr(nx.algorithms.link_analysis.pagerank_alg, "_pagerank_python", None)
    if reference is None:
        pytest.skip("this networkx has no pure-Python pagerank to compare with")
    g = _random_graph(60, 150, seed)
    ours, theirs = pagerank(g), reference(g, weight="weight")
    for node in g:
        assert ours[node] == pytest.approx(theirs[node], abs=1e-5)


def test_build_fast_for_thousands(capsys):
    """A library of 3000 documents with 60000 citations builds, PageRank included, at once."""
    rng = random.Random(7)
    docs = [GraphDoc(i, f"文件{i}") for i in range(3000)]
    targets = [rng.randrange(3300) for _ in range(60000)]  # 3000–3299 are missing documents
    cits = [
        Citation(rng.randrange(3000), t, f"文件{t}", None, i, i + 5) for i, t in enumerate(targets)
    ]
    start = time.perf_counter()
    g = build_graph(docs, cits)
    took = time.perf_counter() - start
    with capsys.disabled():
        print(f"\nbuild_graph: {len(g)} nodes, {g.number_of_edges()} edges in {took:.2f} s")
    assert sum(nx.get_node_attributes(g, "pagerank").values()) == pytest.approx(1.0)
    assert took < 5.0


def test_graph_to_json_contract(g):
    doc = json.loads(json.dumps(graph_to_json(g), ensure_ascii=False))
    assert set(doc) == {"nodes", "edges"}
    assert all(
        set(n) == {"id", "title", "doc_type", "in_library", "in_degree", "pagerank"}
        for n in doc["nodes"]
    )
    assert all(set(e) == {"source", "target", "weight", "citations"} for e in doc["edges"])
    assert doc["nodes"][0]["id"] == CSL  # best PageRank first
    by_id = {n["id"]: n for n in doc["nodes"]}
    assert by_id[SECRETS] == {
        "id": SECRETS,
        "title": "中华人民共和国保守国家秘密法",
        "doc_type": None,
        "in_library": False,
        "in_degree": 2,
        "pagerank": pytest.approx(g.nodes[SECRETS]["pagerank"]),
    }
    edge = next(e for e in doc["edges"] if (e["source"], e["target"]) == (NOTICE, CSL))
    assert edge["weight"] == 2
    assert edge["citations"] == [
        {"doc_id": NOTICE, "start": 50, "end": 64},
        {"doc_id": NOTICE, "start": 100, "end": 114},
    ]


def test_empty_graph():
    g = build_graph([], [])
    assert graph_to_json(g) == {"nodes": [], "edges": []}


def test_graphml_round_trip(g, tmp_path):
    path = tmp_path / "graph.graphml"
    write_graphml(g, path)
    back = nx.read_graphml(path)
    assert set(back) == {str(n) for n in g}
    assert back.number_of_edges() == len(EDGES)
    assert back.nodes[str(CSL)]["title"] == "中华人民共和国网络安全法"
    assert back.nodes[str(CSL)]["in_library"] is True
    assert back.nodes[SECRETS]["in_library"] is False
    assert "doc_type" not in back.nodes[SECRETS]  # None is left out, GraphML has no null
    assert back.nodes[str(CSL)]["pagerank"] == pytest.approx(g.nodes[CSL]["pagerank"])
    edge = back.edges[str(CII), str(CSL)]
    assert edge["weight"] == 3
    assert json.loads(edge["citations"]) == [[CII, 30, 44], [CII, 500, 514], [CII, 900, 914]]


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (CII, [(CSL, None, 2), (CSL, 31, 1)]),
        (NOTICE, [(CSL, None, 1), (CSL, 21, 1), (PIPL, None, 1)]),  # unresolved left out
        (PIPL, [(CSL, None, 1), (DSL, None, 1), (42, None, 1)]),
        (CSL, []),  # only a self-citation
        (99, [(CSL, None, 1)]),
        (1234, []),
    ],
)
def test_article_edges(doc_id, expected):
    assert article_edges(CITATIONS, doc_id) == expected


@pytest.mark.parametrize(
    ("node", "depth", "direction", "nodes"),
    [
        (CSL, 1, "in", {CSL, DSL, PIPL, CII, NOTICE}),
        (CSL, 1, "out", {CSL}),
        (CII, 1, "out", {CII, CSL}),
        (CII, 1, "in", {CII}),
        (DSL, 1, "both", {DSL, CSL, PIPL, SECRETS}),
        (DSL, 1, "out", {DSL, CSL, SECRETS}),
        (SECRETS, 1, "in", {SECRETS, DSL, NOTICE}),
        (SECRETS, 2, "in", {SECRETS, DSL, NOTICE, PIPL}),
        (SECRETS, 3, "in", {SECRETS, DSL, NOTICE, PIPL}),
        (PIPL, 2, "out", {PIPL, CSL, DSL, CIVIL, SECRETS}),
        (CII, 2, "both", {CII, CSL, DSL, PIPL, NOTICE}),
        (CII, 3, "both", {CSL, DSL, PIPL, CII, NOTICE, SECRETS, ESIG, CIVIL}),
    ],
)
def test_neighbourhood_nodes(g, node, depth, direction, nodes):
    assert set(neighbourhood(g, node, depth, direction)) == nodes


def test_neighbourhood_is_induced_subgraph_with_attributes(g):
    sub = neighbourhood(g, CII, 1, "out")
    assert list(sub.edges(data="weight")) == [(CII, CSL, 3)]
    sub = neighbourhood(g, DSL, 1, "both")
    assert set(sub.edges) == {(DSL, CSL), (DSL, SECRETS), (PIPL, DSL), (PIPL, CSL)}
    assert sub.nodes[CSL]["pagerank"] == g.nodes[CSL]["pagerank"]
    sub.nodes[CSL]["title"] = "changed"  # a copy: the library graph is untouched
    assert g.nodes[CSL]["title"] == "中华人民共和国网络安全法"


@pytest.mark.parametrize(
    ("node", "depth", "direction", "error"),
    [
        (77, 1, "both", DocumentNotFoundError),
        (CSL, 0, "both", ValueError),
        (CSL, 4, "both", ValueError),
        (CSL, 1, "sideways", ValueError),
    ],
)
def test_neighbourhood_rejects(g, node, depth, direction, error):
    with pytest.raises(error):
        neighbourhood(g, node, depth, direction)
