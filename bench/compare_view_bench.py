"""Opening the side-by-side compare tab for two ~200-article laws: worker, model, first paint.

Run: ``.venv/bin/python bench/compare_view_bench.py [--runs 5]`` (offscreen). The laws are the
synthetic pair of bench/compare_bench.py (3 sample laws in one text, and a revision with known
edits). Reported per run: the worker (Library.compare + both texts), building the model and all
row heights on the GUI thread, and the total from creating the tab to its table's first paint.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    import desktop.qt_guard  # noqa: F401
    from bench.compare_bench import import_bench_pair
    from core.library import Library
    from desktop import theme
    from desktop.app import make_app
    from desktop.compare_view import CompareView, load_compare_data

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.at: float | None = None
            self.ready: list[float] = []
            self.loop: QEventLoop | None = None

        def eventFilter(self, _obj, ev) -> bool:  # noqa: N802
            if ev.type() == QEvent.Type.Paint and self.at is None and self.ready:
                self.at = time.perf_counter()
                if self.loop is not None:
                    QTimer.singleShot(0, self.loop.quit)
            return False

    app = make_app()
    theme.apply_theme(app, "light")
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "bench.db")
        a_id, b_id, made = import_bench_pair(lib, Path(tmp))
        load_compare_data(lib, a_id, b_id)  # warm rjieba and the page cache

        totals, workers, models, heights = [], [], [], []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            view = CompareView(lib, a_id, b_id)
            view.resize(1300, 850)
            view.show()
            spy = FirstPaint()
            view.table.viewport().installEventFilter(spy)
            ready: list[float] = []
            spy.ready = ready
            view.sig_ready.connect(lambda ready=ready: ready.append(time.perf_counter()))
            # An idle event loop, as in the app (spinning processEvents would fight the worker
            # for the GIL): quit at the table's first paint after the rows arrived.
            spy.loop = loop = QEventLoop()
            QTimer.singleShot(30_000, loop.quit)
            loop.exec()
            if not ready or spy.at is None:
                sys.exit("the compare view did not open in 30 s")
            totals.append((spy.at - t0) * 1000)
            workers.append(view.timings["compare_ms"])
            models.append(view.timings["model_ms"])
            t = time.perf_counter()  # a window resize: every row height again
            view.resize(1000, 850)
            view._widths = (0, 0)
            view.update_row_heights()
            heights.append((time.perf_counter() - t) * 1000)
            rows = view.model.rowCount()
            view.close()
            view.deleteLater()
            app.processEvents()

        c = view.model.comparison
        print(f"units: A {c.a.units}, B {c.b.units}; rows {rows}; edits made: {made}")
        print(f"counts: {c.counts()}")
        med = statistics.median
        print(
            f"open compare tab → first paint: median {med(totals):.0f} ms, "
            f"max {max(totals):.0f} ms (budget 1000 ms)"
        )
        print(f"  worker (compare + texts): median {med(workers):.0f} ms")
        print(f"  model + all row heights (GUI thread): median {med(models):.0f} ms")
        print(f"  relayout after a resize (GUI thread): median {med(heights):.0f} ms")
        lib.close()


if __name__ == "__main__":
    main()
