"""Clean extracted text: rejoin hard-wrapped PDF lines into paragraphs, drop page numbers."""

from __future__ import annotations

import re

from core.structure.numerals import NUMERAL_CHARS, cn_to_int

__all__ = ["clean_text", "display_width", "is_hard_wrapped"]

_N = f"[{NUMERAL_CHARS}]"
_SPACES = re.compile(r"[ \t\u3000\xa0\u2002\u2003\u200b\ufeff]+")
_PAGE_LINE = re.compile(
    r"[-—–－]? ?\d{1,4} ?[-—–－]?|第 ?\d{1,4} ?页(?: ?共 ?\d{1,4} ?页)?|\d{1,4} ?/ ?\d{1,4}"
)
_PAGE_START = frozenset("0123456789-—–－第")

# A line ending in one of these ends a paragraph (also when a closing quote or bracket follows).
TERMINATORS = frozenset("。！？；：!?;:")
_CLOSERS = frozenset("”’」』）)】》")

_ARTICLE = re.compile(rf"第 ?({_N}+) ?条(?:之{_N}+)?")
_HEADING = re.compile(rf"第 ?{_N}+ ?[编章节](?![^ ]{{0,2}}[的规所])")
_OUTLINE = re.compile(
    r"(?:([一二三四五六七八九十百]+)、"
    r"|[（(]([一二三四五六七八九十百]+)[）)]"
    r"|([0-9]{1,3})(?:[、．]|\.(?![0-9]))"
    r"|[（(]([0-9]{1,3})[）)]"
    r"|([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]))"
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_MARKER_START = frozenset("第一二三四五六七八九十（(0123456789" + _CIRCLED)
_ENTRY_START = re.compile(r"(?:[0-9]{1,3}|[一二三四五六七八九十]+) ?[、.．] ?《")

_WINDOW = 3  # lines either side that set a line's local wrap width
_MIN_WRAP = 40  # lines narrower than this (20 CJK characters) are never treated as wrapped
_RATIO = 0.82  # a line this fraction of the local wrap width counts as full


def display_width(line: str) -> int:
    """Columns a line takes: CJK and full-width characters count 2 (via UTF-8 length, C speed)."""
    return (len(line) + len(line.encode("utf-8"))) // 2


# A list bullet in front of an item's own number (``- （一）…`` in text pasted from Markdown or
# a web page) is noise: the number already marks the item, and the bullet would hide it from
# the structure parser.
_BULLETS = "-•·*●▪"
_BULLET_BEFORE_MARKER = re.compile(
    r"^[-•·*●▪]\s*(?=（[一二三四五六七八九十百]+）|\([一二三四五六七八九十百]+\)|"
    r"（\d+）|[一二三四五六七八九十]+、|\d+[.、．](?!\d))"
)


def clean_text(text: str) -> str:
    """One paragraph per line, no blank lines, no page-number lines; idempotent.

    Hard-wrapped text (PDF extractions) is rejoined; text whose lines are already paragraphs
    keeps its paragraphing and is only normalised (spaces collapsed, lines stripped).
    """
    lines = _lines(text)
    if not lines:
        return ""
    full = _full_flags(_widths(lines))
    if not _wrapped(lines, full):
        return "\n".join(_mend_broken(lines))
    return "\n".join(_mend_broken(_rejoin(lines, full).split("\n")))


# The head of a line that can only continue a sentence: one to three characters, then a comma
# (…保障网络安全、稳定运 / 行，有效应对…).
_TAIL_START = re.compile(r"[\u4e00-\u9fff]{1,3}，")


def _mend_broken(lines: list[str]) -> list[str]:
    """Rejoin a sentence broken across two paragraphs in text that is otherwise paragraphed
    (one stray line break in a copied law): the first runs on without punctuation and is body
    text, the second opens with a word or two and a comma, which no paragraph does."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if (
            prev
            and display_width(prev) >= _MIN_WRAP
            and "\u4e00" <= prev[-1] <= "\u9fff"
            and line[0] not in _MARKER_START
            and _TAIL_START.match(line)
        ):
            out[-1] = prev + line
        else:
            out.append(line)
    return out


def is_hard_wrapped(text: str) -> bool:
    """Whether ``text`` looks like hard-wrapped lines (a PDF extraction) rather than paragraphs."""
    lines = _lines(text)
    return bool(lines) and _wrapped(lines, _full_flags(_widths(lines)))


def _lines(text: str) -> list[str]:
    """Stripped, space-collapsed, non-blank lines that are not page numbers."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("**", "")
    text = _SPACES.sub(" ", text)
    out = []
    for line in text.split("\n"):
        line = line.strip(" ")
        if line and not (line[0] in _PAGE_START and _PAGE_LINE.fullmatch(line)):
            if line[0] in _BULLETS:
                line = _BULLET_BEFORE_MARKER.sub("", line, count=1)
            out.append(line)
    return out


def _widths(lines: list[str]) -> list[int]:
    """Display widths: CJK counts 2 columns; computed from UTF-8 lengths in one encode."""
    blens = [len(b) for b in "\n".join(lines).encode("utf-8").split(b"\n")]
    return [(len(line) + b) // 2 for line, b in zip(lines, blens, strict=True)]


def _terminated(line: str) -> bool:
    last = line[-1]
    if last in TERMINATORS:
        return True
    return last in _CLOSERS and len(line) > 1 and line[-2] in TERMINATORS


def _full_flags(widths: list[int]) -> list[bool]:
    """Whether each line reaches the local wrap width: the widest line within three lines of it.

    A window this small stays inside one document of a compilation whose documents were set
    at different widths; a ratio rather than a fixed slack absorbs justified-punctuation noise.
    """
    pad = [0] * _WINDOW
    w = pad + widths + pad
    span = 2 * _WINDOW + 1
    local = list(map(max, *(w[k : k + len(widths)] for k in range(span))))
    return [lw >= _MIN_WRAP and x >= lw * _RATIO for x, lw in zip(widths, local, strict=True)]


def _wrapped(lines: list[str], full: list[bool]) -> bool:
    """Hard-wrapped when at least 30% of lines are full and end mid-sentence."""
    if len(lines) < 8:
        return False
    cont = sum(1 for line, f in zip(lines, full, strict=True) if f and not _terminated(line))
    return cont >= 0.3 * len(lines)


class _Sequence:
    """Last numbers seen per marker style, to tell an item start from a wrapped reference."""

    def __init__(self) -> None:
        self.last: dict[str, int] = {}

    def expected(self, style: str, number: int | None) -> bool:
        return number is not None and (number == 1 or number == self.last.get(style, 0) + 1)

    def see(self, style: str, number: int | None) -> None:
        if number is not None:
            self.last[style] = number


def _marker(line: str) -> tuple[str, int | None] | None:
    """The structural marker a line starts with, as (style, number), if any."""
    if line[0] not in _MARKER_START:
        return None
    m = _ARTICLE.match(line)
    if m:
        return "条", cn_to_int(m.group(1))
    if _HEADING.match(line) and len(line) <= 30 and not _terminated(line):
        return "章", None
    m = _OUTLINE.match(line)
    if m:
        for style, g in zip(("一、", "（一）", "1.", "（1）"), m.groups()[:4], strict=True):
            if g:
                return style, cn_to_int(g)
        return "①", _CIRCLED.index(m.group(5)) + 1
    return None


def _rejoin(lines: list[str], full: list[bool]) -> str:
    """Join each line to the previous one unless a paragraph, heading or item boundary is there."""
    seq = _Sequence()
    out: list[str] = []
    cur: list[str] = []
    entry = False  # the current paragraph is a compilation entry 《title》, which ends at 》
    prev = ""
    prev_full = False
    for line, f in zip(lines, full, strict=True):
        mark = _marker(line)
        if cur:
            hard = _terminated(prev) or not prev_full or (entry and prev.endswith("》"))
            if mark is not None and (hard or mark[0] == "章" or seq.expected(*mark)):
                hard = True
            if not hard:
                if (
                    prev[-1].isascii()
                    and prev[-1].isalpha()
                    and line[0].isascii()
                    and line[0].isalpha()
                ):
                    cur.append(" ")
                cur.append(line)
                prev, prev_full = line, f
                continue
            out.append("".join(cur))
        cur = [line]
        entry = _ENTRY_START.match(line) is not None
        if mark is not None:
            seq.see(*mark)
        prev, prev_full = line, f
    if cur:
        out.append("".join(cur))
    return "\n".join(out)
