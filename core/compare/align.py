"""Align two documents' units: a monotone backbone by dynamic programming, then moved units.

The backbone is a maximum-weight monotone alignment over the similarity matrix (like
Needleman–Wunsch, or Gale–Church sentence alignment with its 2–1 and 1–2 beads for merged and
split articles). Units it leaves over are paired afterwards when they are clearly the same
article in another place: those pairs cross the backbone and are the ``moved`` ones.

Thresholds are TF-IDF cosines (core.compare.similarity) chosen from distributions measured with
bench/compare_bench.py --seed-pairs (p50/p90/p99 of each row's best and second-best cosine):
- two versions of a law (edited in words): corresponding articles 0.72–1.0 (modified p10 0.72,
  median 0.92); moved 0.85–1.0; merged/split joins 1.0;
- non-corresponding articles, second best per row: 0.17/0.25/0.40 (versions),
  0.14/0.27/0.58 (two provinces' data regulations); unrelated laws' best match 0.11/0.22/0.46;
- articles of two provinces' regulations on the same matter: mostly 0.35–0.8.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from core.compare.models import Unit
from core.compare.similarity import Vectors, cosine

__all__ = ["Alignment", "align"]

# A monotone pair must be at least this similar: above almost all non-corresponding best matches,
# below the similarity of two regulations' articles on the same matter.
PAIR_MIN = 0.35
# A pair crossing the backbone (a moved article) needs stronger evidence than one in place: above
# the 99th percentile of second-best cosines between two regulations (0.58), below moved ones (0.85).
MOVE_MIN = 0.6
# A candidate whose row or column has a partner this much better is left out of the backbone, so
# a weak neighbour cannot take the place of a moved article's real partner.
DOMINANCE = 0.25
# Same article number: a small bonus, enough to break ties between near-equal candidates.
SAME_NUMBER_BONUS = 0.05
# Merge/split: each part must be mostly contained in the whole, the whole in the parts, and the
# joined parts must beat the best single part by this margin.
CONTAIN_MIN = 0.6
JOIN_MARGIN = 0.05
_EPS = 1e-6


@dataclass(frozen=True)
class Alignment:
    """Unit indices on each side and how they relate: pair, moved, merged, split, added, deleted."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    kind: str
    score: float
    moved: bool = False  # a merged/split unit that also changed place


def containment(part: Counter[str], whole: Counter[str]) -> float:
    """Share of ``part``'s term mass that ``whole`` also has."""
    total = sum(part.values())
    if not total:
        return 0.0
    return sum(min(c, whole.get(f, 0)) for f, c in part.items()) / total


def _join_score(
    vectors: Vectors,
    parts: Sequence[Counter[str]],
    whole: dict[str, float],
    whole_counts: Counter[str],
) -> float | None:
    """Cosine of the joined parts with the whole when every containment holds, else None."""
    if any(containment(p, whole_counts) < CONTAIN_MIN for p in parts):
        return None
    joined: Counter[str] = Counter()
    for p in parts:
        joined.update(p)
    if containment(whole_counts, joined) < CONTAIN_MIN:
        return None
    return cosine(vectors.weigh(joined), whole)


def _beads(
    units_a: Sequence[Unit], units_b: Sequence[Unit], s: list[list[float]], vectors: Vectors
) -> tuple[
    dict[tuple[int, int], float], dict[tuple[int, int], float], dict[tuple[int, int], float]
]:
    """Gains of the allowed 1–1, 2–1 (merged) and 1–2 (split) beads."""
    n, m = len(units_a), len(units_b)
    row_best = [max(r, default=0.0) for r in s]
    col_best = [max((s[i][j] for i in range(n)), default=0.0) for j in range(m)]
    one: dict[tuple[int, int], float] = {}
    for i in range(n):
        for j, x in enumerate(s[i]):
            if x >= PAIR_MIN and x >= max(row_best[i], col_best[j]) - DOMINANCE:
                bonus = SAME_NUMBER_BONUS if units_a[i].number == units_b[j].number else 0.0
                one[i, j] = x - PAIR_MIN + bonus + _EPS
    merged: dict[tuple[int, int], float] = {}
    for i in range(n - 1):
        for j in range(m):
            best = max(s[i][j], s[i + 1][j])
            if min(s[i][j], s[i + 1][j]) < 0.1 or best < 0.2:
                continue
            x = _join_score(
                vectors,
                (vectors.a_counts[i], vectors.a_counts[i + 1]),
                vectors.b[j],
                vectors.b_counts[j],
            )
            if x is not None and x >= PAIR_MIN and x >= best + JOIN_MARGIN:
                merged[i, j] = 2 * (x - PAIR_MIN) + _EPS
    split: dict[tuple[int, int], float] = {}
    for i in range(n):
        for j in range(m - 1):
            best = max(s[i][j], s[i][j + 1])
            if min(s[i][j], s[i][j + 1]) < 0.1 or best < 0.2:
                continue
            x = _join_score(
                vectors,
                (vectors.b_counts[j], vectors.b_counts[j + 1]),
                vectors.a[i],
                vectors.a_counts[i],
            )
            if x is not None and x >= PAIR_MIN and x >= best + JOIN_MARGIN:
                split[i, j] = 2 * (x - PAIR_MIN) + _EPS
    return one, merged, split


