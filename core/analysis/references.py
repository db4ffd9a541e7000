"""Find references in one document's text: titles, abbreviations, self and article references, standards, 文号."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from core.models import Mention, Section

ALIASES_PATH = Path(__file__).resolve().parents[2] / "resources" / "law_aliases.json"

_NUM = r"[零〇一二两三四五六七八九十百千\d０-９]+"
_TITLE = re.compile(r"[《«]([^《》«»\n]{1,150})[》»]")  # « » stand in for 《 》 in some web text
# 简称 inside the parenthesis right after a title; the parenthesis may hold a 文号 first.
_ABBR_DEF = re.compile(
    r"[（(]([^（）()\n]{0,40}?[，,、\s])?(?:以下)?简称\s*(?:为\s*)?"
    r"(?:《([^《》\n]{1,30})》|[“\"]([^“”\"\n]{1,30})[”\"]|([^\s，,。；（）()“”《》]{2,30}))\s*[）)]"
)
_SELF = re.compile(
    r"本(?:实施细则|暂行办法|管理办法|条例|办法|规定|意见|细则|决定|方案|规则|准则|指引|指南|通知|标准"
    r"|规划|计划|制度|章程|公约|解释|纲要|文件|规范|措施|法律|法)"
)
# Characters that make 本… the tail of a word (基本法, 成本法, 资本规则 …), not a self reference.
_SELF_BAD_BEFORE = frozenset(
    "基根资成日版样文脚账副正原剧课读蓝母股血书底草稿抄印亏范标拓摹刻胶老善孤珍藏绘开"
)
_ARTICLE_ITEM = re.compile(rf"第\s*({_NUM})\s*(条|款|项)(之[一二三四五六七八九十])?")
_CONNECTOR = re.compile(r"[ \t]*(、|，|,|和|及|以及|或者|或|至|到)[ \t]*(?=第)")
_LOCAL = re.compile(r"前([两二三四])?(款|条)|本条(?![例第])|本款")
_STANDARD = re.compile(
    r"(?<![A-Za-z0-9])(GB/[TZ]|GB|GJB|ISO/IEC|ISO|(?:JR|YD|GA|WS|SJ|DL|JT|HJ|GM|GY|SL|MZ|JGJ|DB\d{2,6})(?:/[TZ])?"
    r"|T/[A-Z]{2,10})\s*(\d{1,6}(?:\.\d{1,3})*)(?:\s*[-—–－:]{1,2}\s*((?:19|20)\d\d))?(?![\d.])"
)
_DOC_NUMBER = re.compile(r"[〔\[［【(（]\s*((?:19|20)\d\d)\s*[〕\]］】)）]\s*(\d{1,4})\s*号")
_DOC_PREFIX_STOP = frozenset("的知见》《、，,。；：:（）()和及与在据照是了为以按即自于“”\"' \n\t")
_TITLE_ENDINGS = frozenset("知见定法案则划要告令函复批例")
_NOTICE = re.compile(r"(?:关于)?(?:印发|转发|发布)(.+?)的(?:通知|公告)$")
_NOTICE_INNER = re.compile(r"[《〈<]([^《》〈〉<>]+)[》〉>]")
_REF_FOLLOW = frozenset("的规第、至所之和或及中）)，,。；：:等有要明列设项款与")
_ALIAS_BAD_AFTER = frozenset("律治学院庭官则制人务理系")
_MAX_RANGE = 60  # 第一条至第九千条 is a typo or OCR noise: keep the two ends only
_MAX_SPAN = 400  # longer than any mention; bounds the look-back in _Spans

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_number(s: str) -> int | None:
    """一百二十三 / 二十一 / 十 / 21 / ２１ → int; None for anything else."""
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        return int(s)
    total, digit = 0, 0
    for ch in s:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            total += (digit or 1) * _UNITS[ch]
            digit = 0
        else:
            return None
    return total + digit


@lru_cache(maxsize=4)
def load_aliases(path: Path = ALIASES_PATH) -> dict[str, str]:
    """The alias table (bare short title → full title); a user may extend the JSON file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    table = {k: v for k, v in data.get("aliases", data).items() if not k.startswith("_")}
    return table | {full: full for full in table.values()}  # the full title written bare, too


@lru_cache(maxsize=4)
def _alias_regex(keys: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)))


def notice_target(title: str) -> str | None:
    """关于印发《X》的通知 → X (the first title inside, when several are issued together)."""
    m = _NOTICE.search(title.strip().strip("《》"))
    if not m:
        return None
    inner = _NOTICE_INNER.search(m.group(1))
    return (inner.group(1) if inner else m.group(1)).strip() or None


