"""Placing a selector in a (possibly edited) text: exact near the old place, then context, then fuzzy.

The order follows Hypothesis' anchoring and the two fixes measured in ROBUSTNESS.md §1.6:

1. the quote exactly at the expected position, or exactly inside a window around it (so an
   identical clause elsewhere cannot steal the annotation);
2. the quote exactly anywhere, if its 32-char prefix/suffix still match (``CONTEXT_MIN``);
3. a fuzzy match (rapidfuzz Indel similarity, whitespace removed so re-wrapped lines still match,
   offsets mapped back): near the expected position if the similarity is at least ``FUZZY_MIN``,
   anywhere only if the context matches too;
4. otherwise an orphan. An orphan is never attached to a different clause.

The expected position is the old offset carried through the edit between the old and the new
text (common prefix and suffix), when the old text is known.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz

from core.annotations.models import CONTEXT_CHARS, EXACT, FUZZY, ORPHAN, Anchor, Selector

WINDOW_MIN = 256  # chars either side of the expected position searched first
CONTEXT_MIN = 0.5  # mean prefix/suffix similarity that lets a far-away match count
FUZZY_MIN = 0.85  # quote similarity (whitespace ignored) for a fuzzy anchor; below → orphan
MAX_OCCURRENCES = 2000  # a quote found more often than this is judged on the first ones only
_WS = re.compile(r"\s+")


def make_selector(text: str, start: int, end: int) -> Selector:
    """The selector of ``text[start:end]`` with its context."""
    return Selector(
        start=start,
        end=end,
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


def _common_prefix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # binary search on slice equality: C-speed comparisons
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return lo


@dataclass(frozen=True)
class Edit:
    """The one contiguous change between two texts: ``old[start:old_end]`` → ``new[start:new_end]``."""

    start: int
    old_end: int
    new_end: int

    def carry(self, pos: int) -> int:
        """``pos`` in the old text, in the new one (a point at a pure insertion moves after it)."""
        if pos >= self.old_end:
            return pos + self.new_end - self.old_end
        return min(pos, self.start)

    def untouched(self, start: int, end: int) -> bool:
        return end <= self.start or start >= self.old_end


def edit_between(old_text: str, new_text: str) -> Edit:
    p = _common_prefix(old_text, new_text)
    q = _common_suffix(old_text, new_text, min(len(old_text), len(new_text)) - p)
    return Edit(p, len(old_text) - q, len(new_text) - q)


def carry_position(old_text: str, new_text: str, pos: int) -> int:
    """``pos`` in the old text, moved through the one contiguous edit that turns it into the new."""
    return edit_between(old_text, new_text).carry(pos)


def claimed_by_twins(old_text: str, edit: Edit, sel: Selector) -> frozenset[int]:
    """New-text starts of the *other* copies of the quote that the edit left alone.

    When a clause is deleted and an identical clause survives nearby, the survivor is already
    accounted for by its own old position, so the annotation must not jump onto it (H5).
    """
    n = len(sel.quote)
    return frozenset(
        edit.carry(o)
        for o in _occurrences(old_text, sel.quote, 0, len(old_text))
        if o != sel.start and edit.untouched(o, o + n)
    )


def _sim(a: str, b: str) -> float:
    return float(fuzz.ratio(a, b)) / 100.0


def context_score(text: str, start: int, end: int, sel: Selector) -> float:
    """How well the text around ``[start, end)`` matches the selector's prefix and suffix (0..1)."""
    before = text[max(0, start - len(sel.prefix)) : start]
    after = text[end : end + len(sel.suffix)]
    return (_sim(sel.prefix, before) + _sim(sel.suffix, after)) / 2


def _occurrences(text: str, quote: str, lo: int, hi: int) -> Iterator[int]:
    i = text.find(quote, lo, hi)
    n = 0
    while i >= 0 and n < MAX_OCCURRENCES:
        yield i
        n += 1
        i = text.find(quote, i + 1, hi)


