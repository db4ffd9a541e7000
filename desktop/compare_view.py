"""The compare tab: two documents side by side, one aligned pair a row, changes marked."""

from __future__ import annotations

import time
from html import escape
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.compare import STATUSES, ObligationChange
from core.library import Library
from desktop import theme
from desktop.compare_cells import STATUS_WIDTH, CompareDelegate, colours
from desktop.compare_model import (
    CHANGED_ROLE,
    COL_A,
    COL_B,
    COL_STATUS,
    PAIR_INDEX_ROLE,
    ChangeListModel,
    ChangesOnlyProxy,
    CompareData,
    CompareModel,
)
from desktop.errors import show_error
from desktop.i18n import tr
from desktop.workers import Worker, WorkerFailure, start_worker

DEFAULT_POINT_SIZE = 13.0  # the reader's; the cells use a point less


def cell_font(reader_point_size: float):
    """Two columns are narrower than the reader: a point smaller than its text."""
    return theme.reader_font(max(8.0, reader_point_size - 1))


def load_compare_data(library: Library, a_id: int, b_id: int) -> CompareData:
    """Everything the view needs, computed off the GUI thread."""
    comparison = library.compare(a_id, b_id)
    sa, sb = library.document_summary(a_id), library.document_summary(b_id)
    return CompareData(
        comparison=comparison,
        text_a=library.document_text(a_id),
        text_b=library.document_text(b_id),
        a_id=a_id,
        b_id=b_id,
        a_date=sa.date,
        b_date=sb.date,
    )


def older_first(library: Library, x_id: int, y_id: int) -> tuple[int, int]:
    """(A, B): the older document is A; undated or same-dated ones keep the given order."""
    dx, dy = library.document_summary(x_id).date, library.document_summary(y_id).date
    if dx and dy and dy < dx:
        return y_id, x_id
    return x_id, y_id


def _short(title: str | None, n: int = 10) -> str:
    t = (title or "—").removeprefix("中华人民共和国")
    return t if len(t) <= n else t[: n - 1] + "…"


