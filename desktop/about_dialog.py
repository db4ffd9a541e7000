"""Help › About: Fayan's version and the versions of its parts, the library and log files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.logs import component_versions, log_path
from core.paths import resources_dir
from desktop.i18n import tr

ICON_CANDIDATES = ("icons/fayan-256.png",)


def app_icon_path() -> Path | None:
    """The 256 px icon: resources/icons in a bundle, packaging/icons in a checkout."""
    for rel in ICON_CANDIDATES:
        p = resources_dir() / rel
        if p.is_file():
            return p
    p = resources_dir().parent / "packaging" / "icons" / "fayan-256.png"
    return p if p.is_file() else None


def version_text(library_path: Path | str | None = None) -> str:
    """The plain-text block "Copy version info" puts on the clipboard (for bug reports)."""
    rows = [f"{k}: {v}" for k, v in component_versions().items()]
    if library_path is not None:
        rows.append(f"library: {library_path}")
    rows.append(f"log: {log_path()}")
    return "\n".join(rows)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, library_path: Path | str | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("about.title"))
        self.setObjectName("aboutDialog")
        self.library_path = library_path
        self.versions = component_versions()
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        icon = app_icon_path()
        if icon is not None:
            pic = QLabel()
            pic.setPixmap(
                QPixmap(str(icon)).scaled(
                    72,
                    72,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            head.addWidget(pic)
        title = QLabel(tr("about.text", version=self.versions["Fayan"]))
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(title, 1)
        lay.addLayout(head)
        rows = list(self.versions.items())
        if library_path is not None:
            rows.append((tr("about.library"), str(library_path)))
        rows.append((tr("about.log"), str(log_path())))
        self.table = QTableWidget(len(rows), 2)
        self.table.horizontalHeader().setVisible(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, (k, v) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(k))
            self.table.setItem(i, 1, QTableWidgetItem(v))
        self.table.resizeColumnToContents(0)
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(tr("about.copy"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_versions)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(560, 460)

    def copy_versions(self) -> str:
        text = version_text(self.library_path)
        QGuiApplication.clipboard().setText(text)
        return text