def _backbone(
    n: int,
    m: int,
    one: dict[tuple[int, int], float],
    merged: dict[tuple[int, int], float],
    split: dict[tuple[int, int], float],
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Maximum-weight monotone chain of beads (skipping a unit costs nothing)."""
    f = [[0.0] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]  # 1 up, 2 left, 3 diag, 4 merged, 5 split
    for i in range(n + 1):
        fi, bi = f[i], back[i]
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            best, move = -1.0, 0
            if i:
                best, move = f[i - 1][j], 1
            if j and fi[j - 1] > best:
                best, move = fi[j - 1], 2
            if i and j:
                g = one.get((i - 1, j - 1))
                if g is not None and f[i - 1][j - 1] + g > best:
                    best, move = f[i - 1][j - 1] + g, 3
                g = merged.get((i - 2, j - 1)) if i >= 2 else None
                if g is not None and f[i - 2][j - 1] + g > best:
                    best, move = f[i - 2][j - 1] + g, 4
                g = split.get((i - 1, j - 2)) if j >= 2 else None
                if g is not None and f[i - 1][j - 2] + g > best:
                    best, move = f[i - 1][j - 2] + g, 5
            fi[j], bi[j] = best, move
    chain: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    i, j = n, m
    while i or j:
        move = back[i][j]
        if move == 1:
            i -= 1
        elif move == 2:
            j -= 1
        elif move == 3:
            chain.append(((i - 1,), (j - 1,)))
            i, j = i - 1, j - 1
        elif move == 4:
            chain.append(((i - 2, i - 1), (j - 1,)))
            i, j = i - 2, j - 1
        else:
            chain.append(((i - 1,), (j - 2, j - 1)))
            i, j = i - 1, j - 2
    chain.reverse()
    return chain


def _crosses(i: int, j: int, chain: Sequence[tuple[tuple[int, ...], tuple[int, ...]]]) -> bool:
    return any((a[0] < i and b[-1] > j) or (a[-1] > i and b[0] < j) for a, b in chain)


def align(
    units_a: Sequence[Unit], units_b: Sequence[Unit], s: list[list[float]], vectors: Vectors
) -> list[Alignment]:
    """Every unit of both sides in exactly one alignment (order: as found, the caller sorts)."""
    n, m = len(units_a), len(units_b)
    one, merged, split = _beads(units_a, units_b, s, vectors)
    chain = _backbone(n, m, one, merged, split)
    out: list[Alignment] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    for a, b in chain:
        used_a.update(a)
        used_b.update(b)
        if len(a) == 2:
            kind = "merged"
        elif len(b) == 2:
            kind = "split"
        else:
            kind = "pair"
        score = s[a[0]][b[0]] if kind == "pair" else _joined_score(a, b, vectors)
        out.append(Alignment(a, b, kind, score))
    candidates = sorted(
        (
            (s[i][j], i, j)
            for i in range(n)
            if i not in used_a
            for j in range(m)
            if j not in used_b and s[i][j] >= MOVE_MIN
        ),
        reverse=True,
    )
    for x, i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        moved = _crosses(i, j, chain)
        joined = _join_leftover(i, j, s, vectors, used_a, used_b)
        if joined:
            out.append(Alignment(joined.a, joined.b, joined.kind, joined.score, moved=moved))
        else:
            out.append(Alignment((i,), (j,), "moved" if moved else "pair", x))
    out.extend(Alignment((i,), (), "deleted", 0.0) for i in range(n) if i not in used_a)
    out.extend(Alignment((), (j,), "added", 0.0) for j in range(m) if j not in used_b)
    return out


def _joined_score(a: tuple[int, ...], b: tuple[int, ...], vectors: Vectors) -> float:
    ca: Counter[str] = Counter()
    for i in a:
        ca.update(vectors.a_counts[i])
    cb: Counter[str] = Counter()
    for j in b:
        cb.update(vectors.b_counts[j])
    return cosine(vectors.weigh(ca), vectors.weigh(cb))


def _join_leftover(
    i: int, j: int, s: list[list[float]], vectors: Vectors, used_a: set[int], used_b: set[int]
) -> Alignment | None:
    """A moved pair that is really half of a split or merge: join an unmatched neighbour."""
    n, m = len(s), len(s[0]) if s else 0
    for jj in (j - 1, j + 1):  # split: A_i → B_j + a neighbour
        if 0 <= jj < m and jj not in used_b:
            b = (min(j, jj), max(j, jj))
            x = _join_score(
                vectors, [vectors.b_counts[k] for k in b], vectors.a[i], vectors.a_counts[i]
            )
            if x is not None and x >= s[i][j] + JOIN_MARGIN:
                used_b.add(jj)
                return Alignment((i,), b, "split", x)
    for ii in (i - 1, i + 1):  # merged: A_i + a neighbour → B_j
        if 0 <= ii < n and ii not in used_a:
            a = (min(i, ii), max(i, ii))
            x = _join_score(
                vectors, [vectors.a_counts[k] for k in a], vectors.b[j], vectors.b_counts[j]
            )
            if x is not None and x >= s[i][j] + JOIN_MARGIN:
                used_a.add(ii)
                return Alignment(a, (j,), "merged", x)
    return None
