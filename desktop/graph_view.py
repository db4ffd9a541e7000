"""The citation graph view: scope and filter controls, layout in a worker, export, tooltips."""

from __future__ import annotations

import html
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

import networkx as nx
from PySide6.QtCore import QPoint, QRectF, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.graph import article_edges, write_graphml
from core.graph.layout import layout_graph
from core.graph.scope import (
    GraphFilter,
    Scope,
    article_label,
    citation_context,
    find_nodes,
    scope_graph,
    type_counts,
    visible_subgraph,
)
from desktop.errors import reason_text, show_error
from desktop.graph_canvas import GraphCanvas, legend_text
from desktop.graph_scene import GraphScene
from desktop.i18n import tr
from desktop.workers import start_worker

log = logging.getLogger(__name__)
LAYOUT_SEED = 7
NO_YEAR = 1948  # the spin boxes' "any year" value
SCOPES = ("library", "neighbourhood", "selection")
DIRECTIONS = ("both", "in", "out")


class GraphView(QWidget):
    """Draws a scope of the library's citation graph; double-click opens a document."""

    sig_open_document = Signal(int)
    sig_open_article = Signal(int, int)  # doc id, article number
    sig_ready = Signal()  # a scope is drawn (after the layout worker)

    def __init__(self, library: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.selection_provider: Callable[[], list[int]] | None = None
        self.current_doc: int | None = None
        self.graph: nx.DiGraph | None = None  # the whole library
        self._citations: list[Any] | None = None
        self._layouts: OrderedDict[Scope, tuple[nx.DiGraph, dict, float]] = OrderedDict()
        self._docs: OrderedDict[int, tuple[str, list[dict]]] = OrderedDict()
        self._generation = 0
        self._worker = None
        self.scope: Scope | None = None
        self.sub: nx.DiGraph | None = None
        self.timings: dict[str, float] = {}
        self.scene = GraphScene(self)
        self.canvas = GraphCanvas(self.scene, self)
        self.scene.tooltip_for = self.node_tooltip
        self._build_controls()
        self.canvas.sig_node_activated.connect(self._on_canvas_node_activated)
        self.canvas.sig_node_context.connect(self._on_canvas_node_context)
        self.canvas.sig_edge_hovered.connect(self._on_canvas_edge_hovered)

    # --- controls -----------------------------------------------------------------------------

    def _build_controls(self) -> None:
        self.scope_box = QComboBox()
        for key in SCOPES:
            self.scope_box.addItem(tr(f"graph.scope.{key}"), key)
        self.depth_box = QSpinBox()
        self.depth_box.setRange(1, 3)
        self.depth_box.setPrefix(tr("graph.depth"))
        self.direction_box = QComboBox()
        for key in DIRECTIONS:
            self.direction_box.addItem(tr(f"graph.direction.{key}"), key)
        self.size_box = QComboBox()
        self.size_box.addItem(tr("graph.size.in_degree"), "in_degree")
        self.size_box.addItem(tr("graph.size.pagerank"), "pagerank")
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("graph.search"))
        self.search_edit.setClearButtonEnabled(True)
        self.completer = QCompleter(QStringListModel(self), self)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search_edit.setCompleter(self.completer)
        self.fit_button = QToolButton()
        self.fit_button.setText(tr("graph.fit"))
        self.export_button = QToolButton()
        self.export_button.setText(tr("graph.export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for key, slot in (
            ("graph.export.png", self._export_png_dialog),
            ("graph.export.svg", self._export_svg_dialog),
            ("graph.export.graphml", self._export_graphml_dialog),
        ):
            menu.addAction(tr(key)).triggered.connect(slot)
        self.export_button.setMenu(menu)

        self.types_button = QToolButton()
        self.types_button.setText(tr("graph.types"))
        self.types_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.types_menu = QMenu(self.types_button)
        self.types_button.setMenu(self.types_menu)
        self.type_actions: dict[str, QAction] = {}
        self.year_from = self._year_box(tr("graph.year_from"))
        self.year_to = self._year_box(tr("graph.year_to"))
        self.min_cites = QSpinBox()
        self.min_cites.setRange(0, 99)
        self.min_cites.setPrefix(tr("graph.min_cites"))
        self.status = QLabel()
        self.status.setObjectName("muted")

        row1 = QHBoxLayout()
        for w in (self.scope_box, self.depth_box, self.direction_box, self.size_box):
            row1.addWidget(w)
        row1.addWidget(self.search_edit, 1)
        row1.addWidget(self.fit_button)
        row1.addWidget(self.export_button)
        row2 = QHBoxLayout()
        for w in (self.types_button, self.year_from, self.year_to, self.min_cites):
            row2.addWidget(w)
        row2.addWidget(self.status, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(3)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(self.canvas, 1)

        self.scope_box.currentIndexChanged.connect(self._on_scope_controls_changed)
        self.depth_box.valueChanged.connect(self._on_scope_controls_changed)
        self.direction_box.currentIndexChanged.connect(self._on_scope_controls_changed)
        self.size_box.currentIndexChanged.connect(self._on_size_box_changed)
        self.search_edit.returnPressed.connect(lambda: self.find(self.search_edit.text()))
        self.completer.activated.connect(self.find)
        self.fit_button.clicked.connect(lambda: self.canvas.fit())
        for box in (self.year_from, self.year_to, self.min_cites):
            box.valueChanged.connect(self.apply_filter)
        self._sync_scope_controls()

    def _year_box(self, prefix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(NO_YEAR, 2100)
        box.setSpecialValueText(prefix + tr("graph.any_year"))
        box.setPrefix(prefix)
        box.setValue(NO_YEAR)
        return box

    def _sync_scope_controls(self) -> None:
        hood = self.scope_box.currentData() == "neighbourhood"
        self.depth_box.setEnabled(hood)
        self.direction_box.setEnabled(hood)

    def _set_controls(self, scope: Scope) -> None:
        for box, value in (
            (self.scope_box, scope.kind),
            (self.direction_box, scope.direction),
        ):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)
        self.depth_box.blockSignals(True)
        self.depth_box.setValue(scope.depth)
        self.depth_box.blockSignals(False)
        self._sync_scope_controls()

    def _rebuild_type_menu(self) -> None:
        previous = {k for k, a in self.type_actions.items() if not a.isChecked()}
        self.types_menu.clear()
        self.type_actions = {}
        counts = type_counts(self.sub) if self.sub is not None else {}
        for key, n in counts.items():
            act = QAction(legend_text(key, n), self.types_menu, checkable=True)
            act.setChecked(key not in previous)
            act.toggled.connect(self.apply_filter)
            self.types_menu.addAction(act)
            self.type_actions[key] = act

    # --- scopes ---------------------------------------------------------------------------------

    def show_library(self) -> None:
        self.request(Scope("library"))

    def show_neighbourhood(self, doc_id: int, depth: int = 1, direction: str = "both") -> None:
        self.current_doc = doc_id
        self.request(Scope("neighbourhood", node=doc_id, depth=depth, direction=direction))

    def show_selection(self, doc_ids: list[Hashable]) -> None:
        self.request(Scope("selection", selection=frozenset(doc_ids)))

    def set_current_document(self, doc_id: int | None) -> None:
        self.current_doc = doc_id

    def invalidate(self) -> None:
        """The library changed: forget the graph and every cached layout."""
        self.graph = None
        self._citations = None
        self._layouts.clear()
        self._docs.clear()

    def request(self, scope: Scope) -> None:
        """Draw ``scope``: from the layout cache at once, else after a background layout."""
        self._set_controls(scope)
        self._generation += 1
        gen = self._generation
        t0 = time.perf_counter()
        cached = self._layouts.get(scope)
        if cached is not None and self.graph is not None:
            self._layouts.move_to_end(scope)
            self._show(scope, *cached, t0)
            return
        self.status.setText(tr("graph.laying_out"))
        graph = self.graph
        library = self.library

        def work(_progress, cancel):
            t = time.perf_counter()
            g = graph if graph is not None else library.graph()
            t_graph = time.perf_counter() - t
            sub = scope_graph(g, scope)
            pos = layout_graph(sub, seed=LAYOUT_SEED, cancelled=cancel.is_set)
            t_layout = time.perf_counter() - t - t_graph
            return gen, g, sub, pos, t_graph, t_layout, cancel.is_set()

        def done(result) -> None:
            rgen, g, sub, pos, t_graph, t_layout, cancelled = result
            if self.graph is None:
                self.graph = g
            if cancelled:
                return  # superseded: its positions are unfinished, never cache them
            self._layouts[scope] = (sub, pos, t_layout)
            while len(self._layouts) > 12:
                self._layouts.popitem(last=False)
            self.timings.update(graph_s=t_graph, layout_s=t_layout)
            if rgen == self._generation:
                self._show(scope, sub, pos, t_layout, t0)

        def failed(failure) -> None:
            if gen == self._generation:
                self.status.setText(tr("graph.failed", msg=reason_text(failure.error)))
                show_error(self, tr("graph.title"), failure.error)

        if self._worker is not None:
            self._worker.cancel.cancel()
        self._worker = start_worker(work, done, failed)

    def _show(self, scope: Scope, sub: nx.DiGraph, pos: dict, t_layout: float, t0: float) -> None:
        t = time.perf_counter()
        self.scope, self.sub = scope, sub
        self.scene.populate(sub, pos, self.size_box.currentData())
        self.timings["populate_s"] = time.perf_counter() - t
        self._rebuild_type_menu()
        self.completer.model().setStringList(sorted({str(t) for _n, t in sub.nodes(data="title")}))
        self.apply_filter(fit=True)
        centre = scope.node if scope.kind == "neighbourhood" else None
        if centre is not None and centre in self.scene.index:
            self.scene.select(self.scene.index[centre])
        self.timings["show_s"] = time.perf_counter() - t0
        self._update_status(t_layout)
        self.sig_ready.emit()

    def _update_status(self, t_layout: float | None = None) -> None:
        if self.sub is None:
            return
        nodes = self.scene.visible_nodes()
        edges = sum(1 for u, v in self.sub.edges if u in nodes and v in nodes)
        text = tr("graph.status", nodes=len(nodes), edges=edges)
        if t_layout is not None:
            text += tr("graph.status_ms", ms=int(t_layout * 1000))
        self.status.setText(text)

    # --- filters --------------------------------------------------------------------------------

    def current_filter(self) -> GraphFilter:
        unchecked = {k for k, a in self.type_actions.items() if not a.isChecked()}
        types = None
        if unchecked:
            types = frozenset(k for k in self.type_actions if k not in unchecked and k != "")
        return GraphFilter(
            types=types,
            show_missing="" not in unchecked,
            year_from=None if self.year_from.value() == NO_YEAR else self.year_from.value(),
            year_to=None if self.year_to.value() == NO_YEAR else self.year_to.value(),
            min_citations=self.min_cites.value(),
        )

    def set_filter(self, flt: GraphFilter) -> None:
        for key, act in self.type_actions.items():
            act.blockSignals(True)
            act.setChecked(
                key == ""
                and flt.show_missing
                or key != ""
                and (flt.types is None or key in flt.types)
            )
            act.blockSignals(False)
        for box, value in (
            (self.year_from, flt.year_from or NO_YEAR),
            (self.year_to, flt.year_to or NO_YEAR),
            (self.min_cites, flt.min_citations),
        ):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.apply_filter()

    def apply_filter(self, *_args: object, fit: bool = False) -> None:
        if self.sub is None:
            return
        flt = self.current_filter()
        keep, _edges = visible_subgraph(self.sub, flt)
        self.scene.min_weight = flt.min_citations
        self.scene.apply_visible(keep)
        counts = type_counts(self.sub, keep)
        self.canvas.legend = [(k, legend_text(k, n)) for k, n in counts.items()][:14]
        self.canvas.legend_note = tr(f"graph.legend.size.{self.scene.size_by}")
        if fit:
            self.canvas.fit()
        self.canvas.viewport().update()
        self._update_status()

    def visible_nodes(self) -> set[Hashable]:
        return self.scene.visible_nodes()

    def _on_size_box_changed(self, _i: int) -> None:
        self.scene.set_size_by(self.size_box.currentData())
        self.apply_filter()

    def _on_scope_controls_changed(self, *_args: object) -> None:
        self._sync_scope_controls()
        kind = self.scope_box.currentData()
        if kind == "library":
            self.show_library()
        elif kind == "neighbourhood":
            node = self.current_doc
            if node is None and self.scope is not None and self.scope.kind == "neighbourhood":
                node = self.scope.node
            if node is None:
                self.status.setText(tr("graph.no_current"))
                return
            self.show_neighbourhood(node, self.depth_box.value(), self.direction_box.currentData())
        else:
            ids = [
                self.scene.infos[i].node
                for i in sorted(self.scene.selected)
                if self.scene.infos[i].type_key != "article"
            ]
            if not ids and self.selection_provider is not None:
                ids = list(self.selection_provider())
            if not ids:
                self.status.setText(tr("graph.no_selection"))
                return
            self.show_selection(ids)

    # --- search ---------------------------------------------------------------------------------

    def find(self, text: str) -> Hashable | None:
        """Centre and select the best node whose title contains ``text``."""
        if self.sub is None:
            return None
        visible = self.scene.visible_nodes()
        hits = [n for n in find_nodes(self.sub, text) if n in visible]
        if not hits:
            self.status.setText(tr("graph.not_found", q=text))
            return None
        i = self.scene.index[hits[0]]
        self.scene.clear_selection()
        self.scene.select(i)
        self.canvas.center_on_node(i)
        return hits[0]

    # --- node and edge actions ------------------------------------------------------------------

    def _on_canvas_node_activated(self, i: int) -> None:
        info = self.scene.infos[i]
        if info.doc_id is None:
            self.status.setText(tr("status.not_in_library", title=info.title))
            return
        if info.article is not None:
            self.sig_open_article.emit(info.doc_id, info.article)
        else:
            self.sig_open_document.emit(info.doc_id)

    def _on_canvas_node_context(self, i: int, global_pos: QPoint) -> None:
        self.node_menu(i).exec(global_pos)

    def node_menu(self, i: int) -> QMenu:
        info = self.scene.infos[i]
        menu = QMenu(self)
        act = menu.addAction(tr("act.open"))
        act.setEnabled(info.doc_id is not None)
        act.triggered.connect(lambda: self._on_canvas_node_activated(i))
        if info.type_key != "article":
            menu.addAction(tr("graph.menu.neighbourhood")).triggered.connect(
                lambda: self.show_neighbourhood(info.node, self.depth_box.value())
            )
            if isinstance(info.node, int):
                expanded = i in self.scene.expanded
                act = menu.addAction(tr("graph.menu.collapse" if expanded else "graph.menu.expand"))
                act.triggered.connect(
                    lambda: (
                        self.collapse_articles(info.node)
                        if expanded
                        else self.expand_articles(info.node)
                    )
                )
        return menu

    def citations(self) -> list[Any]:
        if self._citations is None:
            self._citations = self.library.citations()
        return self._citations

    def expand_articles(self, doc_id: int) -> int:
        n = self.scene.expand_articles(doc_id, article_edges(self.citations(), doc_id))
        self.status.setText(tr("graph.expanded", n=n))
        return n

    def collapse_articles(self, doc_id: int) -> None:
        self.scene.collapse_articles(doc_id)

    def node_tooltip(self, i: int) -> str:
        info = self.scene.infos[i]
        esc = html.escape
        if info.type_key == "article":
            target = self.scene.infos[self.scene.index[info.node[1]]].title
            return f"<b>{esc(target)} {esc(info.title)}</b><br>" + tr(
                "graph.tip.article", n=info.cited
            )
        kind = info.type_key or tr("graph.missing")
        lines = [f"<b>{esc(info.title)}</b>", f"{esc(kind)} · {esc(info.date or '—')}"]
        lines.append(tr("graph.tip.counts", cited=info.in_count, cites=info.out_count))
        lines.append(tr("graph.tip.pagerank", pr=f"{info.pagerank:.4f}"))
        return "<br>".join(lines)

    def edge_tooltip(self, k: int, limit: int = 6) -> str:
        """The citing sentences of edge ``k`` with their articles, as tooltip HTML."""
        u, v, w = self.scene.edge_layer.edges[k]
        a, b = self.scene.infos[u], self.scene.infos[v]
        esc = html.escape
        target = b.node[1] if b.type_key == "article" else b.node
        head = f"<b>{esc(a.title)}</b> → <b>{esc(self._title_of(target))}"
        if b.type_key == "article":
            head += f" {esc(b.title)}"
        head += "</b> " + tr("graph.tip.times", n=w)
        cits = []
        if self.sub is not None and self.sub.has_edge(a.node, target):
            cits = self.sub.edges[a.node, target].get("citations") or []
        if b.type_key == "article":
            wanted = {
                (c.start, c.end)
                for c in self.citations()
                if c.source_id == a.node and c.target_id == target and c.target_article == b.article
            }
            cits = [c for c in cits if (c[1], c[2]) in wanted] or cits
        lines = [head]
        for doc_id, start, end in cits[:limit]:
            try:
                text, sections = self._doc_text(doc_id)
            except Exception:  # noqa: BLE001 - a tooltip never fails loudly
                log.exception("citation context")
                continue
            snippet, s, e = citation_context(text, start, end)
            where = article_label(sections, start)
            marked = esc(snippet[:s]) + "<u>" + esc(snippet[s:e]) + "</u>" + esc(snippet[e:])
            lines.append(f"· <i>{esc(where)}</i> {marked}" if where else f"· {marked}")
        if len(cits) > limit:
            lines.append(tr("graph.tip.more", n=len(cits) - limit))
        return "<br>".join(lines)

    def _title_of(self, node: Hashable) -> str:
        i = self.scene.index.get(node)
        return self.scene.infos[i].title if i is not None else str(node)

    def _doc_text(self, doc_id: int) -> tuple[str, list[dict]]:
        got = self._docs.get(doc_id)
        if got is None:
            info = self.library.document(doc_id)
            got = (self.library.document_text(doc_id), list(info.get("sections") or []))
            self._docs[doc_id] = got
            while len(self._docs) > 16:
                self._docs.popitem(last=False)
        return got

    def _on_canvas_edge_hovered(self, k: int, global_pos: QPoint) -> None:
        self.canvas.show_tip(self.edge_tooltip(k), global_pos)

    # --- export ---------------------------------------------------------------------------------

    def render_image(self, scale: float = 2.0) -> QImage:
        vp = self.canvas.viewport()
        size = QSize(int(vp.width() * scale), int(vp.height() * scale))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(vp.palette().base().color())
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.scene.set_cached(False)
        self.scene.exporting = True  # draw at the image's resolution, not from the pixmaps
        try:
            self.canvas.render(painter, QRectF(0, 0, size.width(), size.height()), vp.rect())
        finally:
            self.scene.exporting = False
            self.canvas.update_cache_mode()
            painter.end()
        return image

    def export_png(self, path: str | Path, scale: float = 2.0) -> Path:
        path = Path(path)
        if not self.render_image(scale).save(str(path), "PNG"):
            raise OSError(tr("graph.export_failed", path=path))
        return path

    def export_svg(self, path: str | Path) -> Path:
        from PySide6.QtSvg import QSvgGenerator

        path = Path(path)
        vp = self.canvas.viewport()
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(vp.size())
        gen.setViewBox(vp.rect())
        gen.setTitle(tr("graph.title"))
        painter = QPainter()
        if not painter.begin(gen):
            raise OSError(tr("graph.export_failed", path=path))
        self.scene.set_cached(False)
        self.scene.exporting = True  # vectors, not the layers' pixmaps
        try:
            self.canvas.render(painter, QRectF(vp.rect()), vp.rect())
        finally:
            self.scene.exporting = False
            self.canvas.update_cache_mode()
            painter.end()
        return path

    def scope_subgraph(self) -> nx.DiGraph:
        """The scope as filtered now (what GraphML export writes)."""
        if self.sub is None:
            return nx.DiGraph()
        keep, edges = visible_subgraph(self.sub, self.current_filter())
        out = nx.DiGraph()
        out.add_nodes_from((n, self.sub.nodes[n]) for n in self.sub if n in keep)
        out.add_edges_from((u, v, self.sub.edges[u, v]) for u, v in edges)
        return out

    def export_graphml(self, path: str | Path) -> Path:
        path = Path(path)
        write_graphml(self.scope_subgraph(), path)
        return path

    def _export_dialog(self, key: str, pattern: str, fn: Callable[[str], Path]) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr(key), "", pattern)
        if not name:
            return
        try:
            out = fn(name)
        except Exception as e:  # noqa: BLE001 - shown with the action named
            show_error(self, tr("error.export"), e)
            return
        self.status.setText(tr("graph.exported", path=out))

    def _export_png_dialog(self) -> None:
        self._export_dialog("graph.export.png", "PNG (*.png)", self.export_png)

    def _export_svg_dialog(self) -> None:
        self._export_dialog("graph.export.svg", "SVG (*.svg)", self.export_svg)

    def _export_graphml_dialog(self) -> None:
        self._export_dialog("graph.export.graphml", "GraphML (*.graphml)", self.export_graphml)


def ensure_graph_dock(window: Any) -> GraphView:
    """The main window's graph dock, created on first use (bottom area, floatable)."""
    from PySide6.QtWidgets import QDockWidget

    view = getattr(window, "graph_view", None)
    if view is None:
        dock = QDockWidget(tr("graph.title"), window)
        dock.setObjectName("graphDock")
        view = GraphView(window.library, dock)
        view.selection_provider = window.selected_doc_ids
        view.sig_open_document.connect(lambda doc_id: window.open_document(doc_id))
        view.sig_open_article.connect(window.follow_reference)
        window.sig_document_shown.connect(view.set_current_document)
        reader = window.current_reader()
        if reader is not None:
            view.set_current_document(reader.doc_id)
        dock.setWidget(view)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        window.resizeDocks([dock], [int(window.height() * 0.55)], Qt.Orientation.Vertical)
        window.graph_view = view
        window.graph_dock = dock
    dock = window.graph_dock
    dock.show()
    dock.raise_()
    view.canvas.setFocus()
    return view
