"""Resolve mentions against the library catalog, choosing the version in force at the citing date."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from core.analysis.references import load_aliases, notice_target, standard_codes
from core.models import Mention

_STRIP = re.compile(r"[\s《》〈〉<>«»“”\"'‘’「」『』·]")
_DASHES = re.compile(r"[—–－‐-]+")
# Trailing variants that name the same document: (试行) (暂行) (2024-2026年) (2018年修订) (2019修正).
_SUFFIX = re.compile(r"\((?:试行|暂行|\d{4}[^()]*|[^()]*(?:修订|修正|修改)[^()]*)\)$")
_BRACKETS = str.maketrans({"[": "〔", "［": "〔", "(": "〔", "（": "〔", "【": "〔",
                           "]": "〕", "］": "〕", ")": "〕", "）": "〕", "】": "〕"})  # fmt: skip
_DOC_NUMBER = re.compile(r"^(.*?)〔(\d{4})〕0*(\d+)号$")


@dataclass(frozen=True)
class CatalogEntry:
    """What resolution needs to know of one library document."""

    id: int
    title: str
    short_title: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    doc_number: str | None = None
    doc_type: str | None = None
    group: int | None = None  # the source file it came from: a compilation cites its own copy


@dataclass(frozen=True)
class Resolution:
    """Where a mention points: a library document (and article), or only a title when missing."""

    target_id: int | None
    target_title: str | None
    target_article: int | None = None


@lru_cache(maxsize=65536)
def normalise_title(title: str) -> str:
    """The key under which versions and spellings of one title meet.

    《中华人民共和国网络安全法》 = 网络安全法; 中共中央 国务院关于X的意见 = 关于X的意见;
    关于印发X的通知 = X; X（试行） = X（2024—2026 年） = X. Exact titles are tried before this.
    """
    t = _STRIP.sub("", unicodedata.normalize("NFKC", title))
    t = _DASHES.sub("-", t)
    inner = notice_target(t)
    if inner:
        t = _STRIP.sub("", unicodedata.normalize("NFKC", inner))
    about = t.find("关于")
    if 0 < about <= 40:
        t = t[about:]
    t = t.removeprefix("中华人民共和国")
    while (m := _SUFFIX.search(t)) and m.start() > 0:
        t = t[: m.start()]
    return t


def normalise_doc_number(code: str) -> str:
    """国发(2022)14 号 → 国发〔2022〕14号."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", code)).translate(_BRACKETS)


def _latest(entries: list[CatalogEntry], on_or_before: str | None) -> CatalogEntry:
    """The version in force at ``on_or_before``: latest dated on or before it, else the latest."""
    dated = [e for e in entries if e.date]
    if on_or_before:
        before = [e for e in dated if e.date and e.date <= on_or_before]
        if before:
            return max(before, key=lambda e: (e.date or "", e.id))
    if dated:
        return max(dated, key=lambda e: (e.date or "", e.id))
    return max(entries, key=lambda e: e.id)


