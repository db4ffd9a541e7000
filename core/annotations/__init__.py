"""Annotations: highlights with notes that survive re-imports, document removal and restores."""

from __future__ import annotations

from core.annotations.anchor import CONTEXT_MIN, FUZZY_MIN, anchor, make_selector
from core.annotations.models import (
    DEFAULT_PALETTE,
    EXACT,
    FUZZY,
    ORPHAN,
    Anchor,
    Annotation,
    PaletteEntry,
    RestoreReport,
    Selector,
)

__all__ = [
    "CONTEXT_MIN",
    "DEFAULT_PALETTE",
    "EXACT",
    "FUZZY",
    "FUZZY_MIN",
    "ORPHAN",
    "Anchor",
    "Annotation",
    "PaletteEntry",
    "RestoreReport",
    "Selector",
    "anchor",
    "make_selector",
]
