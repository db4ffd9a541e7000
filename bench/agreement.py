"""Agreement between two annotators who labelled the same law independently from LABELS.md.

Prints, per pair, how often the second annotator's labels and duty bearers match the first's on
the sentences both split the same way: the ceiling a classifier can be held to on these texts.
Usage: python bench/agreement.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "analysis"
LABELS = ("obligation", "prohibition", "permission", "penalty")
PAIRS = [
    ("fortythird_sentences.jsonl", "agreement/fortythird_b_sentences.jsonl"),
    ("fortyseventh_sentences.jsonl", "agreement/fortyseventh_b_sentences.jsonl"),
    ("hundredtenth_sentences.jsonl", "agreement/hundredtenth_b_sentences.jsonl"),
    ("hundredeleventh_sentences.jsonl", "agreement/hundredeleventh_b_sentences.jsonl"),
    # one annotator took two rules whose sentences sets 13 and 23 already held
    (
        "thirteenth_sentences.jsonl+twentythird_sentences.jsonl",
        "agreement/internet_rules_b_sentences.jsonl",
    ),
    (
        "threehundredfortysixth_sentences.jsonl",
        "agreement/threehundredfortysixth_b_sentences.jsonl",
    ),
    (
        "threehundredfortyninth_sentences.jsonl",
        "agreement/threehundredfortyninth_b_sentences.jsonl",
    ),
    (
        "threehundredfiftyfifth_sentences.jsonl",
        "agreement/threehundredfiftyfifth_b_sentences.jsonl",
    ),
    (
        "threehundredsixtythird_sentences.jsonl",
        "agreement/threehundredsixtythird_b_sentences.jsonl",
    ),
    (
        "threehundredsixtysixth_sentences.jsonl",
        "agreement/threehundredsixtysixth_b_sentences.jsonl",
    ),
    (
        "threehundredseventieth_sentences.jsonl",
        "agreement/threehundredseventieth_b_sentences.jsonl",
    ),
    (
        "threehundredseventyfourth_sentences.jsonl",
        "agreement/threehundredseventyfourth_b_sentences.jsonl",
    ),
    (
        "threehundredseventysixth_sentences.jsonl",
        "agreement/threehundredseventysixth_b_sentences.jsonl",
    ),
    (
        "fourhundredeleventh_sentences.jsonl",
        "agreement/fourhundredeleventh_b_sentences.jsonl",
    ),
    (
        "fourhundredseventeenth_sentences.jsonl",
        "agreement/fourhundredseventeenth_b_sentences.jsonl",
    ),
    (
        "fourhundrednineteenth_sentences.jsonl",
        "agreement/fourhundrednineteenth_b_sentences.jsonl",
    ),
    (
        "fourhundredtwentyfourth_sentences.jsonl",
        "agreement/fourhundredtwentyfourth_b_sentences.jsonl",
    ),
    (
        "fourhundredtwentysixth_sentences.jsonl",
        "agreement/fourhundredtwentysixth_b_sentences.jsonl",
    ),
    (
        "fourhundredtwentyseventh_sentences.jsonl",
        "agreement/fourhundredtwentyseventh_b_sentences.jsonl",
    ),
    (
        "fourhundredtwentyninth_sentences.jsonl",
        "agreement/fourhundredtwentyninth_b_sentences.jsonl",
    ),
    (
        "fourhundredthirtieth_sentences.jsonl",
        "agreement/fourhundredthirtieth_b_sentences.jsonl",
    ),
    (
        "fourhundredthirtyfirst_sentences.jsonl",
        "agreement/fourhundredthirtyfirst_b_sentences.jsonl",
    ),
    (
        "fourhundredthirtyfifth_sentences.jsonl",
        "agreement/fourhundredthirtyfifth_b_sentences.jsonl",
    ),
    (
        "fourhundredthirtysixth_sentences.jsonl",
        "agreement/fourhundredthirtysixth_b_sentences.jsonl",
    ),
    (
        "fourhundredfortieth_sentences.jsonl",
        "agreement/fourhundredfortieth_b_sentences.jsonl",
    ),
    (
        "fourhundredfortyfirst_sentences.jsonl",
        "agreement/fourhundredfortyfirst_b_sentences.jsonl",
    ),
    (
        "fourhundredfortythird_sentences.jsonl",
        "agreement/fourhundredfortythird_b_sentences.jsonl",
    ),
    (
        "fourhundredfortysixth_sentences.jsonl",
        "agreement/fourhundredfortysixth_b_sentences.jsonl",
    ),
    (
        "fourhundredfortyeighth_sentences.jsonl",
        "agreement/fourhundredfortyeighth_b_sentences.jsonl",
    ),
    (
        "fourhundredfiftythird_sentences.jsonl",
        "agreement/fourhundredfiftythird_b_sentences.jsonl",
    ),
    (
        "fourhundredfiftyfourth_sentences.jsonl",
        "agreement/fourhundredfiftyfourth_b_sentences.jsonl",
    ),
    (
        "fourhundredfiftysixth_sentences.jsonl",
        "agreement/fourhundredfiftysixth_b_sentences.jsonl",
    ),
    (
        "fourhundredfiftyseventh_sentences.jsonl",
        "agreement/fourhundredfiftyseventh_b_sentences.jsonl",
    ),
    (
        "fourhundredfiftyninth_sentences.jsonl",
        "agreement/fourhundredfiftyninth_b_sentences.jsonl",
    ),
    # a third labelling of 烟花爆竹安全管理条例: asked for as a new set, given a law set 374 held
    (
        "agreement/threehundredseventyfourth_b_sentences.jsonl",
        "agreement/threehundredseventyfourth_c_sentences.jsonl",
    ),
]


def rows(names: str) -> list[dict]:
    """The rows of one labelled file, or of several joined by + (read as one set)."""
    return [
        json.loads(x)
        for name in names.split("+")
        for x in (DATA / name).read_text(encoding="utf-8").splitlines()
        if x
    ]


def compare(first: list[dict], second: list[dict]) -> dict[str, float | int]:
    """Labels per label (agreement on each sentence both hold) and bearers where both say
    obligation or prohibition."""
    by_text = {(r["group"], r["text"]): r for r in second}
    shared = [
        (r, by_text[(r["group"], r["text"])]) for r in first if (r["group"], r["text"]) in by_text
    ]
    out: dict[str, float | int] = {"sentences": len(first), "shared": len(shared)}
    out["labels equal"] = sum(set(a["labels"]) == set(b["labels"]) for a, b in shared) / len(shared)
    for label in LABELS:
        both = sum(label in a["labels"] and label in b["labels"] for a, b in shared)
        either = sum(label in a["labels"] or label in b["labels"] for a, b in shared)
        out[f"{label} agreement (both/either)"] = both / either if either else 1.0
    duty = {"obligation", "prohibition"}
    bearers = [(a, b) for a, b in shared if duty & set(a["labels"]) and duty & set(b["labels"])]
    out["bearers compared"] = len(bearers)
    out["bearer exact"] = sum(a["subject"] == b["subject"] for a, b in bearers) / len(bearers)
    return out


def main() -> None:
    for first, second in PAIRS:
        print(f"{first} vs {second}")
        for key, value in compare(rows(first), rows(second)).items():
            print(f"  {key:34} {value:.3f}" if isinstance(value, float) else f"  {key:34} {value}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
