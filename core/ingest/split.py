"""Cut a file into documents: compilations (numbered 《title》 entries, a table of contents,
markdown ``##`` sections) become many drafts under their categories; anything else one draft."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.ingest.clean import TERMINATORS, clean_text
from core.models import DocumentDraft, RawDocument
from core.structure.numerals import cn_to_int

__all__ = ["split_document"]

_CN = "一二三四五六七八九十百"
# 12、《title》 or 一、《title》 (a compilation entry); the title may run on after 》 (…》的通知).
_ENTRY = re.compile(rf"(\d{{1,3}}|[{_CN}]+) ?[、.．] ?《(.+)$")
_CATEGORY = re.compile(rf"([{_CN}]+)、(.{{2,30}})$")
_SUBCATEGORY = re.compile(rf"[（(]([{_CN}]+)[）)](.{{2,30}})$")
_CHAPTER = re.compile(rf"第 ?[{_CN}\d]+ ?[章编部分篇] ?(.{{2,40}})$")
_TOC_HEAD = re.compile(r"目 ?录")
_TOC_PAGE = re.compile(r"(.{2,}?)[ \t.…·．。_-]*(\d{1,4})")
_APPENDIX = re.compile(r"(附表|附件|附录)\S{0,30}")
_COLLECTION_IN_TEXT = re.compile(
    r"《([^《》\n]{2,40}?(?:汇编|选编|合集|文集|大全|手册))(?: ?\d{4} ?年?版)?》"
)
_EDITION = re.compile(r"[ （(]*\d{4} ?年?版[)）]*$")
_RATING = re.compile(r" ?[（(]? ?(✨+) ?[）)]?")
_NOT_TITLE = re.compile(r"前 ?言|序 ?言?|目 ?录|说 ?明")
_KEY_DROP = re.compile(r"[\s《》“”\"'·:：]")

_MIN_ENTRIES = 3  # fewer numbered entries than this: not a compilation
# A standalone policy title: [issuer]关于…的意见/方案/通知… with no punctuation of a sentence.
_POLICY_TITLE = re.compile(
    r"[^，。；：:！？“”《》（）()]{0,40}?关于[^，。；：:！？]{4,80}"
    r"(?:意见|方案|通知|决定|规定|办法|规划|计划|纲要|措施|指引|细则|条例|指南|要点)"
)
# Policies placed back to back (seed 002): each at least this long, or it is one document that
# names another policy on a line of its own (a notice and the plan it issues).
_MIN_POLICY_CHARS = 800


@dataclass
class _Piece:
    """A document found in a compilation, before its text is cut out."""

    title: str
    path: tuple[str, ...]
    start: int  # line index of the first body line
    end: int = -1  # line index past the last body line


_STRUCTURE_HEADING = re.compile(
    r"^(第[一二三四五六七八九十百零〇两\d]+[编章节部分]|[一二三四五六七八九十]+、|附\s*则)"
)


def split_document(raw: RawDocument, source_name: str) -> list[DocumentDraft]:
    """Drafts for every document held in ``raw``; their texts are clean text."""
    if raw.headings:
        drafts = _split_markdown(raw, source_name)
        if drafts:
            return drafts
    text = clean_text(raw.text)
    lines = text.split("\n") if text else []
    collection = _collection_title(lines, source_name)
    pieces = _toc_pieces(lines, collection) or _entry_pieces(lines, collection)
    if not pieces:
        pieces = _title_pieces(lines, _stem(source_name))
    if pieces:
        return _drafts(lines, pieces)
    return [_single(text, raw.metadata, source_name)]


# --- single documents -------------------------------------------------------------------------


def _single(text: str, metadata: dict[str, str], source_name: str) -> DocumentDraft:
    """One document: title from front matter, else its first line when that looks like a title."""
    title = metadata.get("title", "").strip()
    if title:
        kept = [ln for ln in text.split("\n") if _key(ln) != _key(title)]
        text = "\n".join(kept)
    else:
        first = text.split("\n", 1)[0] if text else ""
        title = first if _looks_like_title(first) else _stem(source_name)
    return DocumentDraft(title=title, text=text, metadata=dict(metadata))


def _looks_like_title(line: str) -> bool:
    return 2 <= len(line) <= 80 and line[-1] not in TERMINATORS and "，" not in line


def _stem(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base else base


def _key(s: str) -> str:
    """A comparison key: no spaces, book-title marks or quotes."""
    return _KEY_DROP.sub("", s)


def _title_pieces(lines: list[str], collection: str) -> list[_Piece]:
    """Several policies back to back, each opening with its title on a line of its own (the first
    line too); [] unless there are two or more and each is a document in its own right."""
    if not lines or not _POLICY_TITLE.fullmatch(lines[0]):
        return []
    starts = [
        i
        for i, line in enumerate(lines)
        if len(line) <= 100
        and _POLICY_TITLE.fullmatch(line)
        and not _STRUCTURE_HEADING.match(line)
        and (i == 0 or lines[i - 1][-1] in TERMINATORS)
    ]
    if len(starts) < 2:
        return []
    pieces = [
        _Piece(title=lines[a], path=(collection,), start=a + 1, end=b)
        for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)
    ]
    if any(sum(map(len, lines[p.start : p.end])) < _MIN_POLICY_CHARS for p in pieces):
        return []
    return pieces


# --- markdown: one document per heading at the document level -----------------------------------


def _split_markdown(raw: RawDocument, source_name: str) -> list[DocumentDraft]:
    """``# collection`` over ``## document`` headings; a lone title means a single document."""
    heads = sorted(raw.headings, key=lambda h: h.start)
    tops = {h.text.strip() for h in heads if h.level == 1}
    docs = [h for h in heads if h.level == 2]
    # Headings that are a law's own structure (第一章 总则, as a .docx styles them) or an
    # outline (一、总体要求) divide one document; they do not start new ones.
    structural = sum(1 for h in docs if _STRUCTURE_HEADING.match(h.text.strip()))
    if len(tops) > 1 or len(docs) < 2 or structural * 2 >= len(docs):
        title = raw.metadata.get("title") or (heads[0].text.strip() if heads else "")
        meta = dict(raw.metadata)
        meta.setdefault("title", title)
        return [_single(clean_text(raw.text), meta, source_name)] if title else []
    collection = next(iter(tops)) if tops else _stem(source_name)
    drafts = []
    for i, head in enumerate(docs):
        body_start = raw.text.find("\n", head.start)
        end = docs[i + 1].start if i + 1 < len(docs) else len(raw.text)
        text = clean_text(raw.text[body_start:end]) if body_start != -1 else ""
        title, meta = _rated_title(head.text)
        if not title:
            # An empty "## " heading: with no text under it, it is no document (seed 000 ends
            # with one); with text, that text is a document of its own titled by its first line,
            # rather than appended to a document it does not belong to.
            if not text:
                continue
            title = text.split("\n", 1)[0][:40]
            meta["untitled"] = "true"
        drafts.append(
            DocumentDraft(
                title=title, text=text, tree_path=(collection,), metadata=meta, ordinal=len(drafts)
            )
        )
    return drafts


