"""The citation graph view over the sample library: edges, open, neighbourhood, layout, export."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.graph.scope import GraphFilter
from core.library import Library
from core.paths import sample_docs_dir

CSL = "中华人民共和国网络安全法"


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory) -> Path:
    samples = sample_docs_dir()
    if not samples.is_dir():
        pytest.skip("sample_docs missing")
    db = tmp_path_factory.mktemp("graph") / "samples.db"
    with Library.open(db) as lib:
        report = lib.import_paths([samples])
        assert not report.failed, report.failed
    return db


@pytest.fixture
def lib(samples_db, tmp_path):
    dst = tmp_path / "lib.db"
    src, out = sqlite3.connect(samples_db), sqlite3.connect(dst)
    src.backup(out)
    src.close()
    out.close()
    lib = Library.open(dst)
    yield lib
    lib.close()


def doc_id(lib: Library, title: str) -> int:
    return next(d.id for d in lib.list_documents() if d.title == title)


@pytest.fixture
def view(qtbot, lib):
    from desktop.graph_view import GraphView

    v = GraphView(lib)
    qtbot.addWidget(v)
    v.resize(1100, 750)
    v.show()
    qtbot.waitExposed(v)
    return v


def show(qtbot, view, fn, *args):
    with qtbot.waitSignal(view.sig_ready, timeout=10_000):
        fn(*args)


def test_samples_cite_cybersecurity_law(qtbot, view, lib):
    show(qtbot, view, view.show_library)
    csl = doc_id(lib, CSL)
    citing = {
        view.scene.infos[u].title
        for u, v, _w in view.scene.edge_layer.edges
        if view.scene.infos[v].node == csl
    }
    assert {"中华人民共和国数据安全法", "关键信息基础设施安全保护条例"} <= citing
    assert any("数据资产" in t for t in citing)
    # what the library says cites it, the graph draws
    expected = {c.source_id for c in lib.citations() if c.target_id == csl and c.source_id != csl}
    assert {
        view.scene.infos[u].node
        for u, v, _ in view.scene.edge_layer.edges
        if view.scene.infos[v].node == csl
    } == expected
    # missing documents are drawn, hollow
    missing = [i for i in view.scene.infos if i.type_key == ""]
    assert missing and all(i.doc_id is None for i in missing)
    assert view.scene.nodes[view.scene.index[missing[0].node]].brush().style() == Qt.NoBrush


def test_double_click_opens_document(qtbot, view, lib):
    show(qtbot, view, view.show_library)
    csl = doc_id(lib, CSL)
    i = view.scene.index[csl]
    view.canvas.center_on_node(i)
    qtbot.wait(20)
    pos = view.canvas.mapFromScene(view.scene.nodes[i].pos())
    with qtbot.waitSignal(view.sig_open_document, timeout=2000) as sig:
        qtbot.mouseDClick(view.canvas.viewport(), Qt.LeftButton, pos=pos)
    assert sig.args == [csl]


def test_neighbourhood_shows_exactly_the_neighbours(qtbot, view, lib):
    show(qtbot, view, view.show_library)
    g = view.graph
    csl = doc_id(lib, CSL)
    for direction, expect in (
        ("in", set(g.predecessors(csl))),
        ("out", set(g.successors(csl))),
        ("both", set(g.predecessors(csl)) | set(g.successors(csl))),
    ):
        show(qtbot, view, view.show_neighbourhood, csl, 1, direction)
        assert view.visible_nodes() == expect | {csl}, direction


def test_layout_is_deterministic(qtbot, view, lib):
    show(qtbot, view, view.show_library)
    first = {
        info.node: (n.pos().x(), n.pos().y())
        for n, info in zip(view.scene.nodes, view.scene.infos, strict=True)
    }
    view.invalidate()
    show(qtbot, view, view.show_library)
    again = {
        info.node: (n.pos().x(), n.pos().y())
        for n, info in zip(view.scene.nodes, view.scene.infos, strict=True)
    }
    assert first == again


def test_filters_and_search(qtbot, view, lib):
    show(qtbot, view, view.show_library)
    view.set_filter(GraphFilter(show_missing=False))
    assert all(isinstance(n, int) for n in view.visible_nodes())
    view.set_filter(GraphFilter(min_citations=3))
    csl = doc_id(lib, CSL)
    assert view.visible_nodes() == {csl, doc_id(lib, "关键信息基础设施安全保护条例")}
    view.set_filter(GraphFilter())
    assert view.find("网络安全法") == csl
    assert view.scene.nodes[view.scene.index[csl]].isSelected()
    assert view.find("不存在的法") is None


def test_expand_articles_and_edge_tooltip(qtbot, view, lib):
    show(qtbot, view, view.show_library)
    from core.graph import Citation

    cii, csl = doc_id(lib, "关键信息基础设施安全保护条例"), doc_id(lib, CSL)
    # the samples cite whole laws only; add what a 《网络安全法》第三十一条 citation would store
    text = lib.document_text(cii)
    start = text.index("《中华人民共和国网络安全法》")
    view._citations = [
        *lib.citations(),
        Citation(cii, csl, CSL, 31, start, start + 14),
        Citation(cii, csl, CSL, 21, start, start + 14),
    ]
    n = view.expand_articles(cii)
    sats = [i for i in view.scene.infos if i.type_key == "article"]
    assert n == len(sats) == 2
    assert all(s.doc_id == doc_id(lib, CSL) and s.title.startswith("第") for s in sats)
    k = next(
        k
        for k, (u, v, _w) in enumerate(view.scene.edge_layer.edges)
        if view.scene.infos[u].node == cii and view.scene.infos[v].node == doc_id(lib, CSL)
    )
    tip = view.edge_tooltip(k)
    assert "<u>" in tip and "网络安全法" in tip
    view.collapse_articles(cii)
    assert not any(view.scene.nodes[view.scene.index[s.node]].isVisible() for s in sats)


def test_export(qtbot, view, tmp_path):
    show(qtbot, view, view.show_library)
    png = view.export_png(tmp_path / "g.png", scale=1)
    svg = view.export_svg(tmp_path / "g.svg")
    gml = view.export_graphml(tmp_path / "g.graphml")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in svg.read_text(encoding="utf-8")
    import networkx as nx

    back = nx.read_graphml(gml)
    assert back.number_of_nodes() == len(view.visible_nodes())


def test_zoom_keys_zoom_the_graph(qtbot, view):
    show(qtbot, view, view.show_library)
    view.canvas.setFocus()
    before = view.canvas.scale_now()
    qtbot.keyClick(view.canvas, Qt.Key_Equal, Qt.ControlModifier)
    assert view.canvas.scale_now() > before
    qtbot.keyClick(view.canvas, Qt.Key_Minus, Qt.ControlModifier)
    assert view.canvas.scale_now() == pytest.approx(before)


def test_main_window_opens_graph_and_document(qtbot, window, library):
    from tests.desktop.conftest import doc_id_by_title

    csl = doc_id_by_title(library, "网络安全法")
    view = window.show_graph()
    qtbot.waitUntil(lambda: view.sub is not None, timeout=10_000)
    view.sig_open_document.emit(csl)
    assert window.current_reader().doc_id == csl
    with qtbot.waitSignal(view.sig_ready, timeout=10_000):
        window.show_current_in_graph()
    assert csl in view.visible_nodes()