def standard_code(prefix: str, number: str, year: str | None) -> str:
    """Normalised standard code: GB/T 35273-2020."""
    return f"{prefix} {number}" + (f"-{year}" if year else "")


def extract_mentions(
    text: str, sections: Sequence[Section] = (), self_title: str | None = None
) -> list[Mention]:
    """All references in ``text``, sorted by start; ``mention.text == text[start:end]``.

    ``sections`` tells which 第X条 are headings and the current article/款 for 前款 and 本条;
    without them headings and articles are guessed from the text. ``self_title`` keeps the
    document's own title, written bare (its title line), from counting as a reference.
    """
    docs = _titles(text)
    docs, taken = _abbreviations(text, docs)
    docs += _bare_aliases(text, taken, self_title)
    docs.sort(key=lambda m: m.start)
    context = _ArticleContext(text, sections)
    out = _articles(text, docs, context)
    busy = _Spans(m for m in out)
    out += [m for m in _self_refs(text) if not busy.overlaps(m.start, m.end)]
    out += _standards(text)
    out += _doc_numbers(text)
    out.sort(key=lambda m: (m.start, m.end))
    return out


class _Spans:
    """Sorted non-overlapping spans, for 'is this position already a mention?'."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        spans = sorted({(m.start, m.end) for m in mentions})
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, end - 1) - 1
        while i >= 0 and self.starts[i] > start - _MAX_SPAN:
            if self.ends[i] > start:
                return True
            i -= 1
        return False


def _titles(text: str) -> list[Mention]:
    return [
        Mention(m.start(), m.end(), m.group(), "document", title=m.group(1))
        for m in _TITLE.finditer(text)
        if m.group(1).strip()
    ]


def _abbreviations(text: str, docs: list[Mention]) -> tuple[list[Mention], _Spans]:
    """Read （以下简称…） definitions and turn later uses into "abbreviation" mentions."""
    by_end = {m.end: m for m in docs}
    defs: list[
        tuple[int, str, str, str]
    ] = []  # (defined at, abbreviation, full title, quote style)
    drop: set[int] = set()
    held: list[Mention] = []  # the （以下简称…） spans themselves: no mention inside them
    for m in _ABBR_DEF.finditer(text):
        full = by_end.get(m.start())
        if full is None or full.title is None:
            continue
        abbr, style = next((g, s) for g, s in zip(m.groups()[1:], "《“ ", strict=True) if g)
        if abbr == full.title or (style == " " and len(abbr) < 3):
            continue
        defs.append((m.end(), abbr, full.title, style))
        held.append(Mention(m.start(), m.end(), m.group(), "definition"))
        drop.update(d.start for d in docs if m.start() < d.start < m.end())
    docs = [d for d in docs if d.start not in drop]
    if not defs:
        return docs, _Spans(docs + held)
    defined = {a: (at, full) for at, a, full, _ in defs}
    result: list[Mention] = []
    for d in docs:
        hit = defined.get(d.title or "")
        if hit and d.start >= hit[0]:
            d = Mention(d.start, d.end, d.text, "abbreviation", title=hit[1])
        result.append(d)
    taken = _Spans(result + held)
    for at, abbr, full, style in defs:
        pattern = re.escape(abbr) if style == " " else f'[“"]{re.escape(abbr)}[”"]'
        for u in re.finditer(pattern, text[at:]):
            s, e = at + u.start(), at + u.end()
            if style == " " and _continues_word(text, s, e):
                continue
            if not taken.overlaps(s, e):
                result.append(Mention(s, e, text[s:e], "abbreviation", title=full))
    result.sort(key=lambda m: m.start)
    return result, _Spans(result + held)


def _continues_word(text: str, start: int, end: int) -> bool:
    """A bare abbreviation glued to Latin letters (DCMMX) is not a use of it."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum())


def _bare_aliases(text: str, taken: _Spans, self_title: str | None) -> list[Mention]:
    aliases = load_aliases()
    out = []
    for m in _alias_regex(tuple(aliases)).finditer(text):
        s, e = m.start(), m.end()
        nxt = text[e : e + 2]
        if taken.overlaps(s, e) or self_title in (m.group(), aliases[m.group()]):
            continue
        if nxt[:1] in _ALIAS_BAD_AFTER or (nxt[:1] == "规" and nxt != "规定"):
            continue  # 网络安全法律 / 网络安全法治 / 网络安全法规: a longer word, not the law
        if text.startswith(("实施细则", "实施条例", "实施办法"), e):
            continue  # 专利法实施细则 is another document
        out.append(Mention(s, e, m.group(), "document", title=m.group()))
    return out


