"""The cue lexicon compiles to fast patterns: every fragment of an alternation opens with a literal,
and a pattern re would try at every position is led by its first characters."""

from __future__ import annotations

import json
import re
import re._parser as sre_parse  # the stdlib's own regex parser (re._parser in 3.11+)
from pathlib import Path

import pytest

from core.analysis.lexicon import CUES_PATH, _compile, fragments

SETS = sorted((Path(__file__).parents[2] / "data" / "analysis").glob("fivehundredt*.jsonl"))

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


@pytest.mark.parametrize("key", ["liability", "wrong", "sanction_verbs"])
def test_a_pattern_re_tries_everywhere_is_led_by_its_first_characters(key: str) -> None:
    pattern = json.loads(CUES_PATH.read_text(encoding="utf-8"))[key]
    fast, plain = _compile(pattern), re.compile(pattern)
    assert fast.pattern.startswith("(?=[") and fast.pattern != plain.pattern
    texts = [
        json.loads(line)["text"]
        for path in SETS
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    found = 0
    for text in texts:
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in fast.finditer(text)] == spans, text
        found += len(spans)
    assert found > 10  # the sets have sanctions, wrongs and liability to match


@pytest.mark.parametrize(
    "pattern",
    [
        "(?:应当)|(?:必须)",  # re finds the first characters of a plain alternation itself
        "[^，。]*的",  # a match may open with any character
        "(?<!不)(?:应当)?",  # a match may be empty
        "(?i)(?<!x)abc",  # ignoring case, a match may open with A as well as a
        "(?<!x)(?i:abc)",
    ],
)
def test_a_pattern_left_as_written(pattern: str) -> None:
    assert _compile(pattern).pattern == pattern


def test_first_characters_see_past_a_lookbehind_and_an_optional_word() -> None:
    fast = _compile("(?<![不无])(?:依法)?(?:承担|负)责任")
    assert fast.pattern.startswith("(?=[依承负])")
    assert fast.search("应当依法承担责任").group() == "依法承担责任"
    assert fast.search("不负责任") is None
