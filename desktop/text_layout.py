"""Build the reader's QTextDocument from clean text: headings, bold article labels, highlights, links."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

import desktop.qt_guard  # noqa: F401  (first: see the module)
from desktop.documents import ARTICLE_KIND, HEADING_KINDS, LoadedDocument
from desktop.theme import Palette, primary_label

LINE_HEIGHT = 160  # percent
HEADING_MAX_CHARS = 40  # an outline item longer than this is a paragraph, not a heading
REF_SCHEME = "ref"
SPAN_PROPERTY = QTextFormat.Property.UserProperty + 1  # sentence index, for tests and hover


def _select(cursor: QTextCursor, doc: LoadedDocument, start: int, end: int) -> None:
    a, b = doc.offsets.span_to_utf16(start, end)
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)


def heading_spans(doc: LoadedDocument) -> list[tuple[int, int, int]]:
    """(start, end, level) of heading lines: 编/章/节 always, outline items when short."""
    out = []
    text = doc.text
    first = text.split("\n", 1)[0]
    if first.strip() and first.strip() == doc.title.strip():
        out.append((0, len(first), 0))  # the document's own title line
    for s in doc.sections:
        level = HEADING_KINDS.get(s["kind"])
        if level is None:
            continue
        start = int(s["start"])
        nl = text.find("\n", start)
        end = len(text) if nl < 0 else nl
        line = text[start:end]
        if s["kind"] not in ("编", "章", "节") and (
            len(line) > HEADING_MAX_CHARS or line.rstrip().endswith(("；", "，"))
        ):
            continue
        out.append((start, end, level))
    return out


def build_text_document(
    doc: LoadedDocument, palette: Palette, font: QFont, enabled: set[str]
) -> QTextDocument:
    """A QTextDocument whose plain text equals ``doc.text`` (UTF-16 positions via doc.offsets)."""
    qdoc = QTextDocument()
    qdoc.setUndoRedoEnabled(False)
    qdoc.setDefaultFont(font)
    qdoc.setDocumentMargin(24)
    qdoc.setPlainText(doc.text)
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    body = QTextBlockFormat()
    body.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    body.setBottomMargin(4)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(body)
    cursor.clearSelection()
    text_color = QColor(palette.text)
    plain = QTextCharFormat()
    plain.setForeground(text_color)
    cursor.mergeCharFormat(plain)

    # Blank lines between paragraphs: keep them (the text is the text) but make them short.
    blank = QTextBlockFormat()
    blank.setLineHeight(6, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    block = qdoc.begin()
    while block.isValid():
        if block.length() <= 1:
            c = QTextCursor(block)
            c.mergeBlockFormat(blank)
        block = block.next()

    for start, end, level in heading_spans(doc):
        _select(cursor, doc, start, end)
        bf = QTextBlockFormat()
        bf.setTopMargin((8, 22, 12, 8)[level])
        bf.setBottomMargin((14, 10, 6, 4)[level])
        if level <= 1:
            bf.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        cursor.mergeBlockFormat(bf)
        cf = QTextCharFormat()
        cf.setFontWeight(QFont.Weight.Bold)
        cf.setForeground(QColor(palette.heading))
        cf.setProperty(QTextFormat.Property.FontSizeAdjustment, (3, 2, 1, 0)[level])
        cursor.mergeCharFormat(cf)

    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    bold.setForeground(QColor(palette.heading))
    for s in doc.sections:
        if s["kind"] == ARTICLE_KIND:
            start = int(s["start"])
            label = str(s["label"])
            if doc.text.startswith(label, start):
                _select(cursor, doc, start, start + len(label))
                cursor.mergeCharFormat(bold)

    apply_highlights(qdoc, doc, palette, enabled, cursor)

    for i, ref in enumerate(doc.references):
        if ref.get("kind") == "self" and not ref.get("target_article"):
            continue  # 本法/本条例 point at the page being read: no link clutter
        _select(cursor, doc, int(ref["start"]), int(ref["end"]))
        cf = QTextCharFormat()
        cf.setAnchor(True)
        cf.setAnchorHref(f"{REF_SCHEME}:{i}")
        resolved = ref.get("target_id") is not None
        cf.setForeground(QColor(palette.link if resolved else palette.link_missing))
        cf.setFontUnderline(True)
        if not resolved:
            cf.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        cursor.mergeCharFormat(cf)
    cursor.endEditBlock()
    return qdoc


def apply_highlights(
    qdoc: QTextDocument,
    doc: LoadedDocument,
    palette: Palette,
    enabled: set[str],
    cursor: QTextCursor | None = None,
) -> int:
    """(Re)colour every labelled sentence by its primary enabled label; returns how many."""
    own = cursor is None
    cursor = cursor or QTextCursor(qdoc)
    if own:
        cursor.beginEditBlock()
    brushes = {k: QBrush(QColor(v)) for k, v in palette.labels.items()}
    none = QBrush()  # NoBrush: no background
    corrected = QColor(palette.muted)
    count = 0
    for i, s in enumerate(doc.sentences):
        if not s.get("labels"):
            continue
        label = primary_label(s["labels"], enabled)
        cf = QTextCharFormat()
        cf.setBackground(brushes[label] if label else none)
        cf.setProperty(SPAN_PROPERTY, i)
        if s.get("corrected"):  # the user's reading, not the analysis's: dotted underline
            cf.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            cf.setUnderlineColor(corrected)
        _select(cursor, doc, int(s["start"]), int(s["end"]))
        cursor.mergeCharFormat(cf)
        count += label is not None
    if own:
        cursor.endEditBlock()
    return count
