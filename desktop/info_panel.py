"""Document info: title, type, issuer, date, 文号, source, keywords, status."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

import desktop.qt_guard  # noqa: F401
from desktop.documents import LoadedDocument
from desktop.i18n import joined, tr

FIELDS = (
    "title",
    "doc_type",
    "issuer",
    "date",
    "effective",
    "doc_number",
    "status",
    "stats",
    "keywords",
    "source",
)


class InfoPanel(QWidget):
    sig_open_source = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        inner = QWidget()
        form = QFormLayout(inner)
        form.setContentsMargins(12, 12, 12, 12)
        form.setVerticalSpacing(10)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key in FIELDS:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            value.linkActivated.connect(self._on_value_link_activated)
            name = QLabel(tr(f"info.{key}"))
            name.setObjectName("muted")
            form.addRow(name, value)
            self.values[key] = value
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll)

    def set_document(self, doc: LoadedDocument | None) -> None:
        info = doc.info if doc else {}
        articles = sum(1 for s in info.get("sections") or [] if s["kind"] == "条")
        src = (info.get("source") or {}).get("path") or ""
        values = {
            "title": info.get("title"),
            "doc_type": info.get("doc_type"),
            "issuer": info.get("issuer"),
            "date": info.get("date"),
            "effective": info.get("effective_date"),
            "doc_number": info.get("doc_number"),
            "status": info.get("status"),
            "stats": tr("info.stats_value", chars=len(doc.text), articles=articles) if doc else "",
            "keywords": joined(info.get("keywords") or []),
        }
        for key, value in values.items():
            self.values[key].setTextFormat(Qt.TextFormat.PlainText)
            self.values[key].setText(str(value) if value else "—")
        link = QUrl.fromLocalFile(src).toString()
        self.values["source"].setTextFormat(Qt.TextFormat.RichText)
        self.values["source"].setText(f'<a href="{link}">{_escape(src)}</a>' if src else "—")

    def text_of(self, key: str) -> str:
        return self.values[key].text()

    def _on_value_link_activated(self, href: str) -> None:
        QDesktopServices.openUrl(QUrl(href))


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
