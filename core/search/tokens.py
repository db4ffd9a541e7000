"""Character folding and the one-token-per-character index stream that makes every substring findable.

Each character of the text becomes exactly one FTS5 token: the two-character window starting at
it, or the character alone at the end of a run (a run is a stretch without whitespace). A query of
n ≥ 2 characters is then the phrase of its n − 1 windows, and a 1-character query the prefix token
``"c" *``, so every occurrence is found, whatever its length.

Folding (NFKC + casefold) is done per character and kept strictly 1:1, so offsets in folded text
equal offsets in the original: a character whose fold would change the length (``…`` → ``...``,
``ß`` → ``ss``) keeps a one-character form. The FTS table uses the ``ascii`` tokenizer, for which
every non-ASCII character is a token character and every ASCII non-alphanumeric is a separator, so
ASCII punctuation is moved to plane-16 private use (searchable, never a separator) and whitespace and
control characters become the only separators.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

# ASCII punctuation goes here (U+10FF21 …) in token space: ≥ 0x80, so the ascii tokenizer keeps it.
_PUNCT_BASE = 0x10FF00
# Planes 0–1 plus the CJK compatibility supplement hold every character whose fold is not itself.
_FOLD_RANGES = ((0, 0x20000), (0x2F800, 0x2FA20))


def fold_char(c: str) -> str:
    """NFKC + casefold of one character, kept to exactly one character (offsets stay aligned)."""
    n = unicodedata.normalize("NFKC", c)
    for cand in (n.casefold(), n.lower(), c.casefold(), c.lower()):
        if len(cand) == 1:
            return cand
    return c


def _token_char(c: str) -> str:
    """The character as it appears in token space (after folding)."""
    o = ord(c)
    if 0xD800 <= o <= 0xDFFF:  # a lone surrogate cannot be encoded for SQLite
        return "\ufffd"
    if c.isspace() or unicodedata.category(c) in ("Cc", "Zl", "Zp", "Zs"):
        return " "
    f = fold_char(c)
    if f.isspace() or unicodedata.category(f) in ("Cc", "Zl", "Zp", "Zs"):
        return " "
    if f.isascii() and not f.isalnum():
        return chr(_PUNCT_BASE + ord(f))
    return f


class _Table(dict[int, str]):
    """A ``str.translate`` table filled on first sight of each character."""

    def __init__(self, fn: object) -> None:
        super().__init__()
        self._fn = fn

    def __missing__(self, key: int) -> str:
        value = self._fn(chr(key))  # type: ignore[operator]
        self[key] = value
        return value


_FOLD = _Table(fold_char)
_TOK = _Table(_token_char)


def fold(text: str) -> str:
    """The folded text; same length as ``text``, position for position."""
    return text.translate(_FOLD)


def token_text(text: str) -> str:
    """``text`` in token space: folded, ASCII punctuation moved, separators as single spaces."""
    return text.translate(_TOK)


# A window that starts on a separator, " x\t", would make the tokenizer emit a spurious "x".
_SPURIOUS = re.compile(r"(?:(?<=\t)|^) [^ \t]\t")


def index_tokens(text: str) -> str:
    """The token stream indexed for ``text``: one token per non-separator character. Pure, no DB.

    Built with strided byte copies over UTF-32 (no per-character Python work) so it runs at tens
    of MB/s; the lead computes it in worker processes.
    """
    t = token_text(text)
    n = len(t)
    if n == 0:
        return ""
    cur = t.encode("utf-32-le")
    nxt = (t[1:] + " ").encode("utf-32-le")
    out = bytearray(12 * n)
    for k in range(4):
        out[k::12] = cur[k::4]
        out[4 + k :: 12] = nxt[k::4]
    out[8::12] = b"\t" * n
    return _SPURIOUS.sub("", out.decode("utf-32-le"))


def pieces(term: str) -> list[str]:
    """The runs of a query term in token space (a term with inner whitespace has several)."""
    return token_text(term).split()


def piece_tokens(piece: str) -> list[str]:
    """Tokens a run must show at consecutive positions: its windows; one char → itself (a prefix)."""
    if len(piece) == 1:
        return [piece]
    return [piece[i : i + 2] for i in range(len(piece) - 1)]


@functools.cache
def _inverse_fold() -> dict[str, frozenset[str]]:
    """fold value → every character folding to it (besides itself); built once, ≈ 0.1 s."""
    groups: dict[str, set[str]] = {}
    for lo, hi in _FOLD_RANGES:
        for o in range(lo, hi):
            if 0xD800 <= o <= 0xDFFF:
                continue
            c = chr(o)
            f = fold_char(c)
            if f != c:
                groups.setdefault(f, set()).add(c)
    return {f: frozenset(cs) for f, cs in groups.items()}


def char_class(q: str) -> frozenset[str]:
    """Every character ``c`` with ``fold(c) == fold(q)``: what ``q`` matches in the original text."""
    f = fold_char(q)
    members = set(_inverse_fold().get(f, ()))
    if fold_char(f) == f:
        members.add(f)
    members.add(q)
    return frozenset(members)


def class_pattern(chars: Iterable[str]) -> str:
    """A regex matching exactly the given characters, one of them."""
    cs = sorted(chars)
    if len(cs) == 1:
        return re.escape(cs[0])
    return "[" + "".join(re.escape(c) for c in cs) + "]"
