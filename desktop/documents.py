"""Loaded documents for the views: the API dict, the text, offset maps and lookups, cached."""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from core.library import Library
from desktop.offsets import OffsetMap

HEADING_KINDS = {"编": 1, "章": 1, "节": 2, "一、": 2, "（一）": 3}
ARTICLE_KIND = "条"


@dataclass
class LoadedDocument:
    """One document as the reader needs it; offsets stay code points until the Qt boundary."""

    id: int
    info: dict[str, Any]
    text: str
    offsets: OffsetMap
    sentence_starts: list[int] = field(default_factory=list)
    ref_starts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, info: dict[str, Any], text: str) -> LoadedDocument:
        doc = cls(int(info["id"]), info, text, OffsetMap(text))
        doc.sentence_starts = [s["start"] for s in info.get("sentences", [])]
        doc.ref_starts = [r["start"] for r in info.get("references", [])]
        return doc

    @property
    def title(self) -> str:
        return str(self.info.get("title") or "")

    @property
    def sections(self) -> list[dict[str, Any]]:
        return list(self.info.get("sections") or [])

    @property
    def sentences(self) -> list[dict[str, Any]]:
        return list(self.info.get("sentences") or [])

    @property
    def references(self) -> list[dict[str, Any]]:
        return list(self.info.get("references") or [])

    def sentence_at(self, cp: int) -> dict[str, Any] | None:
        i = bisect_right(self.sentence_starts, cp) - 1
        if i >= 0:
            s = self.info["sentences"][i]
            if s["start"] <= cp < s["end"]:
                return s
        return None

    def reference_at(self, cp: int) -> int | None:
        i = bisect_right(self.ref_starts, cp) - 1
        for j in range(i, max(i - 3, -1), -1):  # references barely nest; look a few back
            r = self.info["references"][j]
            if r["start"] <= cp < r["end"]:
                return j
        return None

    def article_span(self, number: int) -> tuple[int, int] | None:
        for s in self.info.get("sections") or []:
            if s["kind"] == ARTICLE_KIND and s.get("number") == number:
                return int(s["start"]), int(s["end"])
        return None

    def article_span_at(self, cp: int) -> tuple[int, int] | None:
        for s in self.info.get("sections") or []:
            if s["kind"] == ARTICLE_KIND and s["start"] <= cp < s["end"]:
                return int(s["start"]), int(s["end"])
        return None

    def article_of(self, cp: int) -> str:
        """The label of the innermost 条 (else the innermost section) containing ``cp``."""
        best = ""
        best_len = None
        for s in self.info.get("sections") or []:
            if s["start"] <= cp < s["end"]:
                length = s["end"] - s["start"]
                if s["kind"] == ARTICLE_KIND:
                    return str(s["label"])
                if best_len is None or length < best_len:
                    best, best_len = str(s["label"]), length
        return best


class DocumentCache:
    """A small LRU of LoadedDocuments in front of the Library (reads are cheap but not free)."""

    def __init__(self, library: Library, size: int = 12) -> None:
        self.library = library
        self.size = size
        self._items: OrderedDict[int, LoadedDocument] = OrderedDict()

    def get(self, doc_id: int) -> LoadedDocument:
        doc = self._items.get(doc_id)
        if doc is not None:
            self._items.move_to_end(doc_id)
            return doc
        info = self.library.document(doc_id)
        text = self.library.document_text(doc_id)
        doc = LoadedDocument.build(info, text)
        self._items[doc_id] = doc
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return doc

    def invalidate(self, doc_ids: list[int] | None = None) -> None:
        if doc_ids is None:
            self._items.clear()
        else:
            for i in doc_ids:
                self._items.pop(i, None)

    def article_text(self, doc_id: int, article: int | None) -> tuple[str, str | None]:
        """(title, text of the cited article or the document's opening) for a popup."""
        doc = self.get(doc_id)
        if article is not None:
            span = doc.article_span(article)
            if span is None:
                return doc.title, None
            return doc.title, doc.text[span[0] : span[1]].strip()
        return doc.title, doc.text[:400].strip() + ("…" if len(doc.text) > 400 else "")