class _ArticleContext:
    """Which article (条) and 款 a position lies in, from sections or guessed headings."""

    def __init__(self, text: str, sections: Sequence[Section]) -> None:
        self.text = text
        arts = [s for s in sections if s.kind == "条" and s.number is not None]
        self.from_sections = bool(arts)
        pairs: list[tuple[int, int]] = []
        if arts:
            for s in arts:
                lead = text[s.start : s.start + 8]
                pairs.append((s.start + len(lead) - len(lead.lstrip()), s.number or 0))
        else:
            for m in _ARTICLE_ITEM.finditer(text):
                if m.group(2) == "条" and self._guess_heading(m.start(), m.end(), False):
                    pairs.append((m.start(), cn_number(m.group(1)) or 0))
        pairs.sort()
        self.heads = {p for p, _ in pairs}
        self.art_starts = [p for p, _ in pairs]
        self.art_numbers = [n for _, n in pairs]
        paras = sorted((s.start, s.number) for s in sections if s.kind == "款" and s.number)
        self.para_starts = [p for p, _ in paras]
        self.para_numbers = [n for _, n in paras]

    def _guess_heading(self, start: int, end: int, attached: bool) -> bool:
        """At a line start, or (unless right after a title/本法) followed by a space or by a
        word no reference is followed by (第一条为了…)."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if not self.text[line_start:start].strip():
            return True
        nxt = self.text[end : end + 1]
        if nxt == "" or nxt in _REF_FOLLOW:
            return False
        return not attached or not nxt.isspace()

    def is_heading(self, start: int, end: int, attached: bool) -> bool:
        if self.from_sections:
            return start in self.heads
        return start in self.heads and self._guess_heading(start, end, attached)

    def article_at(self, pos: int) -> tuple[int | None, int]:
        """(article number, its start) containing ``pos``; (None, 0) before the first article."""
        i = bisect_right(self.art_starts, pos) - 1
        return (self.art_numbers[i], self.art_starts[i]) if i >= 0 else (None, 0)

    def paragraph_at(self, pos: int) -> int | None:
        """The 款 at ``pos``: from sections, else counted as lines since the article heading."""
        article, art_start = self.article_at(pos)
        if article is None:
            return None
        i = bisect_right(self.para_starts, pos) - 1
        if i >= 0 and self.para_starts[i] >= art_start:
            return self.para_numbers[i]
        return self.text.count("\n", art_start, pos) + 1


_Ref = tuple[int, int, int | None, int | None]  # start, end, article, 款


def _articles(text: str, docs: list[Mention], ctx: _ArticleContext) -> list[Mention]:
    """Article references, attaching 《X》第N条 / 网络安全法第N条 / 本法第N条 to what precedes."""
    by_end = {m.end: m for m in docs}
    attached: set[int] = set()
    out: list[Mention] = []
    pos = 0
    while (m := _ARTICLE_ITEM.search(text, pos)) is not None:
        owner = by_end.get(m.start())
        lead = _self_before(text, m.start())
        if ctx.is_heading(m.start(), m.end(), owner is not None or lead is not None):
            pos = m.end()
            continue
        run = [m]
        while True:
            c = _CONNECTOR.match(text, run[-1].end())
            nxt = _ARTICLE_ITEM.match(text, c.end() if c else run[-1].end())
            if nxt is None or ctx.is_heading(nxt.start(), nxt.end(), True):
                break
            run.append(nxt)
        pos = run[-1].end()
        refs = _expand_run(text, run, ctx)
        if not refs:
            continue
        if owner is not None:
            attached.add(owner.start)
            refs[0] = (owner.start, *refs[0][1:])
        elif lead is not None:
            refs[0] = (lead, *refs[0][1:])
        kind = owner.kind if owner is not None else "article"
        title = owner.title if owner is not None else None
        for s, e, a, p in refs:
            out.append(Mention(s, e, text[s:e], kind, title=title, article=a, paragraph=p))
    out += [d for d in docs if d.start not in attached]
    out += _local_refs(text, ctx)
    return out


def _self_before(text: str, start: int) -> int | None:
    """Start of 本法/本条例/本条… written right before 第N条 (then one "article" mention)."""
    if start >= 2 and text.startswith("本条", start - 2):  # a negative start would wrap around
        return start - 2
    for k in (2, 3, 4, 5):
        if start - k >= 0 and _SELF.fullmatch(text, start - k, start):
            if start - k == 0 or text[start - k - 1] not in _SELF_BAD_BEFORE:
                return start - k
    return None


def _expand_run(text: str, run: list[re.Match[str]], ctx: _ArticleContext) -> list[_Ref]:
    """第41条至第43条、第45条第2款 → one ref per article/款, ranges expanded."""
    refs: list[_Ref] = []
    article: int | None = None
    for i, m in enumerate(run):
        n, unit = cn_number(m.group(1)), m.group(2)
        glued = i > 0 and run[i - 1].end() == m.start()
        conn = text[run[i - 1].end() : m.start()].strip() if i > 0 else ""
        if unit == "条":
            last = refs[-1][2] if refs else None
            if (
                conn in ("至", "到")
                and last is not None
                and n is not None
                and n - last <= _MAX_RANGE
            ):
                s0 = refs[-1][0]
                refs += [(s0, m.end(), k, None) for k in range(refs[-1][2] + 1, n)]
            refs.append((m.start(), m.end(), n, None))
            article = n
        elif unit == "款":
            if glued and refs and refs[-1][3] is None:
                refs[-1] = (refs[-1][0], m.end(), refs[-1][2], n)
            else:
                a = article if article is not None else ctx.article_at(m.start())[0]
                refs.append((m.start(), m.end(), a, n))
        elif glued and refs:  # 第N项 only lengthens the reference it qualifies
            refs[-1] = (refs[-1][0], m.end(), refs[-1][2], refs[-1][3])
    return refs


def _local_refs(text: str, ctx: _ArticleContext) -> list[Mention]:
    """前款 / 前两款 / 前条 / 本条 / 本款, numbered from the current article and 款."""
    out = []
    for m in _LOCAL.finditer(text):
        s, e, word = m.start(), m.end(), m.group()
        article, _ = ctx.article_at(s)
        if word in ("本条", "本款"):
            para = ctx.paragraph_at(s) if word == "本款" else None
            out.append(Mention(s, e, word, "article", article=article, paragraph=para))
            continue
        count = cn_number(m.group(1)) if m.group(1) else 1
        for k in range(count or 1, 0, -1):
            if m.group(2) == "条":
                if article is not None and article - k > 0:
                    out.append(Mention(s, e, word, "article", article=article - k))
            else:
                para = ctx.paragraph_at(s)
                p = para - k if para is not None and para - k > 0 else None
                out.append(Mention(s, e, word, "article", article=article, paragraph=p))
    return out


def _self_refs(text: str) -> list[Mention]:
    return [
        Mention(m.start(), m.end(), m.group(), "self")
        for m in _SELF.finditer(text)
        if not (m.start() and text[m.start() - 1] in _SELF_BAD_BEFORE)
        and not (m.group() == "本法" and text.startswith("人", m.end()))
    ]


def standard_codes(text: str) -> list[str]:
    """Normalised codes of the standards named in ``text`` (e.g. a standard's own title)."""
    return [m.code for m in _standards(text) if m.code]


def _standards(text: str) -> list[Mention]:
    out = []
    for m in _STANDARD.finditer(text):
        code = standard_code(m.group(1), m.group(2), m.group(3))
        out.append(Mention(m.start(), m.end(), m.group(), "standard", code=code))
    return out


def doc_number_code(prefix: str, year: str, number: str) -> str:
    """Normalised 文号: 国发〔2022〕14号."""
    return f"{prefix}〔{year}〕{int(number)}号"


def _doc_numbers(text: str) -> list[Mention]:
    """文号 in the text, except the document's own 文号 at its head (skipped, not marked)."""
    out = []
    seen_period = text.find("。")
    for m in _DOC_NUMBER.finditer(text):
        s = m.start()
        while (
            s > 0
            and m.start() - s < 10
            and text[s - 1] not in _DOC_PREFIX_STOP
            and not text[s - 1].isdigit()
        ):
            s -= 1
        cut = text.rfind("委员会", s, m.start())
        if cut >= 0 and cut + 3 < m.start():
            s = cut + 3  # 证券监督管理委员会银保监发: the issuer's name, then its 文号 prefix
        prefix = text[s : m.start()].strip()
        if not prefix:
            continue
        if (
            not out
            and s < 300
            and (seen_period < 0 or s < seen_period)
            and _heading_position(text, s)
        ):
            continue
        code = doc_number_code(prefix, m.group(1), m.group(2))
        out.append(Mention(s, m.end(), text[s : m.end()], "doc_number", code=code))
    return out


def _heading_position(text: str, start: int) -> bool:
    """The own 文号 stands at a line start, or right after the title (…的通知国发〔…〕) when a
    compilation's lines were joined; a cited one sits in （…） or in a sentence."""
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip(" \t")
    return before == "" or before[-1] in _TITLE_ENDINGS
