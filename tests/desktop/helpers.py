"""Read back what the reader painted: ranges by background colour, in code points."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextDocument

from desktop.offsets import OffsetMap


def coloured_ranges(qdoc: QTextDocument, colour: str) -> list[tuple[int, int]]:
    """Merged UTF-16 ranges whose background is ``colour``."""
    want = QColor(colour)
    ranges: list[list[int]] = []
    block = qdoc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            if (
                fmt.hasProperty(fmt.Property.BackgroundBrush)
                and fmt.background().color() == want
                and fmt.background().style().value != 0
            ):
                a, b = frag.position(), frag.position() + frag.length()
                if ranges and ranges[-1][1] >= a - 1:  # adjacent across a block separator
                    ranges[-1][1] = b
                else:
                    ranges.append([a, b])
            it += 1
        block = block.next()
    return [(a, b) for a, b in ranges]


def to_cp(ranges: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    m = OffsetMap(text)
    return [(m.to_cp(a), m.to_cp(b)) for a, b in ranges]
