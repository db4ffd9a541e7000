"""Sentence analysis: splitting, deontic labels, duty bearers (and, later, references/keywords)."""

from __future__ import annotations

from core.analysis.deontic import label_sentence
from core.analysis.sentences import analyze_sentences, split_sentences
from core.analysis.subject import carry_subjects, find_subject

__all__ = [
    "analyze_sentences",
    "carry_subjects",
    "find_subject",
    "label_sentence",
    "split_sentences",
]
