"""A popup showing the text of a cited article; it can be pinned to stay open."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import desktop.qt_guard  # noqa: F401  (first: see the module)
from desktop.i18n import tr


class ReferencePopup(QFrame):
    """Shows a cited article; hides when the pointer leaves unless pinned."""

    sig_open = Signal(int, object)  # doc_id, article

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("refPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.pinned = False
        self.target: tuple[int, int | None] | None = None
        self._title = QLabel()
        self._title.setWordWrap(True)
        self._title.setStyleSheet("font-weight: bold;")
        self._pin = QPushButton(tr("popup.pin"))
        self._pin.setCheckable(True)
        self._pin.toggled.connect(self._on_pin_toggled)
        self._close = QPushButton(tr("popup.close"))
        self._close.clicked.connect(self.hide_now)
        self._body = QTextBrowser()
        self._body.setOpenLinks(False)
        self._body.setMinimumSize(380, 140)
        top = QHBoxLayout()
        top.addWidget(self._title, 1)
        top.addWidget(self._pin)
        top.addWidget(self._close)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 10)
        lay.addLayout(top)
        lay.addWidget(self._body)
        self.resize(440, 240)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(600)
        self._hide_timer.timeout.connect(self._on_hide_timer_timeout)

    def show_article(self, title: str, text: str | None, article: int | None, at: QPoint) -> None:
        label = title + (tr("reader.ref.article", n=article) if article else "")
        self._title.setText(label)
        self._body.setPlainText(text if text is not None else tr("popup.no_article"))
        self._hide_timer.stop()
        if not self.pinned:
            self.move(at + QPoint(12, 16))
        self.show()
        self.raise_()

    def text(self) -> str:
        return self._body.toPlainText()

    def request_hide(self) -> None:
        if not self.pinned:
            self._hide_timer.start()

    def hide_now(self) -> None:
        self._pin.setChecked(False)
        self.hide()

    def enterEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._hide_timer.stop()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.request_hide()
        super().leaveEvent(event)

    def _on_pin_toggled(self, on: bool) -> None:
        self.pinned = on
        # A pinned popup becomes a normal tool window the user can move and keep.
        flags = (
            Qt.WindowType.Tool if on else Qt.WindowType.ToolTip
        ) | Qt.WindowType.FramelessWindowHint
        pos = self.pos()
        self.setWindowFlags(flags)
        self.move(pos)
        self.show()

    def _on_hide_timer_timeout(self) -> None:
        if not self.pinned and not self.underMouse():
            self.hide()
