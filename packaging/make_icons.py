"""Draw the app icon (眼 on a seal-red rounded square) with QPainter; write PNGs, .ico and .icns.

Run: ``.venv/bin/python packaging/make_icons.py`` (offscreen; needs a CJK font for the glyph,
falls back to the Latin "F" when none is installed). Pillow writes the .ico/.icns when present.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SEAL_RED = QColor("#B22222")
SEAL_DARK = QColor("#8B1A1A")
PAPER = QColor("#FFF8EE")
GLYPH = "眼"
OUT = Path(__file__).resolve().parent / "icons"


def _cjk_family() -> str | None:
    preferred = (
        "Noto Serif CJK SC",
        "Noto Sans CJK SC",
        "Source Han Serif SC",
        "SimSun",
        "Songti SC",
        "WenQuanYi Zen Hei",
        "AR PL UMing CN",
    )
    families = QFontDatabase.families()
    for name in preferred:
        if name in families:
            return name
    for name in families:
        if GLYPH in name or any(k in name for k in ("CJK", "Hei", "Song", "Ming", "Kai")):
            return name
    return None


def draw(size: int, family: str | None) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    margin = max(1.0, size * 0.04)
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    radius = size * 0.2
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    p.fillPath(path, SEAL_RED)
    if size >= 32:  # the seal's inner border; lost in noise below 32 px
        inset = size * 0.1
        inner = rect.adjusted(inset, inset, -inset, -inset)
        pen = QPen(PAPER, max(1.0, size * 0.025))
        p.setPen(pen)
        p.drawRoundedRect(inner, radius * 0.5, radius * 0.5)
    else:
        p.setPen(QPen(SEAL_DARK, 1))
        p.drawPath(path)
    font = QFont(family) if family else QFont()
    font.setBold(True)
    font.setPixelSize(int(size * (0.62 if size >= 32 else 0.78)))
    p.setFont(font)
    p.setPen(PAPER)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, GLYPH if family else "F")
    p.end()
    return img


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    family = _cjk_family()
    if family is None:
        print("warning: no CJK font found; drawing 'F' instead of 眼", file=sys.stderr)
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = []
    for s in SIZES:
        path = OUT / f"fayan-{s}.png"
        if not draw(s, family).save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        pngs.append(path)
    try:
        from PIL import Image
    except ImportError:
        print("Pillow missing: PNGs only (no .ico/.icns)", file=sys.stderr)
        return 0
    big = Image.open(OUT / "fayan-512.png")
    big.save(OUT / "fayan.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(OUT / "fayan.icns")
    print(f"wrote {len(pngs)} PNGs, fayan.ico and fayan.icns to {OUT} (font: {family})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
