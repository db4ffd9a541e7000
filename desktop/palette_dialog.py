"""Settings › Annotation colours: rename what each highlight colour means (待落实 → 待办 …)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.library import Library
from desktop.errors import show_error
from desktop.i18n import tr


class PaletteDialog(QDialog):
    """One name field per colour slot; OK renames the ones that changed."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paletteDialog")
        self.setWindowTitle(tr("ann.palette.title"))
        self.library = library
        self.entries = library.palette()
        form = QFormLayout(self)
        form.addRow(QLabel(tr("ann.palette.hint")))
        self.edits: dict[int, QLineEdit] = {}
        for entry in self.entries:
            swatch = QLabel("      ")
            swatch.setStyleSheet(f"background: #{entry.color}; border-radius: 3px;")
            edit = QLineEdit(entry.name)
            edit.setMaxLength(40)
            self.edits[entry.slot] = edit
            form.addRow(swatch, edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("ann.cancel"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self) -> bool:
        """Rename the changed slots; on an error say so and stay open."""
        try:
            for entry in self.entries:
                name = self.edits[entry.slot].text().strip()
                if name != entry.name:
                    self.library.rename_color(entry.slot, name)
        except Exception as e:  # noqa: BLE001 - e.g. an empty name, a read-only library
            show_error(self, tr("ann.palette.title"), e)
            self.entries = self.library.palette()
            return False
        self.accept()
        return True