class CompareView(QWidget):
    """A tab comparing document A (old) with B (new); the comparison runs in a worker."""

    sig_ready = Signal()  # the rows are shown
    sig_failed = Signal(object)  # WorkerFailure
    sig_open_at = Signal(int, int, int)  # doc_id, start, end: open a side in the reader
    sig_status = Signal(str)
    sig_exported = Signal(str)  # the written path

    doc_id = None  # not a reader tab: main-window code that looks for a document skips it

    def __init__(
        self,
        library: Library | None,
        a_id: int | None = None,
        b_id: int | None = None,
        *,
        point_size: float = DEFAULT_POINT_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.a_id, self.b_id = a_id, b_id
        self.worker: Worker | None = None
        self.export_worker: Worker | None = None
        self.timings: dict[str, float] = {}
        self.model = CompareModel(self)
        self.proxy = ChangesOnlyProxy(self)
        self.proxy.setSourceModel(self.model)
        self.changes = ChangeListModel(self)
        self.changes.colour_of = lambda status: colours().status[status]
        self.delegate = CompareDelegate(self.model, self)
        self.delegate.set_font(cell_font(point_size))
        self._heights_timer = QTimer(self)
        self._heights_timer.setSingleShot(True)
        self._heights_timer.setInterval(30)
        self._heights_timer.timeout.connect(self.update_row_heights)
        self._widths: tuple[int, int] = (0, 0)
        self._build()
        if library is not None and a_id is not None and b_id is not None:
            self.start()

    # --- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.busy_label = QLabel(tr("compare.running"))
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(360)
        busy = QWidget()
        bl = QVBoxLayout(busy)
        bl.addStretch(1)
        bl.addWidget(self.busy_label)
        bl.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        bl.addStretch(2)

        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.act_next = self._action("compare.next", self.next_change, Qt.Key.Key_F7)
        self.act_prev = self._action("compare.prev", self.previous_change, QKeySequence("Shift+F7"))
        self.act_copy = self._action("compare.copy", self.copy_row, QKeySequence.StandardKey.Copy)
        self.changes_only = QCheckBox(tr("compare.changes_only"))
        self.changes_only.toggled.connect(self.set_changes_only)
        self.swap_button = QToolButton()
        self.swap_button.setText(tr("compare.swap"))
        self.swap_button.clicked.connect(self.swap)
        self.export_button = QToolButton()
        self.export_button.setText(tr("compare.export"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.note = QLabel()
        self.note.setObjectName("muted")
        bar = QHBoxLayout()
        for act in (self.act_prev, self.act_next):
            b = QToolButton()
            b.setDefaultAction(act)
            bar.addWidget(b)
        bar.addWidget(self.changes_only)
        bar.addStretch(1)
        bar.addWidget(self.note)
        bar.addWidget(self.swap_button)
        bar.addWidget(self.export_button)

        self.change_list = QListView()
        self.change_list.setModel(self.changes)
        self.change_list.setUniformItemSizes(True)
        self.change_list.setSpacing(2)
        self.change_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.change_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.change_list.clicked.connect(self._on_change_list_clicked)
        self.change_list.activated.connect(self._on_change_list_clicked)
        self.obligation_list = QListWidget()
        self.obligation_list.setWordWrap(True)
        self.obligation_list.itemActivated.connect(self._on_obligation_list_item_activated)
        self.obligation_list.itemClicked.connect(self._on_obligation_list_item_activated)
        self.sidebar = QTabWidget()
        self.sidebar.setDocumentMode(True)
        self.sidebar.addTab(self.change_list, tr("compare.changes"))
        self.sidebar.addTab(self.obligation_list, tr("compare.obligations"))

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(self.delegate)
        self.table.setObjectName("compareTable")
        # The delegate paints selection itself; the app style sheet's item rules would fill it.
        self.table.setStyleSheet(
            "QTableView#compareTable { selection-background-color: transparent; }"
            "QTableView#compareTable::item:selected { background: transparent; }"
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalScrollBar().setSingleStep(24)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Fixed)
        head.setSectionResizeMode(COL_A, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(COL_B, QHeaderView.ResizeMode.Stretch)
        head.resizeSection(COL_STATUS, STATUS_WIDTH)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        head.setTextElideMode(Qt.TextElideMode.ElideRight)
        head.sectionResized.connect(self._on_header_section_resized)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 900])
        self.splitter.setChildrenCollapsible(False)

        page = QWidget()
        pl = QVBoxLayout(page)
        pl.setContentsMargins(8, 6, 8, 4)
        pl.addWidget(self.summary)
        pl.addLayout(bar)
        pl.addWidget(self.splitter, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(busy)
        self.stack.addWidget(page)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)

    def _action(self, key: str, slot, shortcut) -> QAction:
        act = QAction(tr(key), self)
        act.setShortcut(QKeySequence(shortcut))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.setToolTip(f"{tr(key)} ({QKeySequence(shortcut).toString()})")
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    # --- loading ---------------------------------------------------------------------------

    def start(self) -> Worker:
        """Run the comparison of ``a_id`` with ``b_id`` in a worker; ``sig_ready`` when shown."""
        assert self.library is not None
        library, a_id, b_id = self.library, self.a_id, self.b_id
        self.stack.setCurrentIndex(0)
        self.timings = {"started": time.perf_counter()}
        self.worker = start_worker(
            lambda _p, _c: load_compare_data(library, a_id, b_id),
            on_finished=self._on_worker_finished,
            on_failed=self._on_worker_failed,
        )
        return self.worker

    def set_data(self, data: CompareData) -> None:
        """Show a computed comparison (the worker's result; tests and benches call it too)."""
        t0 = time.perf_counter()
        self.a_id, self.b_id = data.a_id, data.b_id
        self.delegate.clear()
        self.model.set_data(data)
        self.changes.set_comparison(data.comparison)
        self._fill_summary(data)
        self._fill_obligations(data.comparison.obligations)
        n = self.changes.rowCount()
        self.sidebar.setTabText(0, tr("compare.changes_n", n=n))
        self.sidebar.setTabText(1, tr("compare.obligations_n", n=len(data.comparison.obligations)))
        self.stack.setCurrentIndex(1)
        self._widths = (0, 0)
        self.update_row_heights()
        self.timings["model_ms"] = (time.perf_counter() - t0) * 1000
        self.sig_ready.emit()

    @property
    def doc_ids(self) -> tuple[int | None, int | None]:
        return self.a_id, self.b_id

    def tool_tip(self) -> str:
        c = self.model.comparison
        if c is None:
            return tr("compare.tab")
        return f"A：{c.a.title or '—'}\nB：{c.b.title or '—'}"

    def title(self) -> str:
        c = self.model.comparison
        if c is None:
            return tr("compare.tab")
        return f"{_short(c.a.title)} ⇄ {_short(c.b.title)}"

    def _on_worker_finished(self, data: CompareData) -> None:
        self.timings["compare_ms"] = (time.perf_counter() - self.timings["started"]) * 1000
        self.set_data(data)

    def _on_worker_failed(self, failure: WorkerFailure) -> None:
        self.busy_bar.hide()
        self.busy_label.setText(tr("compare.failed"))
        show_error(self, tr("compare.action"), failure.error, failure.details)
        self.sig_failed.emit(failure)

    def _fill_summary(self, data: CompareData) -> None:
        c = data.comparison
        s = c.summary()
        col = colours()

        def side(letter: str, title: str | None, date: str | None) -> str:
            d = (
                f" <span style='color:{theme.current().muted}'>{escape(date)}</span>"
                if date
                else ""
            )
            return f"<b>{letter}</b> {escape(title or '—')}{d}"

        counts = " · ".join(
            f"<span style='color:{col.status[k]}'><b>{tr('compare.status.' + k)}</b></span> {s[k]}"
            for k in STATUSES
            if s[k] or k in ("same", "modified", "added", "deleted")
        )
        obl = tr(
            "compare.obligations_summary",
            added=s["obligations_added"],
            removed=s["obligations_removed"],
            changed=s["obligations_changed"],
        )
        self.summary.setText(
            f"{side('A', c.a.title, data.a_date)} &nbsp;→&nbsp; "
            f"{side('B', c.b.title, data.b_date)}<br>{counts} &nbsp;|&nbsp; {obl}"
        )

    def _fill_obligations(self, changes: tuple[ObligationChange, ...]) -> None:
        self.obligation_list.clear()
        col = colours()
        tone = {"added": col.insert_fg, "removed": col.delete_fg, "changed": col.status["modified"]}
        for o in changes:
            if o.change == "added":
                where, text = o.b_label, o.b_text
            elif o.change == "removed":
                where, text = o.a_label, o.a_text
            else:
                where = o.a_label if o.a_label == o.b_label else f"{o.a_label} → {o.b_label}"
                text = o.b_text
            head = f"[{tr('compare.obl.' + o.change)}] {where or '—'}"
            extra = ""
            if o.change == "changed":
                extra = f"\n{o.a_subject or '—'} → {o.b_subject or '—'}；" + (
                    f"{'/'.join(o.a_labels) or '—'} → {'/'.join(o.b_labels) or '—'}"
                )
            item = QListWidgetItem(f"{head}\n{text or ''}{extra}")
            item.setForeground(QColor(tone[o.change]))
            side = "a" if o.change == "removed" else "b"
            offset = o.a_start if side == "a" else o.b_start
            item.setData(Qt.ItemDataRole.UserRole, (side, offset))
            self.obligation_list.addItem(item)

    # --- row heights -----------------------------------------------------------------------

    def update_row_heights(self) -> None:
        """Each row as tall as its taller side at the current column widths."""
        wa, wb = self.table.columnWidth(COL_A), self.table.columnWidth(COL_B)
        if (wa, wb) == self._widths or wa <= 0 or wb <= 0:
            return
        self._widths = (wa, wb)
        # Keep the row at the top (e.g. the change F7 went to) in place as heights change.
        anchor = self.table.rowAt(0)
        for r in range(self.proxy.rowCount()):
            src = self.proxy.index(r, 0).data(PAIR_INDEX_ROLE)
            self.table.setRowHeight(r, self.delegate.row_height(src, wa, wb))
        # Qt updates the scroll range lazily; scrollTo before that would clamp to the old one.
        self.table.updateGeometries()
        if anchor > 0:
            self.table.scrollTo(
                self.proxy.index(anchor, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def _on_header_section_resized(self, _i: int, _old: int, _new: int) -> None:
        self._heights_timer.start()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._heights_timer.start()

    # --- navigation ------------------------------------------------------------------------

    def current_pair_index(self) -> int | None:
        idx = self.table.currentIndex()
        return idx.data(PAIR_INDEX_ROLE) if idx.isValid() else None

    def show_pair(self, pair_index: int) -> bool:
        """Select the row of ``pair_index`` (turning "changes only" off if it hides the row)."""
        src = self.model.index(pair_index, 0)
        idx = self.proxy.mapFromSource(src)
        if not idx.isValid() and self.proxy.changes_only():
            self.changes_only.setChecked(False)
            idx = self.proxy.mapFromSource(src)
        if not idx.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            idx,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(idx, QAbstractItemView.ScrollHint.PositionAtTop)
        return True

    def next_change(self) -> bool:
        return self._step(+1)

    def previous_change(self) -> bool:
        return self._step(-1)

    def _step(self, direction: int) -> bool:
        n = self.proxy.rowCount()
        if not n:
            return False
        cur = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        if cur < 0 and direction < 0:
            cur = n
        r = cur + direction
        while 0 <= r < n:
            if self.proxy.index(r, 0).data(CHANGED_ROLE):
                return self.show_pair(self.proxy.index(r, 0).data(PAIR_INDEX_ROLE))
            r += direction
        msg = tr("compare.no_next") if direction > 0 else tr("compare.no_prev")
        self.note.setText(msg)
        self.sig_status.emit(msg)
        return False

    def set_changes_only(self, on: bool) -> None:
        current = self.current_pair_index()
        if self.changes_only.isChecked() != on:
            self.changes_only.setChecked(on)  # re-enters through toggled
            return
        self.proxy.set_changes_only(on)
        self._widths = (0, 0)
        self.update_row_heights()
        if current is not None:
            idx = self.proxy.mapFromSource(self.model.index(current, 0))
            if idx.isValid():
                self.table.scrollTo(idx, QAbstractItemView.ScrollHint.PositionAtTop)

    def visible_pair_indexes(self) -> list[int]:
        return [self.proxy.index(r, 0).data(PAIR_INDEX_ROLE) for r in range(self.proxy.rowCount())]

    def copy_row(self) -> None:
        i = self.current_pair_index()
        if i is None:
            return
        a, b = self.model.cell(i, "a").text, self.model.cell(i, "b").text
        QGuiApplication.clipboard().setText(f"A：{a or '—'}\n\nB：{b or '—'}")

    def _on_table_current_row_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        i = current.data(PAIR_INDEX_ROLE) if current.isValid() else None
        r = self.changes.row_of_pair(i) if i is not None else -1
        sel = self.change_list.selectionModel()
        sel.blockSignals(True)
        if r >= 0:
            self.change_list.setCurrentIndex(self.changes.index(r))
            self.change_list.scrollTo(self.changes.index(r))
        else:
            self.change_list.clearSelection()
        sel.blockSignals(False)
        self.change_list.viewport().update()
        self.note.clear()

    def _on_change_list_clicked(self, index: QModelIndex) -> None:
        i = index.data(PAIR_INDEX_ROLE)
        if i is not None:
            self.show_pair(i)

    def _on_obligation_list_item_activated(self, item: QListWidgetItem) -> None:
        side, offset = item.data(Qt.ItemDataRole.UserRole)
        if offset is not None:
            row = self.model.row_of_offset(side, offset)
            if row is not None:
                self.show_pair(row)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.column() not in (COL_A, COL_B):
            return
        pair = self.model.pair(index.data(PAIR_INDEX_ROLE))
        units = pair.a if index.column() == COL_A else pair.b
        doc_id = self.a_id if index.column() == COL_A else self.b_id
        if units and doc_id is not None:
            self.sig_open_at.emit(doc_id, units[0].start, units[-1].end)

    # --- swap, export, appearance ----------------------------------------------------------

    def swap(self) -> None:
        if self.library is None or self.a_id is None or self.b_id is None:
            return
        self.a_id, self.b_id = self.b_id, self.a_id
        self.start()

    def default_export_name(self) -> str:
        c = self.model.comparison
        if c is None:
            return "compare.docx"
        a, b = ((s.title or "A")[:20] for s in (c.a, c.b))
        return f"{tr('compare.report_prefix')}_{a}_{b}.docx"

    def _on_export_button_clicked(self) -> None:
        if self.model.comparison is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, tr("compare.export"), self.default_export_name(), "Word (*.docx)"
        )
        if name:
            if not name.lower().endswith(".docx"):
                name += ".docx"
            self.export_docx(Path(name))

    def export_docx(self, path: Path) -> Worker | None:
        """Write the Word report in a worker; ``sig_exported`` or an error dialog at the end."""
        comparison = self.model.comparison
        if comparison is None:
            return None
        from core.compare.docx_report import write_docx

        self.export_button.setEnabled(False)
        self.note.setText(tr("compare.exporting"))
        self.export_worker = start_worker(
            lambda _p, _c: write_docx(comparison, path),
            on_finished=self._on_export_worker_finished,
            on_failed=self._on_export_worker_failed,
        )
        return self.export_worker

    def _on_export_worker_finished(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        msg = tr("compare.exported", path=path)
        self.note.setText(msg)
        self.sig_status.emit(msg)
        self.sig_exported.emit(str(path))

    def _on_export_worker_failed(self, failure: WorkerFailure) -> None:
        self.export_button.setEnabled(True)
        self.note.clear()
        show_error(self, tr("compare.export_action"), failure.error, failure.details)

    def set_point_size(self, size: float) -> None:
        self.delegate.set_font(cell_font(size))
        self._widths = (0, 0)
        self.update_row_heights()
        self.table.viewport().update()

    def rerender(self) -> None:
        """Theme changed: rebuild the cell documents and the summary in the new colours."""
        self.delegate.clear()
        self._widths = (0, 0)
        if self.model.data_ is not None:
            self._fill_summary(self.model.data_)
            self._fill_obligations(self.model.data_.comparison.obligations)
        self.update_row_heights()
        self.table.viewport().update()
