"""Compare two policies article to article: alignment, statuses, word diffs, obligation changes."""

from __future__ import annotations

from core.compare.diff import diff_texts
from core.compare.engine import compare_documents, compare_texts
from core.compare.models import STATUSES, Comparison, DiffOp, ObligationChange, Pair, Side, Unit
from core.compare.units import extract_units

__all__ = [
    "STATUSES",
    "Comparison",
    "DiffOp",
    "ObligationChange",
    "Pair",
    "Side",
    "Unit",
    "compare_documents",
    "compare_texts",
    "diff_texts",
    "extract_units",
]
