"""A word-level diff of two texts that reads well in Chinese: whole words, whole clauses.

Diff on rjieba word tokens (difflib), trim a replaced word pair to the characters that differ
(省级 → 市级 is 省 → 市), then a semantic cleanup in the spirit of diff-match-patch's
``cleanupSemantic``: an equality of at most two characters between two edits, or one no longer
than the edits on either side of it, is folded into them, so a rewritten clause is one change
rather than confetti of single characters.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from core.compare.similarity import tokens

__all__ = ["Chunk", "diff_texts"]

SMALL_EQUALITY = 2  # characters; shorter runs between edits are noise, not shared text
# A replaced word pair keeps a shared end only this long or longer: 一万元 → 五万元 shows 一 → 五,
# but 按照 → 依照 stays a whole-word change (照 alone is not a word a reader looks for).
MIN_SHARED_END = 2

# (equal, a0, a1, b0, b1): a run equal on both sides, or (False, …) a change (either side may be
# empty). Offsets index the two strings passed to diff_texts.
Chunk = tuple[bool, int, int, int, int]


def diff_texts(a: str, b: str) -> list[Chunk]:
    """Chunks covering both texts in order; equal chunks alternate with change chunks."""
    if a == b:
        return [(True, 0, len(a), 0, len(b))] if a else []
    ta, tb = tokens(a), tokens(b)
    pa, pb = _positions(ta), _positions(tb)
    chunks: list[Chunk] = []
    matcher = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        a0, a1, b0, b1 = pa[i1], pa[i2], pb[j1], pb[j2]
        if tag == "equal":
            chunks.append((True, a0, a1, b0, b1))
        else:
            chunks.extend(_trim(a, b, a0, a1, b0, b1))
    return _cleanup(_merge(chunks))


def _positions(toks: Sequence[str]) -> list[int]:
    pos = [0]
    for t in toks:
        pos.append(pos[-1] + len(t))
    return pos


def _trim(a: str, b: str, a0: int, a1: int, b0: int, b1: int) -> list[Chunk]:
    """A replaced run minus the characters it shares at both ends."""
    p = 0
    while a0 + p < a1 and b0 + p < b1 and a[a0 + p] == b[b0 + p]:
        p += 1
    q = 0
    while a1 - q > a0 + p and b1 - q > b0 + p and a[a1 - q - 1] == b[b1 - q - 1]:
        q += 1
    # never cut inside a Latin word or a number: 2020 → 2022 is one change, not 0 → 2
    while p and _alnum(a, a0 + p - 1) and (_alnum(a, a0 + p) or _alnum(b, b0 + p)):
        p -= 1
    while q and _alnum(a, a1 - q) and (_alnum(a, a1 - q - 1) or _alnum(b, b1 - q - 1)):
        q -= 1
    if p < MIN_SHARED_END:
        p = 0
    if q < MIN_SHARED_END:
        q = 0
    out: list[Chunk] = []
    if p:
        out.append((True, a0, a0 + p, b0, b0 + p))
    out.append((False, a0 + p, a1 - q, b0 + p, b1 - q))
    if q:
        out.append((True, a1 - q, a1, b1 - q, b1))
    return out


def _alnum(text: str, k: int) -> bool:
    return 0 <= k < len(text) and text[k].isascii() and text[k].isalnum()


def _merge(chunks: list[Chunk]) -> list[Chunk]:
    """Join neighbours of the same kind; drop empty chunks."""
    out: list[Chunk] = []
    for c in chunks:
        if c[1] == c[2] and c[3] == c[4]:
            continue
        if out and out[-1][0] == c[0]:
            p = out[-1]
            out[-1] = (c[0], p[1], c[2], p[3], c[4])
        else:
            out.append(c)
    return out


def _cleanup(chunks: list[Chunk]) -> list[Chunk]:
    """Fold small equalities between two changes into one change, until none is left."""
    changed = True
    while changed:
        changed = False
        for k in range(1, len(chunks) - 1):
            eq, before, after = chunks[k], chunks[k - 1], chunks[k + 1]
            if not eq[0] or before[0] or after[0]:
                continue
            n = eq[2] - eq[1]
            edit_before = max(before[2] - before[1], before[4] - before[3])
            edit_after = max(after[2] - after[1], after[4] - after[3])
            if n <= SMALL_EQUALITY or (n <= edit_before and n <= edit_after):
                chunks = [
                    *chunks[: k - 1],
                    (False, before[1], after[2], before[3], after[4]),
                    *chunks[k + 2 :],
                ]
                changed = True
                break
    return chunks
