"""Code-point ↔ UTF-16 offset maps: core offsets count code points, Qt positions UTF-16 units."""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class OffsetMap:
    """Converts offsets for one text; O(1) for BMP-only text, O(log n) per call otherwise."""

    __slots__ = ("_astral_cp", "_astral_u16", "cp_length", "u16_length")

    def __init__(self, text: str) -> None:
        self.cp_length = len(text)
        # Fast path: encoding to UTF-16 and comparing lengths is C speed even for 1M chars.
        u16 = len(text.encode("utf-16-le")) // 2
        self.u16_length = u16
        if u16 == len(text):
            self._astral_cp: list[int] = []
            self._astral_u16: list[int] = []
            return
        cps = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._astral_cp = cps
        self._astral_u16 = [cp + k for k, cp in enumerate(cps)]  # where each surrogate pair starts

    @property
    def identity(self) -> bool:
        return not self._astral_cp

    def to_utf16(self, cp: int) -> int:
        """Qt position of code-point offset ``cp`` (clamped to the text)."""
        cp = max(0, min(cp, self.cp_length))
        if not self._astral_cp:
            return cp
        return cp + bisect_left(self._astral_cp, cp)

    def to_cp(self, u16: int) -> int:
        """Code-point offset of Qt position ``u16``; a position inside a pair maps to its start."""
        u16 = max(0, min(u16, self.u16_length))
        if not self._astral_u16:
            return u16
        k = bisect_right(self._astral_u16, u16 - 2)  # pairs that end at or before u16
        if k < len(self._astral_u16) and self._astral_u16[k] == u16 - 1:  # inside a pair
            return self._astral_cp[k]
        return u16 - k

    def span_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        return self.to_utf16(start), self.to_utf16(end)
