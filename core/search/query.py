"""What the user typed → terms, a safe FTS5 MATCH expression, and exact matchers over the original text.

Nothing the user types reaches FTS5 syntax: every term is reduced to our own tokens and quoted, so
``"``, ``*``, ``NEAR(``, ``AND``, brackets or a 10,000-character paste are searched literally.
Words separated by whitespace must all occur; a balanced ``"…"`` keeps its inner spaces as one term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from core.search.tokens import char_class, class_pattern, fold, piece_tokens, pieces

# Longer input is still matched exactly (verified on the text), only the FTS filter is shortened.
MAX_PHRASE_TOKENS = 16
MAX_FTS_PHRASES = 16

_WORDS = re.compile(r'"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class Term:
    """One thing that must occur: ``text`` as typed, ``runs`` its searchable runs in token space."""

    text: str
    runs: tuple[str, ...]

    @property
    def fts_exact(self) -> bool:
        """True when an FTS phrase match is an exact occurrence (no verification needed)."""
        run = self.runs[0]
        return len(self.runs) == 1 and len(run) == len(self.text) <= MAX_PHRASE_TOKENS + 1

    def phrases(self) -> list[str]:
        """FTS5 phrases (quoted, our tokens only) that every occurrence must show."""
        out = []
        for run in self.runs:
            toks = piece_tokens(run)[:MAX_PHRASE_TOKENS]
            body = " ".join(t.replace('"', '""') for t in toks)
            out.append(f'"{body}" *' if len(run) == 1 else f'"{body}"')
        return out

    @cached_property
    def _plan(self) -> tuple[list[frozenset[str]], frozenset[str], bool]:
        """(per-position character classes, the variants besides the typed chars, self-overlap)."""
        folded = fold(self.text)
        overlaps = any(folded[:k] == folded[-k:] for k in range(1, len(folded)))
        classes = [char_class(c) for c in self.text]
        variants = frozenset().union(
            *(cls - {c} for cls, c in zip(classes, self.text, strict=True))
        )
        return classes, variants, overlaps

    def _regex(self, text: str) -> re.Pattern[str] | None:
        """A pattern for the variants present in ``text``; None when the typed form is the only one.

        Testing ``v in text`` for each variant is a fast C scan; a regex of whole classes is
        ten times slower than ``str.find``, so it is only built for what the text contains.
        """
        classes, variants, _ = self._plan
        present = frozenset(v for v in variants if v in text)
        if not present:
            return None
        rx = self._cache.get(present)
        if rx is None:
            parts = [
                class_pattern((cls & present) | {c})
                for cls, c in zip(classes, self.text, strict=True)
            ]
            rx = self._cache[present] = re.compile("".join(parts))
        return rx

    @cached_property
    def _cache(self) -> dict[frozenset[str], re.Pattern[str]]:
        return {}

    def find_all(self, text: str) -> list[int]:
        """Start offsets of every occurrence (overlapping ones too) in the original ``text``."""
        rx, overlaps = self._regex(text), self._plan[2]
        if rx is not None and not overlaps:
            return [m.start() for m in rx.finditer(text)]
        out = []
        if rx is not None:
            m = rx.search(text)
            while m:
                out.append(m.start())
                m = rx.search(text, m.start() + 1)
            return out
        i = text.find(self.text)
        while i >= 0:
            out.append(i)
            i = text.find(self.text, i + 1)
        return out

    def count(self, text: str) -> int:
        """How many occurrences ``find_all`` would give, without building the list when possible."""
        if not self._plan[2] and self._regex(text) is None:
            return text.count(self.text)
        return len(self.find_all(text))


@dataclass(frozen=True)
class Query:
    """A parsed query; empty when nothing searchable was typed (then MATCH is never run)."""

    terms: tuple[Term, ...]

    def __bool__(self) -> bool:
        return bool(self.terms)

    @property
    def fts_exact(self) -> bool:
        """True when the FTS candidates are exactly the documents containing every term."""
        return len(self.terms) <= MAX_FTS_PHRASES and all(t.fts_exact for t in self.terms)

    def match_expression(self) -> str:
        """The FTS5 MATCH string: every term's phrases ANDed (a necessary condition)."""
        phrases = [p for t in self.terms for p in t.phrases()]
        return " AND ".join(phrases[:MAX_FTS_PHRASES])


def parse_query(raw: str) -> Query:
    """Split what the user typed into terms; anything without a searchable character is dropped."""
    terms: list[Term] = []
    seen: set[str] = set()
    for m in _WORDS.finditer(raw or ""):
        text = m.group(1) if m.group(1) is not None else m.group(2)
        text = text.strip()
        runs = tuple(pieces(text))
        key = fold(text)
        if not runs or key in seen:
            continue
        seen.add(key)
        terms.append(Term(text, runs))
    return Query(tuple(terms))
