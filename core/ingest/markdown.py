"""Markdown → plain text with heading hints and front-matter metadata (no markdown library needed)."""

from __future__ import annotations

import html
import re

from core.models import Heading, RawDocument

_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s?(.*)$")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_1 = re.compile(r"^ {0,3}=+[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")

_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>|<!--.*?-->")
_EMPTY_STRONG = re.compile(r"(\*\*|__)[ \t]*\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM = re.compile(r"(?<![*A-Za-z0-9])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![*A-Za-z0-9])")
_CODE = re.compile(r"`+([^`\n]+?)`+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<&])")
_HIDDEN = re.compile("[\U000f0000-\U000f007f]")  # escaped characters, kept out of the rules

# Metadata keys kept from front matter (others are kept too, lower-cased, if simple).
FRONT_MATTER_KEYS = ("title", "source", "date", "url")


def read_markdown(text: str) -> RawDocument:
    """Strip markdown from normalised ``text``; headings become plain lines plus Heading hints."""
    metadata, body = split_front_matter(text)
    lines = body.split("\n")
    out: list[str] = []
    headings: list[Heading] = []
    offset = 0
    in_fence = False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            plain, level = line, 0
        else:
            plain, level = _line(line, lines[i + 1] if i + 1 < len(lines) else "")
            if plain is None:
                continue
        if level and plain:
            headings.append(Heading(level=level, text=plain, start=offset))
        out.append(plain)
        offset += len(plain) + 1
    return RawDocument(
        text="\n".join(out), format="md", headings=tuple(headings), metadata=metadata
    )


def _line(line: str, following: str) -> tuple[str | None, int]:
    """One source line → (plain text or None to drop the line, heading level or 0)."""
    m = _ATX.match(line)
    if m:
        return inline(m.group(2) or ""), len(m.group(1))
    if _SETEXT_1.match(line) or _RULE.match(line) or _TABLE_RULE.match(line):
        return None, 0
    if line.strip() and _SETEXT_1.match(following):
        return inline(line.strip()), 1
    return inline(_QUOTE.sub("", line)), 0


def inline(s: str) -> str:
    """Inline markdown and HTML → plain text: images dropped, links keep their text."""
    if not any(c in s for c in "*_`[]<>!\\&"):
        return s
    s = _ESCAPE.sub(lambda m: chr(0xF0000 + ord(m.group(1))), s)
    s = _IMAGE.sub("", s)
    s = _LINK.sub(r"\1", s)
    s = _AUTOLINK.sub(r"\1", s)
    s = _TAG.sub("", s)
    s = _CODE.sub(r"\1", s)
    s = _EMPTY_STRONG.sub("", s)
    s = _STRONG.sub(r"\2", s)
    s = _EM.sub(r"\1", s)
    if "&" in s:
        s = html.unescape(s).replace("\xa0", " ")
    return _HIDDEN.sub(lambda m: chr(ord(m.group()) - 0xF0000), s)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML-ish front matter (``---`` … ``---`` at the very start) → (metadata, rest of text).

    Only ``key: value`` lines are understood; that is all web clippers write. Values lose
    surrounding quotes. Text without a closed front-matter block is returned unchanged.
    """
    if not text.startswith("---\n"):
        return {}, text
    end = _front_end(text)
    if end is None:
        return {}, text
    block, rest = text[4 : end[0]], text[end[1] :]
    meta: dict[str, str] = {}
    for raw in block.split("\n"):
        m = _FRONT_KEY.match(raw)
        if not m:
            continue
        value = m.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if value:
            meta[m.group(1).lower()] = value
    return meta, rest


def _front_end(text: str) -> tuple[int, int] | None:
    """(start, end) of the closing ``---``/``...`` line, searched in the first 64 KB only."""
    m = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\n|$)", re.M).search(text, 4, 65536)
    return (m.start(), m.end()) if m else None
