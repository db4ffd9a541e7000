"""The cue lexicon compiles to fast alternations: every fragment opens with a literal."""

from __future__ import annotations

import json
import re._parser as sre_parse  # the stdlib's own regex parser (re._parser in 3.11+)

import pytest

from core.analysis.lexicon import CUES_PATH, fragments

# The lists compiled into one alternation each and searched across every sentence.
ALTERNATIONS = [
    "prefilter",
    "false_cue_patterns",
    "penalty",
    "penalty_cross_reference",
    "not_penalty",
    "permission_negated_obligation",
    "prohibition_negated_permission",
    "obligation",
    "prohibition",
    "permission",
]


@pytest.mark.parametrize("key", ALTERNATIONS)
def test_every_fragment_opens_with_a_literal(key: str) -> None:
    data = json.loads(CUES_PATH.read_text(encoding="utf-8"))
    slow = []
    for fragment in fragments(data[key]):
        first = sre_parse.parse(fragment).data[0]
        if first[0] is not sre_parse.LITERAL:
            slow.append(fragment)
    assert not slow, f"{key}: fragments that do not open with a literal: {slow}"


def test_a_lookbehind_first_fragment_would_be_caught() -> None:
    (fragment,) = fragments(["(?<=或者)允许(?=他人)"])
    assert sre_parse.parse(fragment).data[0][0] is not sre_parse.LITERAL
