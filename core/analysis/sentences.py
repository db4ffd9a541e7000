"""Sentence splitting with code-point offsets: 。！？； and paragraph ends, headings left out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from core.models import Section, Sentence

_NUM = "零〇一二三四五六七八九十百千两0-9０-９"
_CN = "一二三四五六七八九十"

# 第一章 总则 / 第二节 … / 第一编 …: a whole line, short, no sentence punctuation.
_LEGAL_HEADING = re.compile(rf"^第[{_NUM}]+[编章节](?:[\s\u3000]+[^。；！？]*)?$")
# Outline markers: 一、 （一） 1. 1、 （1）
_MARKER = rf"(?:[{_CN}]+、|[（(][{_CN}]+[）)]|\d{{1,2}}[.．、](?!\d)|[（(]\d{{1,2}}[）)])"
# 一、总体要求 as a line of its own.
_OUTLINE_HEADING = re.compile(rf"^{_MARKER}[\s\u3000]*[^。；！？!?;：:]{{1,40}}$")
# （一）统筹推进政务数据共享。完善… : a short titled marker opening a paragraph.
_OUTLINE_TITLE = re.compile(
    rf"^{_MARKER}[\s\u3000]*[^。；！？!?;，,：:、\s]{{2,20}}[。．](?=[\s\u3000]*\S)"
)
# A short line with no punctuation at all: a title, a table row, a date line.
_BARE_LINE = re.compile(r"^[^。；！？!?;，,：:、]{1,40}$")
# A line that is a heading whole: any of the three (one pattern, tried once on each short line).
_WHOLE_HEADING = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_LEGAL_HEADING, _OUTLINE_HEADING, _BARE_LINE))
)
# 第二十一条 at the start of a paragraph (and an optional 【title】), with its whitespace.
ARTICLE_LABEL = re.compile(
    rf"^第[{_NUM}]+条(?:之[{_CN}]+)?(?:[\s\u3000]*【[^】\n]{{1,30}}】)?[\s\u3000]*"
)
# A sentence: up to a run of sentence ends and the closing quotes and brackets right after (they
# belong to the sentence), or the rest of the paragraph; leading spaces are left out.
_SENTENCE = re.compile(
    r"[ \t\u3000\r\xa0]*"
    r"((?:[^。！？；!?;]*[。！？；!?;]+[”’」』）)】》\"']*|[^。！？；!?;]+))"
)
# A line with some text: group 1 is the line without its leading and trailing spaces.
_LINE = re.compile(
    r"^[ \t\u3000\r\xa0]*([^ \t\u3000\r\xa0\n](?:[^\n]*[^ \t\u3000\r\xa0\n])?)", re.M
)
_SPACE = " \t\u3000\r\xa0"
# Lines that may open with a heading: legal headings and outline markers; other headings are
# short lines (at most 40 characters, see _OUTLINE_HEADING and _BARE_LINE).
_HEADING_START = frozenset("第（(" + _CN + "0123456789")
_HEADING_KINDS = frozenset("编章节")


class Span(NamedTuple):
    """A sentence span and the article/paragraph group it belongs to (for subject carry-over)."""

    start: int
    end: int
    group: int


def _section_headings(text: str, sections: Sequence[Section]) -> dict[int, int]:
    """Line-start offset → end offset of the heading written there, from the structure stage."""
    heads: dict[int, int] = {}
    for sec in sections:
        if sec.kind not in _HEADING_KINDS and not sec.title:
            continue
        if sec.kind in "条款项目":
            continue
        line_end = text.find("\n", sec.start)
        line_end = len(text) if line_end < 0 else line_end
        end = line_end
        if sec.title:
            pos = text.find(sec.title, sec.start, line_end)
            if pos >= 0:
                end = pos + len(sec.title)
                while end < line_end and text[end] in "。．.：:" + _SPACE:
                    end += 1
        heads[sec.start] = end
    return heads


def _heading_end(line: str) -> int:
    """Length of the heading at the start of a line (0 if none), by line-level patterns."""
    if len(line) > 40 and line[0] not in _HEADING_START:
        return 0  # the common case: a paragraph of text
    if _WHOLE_HEADING.match(line):
        return len(line)
    m = _OUTLINE_TITLE.match(line)
    return m.end() if m else 0


def split_spans(text: str, sections: Sequence[Section] = ()) -> list[Span]:
    """Sentence spans with their group: one group per article (law) or paragraph (elsewhere)."""
    heads = _section_headings(text, sections)
    spans: list[Span] = []
    group = -1
    in_article = False
    for lm in _LINE.finditer(text):
        start, end = lm.span(1)
        line = lm.group(1)
        head_end = heads.get(start) or heads.get(lm.start()) if heads else None
        skip = max(0, head_end - start) if head_end else _heading_end(line)
        if skip >= len(line):
            # A 章/节 heading ends the article; a bare line (a table row, （三）其他) does not.
            in_article = in_article and not (head_end or _LEGAL_HEADING.match(line))
            continue
        art = ARTICLE_LABEL.match(line, skip) if line[skip] == "第" else None
        if art:
            skip = art.end()
            in_article = True
            group += 1
        elif skip or not in_article:
            in_article = in_article and not skip
            group += 1
        for m in _SENTENCE.finditer(text, start + skip, end):
            spans.append(Span(m.start(1), m.end(1), group))
    return spans


def split_sentences(text: str, sections: Sequence[Section] = ()) -> list[tuple[int, int]]:
    """Sentence (start, end) code-point offsets into ``text``, ordered and non-overlapping."""
    return [(sp.start, sp.end) for sp in split_spans(text, sections)]


_ITEM_LINE = re.compile(rf"[{_SPACE}]*{_MARKER}")


def list_end(text: str, spans: Sequence[tuple[int, int]], i: int) -> int:
    """The end of the list that sentence ``i`` opens (…履行下列义务：, then （一）…；（二）…。),
    or its own end where it opens none.

    LABELS.md gives an item no label of its own without a cue, so a register row of the lead-in
    alone reads "must fulfil the following duties:" and stops; a reader wants the duties. The list
    is the lines after the lead-in that each open with an item marker (一、 （一） 1. （1）), with
    every sentence on those lines; it ends at the first line that opens with none.
    """
    end = spans[i][1]
    if not text[spans[i][0] : end].rstrip().endswith(("：", ":")):
        return end
    for start, stop in spans[i + 1 :]:
        gap = text[end:start]
        if "\n" in gap:
            line_start = text.rfind("\n", 0, start) + 1
            if not _ITEM_LINE.match(text, line_start):
                break
        elif gap.strip():
            break
        end = stop
    return end


# What a plan's note of who does a task says, inside its brackets (省科技厅、…按职责分工负责).
NOTE_WORDS = r"[^（）()]*(?:负责|牵头)[^（）()]*"
# A plan's note of who does the task it closes: （省科技厅、省工业和信息化厅按职责分工负责）.
_RESPONSIBILITY_NOTE = re.compile(rf"[（(]{NOTE_WORDS}[）)][。；;]?")
_TASK_PARAGRAPHS = 3  # how far back a note's task may reach: a plan's item runs a few paragraphs


def task_start(text: str, spans: Sequence[tuple[int, int]], i: int) -> int:
    """The start of the task that sentence ``i`` closes, where it is a plan's note of who does
    it (…前瞻布局…前沿技术。（省科技厅、省工业和信息化厅按职责分工负责）), or its own start.

    The note alone reads "the province's science department is responsible" and stops; a reader
    wants the task. The task is the note's paragraph, and the ones before it back to the one that
    opens the plan's item with a marker (1． （一）), at most three, never past an earlier note.
    """
    start, end = spans[i]
    if not _RESPONSIBILITY_NOTE.fullmatch(text[start:end].strip()):
        return start
    begin = text.rfind("\n", 0, start) + 1
    para = begin
    for _ in range(_TASK_PARAGRAPHS - 1):
        if _ITEM_LINE.match(text, para) or para == 0:
            break
        previous = text.rfind("\n", 0, para - 1) + 1
        before = text[previous:para].strip()
        if _closes_task(before) or _WHOLE_HEADING.match(before):
            break  # an earlier task's note, or a heading: the task starts after it
        para = previous
    if not _ITEM_LINE.match(text, para):
        para = begin  # no item opens within reach: the note's own paragraph
    first = start
    for s, _e in reversed(spans[:i]):
        if s < para:
            break
        first = s
    return first


def _closes_task(paragraph: str) -> bool:
    """Whether a paragraph ends with a note of who does its task."""
    cut = max(paragraph.rfind("（"), paragraph.rfind("("))
    return cut >= 0 and bool(_RESPONSIBILITY_NOTE.fullmatch(paragraph[cut:]))


def analyze_sentences(text: str, sections: Sequence[Section] = ()) -> list[Sentence]:
    """Sentences of ``text`` with deontic labels and duty bearers (LABELS.md)."""
    from core.analysis.subject import bearers

    spans = split_spans(text, sections)
    found = bearers((sp.group, text[sp.start : sp.end]) for sp in spans)
    return [
        Sentence(sp.start, sp.end, labels, subject)
        for sp, (labels, subject) in zip(spans, found, strict=True)
    ]