def _rated_title(heading: str) -> tuple[str, dict[str, str]]:
    """Strip ✨ rating marks (and the brackets around them) into ``metadata['rating']``."""
    meta: dict[str, str] = {}
    m = _RATING.search(heading)
    if m:
        meta["rating"] = str(len(m.group(1)))
        heading = heading[: m.start()] + heading[m.end() :]
    return heading.strip(), meta


# --- compilations -------------------------------------------------------------------------------


def _collection_title(lines: list[str], source_name: str) -> str:
    """The compilation's own title: its first line if that is a title, else 《…汇编》 in the preface."""
    for line in lines[:3]:
        if _looks_like_title(line) and not _NOT_TITLE.fullmatch(line) and not _ENTRY.match(line):
            if not _CATEGORY.match(line) and len(line) >= 6:
                return _EDITION.sub("", line)
            break
    for line in lines[:200]:
        m = _COLLECTION_IN_TEXT.search(line)
        if m:
            return _EDITION.sub("", m.group(1)).strip()
    return _stem(source_name)


def _entry_title(rest: str) -> str:
    """The text inside the outer 《》 of an entry (titles may nest 《》)."""
    depth = 0
    for i, c in enumerate(rest):
        if c == "《":
            depth += 1
        elif c == "》":
            if depth == 0:
                return rest[:i].strip()
            depth -= 1
    return rest.rstrip("》").strip()


def _entry(line: str) -> tuple[int, str] | None:
    """(number, title) when ``line`` is a compilation entry like ``12、《title》``."""
    m = _ENTRY.match(line)
    if not m:
        return None
    title = _entry_title(m.group(2))
    tail = m.group(2)[len(title) + 1 :].lstrip("》")
    if len(tail) > 8 or (tail and tail[-1] in TERMINATORS) or not title:
        return None  # a sentence citing a title, not an entry
    number = cn_to_int(m.group(1))
    return (number, title) if number is not None else None


def _entry_pieces(lines: list[str], collection: str) -> list[_Piece]:
    """Numbered 《title》 entries in sequence, under the category lines just above them."""
    pieces: list[_Piece] = []
    category: str | None = None
    sub: str | None = None
    last = 0
    skip_to = 0
    for i, line in enumerate(lines):
        if i < skip_to or not (line[0].isdigit() or line[0] in _CN):
            continue
        found = _entry(line)
        if not found:
            continue
        number, title = found
        body = i + 1
        if line.count("《") > line.count("》") and i + 1 < len(lines) and len(lines[i + 1]) < 40:
            # A title wrapped onto the next line (…第十四个五年规划 / 和 2035 年远景目标纲要》).
            if lines[i + 1].endswith("》"):
                title = _entry_title(_ENTRY.match(line + lines[i + 1]).group(2))  # type: ignore[union-attr]
                body = i + 2
        heads = _heads_above(lines, i, pieces[-1].start if pieces else 0)
        if not ((number == 1 and (heads or not pieces)) or last < number <= last + 2):
            continue  # out of sequence: a numbered list that cites titles, not an entry
        first_head = i - len(heads)
        for head in heads:
            if _CATEGORY.match(head):
                category, sub = head, None
            else:
                sub = head
        if pieces:
            pieces[-1].end = first_head
        path = tuple(p for p in (collection, category, sub) if p)
        pieces.append(_Piece(title=title, path=path, start=body))
        last = number
        skip_to = body
    if len(pieces) < _MIN_ENTRIES:
        return []
    pieces[-1].end = len(lines)
    return pieces


