"""Structural units of a clean text: 编/章/节/条/款/项/目 of laws, 一、/（一）/1./（1） of policies."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.models import Section
from core.structure.numerals import NUMERAL_CHARS, cn_to_int, int_to_cn

__all__ = ["parse_sections"]

_N = f"[{NUMERAL_CHARS}]"
_TERMINATORS = "。！？；：!?;:，,"
# 第X条 starts an article only when text (not a continuation like 的规定/、第五条) follows.
_ARTICLE = re.compile(rf"第 ?({_N}+) ?条(?:之({_N}+))?(?![的、，,和或至及中所规])[ ]?")
_DIVISION = re.compile(rf"第 ?({_N}+) ?([编章节])(?![的规所])[ ]?(.*)$")
_OUTLINE = re.compile(
    r"(?:([一二三四五六七八九十百]+)、"
    r"|[（(]([一二三四五六七八九十百]+)[）)]"
    r"|([0-9]{1,3})(?:[、．]|\.(?![0-9]))"
    r"|[（(]([0-9]{1,3})[）)])[ ]?"
)
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")  # 总 则 → 总则
_STYLES = ("一、", "（一）", "1.", "（1）")
_STARTS = frozenset("第一二三四五六七八九十（(0123456789")

# Ranks in the legal hierarchy; a unit's parent is the nearest open unit of a smaller rank.
_LEGAL_RANK = {"编": 0, "章": 1, "节": 2, "条": 3, "款": 4, "项": 5, "目": 6}


@dataclass
class _Node:
    kind: str
    label: str
    number: int | None
    title: str | None
    start: int
    rank: int
    end: int = -1
    parent: int | None = None


def parse_sections(text: str) -> list[Section]:
    """Sections in document order; a law's if it has articles, else the policy outline."""
    lines = _line_spans(text)
    nodes = _legal(text, lines)
    if not any(n.kind == "条" for n in nodes):
        nodes = _outline(text, lines)
    return _finish(nodes, text)


def _line_spans(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every non-blank line."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, line))
        pos += len(line) + 1
    return spans


def _heading_title(rest: str) -> str | None:
    """The heading text of a short line (一、总体要求 → 总体要求); None for a sentence paragraph."""
    rest = rest.strip()
    if rest.endswith("。"):
        rest = rest[:-1]
    if not rest or len(rest) > 60 or any(c in _TERMINATORS for c in rest):
        return None
    return rest


def _legal(text: str, lines: list[tuple[int, str]]) -> list[_Node]:
    """编章节条 at line starts, in sequence; 款 for each paragraph of an article; 项 and 目 inside."""
    nodes: list[_Node] = []
    last_article = 0
    last_division = {"编": 0, "章": 0, "节": 0}
    article: _Node | None = None
    paragraph = 0
    for pos, line in lines:
        if line[0] not in _STARTS:
            if article is not None:
                paragraph += 1
                nodes.append(_paragraph(paragraph, pos))
            continue
        m = _DIVISION.match(line)
        if m and len(line) <= 40 and line[-1] not in _TERMINATORS:
            kind, number = m.group(2), cn_to_int(m.group(1))
            if number is not None and (number == 1 or number > last_division[kind]):
                last_division[kind] = number
                if kind == "章":
                    last_division["节"] = 0
                label = line[: m.start(3)].strip()
                title = _CJK_GAP.sub("", m.group(3)).strip() or None
                nodes.append(_Node(kind, label, number, title, pos, 0))
                article = None
                continue
        m = _ARTICLE.match(line)
        if m:
            number = cn_to_int(m.group(1))
            sub = m.group(2)
            if number is not None and (number > last_article or (sub and number == last_article)):
                last_article = number
                label = m.group(0).strip()
                article = _Node("条", label, number, None, pos, 0)
                nodes.append(article)
                paragraph = 1
                nodes.append(_paragraph(1, pos))
                continue
        if article is None:
            continue
        m = _OUTLINE.match(line)
        if m and (m.group(2) or m.group(3) or m.group(4)):
            kind = "项" if m.group(2) else "目"
            style_number = cn_to_int(m.group(2) or m.group(3) or m.group(4))
            nodes.append(_Node(kind, m.group(0).strip(), style_number, None, pos, 0))
        else:
            paragraph += 1
            nodes.append(_paragraph(paragraph, pos))
    for node in nodes:
        node.rank = _LEGAL_RANK[node.kind]
    return _drop_single_paragraphs(nodes)


def _paragraph(number: int, pos: int) -> _Node:
    return _Node("款", f"第{int_to_cn(number)}款", number, None, pos, 0)


def _drop_single_paragraphs(nodes: list[_Node]) -> list[_Node]:
    """An article of one paragraph has no 款 of its own; drop those and keep the rest."""
    keep: list[_Node] = []
    i = 0
    while i < len(nodes):
        node = nodes[i]
        keep.append(node)
        i += 1
        if node.kind != "条":
            continue
        j = i
        while j < len(nodes) and nodes[j].kind in ("款", "项", "目"):
            j += 1
        body = nodes[i:j]
        if sum(1 for n in body if n.kind == "款") < 2:
            body = [n for n in body if n.kind != "款"]
        keep.extend(body)
        i = j
    return keep


def _outline(text: str, lines: list[tuple[int, str]]) -> list[_Node]:
    """Outline items 一、 > （一） > 1. > （1）, each numbered forward within its parent."""
    nodes: list[_Node] = []
    last: dict[int, int] = {}
    for pos, line in lines:
        if line[0] not in _STARTS:
            continue
        m = _OUTLINE.match(line)
        if not m:
            continue
        rank = next(k for k, g in enumerate(m.groups()) if g)
        number = cn_to_int(m.group(rank + 1))
        if number is None or not (number == 1 or number > last.get(rank, 0)):
            continue
        last[rank] = number
        for deeper in range(rank + 1, len(_STYLES)):
            last.pop(deeper, None)
        title = _heading_title(line[m.end() :])
        nodes.append(_Node(_STYLES[rank], m.group(0).strip(), number, title, pos, rank))
    return nodes


def _finish(nodes: list[_Node], text: str) -> list[Section]:
    """Parents from ranks; each unit ends where the next unit of its rank or above starts."""
    text_end = len(text.rstrip())
    stack: list[int] = []
    for i, node in enumerate(nodes):
        while stack and nodes[stack[-1]].rank >= node.rank:
            nodes[stack.pop()].end = node.start
        node.parent = stack[-1] if stack else None
        stack.append(i)
    for i in stack:
        nodes[i].end = text_end
    sections: list[Section] = []
    for node in nodes:
        end = node.end
        while end > node.start and text[end - 1] in " \n":
            end -= 1
        level = 0 if node.parent is None else sections[node.parent].level + 1
        sections.append(
            Section(
                kind=node.kind,
                label=node.label,
                number=node.number,
                title=node.title,
                start=node.start,
                end=end,
                parent=node.parent,
                level=level,
            )
        )
    return sections
