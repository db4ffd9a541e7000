"""Structure of a document's clean text: sections (章节条款项 / outline), metadata, numerals."""

from __future__ import annotations

from core.structure.metadata import extract_meta
from core.structure.numerals import cn_to_int, int_to_cn
from core.structure.sections import parse_sections

__all__ = ["cn_to_int", "extract_meta", "int_to_cn", "parse_sections"]
