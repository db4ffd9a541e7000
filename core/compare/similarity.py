"""TF-IDF cosine over word tokens (rjieba) and character bigrams, for every pair of units.

Words carry the meaning of a clause; character bigrams catch edits inside a word and keep the
measure working where the segmenter cuts two versions differently. Both are weighted by how rare
they are across the units of the two documents, so boilerplate (应当, 有关部门) counts little.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

__all__ = ["Vectors", "cosine", "features", "similarity_matrix", "tokens"]

_PUNCT = frozenset("，。、；：？！“”‘’（）《》〈〉【】「」『』—…·,.;:?!\"'()[]<>-_/\\ \t\n")


def tokens(text: str) -> list[str]:
    """Word tokens whose concatenation is ``text`` (characters if rjieba is missing)."""
    return list(_cut(text))


@lru_cache(maxsize=4096)
def _cut(text: str) -> tuple[str, ...]:
    try:
        import rjieba
    except ImportError:  # pragma: no cover - rjieba is a dependency
        return tuple(text)
    return tuple(rjieba.cut(text))


def features(text: str) -> Counter[str]:
    """Term counts: words (punctuation dropped) and character bigrams, prefixed apart."""
    counts: Counter[str] = Counter()
    for w in tokens(text):
        if w not in _PUNCT and not all(c in _PUNCT for c in w):
            counts["w" + w] += 1
    for k in range(len(text) - 1):
        bigram = text[k : k + 2]
        if bigram[0] not in _PUNCT and bigram[1] not in _PUNCT:
            counts["c" + bigram] += 1
    return counts


class Vectors:
    """Unit-length TF-IDF vectors for the units of both documents, sharing one idf."""

    def __init__(self, a_bodies: Sequence[str], b_bodies: Sequence[str]) -> None:
        self.a_counts = [features(t) for t in a_bodies]
        self.b_counts = [features(t) for t in b_bodies]
        df: Counter[str] = Counter()
        for c in (*self.a_counts, *self.b_counts):
            df.update(c.keys())
        n = max(len(self.a_counts) + len(self.b_counts), 1)
        # Smoothed idf that never reaches zero: two one-article documents still compare.
        self.idf = {f: math.log(1.0 + n / d) for f, d in df.items()}
        self.a = [self.weigh(c) for c in self.a_counts]
        self.b = [self.weigh(c) for c in self.b_counts]

    def weigh(self, counts: Counter[str]) -> dict[str, float]:
        """Sublinear tf × idf, normalised to unit length (an empty text gives {})."""
        idf = self.idf
        vec = {f: (1.0 + math.log(c)) * idf.get(f, 1.0) for f, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        return {f: v / norm for f, v in vec.items()} if norm else {}


def cosine(u: dict[str, float], v: dict[str, float]) -> float:
    if len(u) > len(v):
        u, v = v, u
    return min(1.0, sum(w * v.get(f, 0.0) for f, w in u.items()))


def similarity_matrix(vectors: Vectors) -> list[list[float]]:
    """S[i][j] = cosine(A_i, B_j), through an inverted index of B (pairs sharing nothing stay 0)."""
    postings: dict[str, list[tuple[int, float]]] = {}
    for j, vec in enumerate(vectors.b):
        for f, w in vec.items():
            postings.setdefault(f, []).append((j, w))
    m = len(vectors.b)
    matrix: list[list[float]] = []
    for vec in vectors.a:
        row = [0.0] * m
        for f, w in vec.items():
            for j, wb in postings.get(f, ()):
                row[j] += w * wb
        matrix.append([min(1.0, x) for x in row])
    return matrix
