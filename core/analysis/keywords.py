"""Top keywords of a document: TF-IDF over rjieba tokens, weighted by jieba.analyse's IDF table."""

from __future__ import annotations

import heapq
import importlib.util
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import rjieba

STOPWORDS_PATH = (
    Path(__file__).resolve().parents[2] / "resources" / "lexicon" / "keyword_stopwords.txt"
)

_HANZI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Latin tokens count only as acronyms or product names (AI, 5G, IPv6, ChatGPT): lower-case words
# in these documents are HTML or URL debris from web clippings (span, style, https).
_LATIN_TERM = re.compile(r"^[0-9]*[A-Z][A-Za-z0-9]*$")
# Numbers (Arabic, full-width or Chinese numerals) and article labels like 第十二条, 第三章.
_NUMBER = re.compile(
    r"^第?[0-9０-９零〇一二三四五六七八九十百千万亿两.．%％]+"
    r"[条章节款项编号年月日次届个元]?[之-]?[0-9一二三四五六七八九十]*$"
)


def _jieba_idf_path() -> Path:
    """Find jieba's bundled ``analyse/idf.txt`` without importing jieba (its import is slow)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("jieba is not installed: its IDF table analyse/idf.txt is needed")
    return Path(next(iter(spec.submodule_search_locations))) / "analyse" / "idf.txt"


@lru_cache(maxsize=1)
def idf_table() -> tuple[dict[str, float], float]:
    """jieba's IDF values and their median (the IDF jieba gives unknown words); loaded once."""
    idf: dict[str, float] = {}
    with _jieba_idf_path().open(encoding="utf-8") as fh:
        for line in fh:
            word, _, value = line.rstrip("\n").rpartition(" ")
            if word:
                idf[word] = float(value)
    values = sorted(idf.values())
    return idf, values[len(values) // 2]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The keyword stop list from resources (lower-cased; ``#`` lines are comments)."""
    words = set()
    for line in STOPWORDS_PATH.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line.lower())
    return frozenset(words)


def segment(text: str) -> list[str]:
    """Tokens of ``text`` by jieba-rs: jieba's dictionary and HMM, about 13x faster than jieba."""
    return rjieba.cut(text)


def is_candidate(word: str, stop: frozenset[str] | None = None) -> bool:
    """Whether a token may be a keyword: 2+ chars, hanzi or an acronym, no number, no stop word."""
    word = word.strip()
    if len(word) < 2 or _NUMBER.match(word):
        return False
    if not _HANZI.search(word) and not _LATIN_TERM.match(word):
        return False
    return word.lower() not in (stopwords() if stop is None else stop)


# Tokens repeat across a library's documents, so each is judged once per process.
_CANDIDATES: dict[str, bool] = {}


def _candidate(word: str) -> bool:
    known = _CANDIDATES.get(word)
    if known is None:
        if len(_CANDIDATES) > 500_000:  # bound memory on a huge import
            _CANDIDATES.clear()
        known = _CANDIDATES[word] = is_candidate(word, stopwords())
    return known


def extract_keywords(text: str, top_k: int = 15) -> list[tuple[str, float]]:
    """The ``top_k`` keywords of ``text`` by TF-IDF, best first, as jieba.analyse.extract_tags
    would weigh them (tf = count / candidate tokens, idf from jieba's table or its median).

    Counting every token first and filtering the distinct ones keeps the per-token work in C.
    """
    if top_k <= 0 or not text:
        return []
    counts = Counter(segment(text))
    kept = {w.strip(): n for w, n in counts.items() if _candidate(w)}
    total = sum(kept.values())
    if not total:
        return []
    idf, median = idf_table()
    scored = [(w, n * idf.get(w, median) / total) for w, n in kept.items()]
    # Ties broken by the word so results are stable across runs; only the top few are sorted.
    ranked = heapq.nsmallest(top_k * 3, scored, key=lambda item: (-item[1], item[0]))
    return _without_parts(ranked, top_k)


def _without_parts(ranked: list[tuple[str, float]], top_k: int) -> list[tuple[str, float]]:
    """Drop a word that is part of a better-ranked one (信息 after 个人信息, 网络 after 网络安全):
    the longer term already names the topic, and the part would only repeat it."""
    out: list[tuple[str, float]] = []
    for word, weight in ranked:
        if any(word in kept for kept, _ in out):
            continue
        out = [(kept, w) for kept, w in out if kept not in word]  # 信息, then 个人信息
        out.append((word, weight))
        if len(out) == top_k:
            break
    return out
