"""Full-text search that finds every occurrence of any substring, one character and up."""

from __future__ import annotations

from core.search.engine import DocHits, SearchHit, SearchResult, search
from core.search.index import (
    FTS_TABLE,
    add_to_index,
    check_index,
    rebuild_index,
    remove_from_index,
)
from core.search.query import Query, Term, parse_query
from core.search.tokens import fold, index_tokens

__all__ = [
    "FTS_TABLE",
    "DocHits",
    "Query",
    "SearchHit",
    "SearchResult",
    "Term",
    "add_to_index",
    "check_index",
    "fold",
    "index_tokens",
    "parse_query",
    "rebuild_index",
    "remove_from_index",
    "search",
]
