"""Render the main window offscreen to a PNG (`fayan screenshot`)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

import desktop.qt_guard  # noqa: E402, F401
from core.library import Library  # noqa: E402
from desktop import theme  # noqa: E402
from desktop.i18n import set_language  # noqa: E402

VIEWS = ("reader", "search", "obligations", "references", "info", "graph", "compare", "annotations")


def _settle(app, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def render_screenshot(
    out_png: Path | str,
    db: str | None,
    doc_id: int | None = None,
    view: str = "reader",
    size: tuple[int, int] = (1400, 900),
    *,
    theme_name: str = "light",
    language: str = "zh",
    query: str | None = None,
) -> Path:
    """Render the main window showing ``doc_id`` (default: the most-labelled document)."""
    from desktop.app import make_app
    from desktop.main_window import MainWindow

    if view not in VIEWS:
        raise ValueError(f"view must be one of {', '.join(VIEWS)}, not {view!r}")
    out = Path(out_png)
    app = make_app()
    set_language(language)
    theme.apply_theme(app, theme_name)
    library = Library.open(db, read_only=False)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "screenshot.ini"), QSettings.Format.IniFormat)
        if view == "annotations":  # demo notes go into a scratch copy, never the user's library
            library = _scratch_copy(library, Path(tmp))
        win = MainWindow(library, settings, restore=False, auto_import_samples=False)
        try:
            win.resize(*size)
            win.show()
            docs = library.list_documents()
            if doc_id is None and docs:
                doc_id = max(docs, key=lambda d: (d.articles, d.text_length)).id
            if doc_id is not None:
                win.select_in_tree(doc_id)
                win.open_document(doc_id)
            if view == "search":
                win.focus_search()
                q = query or _default_query(library, doc_id)
                win.search.edit.setText(q)
                with _wait(win.search.sig_results):
                    win.search.run_search()
            elif view == "graph":
                graph = win.show_graph()
                if graph.sub is None:
                    with _wait(graph.sig_ready):
                        pass
            elif view == "compare" and doc_id is not None:
                _show_compare(win, library, doc_id)
            elif view == "annotations" and doc_id is not None:
                _show_annotations(win, library, doc_id)
            elif view in ("obligations", "references", "info"):
                win.side.setCurrentWidget(getattr(win, view if view != "info" else "info"))
            else:
                win.side.setCurrentWidget(win.outline)
            _settle(app)
            reader = win.current_reader()
            if reader is not None and reader.doc is not None and view != "annotations":
                # Show a passage with highlights: the first article holding a labelled sentence.
                labelled = next((s for s in reader.doc.sentences if s.get("labels")), None)
                if labelled:
                    span = reader.doc.article_span_at(labelled["start"])
                    reader.scroll_to(span[0] if span else labelled["start"])
            _settle(app)
            out.parent.mkdir(parents=True, exist_ok=True)
            if not win.grab().save(str(out)):
                raise OSError(f"could not write the screenshot {out}")
        finally:
            win.close()
            win.deleteLater()
            _settle(app)
            library.close()
    return out


def _scratch_copy(library: Library, folder: Path) -> Library:
    """Close ``library`` and open a copy of it in ``folder`` (SQLite backup API, WAL-safe)."""
    import sqlite3

    src_path = library.path
    library.close()
    dst_path = folder / "screenshot-library.db"
    src, dst = sqlite3.connect(src_path), sqlite3.connect(dst_path)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return Library.open(dst_path)


def _show_annotations(win, library: Library, doc_id: int) -> None:
    """A few coloured notes on the first articles with duties, the 批注 panel beside them."""
    ctl = win.annotations_ctl
    reader = win.current_reader()
    if not library.annotations(doc_id=doc_id) and reader is not None and reader.doc is not None:
        text = reader.doc.text
        duties = [s for s in reader.doc.sentences if s.get("labels")][:12]
        demo = [
            (0, "年底前对照本条完成自查", ("年度检查",)),
            (1, "罚则较重，提请法务复核", ("合规", "罚则")),
            (3, "“重要数据”的范围待主管部门明确？", ("疑问",)),
            (2, "", ()),
            (4, "已纳入公司数据安全制度第 3 章", ("数据安全",)),
        ]
        for s, (color, note, tags) in zip(duties[::2], demo, strict=False):
            start, end = int(s["start"]), int(s["end"])
            cut = text.find("，", start, end)  # a clause, not always the whole sentence
            ctl.highlight(doc_id, start, cut if cut > start + 6 else end, color, note, tags)
    win.side.setCurrentWidget(ctl.panel)
    anns = library.annotations(doc_id=doc_id)
    if anns and reader is not None:
        span = reader.doc.article_span_at(anns[0].start)
        reader.scroll_to(span[0] if span else anns[0].start)
        ctl.panel.select(anns[1].id if len(anns) > 1 else anns[0].id)


def _show_compare(win, library: Library, doc_id: int) -> None:
    """Compare ``doc_id`` with the document whose title is closest, at the first modified row."""
    from rapidfuzz import fuzz

    docs = {d.id: d for d in library.list_documents()}
    me = docs[doc_id]
    others = [d for d in docs.values() if d.id != doc_id and d.articles]
    if not others:
        return

    def closeness(d) -> tuple[bool, float]:  # a revision's title contains the original's
        return (me.title in d.title or d.title in me.title, fuzz.ratio(d.title, me.title))

    partner = max(others, key=closeness)
    view = win.open_compare(doc_id, partner.id)
    if view is None:
        return
    if view.model.comparison is None:
        with _wait(view.sig_ready):
            pass
    pairs = view.model.comparison.pairs
    first = next((i for i, p in enumerate(pairs) if p.status == "modified"), None)
    if first is not None:
        view.show_pair(first)


def _default_query(library: Library, doc_id: int | None) -> str:
    if doc_id is not None:
        kws = library.document(doc_id).get("keywords") or []
        if kws:
            return str(kws[0])
    return "数据"


class _wait:
    """Block (with a local event loop) until a signal fires or 10 s pass."""

    def __init__(self, signal) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        self.loop = QEventLoop()
        self.signal = signal
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.loop.quit)

    def __enter__(self):
        self.signal.connect(self.loop.quit)
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.timer.start(10_000)
            self.loop.exec()
        self.signal.disconnect(self.loop.quit)
