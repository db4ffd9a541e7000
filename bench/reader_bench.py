"""Open-to-first-paint of the reader for the largest document of a library (with highlights)."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

import desktop.qt_guard  # noqa: E402, F401
from core.library import Library  # noqa: E402
from desktop import theme  # noqa: E402
from desktop.documents import DocumentCache  # noqa: E402
from desktop.reader import DocumentReader  # noqa: E402


def measure(db: str | None, runs: int = 5) -> dict[str, float]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply_theme(app, "light")
    lib = Library.open(db, read_only=True)
    docs = lib.list_documents()
    if not docs:
        raise SystemExit("the library is empty: import documents first")
    big = max(docs, key=lambda d: d.text_length)
    reader = DocumentReader(DocumentCache(lib, size=0))  # size 0: every run reads from SQLite
    reader.resize(1000, 800)
    reader.show()
    app.processEvents()
    times = []
    for _ in range(runs):
        painted: list[float] = []
        reader.sig_first_paint.connect(painted.append)
        t0 = time.perf_counter()
        reader.load(big.id)
        while not painted and time.perf_counter() - t0 < 10:
            app.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
        reader.sig_first_paint.disconnect(painted.append)
    # scrolling: page through the whole document, time per page repaint
    bar = reader.view.verticalScrollBar()
    pages = 0
    t0 = time.perf_counter()
    while bar.value() < bar.maximum() and pages < 400:
        bar.setValue(bar.value() + bar.pageStep())
        reader.view.viewport().repaint()
        pages += 1
    per_page = (time.perf_counter() - t0) * 1000 / max(pages, 1)
    info = lib.document(big.id)
    lib.close()
    return {
        "doc_id": big.id,
        "chars": big.text_length,
        "sentences": len(info["sentences"]),
        "labelled": sum(1 for s in info["sentences"] if s["labels"]),
        "first_paint_ms_median": statistics.median(times),
        "first_paint_ms_max": max(times),
        "scroll_ms_per_page": per_page,
        "pages": pages,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", help="library file (default: FAYAN_DB or the user library)")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    r = measure(args.db or os.environ.get("FAYAN_DB"), args.runs)
    print(
        f"largest document #{r['doc_id']}: {r['chars']} chars, {r['sentences']} sentences "
        f"({r['labelled']} labelled)\n"
        f"open → first paint: median {r['first_paint_ms_median']:.0f} ms, "
        f"max {r['first_paint_ms_max']:.0f} ms (target < 300 ms)\n"
        f"scrolling: {r['scroll_ms_per_page']:.1f} ms per page over {r['pages']} pages"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
