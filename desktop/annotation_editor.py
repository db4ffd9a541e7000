"""The note editor: quote, note text, tags with completion and a colour picker.

The dialog does not save anything itself: it emits ``sig_save`` and stays open until its owner
calls ``saved()``, so a failed save (disk full, read-only library) keeps the user's draft (E3).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.annotations import PaletteEntry
from desktop.annotation_model import elide
from desktop.i18n import tr

TAG_SPLIT = re.compile(r"[,，、;；\s]+")


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags from the tag line: split on commas (either width), 、, semicolons and spaces."""
    out: list[str] = []
    for t in TAG_SPLIT.split(text):
        t = t.strip().lstrip("#")
        if t and t not in out:
            out.append(t)
    return tuple(out)


class TagCompleter(QCompleter):
    """Completes the tag being typed (the last one on the line), keeping the ones before it."""

    def __init__(self, tags: Sequence[str], line: QLineEdit) -> None:
        super().__init__(list(tags), line)
        self.line = line
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [TAG_SPLIT.split(path)[-1]]

    def pathFromIndex(self, index) -> str:  # noqa: N802
        text = self.line.text()
        m = list(TAG_SPLIT.finditer(text))
        head = text[: m[-1].end()] if m else ""
        return head + str(index.data())


def swatch_style(entry: PaletteEntry) -> str:
    return (
        f"QToolButton {{ background: #{entry.color}; color: #1f2328; border: 2px solid transparent;"
        " border-radius: 3px; padding: 3px 8px; }"
        f" QToolButton:checked {{ border: 2px solid #1f2328; font-weight: bold; }}"
    )


class ColorPicker(QWidget):
    """One checkable swatch per palette slot, labelled with its meaning."""

    sig_changed = Signal(int)

    def __init__(self, palette: Sequence[PaletteEntry], color: int = 0, parent=None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QToolButton] = {}
        for entry in palette:
            b = QToolButton()
            b.setCheckable(True)
            b.setText(entry.name)
            b.setToolTip(entry.name)
            b.setStyleSheet(swatch_style(entry))
            self.group.addButton(b, entry.slot)
            self.buttons[entry.slot] = b
            lay.addWidget(b)
        lay.addStretch(1)
        self.set_color(color)
        self.group.idClicked.connect(self.sig_changed)

    def set_color(self, slot: int) -> None:
        b = self.buttons.get(slot) or next(iter(self.buttons.values()), None)
        if b is not None:
            b.setChecked(True)

    def color(self) -> int:
        return max(0, self.group.checkedId())


class AnnotationEditor(QDialog):
    """Edit one annotation's note, tags and colour (or a new one's, before it exists)."""

    sig_save = Signal(str, object, int)  # note, tuple of tags, colour slot
    sig_palette = Signal()  # "rename colours…" was asked for

    def __init__(
        self,
        quote: str,
        palette: Sequence[PaletteEntry],
        known_tags: Sequence[str],
        *,
        note: str = "",
        tags: Sequence[str] = (),
        color: int = 0,
        where: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("annotationEditor")
        self.setWindowTitle(tr("ann.editor.title"))
        self.resize(520, 400)
        self.quote_label = QLabel(f"「{elide(quote, 160)}」")
        self.quote_label.setWordWrap(True)
        self.quote_label.setObjectName("muted")
        self.quote_label.setToolTip(quote[:2000])
        self.note_edit = QPlainTextEdit(note)
        self.note_edit.setPlaceholderText(tr("ann.editor.note_hint"))
        self.tags_edit = QLineEdit("，".join(tags))
        self.tags_edit.setPlaceholderText(tr("ann.editor.tags_hint"))
        self.tags_edit.setCompleter(TagCompleter(known_tags, self.tags_edit))
        self.picker = ColorPicker(palette, color)
        self.palette_button = QPushButton(tr("ann.palette.button"))
        self.palette_button.clicked.connect(self.sig_palette)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("ann.save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("ann.cancel"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        if where:
            lay.addWidget(QLabel(where))
        lay.addWidget(self.quote_label)
        lay.addWidget(QLabel(tr("ann.editor.note")))
        lay.addWidget(self.note_edit, 1)
        lay.addWidget(QLabel(tr("ann.editor.tags")))
        lay.addWidget(self.tags_edit)
        lay.addWidget(QLabel(tr("ann.editor.color")))
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.palette_button)
        lay.addLayout(row)
        lay.addWidget(self.buttons)
        self.note_edit.setFocus()

    def values(self) -> tuple[str, tuple[str, ...], int]:
        return self.note_edit.toPlainText(), parse_tags(self.tags_edit.text()), self.picker.color()

    def set_palette(self, palette: Sequence[PaletteEntry]) -> None:
        for entry in palette:
            b = self.picker.buttons.get(entry.slot)
            if b is not None:
                b.setText(entry.name)
                b.setToolTip(entry.name)

    def save(self) -> None:
        """What the Save button does: ask the owner to save (it calls ``saved()`` on success)."""
        self.sig_save.emit(*self.values())

    def saved(self) -> None:
        self.accept()

    def _on_buttons_accepted(self) -> None:
        self.save()