def _compact(text: str, lo: int, hi: int) -> tuple[str, list[int]]:
    """``text[lo:hi]`` without whitespace, and each kept char's offset in ``text``."""
    chars: list[str] = []
    where: list[int] = []
    for i in range(lo, hi):
        c = text[i]
        if not c.isspace():
            chars.append(c)
            where.append(i)
    return "".join(chars), where


def _fuzzy(text: str, quote_c: str, lo: int, hi: int) -> tuple[float, int, int] | None:
    """Best whitespace-insensitive match of ``quote_c`` in ``text[lo:hi]``: (score, start, end)."""
    region, where = _compact(text, lo, hi)
    if not region:
        return None
    cutoff = FUZZY_MIN * 100 - 10  # partial_ratio is a rough pass; the exact score comes below
    al = fuzz.partial_ratio_alignment(quote_c, region, score_cutoff=max(cutoff, 0))
    if al is None:
        return None
    best = (0.0, al.dest_start, al.dest_end)
    slack = 3  # the window is as long as the quote; let the ends move to fit insertions/deletions
    for ds in range(-slack, slack + 1):
        for de in range(-slack, slack + 1):
            s, e = al.dest_start + ds, al.dest_end + de
            if 0 <= s < e <= len(region):
                score = _sim(quote_c, region[s:e])
                if score > best[0]:
                    best = (score, s, e)
    score, s, e = best
    return score, where[s], where[e - 1] + 1


def anchor(
    text: str, sel: Selector, hint: int | None = None, claimed: frozenset[int] = frozenset()
) -> Anchor:
    """Place ``sel`` in ``text``; ``hint`` is where the quote is expected to start.

    ``claimed``: starts that belong to other copies of the quote (``claimed_by_twins``).
    """
    quote = sel.quote
    if not quote:
        return Anchor(sel.start, sel.end, ORPHAN, 0.0)
    n = len(quote)
    pos = max(0, min(sel.start if hint is None else hint, len(text)))
    if text[pos : pos + n] == quote and pos not in claimed:
        return Anchor(pos, pos + n, EXACT, 1.0)

    window = max(WINDOW_MIN, 2 * n)
    lo, hi = max(0, pos - window), min(len(text), pos + n + window)
    near = [s for s in _occurrences(text, quote, lo, hi) if s not in claimed]
    if near:
        best = max(
            near,
            key=lambda s: context_score(text, s, s + n, sel) + 0.5 * (1 - abs(s - pos) / window),
        )
        return Anchor(best, best + n, EXACT, 1.0)

    scored = [
        (context_score(text, s, s + n, sel), -abs(s - pos), s)
        for s in _occurrences(text, quote, 0, len(text))
        if s not in claimed
    ]
    if scored:
        ctx, _, s = max(scored)
        if ctx >= CONTEXT_MIN:
            return Anchor(s, s + n, EXACT, 1.0)

    quote_c = _WS.sub("", quote)
    if not quote_c:
        return Anchor(sel.start, sel.end, ORPHAN, 0.0)
    rejected = 0.0
    found = _fuzzy(text, quote_c, lo, hi)
    if found and found[1] in claimed:
        found = None
    if found and found[0] >= FUZZY_MIN:
        return _fuzzy_anchor(text, quote, found)
    if found:
        rejected = found[0]
    found = _fuzzy(text, quote_c, 0, len(text))
    if found and found[1] in claimed:
        found = None
    if found and found[0] >= FUZZY_MIN:
        if context_score(text, found[1], found[2], sel) >= CONTEXT_MIN:
            return _fuzzy_anchor(text, quote, found)
        return Anchor(sel.start, sel.end, ORPHAN, 0.0)  # a look-alike elsewhere: not ours
    if found:
        rejected = max(rejected, found[0])
    return Anchor(sel.start, sel.end, ORPHAN, round(rejected, 4))


def _fuzzy_anchor(text: str, quote: str, found: tuple[float, int, int]) -> Anchor:
    score, s, e = found
    if text[s:e] == quote:
        return Anchor(s, e, EXACT, 1.0)
    return Anchor(s, e, FUZZY, round(score, 4))