def _heads_above(lines: list[str], i: int, floor: int) -> list[str]:
    """Category lines (一、X / （一）X) directly above line ``i``, top first."""
    heads: list[str] = []
    j = i - 1
    while j > floor and len(heads) < 2:
        line = lines[j]
        if line[-1] in TERMINATORS or not (_CATEGORY.match(line) or _SUBCATEGORY.match(line)):
            break
        heads.insert(0, line)
        j -= 1
    return heads


def _toc_pieces(lines: list[str], collection: str) -> list[_Piece]:
    """Split by a table of contents near the start: its entries are located in the body in order."""
    items, body = _toc_items(lines)
    if sum(1 for kind, _ in items if kind == "entry") < _MIN_ENTRIES:
        return []
    pieces: list[_Piece] = []
    chapter: str | None = None
    pos = body
    found = 0
    for kind, text in items:
        keys = _search_keys(kind, text)
        at = _find_line(lines, pos, keys)
        if at is None:
            continue
        found += 1
        if pieces and pieces[-1].end < 0:
            pieces[-1].end = at
        if kind == "chapter":
            chapter = text
        else:
            title = _entry(text)[1] if _entry(text) else _strip_marker(text)
            path = (collection, chapter) if chapter and kind == "entry" else (collection,)
            # The located line is the document's own title (or year heading): keep it.
            pieces.append(_Piece(title=title, path=path, start=at))
        pos = at + 1
    if found < 0.6 * len(items) or len(pieces) < _MIN_ENTRIES:
        return []
    if pieces[-1].end < 0:
        pieces[-1].end = len(lines)
    return pieces


def _toc_items(lines: list[str]) -> tuple[list[tuple[str, str]], int]:
    """(kind, text) for a 目录 in the first lines (chapters, numbered entries, appendices), and
    the index of the first line after it."""
    start = next((i for i, ln in enumerate(lines[:60]) if _TOC_HEAD.fullmatch(ln)), None)
    if start is None:
        return [], 0
    items: list[tuple[str, str]] = []
    misses = 0
    end = start + 1
    for i in range(start + 1, min(len(lines), start + 400)):
        line = lines[i]
        end = i
        page = _TOC_PAGE.fullmatch(line)
        text = page.group(1).strip() if page else line
        if _CHAPTER.fullmatch(text) and (page or len(text) <= 40):
            items.append(("chapter", text))
        elif page and re.match(rf"(\d{{1,3}}|[{_CN}]+) ?[、.．]", text):
            items.append(("entry", text))
        elif _APPENDIX.fullmatch(text.split("：")[0]) and len(text) <= 40:
            items.append(("appendix", text))
        else:
            misses += 1
            if misses >= 2 or items:
                break
    return items, end


def _strip_marker(text: str) -> str:
    return re.sub(rf"^(\d{{1,3}}|[{_CN}]+) ?[、.．] ?", "", text).strip()


def _search_keys(kind: str, text: str) -> list[str]:
    """What a TOC item looks like as a line of the body (the body may drop 第X章 and numbering)."""
    if kind == "chapter":
        m = _CHAPTER.fullmatch(text)
        return [_key(text), _key(m.group(1))] if m else [_key(text)]
    if kind == "appendix":
        return [_key(part) for part in text.split("：") if part]
    entry = _entry(text)
    title = entry[1] if entry else _strip_marker(text)
    return [_key(text), _key(_strip_marker(text)), _key(title)]


def _find_line(lines: list[str], pos: int, keys: list[str]) -> int | None:
    """First line from ``pos`` equal to a key, or a short line the key starts with (2014年 …)."""
    prefix_hit: int | None = None
    for i in range(pos, len(lines)):
        line = lines[i]
        if len(line) > 60:
            continue
        k = _key(line)
        if k in keys:
            return i
        if (
            prefix_hit is None
            and len(k) >= 4
            and any(key.startswith(k) and len(k) >= 0.4 * len(key) for key in keys)
        ):
            prefix_hit = i
    return prefix_hit


def _drafts(lines: list[str], pieces: list[_Piece]) -> list[DocumentDraft]:
    drafts = []
    for piece in pieces:
        text = "\n".join(lines[piece.start : piece.end]).strip()
        if text:
            drafts.append(
                DocumentDraft(
                    title=piece.title, text=text, tree_path=piece.path, ordinal=len(drafts)
                )
            )
    return drafts
