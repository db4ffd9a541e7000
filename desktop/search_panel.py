"""Library search: debounced, off the GUI thread; results grouped by document, snippets marked."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

import desktop.qt_guard  # noqa: F401
from core.library import Library
from core.models import DOC_TYPES, LABELS
from desktop import theme
from desktop.errors import reason_text
from desktop.i18n import label_name, tr
from desktop.workers import WorkerFailure, start_worker

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
DEBOUNCE_MS = 250
RESULT_LIMIT = 200
Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class SearchResultsModel(QAbstractItemModel):
    """Two levels: documents (in rank order) → their hits. Internal id: doc row+1 for hits."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[int, str, list[Any]]] = []  # (doc_id, title, hits)

    def set_hits(self, hits: Sequence[Any]) -> None:
        self.beginResetModel()
        groups: dict[int, tuple[int, str, list[Any]]] = {}
        for h in hits:
            groups.setdefault(h.doc_id, (h.doc_id, h.title, []))[2].append(h)
        self.groups = list(groups.values())
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(len(g[2]) for g in self.groups)

    def index(self, row: int, column: int, parent: Index = _NO_INDEX) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self.groups) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        if row >= len(self.groups[parent.row()][2]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = _NO_INDEX) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.column() > 0 or parent.internalId() != 0:
            return 0
        return len(self.groups[parent.row()][2])

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            doc_id, title, hits = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{title}（{len(hits)}）"
            if role == HTML_ROLE:
                return f"<b>{html.escape(title)}</b> <span style='color:{theme.current().muted}'>（{len(hits)}）</span>"
            if role == HIT_ROLE:
                return hits[0] if hits else None
            return None
        hit = self.groups[index.internalId() - 1][2][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.section or ''} {hit.before}{hit.hit}{hit.after}".strip()
        if role == HTML_ROLE:
            pal = theme.current()
            section = (
                f"<span style='color:{pal.muted}'>{html.escape(hit.section)}</span> "
                if hit.section
                else ""
            )
            return (
                f"{section}{html.escape(_tail(hit.before))}"
                f"<span style='background:{pal.find_hit}; color:{pal.text}'><b>{html.escape(hit.hit)}</b></span>"
                f"{html.escape(hit.after)}"
            )
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _tail(before: str, keep: int = 14) -> str:
    """Keep the hit in view: only the last few characters of context before it."""
    before = before.replace("\n", " ")
    return before if len(before) <= keep else "…" + before[-keep:]


class HtmlDelegate(QStyledItemDelegate):
    """Paints HTML_ROLE rich text (marked snippets) in a view row."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._doc(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = (
            style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
            if style
            else opt.rect
        )
        painter.save()
        painter.translate(rect.topLeft())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText)
            )
        else:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.Text)
            )
        ctx.clip = QRectF(0, 0, rect.width(), rect.height())
        painter.setClipRect(ctx.clip)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._doc(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))

    @staticmethod
    def _doc(opt: QStyleOptionViewItem, index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        if opt.widget is not None:  # wrap to the column so the whole snippet shows
            depth = 1 if index.parent().isValid() else 0
            indent = getattr(opt.widget, "indentation", lambda: 20)() * (depth + 1)
            doc.setTextWidth(max(120, opt.widget.viewport().width() - indent - 8))
        doc.setDocumentMargin(2)
        doc.setHtml(index.data(HTML_ROLE) or html.escape(opt.text))
        return doc


class SearchPanel(QWidget):
    """Query box + filters; typing is debounced and each search runs in a worker."""

    sig_open_at = Signal(int, int, int)  # doc_id, cp start, end
    sig_results = Signal(object)  # SearchResult, after the model was filled

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._serial = 0
        self.last_result: Any = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("search.placeholder"))
        self.edit.setClearButtonEnabled(True)
        self.doc_type = QComboBox()
        self.doc_type.addItem(tr("search.any_type"), None)
        for t in DOC_TYPES:
            self.doc_type.addItem(t, t)
        self.label = QComboBox()
        self.label.addItem(tr("search.any_label"), None)
        for label in LABELS:
            self.label.addItem(label_name(label), label)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        self.model = SearchResultsModel(self)
        self.view = QTreeView()
        self.view.setHeaderHidden(True)
        self.view.setModel(self.model)
        self.view.setItemDelegate(HtmlDelegate(self.view))
        self.view.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(self.doc_type)
        filters.addWidget(self.label)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.edit)
        lay.addLayout(filters)
        lay.addWidget(self.summary)
        lay.addWidget(self.view, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.returnPressed.connect(self.run_search)
        self.doc_type.currentIndexChanged.connect(self._on_edit_text_changed)
        self.label.currentIndexChanged.connect(self._on_edit_text_changed)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.activated.connect(self._on_view_clicked)

    def focus_query(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def run_search(self) -> None:
        """Start a search for the current query; older results arriving later are dropped."""
        self._debounce.stop()
        query = self.edit.text().strip()
        self._serial += 1
        serial = self._serial
        if not query:
            self.model.set_hits([])
            self.summary.setText("")
            return
        filters = {"doc_type": self.doc_type.currentData(), "label": self.label.currentData()}
        filters = {k: v for k, v in filters.items() if v is not None}
        self.summary.setText(tr("search.running"))
        library = self.library
        start_worker(
            lambda _p, _c: library.search(query, limit=RESULT_LIMIT, **filters),
            on_finished=lambda result: self._on_worker_finished(serial, query, result),
            on_failed=lambda failure: self._on_worker_failed(serial, failure),
        )

    def _on_worker_finished(self, serial: int, query: str, result: Any) -> None:
        if serial != self._serial:
            return
        self.last_result = result
        self.model.set_hits(result.hits)
        if self.model.rowCount() <= 8:
            self.view.expandAll()
        elif self.model.rowCount():
            self.view.expand(self.model.index(0, 0))
        if not result.hits:
            self.summary.setText(tr("search.none", q=query))
        else:
            total = result.total_hits if result.total_hits is not None else f"{len(result.hits)}+"
            self.summary.setText(
                tr(
                    "search.summary",
                    docs=result.total_docs,
                    hits=total,
                    ms=round(result.elapsed_ms),
                )
            )
        self.sig_results.emit(result)

    def _on_worker_failed(self, serial: int, failure: WorkerFailure) -> None:
        if serial == self._serial:
            self.summary.setText(tr("search.failed", msg=reason_text(failure.error)))

    def _on_edit_text_changed(self, *_args) -> None:
        self._debounce.start()

    def _on_view_clicked(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.sig_open_at.emit(int(hit.doc_id), int(hit.start), int(hit.end))
