"""The reader: one document's clean text with structure, label highlights, links and find."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.models import LABELS
from desktop import theme
from desktop.annotation_layer import (
    AnnotationMark,
    mark_selections,
    marks_at,
    paint_annotation_marks,
)
from desktop.correction_controller import analysis_tip
from desktop.documents import DocumentCache, LoadedDocument
from desktop.i18n import joined, label_name, tr
from desktop.reference_popup import ReferencePopup
from desktop.text_layout import REF_SCHEME, apply_highlights, build_text_document

BANNER_STATUSES = ("已废止", "尚未施行", "已被修订")
MAX_TEXT_WIDTH = 860  # px: a comfortable line length for CJK at the default size
DEFAULT_POINT_SIZE = 13.0


class ReaderView(QTextBrowser):
    """The text pane: read-only, selectable, link-aware, with sentence tooltips."""

    sig_reference_clicked = Signal(int)  # index into the document's references
    sig_reference_hovered = Signal(int, QPoint)  # -1 when the pointer left a link
    sig_first_paint = Signal()
    sig_context_menu = Signal(object, int)  # QMenu about to show, code point under the pointer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.doc: LoadedDocument | None = None
        self._margin = -1
        self._painted = False
        # Two ExtraSelection layers: annotations underneath, find/jump hits on top.
        self.annotation_marks: list[AnnotationMark] = []
        self._hit_selections: list[QTextEdit.ExtraSelection] = []
        self.anchorClicked.connect(self._on_self_anchor_clicked)
        self.highlighted.connect(self._on_self_highlighted)

    def set_loaded(self, doc: LoadedDocument, qdoc) -> None:
        if self.doc is None or self.doc.id != doc.id:
            self.annotation_marks = []  # another document: its owner sets the new marks
        self.doc = doc
        self._painted = False
        self._margin = -1
        self._hit_selections = []  # their cursors belong to the previous QTextDocument
        self.setDocument(qdoc)
        self._update_margins()
        self._apply_extra_selections()

    def set_annotation_marks(self, marks: list[AnnotationMark]) -> None:
        self.annotation_marks = list(marks)
        self._apply_extra_selections()
        self.viewport().update()

    def setExtraSelections(self, selections) -> None:  # noqa: N802 - keeps the annotation layer
        self._hit_selections = list(selections)
        self._apply_extra_selections()

    def extraSelections(self) -> list:  # noqa: N802 - the hit layer only (find, jumps)
        return list(self._hit_selections)

    def annotation_selections(self) -> list:
        n = len(super().extraSelections()) - len(self._hit_selections)
        return list(super().extraSelections()[:n])

    def _apply_extra_selections(self) -> None:
        marks = []
        if self.doc is not None and self.annotation_marks:
            marks = mark_selections(self.document(), self.doc.offsets, self.annotation_marks)
        super().setExtraSelections(marks + self._hit_selections)

    def cp_at(self, viewport_pos: QPoint) -> int:
        pos = self.cursorForPosition(viewport_pos).position()
        return self.doc.offsets.to_cp(pos) if self.doc else pos

    def top_cp(self) -> int:
        return self.cp_at(QPoint(8, 8))

    # Qt overrides -------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_margins()

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.annotation_marks and self.doc is not None:
            paint_annotation_marks(self, self.doc.offsets, self.annotation_marks)
        if not self._painted and self.doc is not None:
            self._painted = True
            self.sig_first_paint.emit()

    def event(self, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.ToolTip and self.doc is not None:
            vp = self.viewport().mapFromGlobal(ev.globalPos())
            tip = self.tooltip_at(self.cp_at(vp))
            if tip:
                QToolTip.showText(ev.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(ev)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, viewport_pos: QPoint):
        """The standard menu plus what listeners of ``sig_context_menu`` add (annotations)."""
        menu = self.createStandardContextMenu(viewport_pos)
        self.sig_context_menu.emit(menu, self.cp_at(viewport_pos))
        return menu

    # helpers ------------------------------------------------------------------------------

    def tooltip_at(self, cp: int) -> str:
        doc = self.doc
        if doc is None:
            return ""
        lines = [m.tip for m in marks_at(self.annotation_marks, cp) if m.tip]
        ref_i = doc.reference_at(cp)
        if ref_i is not None:
            lines.append(reference_tip(doc.references[ref_i]))
        s = doc.sentence_at(cp)
        if s and s.get("labels"):
            lines.append(tr("reader.tip.labels", labels=joined(label_name(x) for x in s["labels"])))
            if s.get("subject"):
                lines.append(tr("reader.tip.bearer", bearer=s["subject"]))
        if s and s.get("corrected"):
            lines.append(analysis_tip(s))
        return "\n".join(lines)

    def _update_margins(self) -> None:
        qdoc = self.document()
        width = self.viewport().width()
        margin = max(24, (width - MAX_TEXT_WIDTH) // 2)
        if margin == self._margin:
            return
        self._margin = margin
        root = qdoc.rootFrame()
        fmt = root.frameFormat()
        fmt.setLeftMargin(margin - qdoc.documentMargin())
        fmt.setRightMargin(margin - qdoc.documentMargin())
        fmt.setTopMargin(8)
        fmt.setBottomMargin(48)
        root.setFrameFormat(fmt)

    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == REF_SCHEME:
            self.sig_reference_clicked.emit(int(url.path()))

    def _on_self_highlighted(self, url: QUrl) -> None:
        from PySide6.QtGui import QCursor

        if url.scheme() == REF_SCHEME and url.path().isdigit():
            self.sig_reference_hovered.emit(int(url.path()), QCursor.pos())
        else:
            self.sig_reference_hovered.emit(-1, QCursor.pos())


def reference_tip(ref: dict) -> str:
    title = ref.get("target_title") or ref.get("text", "").strip("《》")
    if ref.get("target_id") is None:
        return tr("reader.ref.unresolved", title=title)
    art = ref.get("target_article")
    return tr(
        "reader.ref.resolved", title=title, article=tr("reader.ref.article", n=art) if art else ""
    )


class FindBar(QFrame):
    """Find in the open document: next/previous and a hit count."""

    sig_closed = Signal()

    def __init__(self, reader: DocumentReader) -> None:
        super().__init__(reader)
        self.setObjectName("findBar")
        self.reader = reader
        self.hits: list[int] = []
        self.current = -1
        self.query = ""
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("find.placeholder"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.count.setMinimumWidth(70)
        prev_btn = QToolButton(text="▲")
        prev_btn.setToolTip(tr("find.prev") + " (Shift+Enter)")
        next_btn = QToolButton(text="▼")
        next_btn.setToolTip(tr("find.next") + " (Enter)")
        close_btn = QToolButton(text="✕")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.count)
        lay.addWidget(prev_btn)
        lay.addWidget(next_btn)
        lay.addWidget(close_btn)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.returnPressed.connect(self.find_next)
        prev_btn.clicked.connect(self.find_previous)
        next_btn.clicked.connect(self.find_next)
        close_btn.clicked.connect(self.close_bar)
        QShortcut(QKeySequence("Shift+Return"), self.edit, self.find_previous)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)

    def open_bar(self) -> None:
        self.show()
        cur = self.reader.view.textCursor()
        if cur.hasSelection() and "\u2029" not in cur.selectedText():
            self.edit.setText(cur.selectedText())
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.reader.view.setExtraSelections([])
        self.reader.view.setFocus()
        self.sig_closed.emit()

    def search(self, query: str) -> int:
        self.query = query
        doc = self.reader.doc
        self.hits = []
        self.current = -1
        if doc is not None and query:
            self.hits = [m.start() for m in re.finditer(re.escape(query), doc.text)]
        if self.hits:
            pos = self.reader.view.top_cp()
            self.current = next((i for i, h in enumerate(self.hits) if h >= pos), 0)
            self._show_current()
        else:
            self.reader.view.setExtraSelections([])
        self._update_count()
        return len(self.hits)

    def find_next(self) -> None:
        if self.edit.text() != self.query:
            self.search(self.edit.text())
            return
        if self.hits:
            self.current = (self.current + 1) % len(self.hits)
            self._show_current()
            self._update_count()

    def find_previous(self) -> None:
        if self.hits:
            self.current = (self.current - 1) % len(self.hits)
            self._show_current()
            self._update_count()

    def _show_current(self) -> None:
        start = self.hits[self.current]
        self.reader.jump_to(start, start + len(self.query), select=True)

    def _update_count(self) -> None:
        if not self.query:
            self.count.setText("")
        elif not self.hits:
            self.count.setText(tr("find.none"))
        else:
            self.count.setText(tr("find.count", i=self.current + 1, n=len(self.hits)))

    def _on_edit_text_changed(self, text: str) -> None:
        self.search(text)


class LegendBar(QFrame):
    """Colour legend with a toggle per deontic label."""

    sig_toggled = Signal(object)  # set of enabled labels

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legendBar")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 3, 10, 3)
        title = QLabel(tr("reader.legend"))
        title.setObjectName("legendTitle")
        lay.addWidget(title)
        self.boxes: dict[str, QCheckBox] = {}
        for label in LABELS:
            box = QCheckBox(label_name(label))
            box.setChecked(True)
            box.toggled.connect(self._on_box_toggled)
            self.boxes[label] = box
            lay.addWidget(box)
        lay.addStretch(1)
        self.counts = QLabel()
        self.counts.setObjectName("muted")
        lay.addWidget(self.counts)
        self.recolour()

    def recolour(self) -> None:
        pal = theme.current()
        for label, box in self.boxes.items():
            box.setStyleSheet(
                f"QCheckBox {{ background: {pal.labels[label]}; color: {pal.text};"
                " padding: 2px 8px; border-radius: 3px; }"
            )

    def enabled(self) -> set[str]:
        return {k for k, b in self.boxes.items() if b.isChecked()}

    def set_counts(self, counts: dict[str, int]) -> None:
        for label, box in self.boxes.items():
            box.setText(f"{label_name(label)} {counts.get(label, 0)}")

    def _on_box_toggled(self, _on: bool) -> None:
        self.sig_toggled.emit(self.enabled())


class DocumentReader(QWidget):
    """A reader tab: status banner, text view, label legend and find bar for one document."""

    sig_open_reference = Signal(int, object)  # target doc_id, article number or None
    sig_jump_requested = Signal(int, int)  # cp start, end (inside this document, for history)
    sig_status = Signal(str)
    sig_first_paint = Signal(float)  # ms from load() to the first paint
    sig_context_menu = Signal(object, int)  # QMenu, code point: listeners add actions

    def __init__(self, cache: DocumentCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.doc: LoadedDocument | None = None
        self.point_size = DEFAULT_POINT_SIZE
        self._load_started = 0.0
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.linkActivated.connect(self._on_banner_link_activated)
        self.banner.hide()
        self.view = ReaderView(self)
        self.legend = LegendBar(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.popup = ReferencePopup(self)
        self.popup.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.banner)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.find_bar)
        lay.addWidget(self.legend)
        self.legend.sig_toggled.connect(self._on_legend_toggled)
        self.view.sig_reference_clicked.connect(self._on_view_reference_clicked)
        self.view.sig_reference_hovered.connect(self._on_view_reference_hovered)
        self.view.sig_first_paint.connect(self._on_view_first_paint)
        self.view.sig_context_menu.connect(self.sig_context_menu)
        # doc_id → AnnotationMarks; set by whoever owns the annotations (the main window).
        self.annotation_source: Callable[[int], list[AnnotationMark]] | None = None
        self._hover_timer = QTimer(self)
        self._hover_timer.setSingleShot(True)
        self._hover_timer.setInterval(350)
        self._hover_timer.timeout.connect(self._on_hover_timer_timeout)
        self._hover: tuple[int, QPoint] | None = None

    # --- loading ---------------------------------------------------------------------------

    @property
    def doc_id(self) -> int | None:
        return self.doc.id if self.doc else None

    def load(self, doc_id: int) -> LoadedDocument:
        self._load_started = time.perf_counter()
        doc = self.cache.get(doc_id)
        self.doc = doc
        self._render()
        self.refresh_annotations()
        self._update_banner()
        counts = {label: 0 for label in LABELS}
        for s in doc.sentences:
            for label in s.get("labels") or ():
                counts[label] = counts.get(label, 0) + 1
        self.legend.set_counts(counts)
        return doc

    def _render(self) -> None:
        if self.doc is None:
            return
        qdoc = build_text_document(
            self.doc, theme.current(), theme.reader_font(self.point_size), self.legend.enabled()
        )
        qdoc.setParent(self.view)  # the view deletes the previous document it owned
        self.view.set_loaded(self.doc, qdoc)

    def rerender(self) -> None:
        """Rebuild after a theme or text-size change, keeping the reading position."""
        pos = self.view.top_cp() if self.doc else 0
        self._render()
        self.legend.recolour()
        if self.doc:
            self.scroll_to(pos)

    def _update_banner(self) -> None:
        info = self.doc.info if self.doc else {}
        status = info.get("status")
        if status not in BANNER_STATUSES:
            self.banner.hide()
            return
        html = "⚠ " + tr(f"reader.banner.{status}")
        ev = evidence_target(info.get("status_evidence"))
        if ev:
            ev_id, ev_title = ev
            label = tr("reader.banner.evidence", title=ev_title or f"#{ev_id}")
            html += f' &nbsp; <a href="doc:{ev_id}">{label}</a>' if ev_id else f" &nbsp; {label}"
        self.banner.setText(html)
        self.banner.show()

    # --- annotations -----------------------------------------------------------------------

    def refresh_annotations(self) -> None:
        if self.doc is not None and self.annotation_source is not None:
            self.view.set_annotation_marks(self.annotation_source(self.doc.id))

    def selection_span(self) -> tuple[int, int] | None:
        """The selected range in code points (Qt counts UTF-16 units), or None."""
        cur = self.view.textCursor()
        if self.doc is None or not cur.hasSelection():
            return None
        a = self.doc.offsets.to_cp(cur.selectionStart())
        b = self.doc.offsets.to_cp(cur.selectionEnd())
        return (a, b) if b > a else None

    def select_span(self, start: int, end: int) -> None:
        """Select code points ``start..end`` in the view (as a user's drag would)."""
        if self.doc is None:
            return
        a, b = self.doc.offsets.span_to_utf16(start, end)
        cur = QTextCursor(self.view.document())
        cur.setPosition(a)
        cur.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cur)

    # --- navigation inside the document ----------------------------------------------------

    def scroll_to(self, cp: int) -> None:
        if self.doc is None:
            return
        u = self.doc.offsets.to_utf16(cp)
        cur = QTextCursor(self.view.document())
        cur.setPosition(u)
        rect = self.view.cursorRect(cur)
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - 8)

    def jump_to(self, start: int, end: int | None = None, select: bool = False) -> None:
        """Show ``start`` near the top third; mark ``start..end`` (code points) as a hit."""
        if self.doc is None:
            return
        a = self.doc.offsets.to_utf16(start)
        b = self.doc.offsets.to_utf16(end if end is not None else start)
        cur = QTextCursor(self.view.document())
        cur.setPosition(a)
        self.view.setTextCursor(cur)
        rect = self.view.cursorRect(cur)
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.view.viewport().height() // 3)
        if b > a:
            sel = QTextEdit.ExtraSelection()
            c2 = QTextCursor(self.view.document())
            c2.setPosition(a)
            c2.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = c2
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(theme.current().find_hit))
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
            sel.format = fmt
            self.view.setExtraSelections([sel])
            if select:
                self.view.setTextCursor(c2)

    def jump_to_article(self, number: int) -> bool:
        span = self.doc.article_span(number) if self.doc else None
        if span is None:
            return False
        self.jump_to(span[0], span[1])
        return True

    def marked_text(self) -> str:
        """The text under the current hit marker (what a search or jump highlighted)."""
        sels = self.view.extraSelections()
        return sels[0].cursor.selectedText() if sels else ""

    # --- text size -------------------------------------------------------------------------

    def set_point_size(self, size: float) -> None:
        size = max(8.0, min(32.0, size))
        if size != self.point_size:
            self.point_size = size
            if self.doc:
                self.rerender()

    # --- slots -----------------------------------------------------------------------------

    def _on_legend_toggled(self, enabled: set[str]) -> None:
        if self.doc is not None:
            apply_highlights(self.view.document(), self.doc, theme.current(), enabled)

    def _on_view_reference_clicked(self, index: int) -> None:
        self.activate_reference(index)

    def activate_reference(self, index: int) -> None:
        if self.doc is None:
            return
        ref = self.doc.references[index]
        target = ref.get("target_id")
        if target is None:
            title = ref.get("target_title") or ref.get("text", "")
            self.sig_status.emit(tr("status.not_in_library", title=title))
            return
        self.popup.hide_now()
        self.sig_open_reference.emit(int(target), ref.get("target_article"))

    def _on_view_reference_hovered(self, index: int, at: QPoint) -> None:
        if index < 0:
            self._hover_timer.stop()
            self.popup.request_hide()
            return
        self._hover = (index, at)
        self._hover_timer.start()

    def _on_hover_timer_timeout(self) -> None:
        if self._hover is not None:
            self.show_reference_popup(*self._hover)

    def show_reference_popup(self, index: int, at: QPoint) -> bool:
        if self.doc is None:
            return False
        ref = self.doc.references[index]
        self.sig_status.emit(reference_tip(ref))
        target = ref.get("target_id")
        if target is None:
            return False
        title, text = self.cache.article_text(int(target), ref.get("target_article"))
        self.popup.show_article(title, text, ref.get("target_article"), at)
        return True

    def _on_banner_link_activated(self, href: str) -> None:
        if href.startswith("doc:"):
            self.sig_open_reference.emit(int(href[4:]), None)

    def _on_view_first_paint(self) -> None:
        self.sig_first_paint.emit((time.perf_counter() - self._load_started) * 1000)


def evidence_target(evidence) -> tuple[int | None, str | None] | None:
    """(doc_id, title) of the document that shows a status, from ``status_evidence`` JSON."""
    if not evidence:
        return None
    if isinstance(evidence, list):
        evidence = evidence[0] if evidence else None
    if not isinstance(evidence, dict):
        return None
    doc_id = evidence.get("doc_id", evidence.get("target_id", evidence.get("id")))
    title = evidence.get("title") or evidence.get("target_title")
    if doc_id is None and not title:
        return None
    return (int(doc_id) if doc_id is not None else None), title
