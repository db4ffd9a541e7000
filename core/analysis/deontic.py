"""Deontic labels of one sentence (LABELS.md): regex cues, masked false cues, clause context."""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.analysis.lexicon import Lexicon, lexicon

_MASK = "□"
_BANS = ("不得", "严禁", "不准")
# Clauses whose cues only describe: conditions ending in 的 and exceptions (…的除外); 目的 and
# 有的 are nouns, not the end of a 的-clause. The span runs to the clause's punctuation.
_DESCRIPTIVE = re.compile(
    r"(?:^|(?<=[，,：:；;。！？!?]))[^，,：:；;。！？!?]*?(?:(?<![目有])的|除外)\s*(?=[，,：:；;。！？!?]|\Z)"
)


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    out, last = [], 0
    for a, b in spans:
        out.append(text[last:a])
        out.append(_MASK * (b - a))
        last = b
    if not last:
        return text
    out.append(text[last:])
    return "".join(out)


def _descriptive(s: str) -> list[tuple[int, int]]:
    """Spans of the clauses whose cues only describe (see _DESCRIPTIVE)."""
    return [m.span() for m in _DESCRIPTIVE.finditer(s)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _relative(lx: Lexicon, s: str, end: int) -> bool:
    """A modal inside a relative clause that only describes (国家禁止从事的其他活动)."""
    m = lx.relative.match(s, end)
    if not m:
        return False
    head = s[end : s.index("的", end)]
    return not lx.adjective_end.search(head)


class _Cues:
    """The live cue matches of one sentence, after masking false cues and context."""

    __slots__ = ("desc", "lx", "text")

    def __init__(self, lx: Lexicon, s: str) -> None:
        self.lx = lx
        self.text = _mask(s, [m.span() for m in lx.false_cue.finditer(s)])
        self.desc = _descriptive(s)

    def take(self, pattern: re.Pattern[str], mask: bool = True) -> list[re.Match[str]]:
        """Live matches of ``pattern``; masked afterwards so weaker cues do not re-match them."""
        text, desc, lx = self.text, self.desc, self.lx
        found = [
            m
            for m in pattern.finditer(text)
            if not (desc and _inside(m.start(), desc)) and not _relative(lx, text, m.end())
        ]
        if mask and found:
            self.text = _mask(text, [m.span() for m in found])
        return found

    def penalty(self) -> bool:
        lx, desc, t = self.lx, self.desc, self.text
        if lx.not_penalty.search(t):
            t = _mask(t, [m.span() for m in lx.not_penalty.finditer(t)])
        if any(not _inside(m.end() - 1, desc) for m in lx.penalty.finditer(t)):
            return True
        return bool(lx.violation.search(t)) and any(
            not _inside(m.end() - 1, desc) for m in lx.penalty_xref.finditer(t)
        )


def analyse(s: str) -> tuple[tuple[str, ...], int | None]:
    """Labels of a sentence and the offset of its first obligation/prohibition modal (or None)."""
    lx = lexicon()
    if not lx.any_cue.search(s):  # most sentences: no cue at all
        return (), None
    return analyse_cues(lx, s)


def analyse_cues(lx: Lexicon, s: str) -> tuple[tuple[str, ...], int | None]:
    """``analyse`` without the prefilter (tests check that the prefilter loses nothing)."""
    if lx.definition.search(s):
        return (), None
    cues = _Cues(lx, s)
    if cues.penalty():
        bans = [m for m in cues.take(lx.prohibition, mask=False) if m.group().startswith(_BANS)]
        if bans:
            return ("prohibition", "penalty"), bans[0].start()
        return ("penalty",), None
    permission = cues.take(lx.neg_obligation)
    prohibition = cues.take(lx.neg_permission) + cues.take(lx.prohibition)
    obligation = cues.take(lx.obligation)
    yao = cues.take(lx.obligation_yao)  # the match starts at the actor's suffix; the modal is 要
    permission += cues.take(lx.permission)
    labels = []
    modal = [m.start() for m in obligation + prohibition] + [m.end() - 1 for m in yao]
    if obligation or yao:
        labels.append("obligation")
        # 应当…不组织、不参与: coordinated negated verbs under an obligation are bans.
        after = lx.prohibition_after_obligation.search(cues.text, min(modal))
        if after and not prohibition:
            prohibition = [after]
    if prohibition:
        labels.append("prohibition")
    if permission:
        labels.append("permission")
    return tuple(labels), (min(modal) if modal else None)


def label_sentence(s: str) -> tuple[str, ...]:
    """The sentence's subset of LABELS, in LABELS order."""
    return analyse(s)[0]
