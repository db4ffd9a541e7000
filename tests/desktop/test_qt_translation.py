"""Qt's own dialog buttons follow the UI language (no English OK/Cancel in a Chinese UI)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox

import desktop.qt_guard  # noqa: F401 - first, like every desktop module
from desktop.app import install_qt_translation


def _labels() -> list[str]:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    return sorted(b.text() for b in box.buttons())


def test_standard_buttons_in_chinese_then_english(qtbot) -> None:
    app = QApplication.instance()
    try:
        install_qt_translation(app, "zh")
        assert _labels() == sorted(["确定", "取消"])
        install_qt_translation(app, "en")
        assert _labels() == ["Cancel", "OK"]
    finally:
        install_qt_translation(app, "en")
