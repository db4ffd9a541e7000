"""Deontic labels of one sentence (LABELS.md): regex cues, masked false cues, clause context."""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.analysis.lexicon import Lexicon, lexicon

# Clause boundaries inside a sentence.
_CLAUSE_END = re.compile(r"[，,：:；;。！？!?]")
_MASK = "□"
_BANS = ("不得", "严禁", "不准")
_NOUNS_IN_DE = ("目的", "有的")  # words ending in 的 that do not close a 的-clause


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        chars[a:b] = _MASK * (b - a)
    return "".join(chars)


def _descriptive(s: str) -> list[tuple[int, int]]:
    """Clauses whose cues only describe: conditions ending in 的 and exceptions (…的除外)."""
    spans, start = [], 0
    ends = [m.start() for m in _CLAUSE_END.finditer(s)]
    if not ends or ends[-1] < len(s.rstrip()):
        ends.append(len(s))
    for end in ends:
        clause = s[start:end].rstrip()
        if clause.endswith(("的", "除外")) and not clause.endswith(_NOUNS_IN_DE):
            spans.append((start, end))
        start = end + 1
    return spans


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

    def __init__(self, s: str) -> None:
        lx = self.lx = lexicon()
        self.text = _mask(s, (m.span() for m in lx.false_cue.finditer(s)))
        self.desc = _descriptive(s)

    def take(self, pattern: re.Pattern[str], mask: bool = True) -> list[re.Match[str]]:
        """Live matches of ``pattern``; masked afterwards so weaker cues do not re-match them."""
        found = [
            m
            for m in pattern.finditer(self.text)
            if not _inside(m.start(), self.desc) and not _relative(self.lx, self.text, m.end())
        ]
        if mask and found:
            self.text = _mask(self.text, (m.span() for m in found))
        return found

    def penalty(self) -> bool:
        lx = self.lx
        t = _mask(self.text, (m.span() for m in lx.not_penalty.finditer(self.text)))
        if any(not _inside(m.end() - 1, self.desc) for m in lx.penalty.finditer(t)):
            return True
        return bool(lx.violation.search(t)) and any(
            not _inside(m.end() - 1, self.desc) for m in lx.penalty_xref.finditer(t)
        )


def analyse(s: str) -> tuple[tuple[str, ...], int | None]:
    """Labels of a sentence and the offset of its first obligation/prohibition modal (or None)."""
    lx = lexicon()
    if not lx.any_cue.search(s) or lx.definition.search(s):
        return (), None
    cues = _Cues(s)
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