class Catalog:
    """Indexes over the library's documents for resolving mentions (built once per library)."""

    def __init__(
        self, entries: Iterable[CatalogEntry], aliases: Mapping[str, str] | None = None
    ) -> None:
        self.by_id: dict[int, CatalogEntry] = {}
        self._exact: dict[str, list[int]] = defaultdict(list)
        self._norm: dict[str, list[int]] = defaultdict(list)
        self._short: dict[str, list[int]] = defaultdict(list)
        self._doc_number: dict[str, list[int]] = defaultdict(list)
        self._doc_tail: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
        self._standard: dict[str, list[int]] = defaultdict(list)
        self._notices: set[int] = set()  # 关于印发X的通知: shares X's normalised title
        self.aliases = dict(load_aliases() if aliases is None else aliases)
        for e in entries:
            self._add(e)

    def _add(self, e: CatalogEntry) -> None:
        self.by_id[e.id] = e
        if notice_target(e.title) is not None:
            self._notices.add(e.id)
        self._exact[e.title].append(e.id)
        self._norm[normalise_title(e.title)].append(e.id)
        if e.short_title:
            self._short[e.short_title].append(e.id)
            self._short[normalise_title(e.short_title)].append(e.id)
        if e.doc_number:
            code = normalise_doc_number(e.doc_number)
            self._doc_number[code].append(e.id)
            if m := _DOC_NUMBER.match(code):
                self._doc_tail[(m.group(2), m.group(3))].append((m.group(1), e.id))
        for code in set(standard_codes(e.title) + standard_codes(e.doc_number or "")):
            self._standard[code].append(e.id)
            self._standard[code.rsplit("-", 1)[0]].append(e.id)

    def versions(self, entry: CatalogEntry) -> list[CatalogEntry]:
        """Every document sharing ``entry``'s normalised title, oldest first (undated last)."""
        ids = self._norm.get(normalise_title(entry.title), [])
        return sorted(
            (self.by_id[i] for i in ids), key=lambda e: (e.date is None, e.date or "", e.id)
        )

    def find_title(self, title: str) -> list[int]:
        """Ids a cited title may mean, all versions: exact, normalised, short title, alias."""
        norm = normalise_title(title)
        hits = self._exact.get(title) or self._norm.get(norm) or self._short.get(title)
        hits = hits or self._short.get(norm)
        if not hits:
            full = self.aliases.get(title) or self.aliases.get(norm)
            if full:
                hits = self._exact.get(full) or self._norm.get(normalise_title(full))
        if not hits:
            return []
        # widen to every version, but keep a notice and the document it issued apart
        found = set(hits)
        for h in hits:
            notice = h in self._notices
            group = self._norm[normalise_title(self.by_id[h].title)]
            found.update(i for i in group if (i in self._notices) == notice)
        return sorted(found)

    def find_doc_number(self, code: str) -> list[int]:
        """Exact 文号, else same year and number with one issuer prefix ending the other."""
        code = normalise_doc_number(code)
        if hit := self._doc_number.get(code):
            return list(hit)
        m = _DOC_NUMBER.match(code)
        if not m or not m.group(1):
            return []
        prefix = m.group(1)
        return [
            i
            for p, i in self._doc_tail.get((m.group(2), m.group(3)), [])
            if p and (p.endswith(prefix) or prefix.endswith(p))
        ]

    def find_standard(self, code: str) -> list[int]:
        """GB/T 35273-2020 exactly; GB/T 35273 (no year) → every edition."""
        return list(self._standard.get(code, []))

    def resolve(self, mention: Mention, citing_id: int, citing_date: str | None) -> Resolution:
        """Where ``mention`` (found in document ``citing_id``) points.

        self/article → the citing document. Other kinds never resolve to the citing document
        while another candidate exists (a new version saying 《X》同时废止 means the old X);
        when the citing document is the only match (a law quoting its own title) it is used.
        """
        if mention.kind in ("self", "article"):
            own = self.by_id.get(citing_id)
            return Resolution(citing_id, own.title if own else None, mention.article)
        if mention.kind in ("standard", "doc_number"):
            code = mention.code or mention.text
            ids = (
                self.find_standard(code)
                if mention.kind == "standard"
                else self.find_doc_number(code)
            )
            fallback = code
        else:
            ids = self.find_title(mention.title or mention.text)
            fallback = mention.title or mention.text
        target = self._pick(ids, citing_id, citing_date)
        if target is None:
            return Resolution(None, fallback, mention.article)
        return Resolution(target.id, target.title, mention.article)

    def _pick(self, ids: list[int], citing_id: int, citing_date: str | None) -> CatalogEntry | None:
        others = [self.by_id[i] for i in ids if i != citing_id]
        if others:
            best = _latest(others, citing_date)
            # The same version held twice (two compilations both carry the law): the citing
            # document's own file wins, so 001's laws cite 001's copy.
            citing = self.by_id.get(citing_id)
            if citing is not None and citing.group is not None and best.group != citing.group:
                twins = [e for e in others if e.group == citing.group and e.date == best.date]
                if twins:
                    return max(twins, key=lambda e: e.id)
            return best
        return self.by_id.get(citing_id) if ids else None


def notice_links(entries: Iterable[CatalogEntry]) -> list[tuple[int, int]]:
    """(notice id, issued document id) for 关于印发《X》的通知 and X both in the library.

    When X has several versions, the one dated closest to the notice is taken.
    """
    entries = list(entries)
    plain: dict[str, list[CatalogEntry]] = defaultdict(list)
    for e in entries:
        if notice_target(e.title) is None:
            plain[normalise_title(e.title)].append(e)
    links = []
    for e in entries:
        if notice_target(e.title) is None:
            continue
        targets = plain.get(normalise_title(e.title))
        if targets:
            best = min(targets, key=lambda t: (_day_gap(e.date, t.date), t.id))
            links.append((e.id, best.id))
    return links


def _day_gap(a: str | None, b: str | None) -> int:
    """Rough distance between two ISO dates (for choosing a version), large when unknown."""
    if not a or not b:
        return 10**6
    ya, ma, da = (int(x) for x in (a + "-01-01")[:10].split("-"))
    yb, mb, db = (int(x) for x in (b + "-01-01")[:10].split("-"))
    return abs((ya - yb) * 372 + (ma - mb) * 31 + (da - db))
