"""Duty bearers: the shortest noun phrase naming who must (not) act, carried over when elided."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from core.analysis.deontic import analyse
from core.analysis.lexicon import Lexicon, lexicon, segment, word_tags

_CLAUSE = re.compile(r"[，,：:；;]")
_FIRST = re.compile(r"、|和|及|或者|以及")
_ANY = re.compile(
    r"^任何[^，。；、和]{0,4}?(?:个人|组织|单位)(?:(?:和|、|或者|及|与)(?:个人|组织|单位))?"
)
_TIME = re.compile(r"^(?:[\d一二三四五六七八九十]+年内|终身|同时|此外|其中|必要时|期间|届时)")
_NOT_NOUN = ("v", "p", "d", "c", "u", "r", "x", "m", "q", "t", "f", "zg", "a")
_JOIN = frozenset(("、", "和", "及", "以及", "或者", "与"))


def _strip(lx: Lexicon, clause: str) -> str:
    """Drop adverbs and time words around the bearer (还应当 → '', 五年内 → '')."""
    clause = clause.strip()
    while True:
        m = _TIME.match(clause)
        if m:
            clause = clause[m.end() :].strip()
        before = clause
        clause = lx.adverb_tail.sub("", clause)
        if not lx.activity_start.match(clause):
            m = lx.adverb_head.match(clause)
            if m and m.end() < len(clause):
                clause = clause[m.end() :]
        if clause == before:
            return clause


def _is_actor(lx: Lexicon, word: str) -> bool:
    return word in lx.actors or bool(lx.actor_suffix.search(word))


def _noun_phrase(lx: Lexicon, clause: str) -> str | None:
    """The bearer noun phrase opening ``clause``, or None if it names no actor."""
    m = _ANY.match(clause)
    if m:
        return m.group()
    tags = word_tags()
    words = segment(clause)
    pos, spans = 0, []
    for w in words:
        spans.append((pos, pos + len(w), w))
        pos += len(w)
    head = None
    for i, (_, end, w) in enumerate(spans):
        if w == "的":
            continue
        tag = tags.get(w, "x")
        if w in lx.actors or (_is_actor(lx, w) and not tag.startswith(("v", "p", "d", "c", "a"))):
            nxt = spans[i + 1][2] if i + 1 < len(spans) else ""
            compound = (
                bool(nxt)
                and nxt not in _JOIN
                and _nounish(tags.get(nxt, "p"), nxt)
                and not _verb_word(lx, nxt)
            )
            if nxt in ("的", "之") or compound:
                continue  # a modifier (运营者的主要负责人) or part of a longer noun (平台服务)
            if "的" in clause[end : end + 16] and _later_actor(lx, clause, end):
                continue  # inside a leading 的-clause (…国家网信部门规定数量的个人信息处理者)
            head = (i, end)
            break
    if head is None:
        return None
    i, end = head
    np = clause[:end]
    kept_modifier = False
    if "的" in np:
        cut = np.rindex("的")
        modifier, noun = np[:cut], np[cut + 1 :]
        if noun in lx.generic_heads:
            kept_modifier = True
        elif _has_verb(lx, modifier):
            np = noun
        else:
            kept_modifier = True
    if kept_modifier:
        np = clause[: _coordinated_end(lx, spans, i, end)]
    elif "的" not in np and not np.startswith("任何"):
        np = _FIRST.split(np, maxsplit=1)[0] or np  # several bearers: the first
    return np


def _nounish(tag: str, word: str) -> bool:
    """Whether a word after an actor continues its name (平台服务, 人民政府大数据工作主管部门)."""
    return tag == "vn" or not tag.startswith(_NOT_NOUN) or (tag == "a" and len(word) == 1)


def _verb_word(lx: Lexicon, word: str) -> bool:
    return bool(lx.clause_verb.fullmatch(word) or lx.activity_start.fullmatch(word))


def _has_verb(lx: Lexicon, modifier: str) -> bool:
    """Whether a 的-modifier is a clause (取得认证资格) rather than a noun (重要数据, 运营者)."""
    tags = word_tags()
    words = segment(modifier)
    return any(
        w not in lx.actors and (tags.get(w) == "v" or lx.clause_verb.fullmatch(w)) for w in words
    )


def _later_actor(lx: Lexicon, clause: str, end: int) -> bool:
    """Whether a 的 after ``end`` introduces a later actor head (so the first is a modifier)."""
    rest = clause[end:]
    cut = rest.find("的")
    tail = rest[cut + 1 :]
    words = segment(tail)
    return any(_is_actor(lx, w) for w in words[:4])


def _coordinated_end(lx: Lexicon, spans: list[tuple[int, int, str]], i: int, end: int) -> int:
    """Extend a head over 、/和 + actor when a shared modifier governs all (作出决定的部门、单位)."""
    j = i + 1
    while j + 1 < len(spans) and spans[j][2] in _JOIN and _is_actor(lx, spans[j + 1][2]):
        end = spans[j + 1][1]
        j += 2
    return end


def _bearer(lx: Lexicon, clause: str) -> tuple[str | None, bool]:
    """(bearer, headless) for one clause; headless means a bare activity (开展数据处理活动)."""
    clause = _strip(lx, clause)
    if not clause:
        return None, False
    np = _noun_phrase(lx, clause)
    if np:
        return np, False
    if lx.activity_start.match(clause) and not lx.thing_end.search(clause):
        return clause, True
    return None, False


def find_subject(s: str, modal: int | None = None) -> str | None:
    """The duty bearer as written in ``s``, or None when it is elided or a thing."""
    if modal is None:
        modal = analyse(s)[1]
        if modal is None:
            return None
    return _subject_before(s[:modal])


@lru_cache(maxsize=16384)
def _subject_before(head: str) -> str | None:
    """The bearer in the text before the modal (cached: legal texts repeat their bearers)."""
    lx = lexicon()
    clauses = _CLAUSE.split(head)
    current = _strip(lx, clauses[-1])
    if current.startswith(lx.prepositions) and not lx.activity_start.match(current):
        if _noun_phrase(lx, current) is not None or len(clauses) == 1:
            return None  # 对在履行职责中知悉的…数据应当…: the object is fronted, bearer elided
        current = ""  # 在各自职责范围内负责…: an adverbial; the bearer is in an earlier clause
    if current:
        return _bearer(lx, current)[0]
    headless = None
    for clause in reversed(clauses[:-1]):
        text = _strip(lx, clause)
        if not text or text.endswith(("的", "时", "后", "前")):
            break
        bearer, is_headless = _bearer(lx, text)
        if bearer is None:
            break
        if not is_headless:
            return bearer
        headless = bearer
    return headless


def carry_subjects(items: Iterable[tuple[object, str]]) -> list[str | None]:
    """Subjects for (group, sentence) pairs in order, elided bearers carried within a group."""
    out: list[str | None] = []
    last_group: object = object()
    carried: str | None = None
    for group, s in items:
        if group != last_group:
            last_group, carried = group, None
        labels, modal = analyse(s)
        if "obligation" not in labels and "prohibition" not in labels:
            out.append(None)
            continue
        subject = find_subject(s, modal) if modal is not None else None
        subject = subject or carried
        carried = subject
        out.append(subject)
    return out


def subjects_for(sentences: Sequence[str]) -> list[str | None]:
    """Subjects for consecutive sentences of one article or paragraph."""
    return carry_subjects((0, s) for s in sentences)


def clear_caches() -> None:
    """Forget cached bearers and segmentations (benchmarks time a cold run)."""
    _subject_before.cache_clear()
    segment.cache_clear()
