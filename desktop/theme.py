"""Light and dark themes, CJK font fallbacks and the colours of the deontic labels."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.paths import resources_dir

# Tried in order; Qt falls back per glyph through the list (Windows, macOS, Linux, Adobe).
UI_FONT_FAMILIES: list[str] = [
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Noto Sans SC",
    "sans-serif",
]
READER_FONT_FAMILIES: list[str] = UI_FONT_FAMILIES


@dataclass(frozen=True)
class Palette:
    name: str
    window: str
    base: str
    text: str
    muted: str
    accent: str
    link: str
    link_missing: str
    heading: str
    banner_bg: str
    banner_fg: str
    find_hit: str
    labels: dict[str, str]  # label → sentence background


LIGHT = Palette(
    name="light",
    window="#f4f4f2",
    base="#fdfdfb",
    text="#1f2328",
    muted="#6a737d",
    accent="#2f6fbf",
    link="#1a5fb4",
    link_missing="#9a6700",
    heading="#1b3a5c",
    banner_bg="#fff4d6",
    banner_fg="#5c4300",
    find_hit="#ffd54f",
    labels={
        "obligation": "#fff0b3",
        "prohibition": "#ffd9d6",
        "permission": "#d8f3dc",
        "penalty": "#e9defa",
    },
)

DARK = Palette(
    name="dark",
    window="#1e2024",
    base="#25282d",
    text="#e3e5e8",
    muted="#9aa3ad",
    accent="#6ea8fe",
    link="#8ab4f8",
    link_missing="#e3b341",
    heading="#b9d3f2",
    banner_bg="#4a3b12",
    banner_fg="#ffe8a3",
    find_hit="#8a6d00",
    labels={
        "obligation": "#5a4a14",
        "prohibition": "#6b2b2b",
        "permission": "#1f4a2c",
        "penalty": "#463064",
    },
)

THEMES: dict[str, Palette] = {"light": LIGHT, "dark": DARK}
# Which colour a sentence with several labels shows: the sanction first, then the ban.
LABEL_PRIORITY: tuple[str, ...] = ("penalty", "prohibition", "obligation", "permission")

_current: Palette = LIGHT


def current() -> Palette:
    return _current


def primary_label(
    labels: list[str] | tuple[str, ...], enabled: set[str] | None = None
) -> str | None:
    """The label whose colour a sentence shows, among the enabled ones."""
    for label in LABEL_PRIORITY:
        if label in labels and (enabled is None or label in enabled):
            return label
    return None


def ui_font(point_size: float = 10.0) -> QFont:
    font = QFont()
    font.setFamilies(UI_FONT_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def reader_font(point_size: float = 13.0) -> QFont:
    font = QFont()
    font.setFamilies(READER_FONT_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def _qpalette(p: Palette) -> QPalette:
    pal = QPalette()
    c = QColor
    pal.setColor(QPalette.ColorRole.Window, c(p.window))
    pal.setColor(QPalette.ColorRole.WindowText, c(p.text))
    pal.setColor(QPalette.ColorRole.Base, c(p.base))
    pal.setColor(QPalette.ColorRole.AlternateBase, c(p.window))
    pal.setColor(QPalette.ColorRole.Text, c(p.text))
    pal.setColor(QPalette.ColorRole.Button, c(p.window))
    pal.setColor(QPalette.ColorRole.ButtonText, c(p.text))
    pal.setColor(QPalette.ColorRole.ToolTipBase, c(p.base))
    pal.setColor(QPalette.ColorRole.ToolTipText, c(p.text))
    pal.setColor(QPalette.ColorRole.PlaceholderText, c(p.muted))
    pal.setColor(QPalette.ColorRole.Highlight, c(p.accent))
    pal.setColor(QPalette.ColorRole.HighlightedText, c("#ffffff"))
    pal.setColor(QPalette.ColorRole.Link, c(p.link))
    pal.setColor(QPalette.ColorRole.LinkVisited, c(p.link))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, c(p.muted))
    return pal


def style_sheet(p: Palette) -> str:
    path = resources_dir() / "styles" / f"{p.name}.qss"
    try:
        qss = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    for field in ("window", "base", "text", "muted", "accent", "banner_bg", "banner_fg"):
        qss = qss.replace("@" + field, getattr(p, field))
    return qss


def apply_theme(app: QApplication, name: str) -> Palette:
    """Set the palette, style sheet and UI font of the whole application."""
    global _current
    _current = THEMES.get(name, LIGHT)
    app.setStyle("Fusion")
    app.setPalette(_qpalette(_current))
    app.setFont(ui_font())
    app.setStyleSheet(style_sheet(_current))
    return _current
