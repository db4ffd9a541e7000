"""Acceptance: per-label precision/recall and subject accuracy on hand-labelled seed sentences."""

from __future__ import annotations

import json
from pathlib import Path

from core.analysis import carry_subjects, label_sentence
from core.models import LABELS

GOLD = Path(__file__).resolve().parents[2] / "data" / "analysis" / "labelled_sentences.jsonl"
MIN_LABEL = 0.95
MIN_SUBJECT = 0.90


def _rows() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


def test_gold_set_is_large_and_valid() -> None:
    rows = _rows()
    assert len(rows) >= 300
    for r in rows:
        assert set(r["labels"]) <= set(LABELS)
        assert r["text"] == r["text"].strip()
        bears = {"obligation", "prohibition"} & set(r["labels"])
        assert bears or r["subject"] is None


def test_label_precision_and_recall() -> None:
    rows = _rows()
    table, failing = [], []
    for label in LABELS:
        tp = fp = fn = 0
        for r in rows:
            got, gold = label in label_sentence(r["text"]), label in r["labels"]
            tp += got and gold
            fp += got and not gold
            fn += gold and not got
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        table.append(f"{label:12} P={precision:.3f} R={recall:.3f} (tp {tp}, fp {fp}, fn {fn})")
        if precision < MIN_LABEL or recall < MIN_LABEL:
            failing.append(label)
    misses = [
        f"  {r['labels']} -> {list(label_sentence(r['text']))}: {r['text'][:60]}"
        for r in rows
        if set(label_sentence(r["text"])) != set(r["labels"])
    ]
    assert not failing, "\n".join(table + misses)


def test_subject_exact_match() -> None:
    rows = _rows()
    got = carry_subjects((r["group"], r["text"]) for r in rows)
    pairs = [
        (r, s)
        for r, s in zip(rows, got, strict=True)
        if {"obligation", "prohibition"} & set(r["labels"])
    ]
    wrong = [f"  {r['subject']} -> {s}: {r['text'][:60]}" for r, s in pairs if r["subject"] != s]
    accuracy = 1 - len(wrong) / len(pairs)
    assert accuracy >= MIN_SUBJECT, f"subject accuracy {accuracy:.3f}\n" + "\n".join(wrong)
