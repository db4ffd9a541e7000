"""Metadata read from a document's title and text: short title, type, issuer, dates, 文号."""

from __future__ import annotations

import datetime
import re

from core.models import DocumentMeta
from core.structure.numerals import cn_to_int

__all__ = ["extract_meta", "find_dates", "doc_number"]

_CN_DIGIT = "〇零一二三四五六七八九"
_DATE = re.compile(
    rf"(\d{{4}}|[{_CN_DIGIT}]{{4}}) ?年 ?(\d{{1,2}}|[{_CN_DIGIT}十]{{1,3}}) ?月 ?"
    rf"(\d{{1,2}}|[{_CN_DIGIT}十]{{1,3}}) ?日"
)
# （2016年11月7日第十二届全国人民代表大会常务委员会第二十四次会议通过）
_ADOPTED = re.compile(
    r"[（(]?(?P<date>[^（()）]{8,20}?日) ?(?P<body>[^（()）]{2,60}?)"
    r"(?:第[^（()）]{1,8}次)?(?:全体|常务)?会议(?:审议)?(?:通过|修订|修正|批准)"
)
_ISSUED = re.compile(r"(?:发布|公布|印发|颁布|施行)")
_DOC_NUMBER = re.compile(
    r"([\u4e00-\u9fff]{1,10}?)\s?[〔\[【［(（﹝]\s?(\d{4})\s?[〕\]】］)）﹞]\s?(?:第\s?)?(\d{1,4})\s?号"
)
_EFFECTIVE = re.compile(
    r"自 ?(?P<date>(?:\d{4}|[〇零一二三四五六七八九]{4}) ?年[^起]{2,12}?日) ?起(?:施行|实施|执行|生效|试行)"
    r"|自(?:发布|印发|公布|颁布|签发|下发)之日起(?:施行|实施|执行|生效|试行)"
)
_ORG_END = (
    "院",
    "部",
    "委",
    "局",
    "会",
    "厅",
    "办",
    "行",
    "府",
    "中央",
    "办公室",
    "委员会",
    "总局",
    "署",
    "中心",
    "室",
)
_ISSUER_PREFIX = re.compile(r"^(.{2,60}?)(?:关于|印发|发布|联合印发)")
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_CONGRESS = re.compile(r"^第[^届]{1,4}届")
_SESSION = re.compile(r"第[^次]{1,8}次.*$")
_PRINTED = re.compile(r"印发|翻印")
_LOCAL = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|自治州|州|县|区|经济特区|新区))")
_MINISTRY = re.compile(
    r"(?:部|委员会|总局|局|银行|监督管理委员会|银保监会|证监会|网信办|办公厅|署)$"
)
_INSIDE_BOOK = re.compile(r"印发《(.+?)》")
_PRINTED_TITLE = re.compile(r"关于印发(.{4,60}?)的通知$")
_PREFIX_CUT = re.compile(r"[的见知于》）]")  # …实施意见发改数据〔2023〕 → 发改数据
_STANDARD = re.compile(r"\b(?:GB|GB/T|GB/Z)\s?\d")
_TRADE_STANDARD = re.compile(r"\b(?:JR|DL|YD|GA|SJ|WS|JT|DB\d{0,2})/?T?\s?\d")

_HEAD_CHARS = 600  # where an adoption line or 文号 is looked for
_TAIL_LINES = 8  # where a signature and its date are looked for


def extract_meta(title: str, text: str, hints: dict[str, str] | None = None) -> DocumentMeta:
    """Everything DocumentMeta holds, from the title and text; ``hints['date']`` wins for dates."""
    hints = hints or {}
    head = text[:_HEAD_CHARS]
    tail_lines = [ln.strip() for ln in text.rstrip().split("\n")[-_TAIL_LINES:]]
    adopted = _adoption(head)
    issuer = _issuer_from_title(title) or (adopted[1] if adopted else None)
    signed = _signature(tail_lines)
    if issuer is None and signed:
        issuer = signed[0]
    date = _hint_date(hints.get("date")) or (adopted[0] if adopted else None)
    date = date or (signed[1] if signed else None) or _dated_line(head)
    doc_type = _doc_type(title, issuer, text)
    if issuer is None and doc_type == "法律":
        # Most laws are adopted by the Standing Committee; the text does not always say so.
        issuer = "全国人民代表大会常务委员会"
    return DocumentMeta(
        title=title,
        short_title=_short_title(title),
        doc_type=doc_type,
        issuer=issuer,
        date=date,
        doc_number=doc_number(title + "\n" + head),
        effective_date=_effective(text, date),
    )


# --- dates --------------------------------------------------------------------------------------


def _iso(m: re.Match[str]) -> str | None:
    y, mo, d = (cn_to_int(g) for g in m.groups()[:3])
    if y is None or mo is None or d is None or not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    try:
        return datetime.date(y, mo, d).isoformat() if 1900 <= y <= 2100 else None
    except ValueError:  # 2024年2月30日
        return None


def find_dates(text: str) -> list[tuple[int, str]]:
    """(offset, ISO date) for every full date in ``text`` (2024 年 1 月 1 日, 二〇二四年一月一日)."""
    out = []
    for m in _DATE.finditer(text):
        iso = _iso(m)
        if iso:
            out.append((m.start(), iso))
    return out


def _dated_line(head: str) -> str | None:
    """A line near the top that is only a date, bare or bracketed: （2020 年 3 月 30 日）."""
    for line in head.split("\n")[:8]:
        m = _DATE.fullmatch(line.strip(" （()）"))
        if m:
            return _iso(m)
    return None


def _hint_date(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})", value.strip())
    if not m:
        return None
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


def _effective(text: str, date: str | None) -> str | None:
    """本法自2017年6月1日起施行 → 2017-06-01; 自发布之日起施行 → the document's own date."""
    tail = text[-3000:]
    for chunk in (tail, text):
        m = _EFFECTIVE.search(chunk)
        if m:
            if m.group("date"):
                dates = find_dates(m.group("date"))
                return dates[0][1] if dates else None
            return date
    return None


# --- issuer -------------------------------------------------------------------------------------


def _is_org(name: str) -> bool:
    return 2 <= len(name) <= 60 and name.endswith(_ORG_END)


def _issuer_from_title(title: str) -> str | None:
    """国务院办公厅关于… → 国务院办公厅; 中共中央 国务院关于… → 中共中央 国务院."""
    m = _ISSUER_PREFIX.match(title)
    if not m:
        return None
    prefix = m.group(1).strip(" 、，")
    parts = re.split(r"[ 、，]+", prefix)
    return prefix if parts and all(_is_org(p) for p in parts) else None


def _adoption(head: str) -> tuple[str | None, str] | None:
    """(date, body) from an adoption note such as （2016年11月7日第十二届全国人大常委会…通过）."""
    m = _ADOPTED.search(head)
    if not m:
        return None
    dates = find_dates(m.group("date"))
    body = _SESSION.sub("", _CONGRESS.sub("", m.group("body").strip()))
    body = body.replace("中国共产党第", "中国共产党")
    body = re.sub(r"^中国共产党[^届]{0,4}届", "中国共产党", body)
    return (dates[0][1] if dates else None), body or m.group("body")


def _signature(tail_lines: list[str]) -> tuple[str, str] | None:
    """(issuer, date) from the last lines: an organisation's name above (or before) a date."""
    for i in range(len(tail_lines) - 1, -1, -1):
        line = tail_lines[i]
        dates = find_dates(line)
        if not dates or len(line) > 40:
            continue
        before = line[: dates[0][0]].strip()
        name = _CJK_GAP.sub("", before) if before else ""
        if not name and i > 0:
            name = _CJK_GAP.sub("", tail_lines[i - 1])
        if _is_org(name) and not _PRINTED.search(name):
            return name, dates[0][1]
        return None
    return None


# --- titles and types ---------------------------------------------------------------------------


def _short_title(title: str) -> str | None:
    """中华人民共和国网络安全法 → 网络安全法; 关于印发《X》的通知 → X."""
    m = _INSIDE_BOOK.search(title) or _PRINTED_TITLE.search(title)
    if m:
        return m.group(1)
    if title.startswith("中华人民共和国") and len(title) > 8:
        return title[len("中华人民共和国") :]
    return None


def doc_number(text: str) -> str | None:
    """The first 文号 on a line of its own (or in brackets), normalised: 国发［2022］14 号 →
    国发〔2022〕14号. A 文号 cited inside a sentence is someone else's."""
    for line in text.split("\n"):
        if len(line) > 40:
            continue
        m = _DOC_NUMBER.search(line)
        if m:
            prefix = _PREFIX_CUT.split(m.group(1))[-1] or m.group(1)
            return f"{prefix}〔{m.group(2)}〕{int(m.group(3))}号"
    return None


def _doc_type(title: str, issuer: str | None, text: str) -> str:
    """One of DOC_TYPES, from the title's last words and who issued it."""
    t = re.sub(r"[（(][^（()）]*[)）]$", "", title.strip())  # （试行） / （2022 年）
    t = re.sub(r"[（(][^（()）]*[)）]$", "", t)
    who = issuer or ""
    head = title + " " + text[:300]
    if _STANDARD.search(head):
        return "国家标准"
    if _TRADE_STANDARD.search(head):
        return "行业标准"
    if re.search(r"讲话|论述|致辞|贺信|演讲", t):
        return "讲话"
    if "|" in title or re.search(r"解读|答记者问|新闻", title):
        return "新闻/解读"
    local = bool(_LOCAL.match(t)) or bool(_LOCAL.match(who))
    party = t.startswith(("中国共产党", "中共")) or who.startswith(("中共", "中国共产党"))
    if re.search(r"(?<![办方做用])法(?:典)?$", t):
        return "地方性法规" if local else "法律"
    if t.endswith("条例"):
        if party:
            return "党内法规"
        return "地方性法规" if local else "行政法规"
    if party and re.search(r"(?:规定|准则|规则|办法)$", t):
        return "党内法规"
    if re.search(r"(?:解释|批复)$", t) and re.search(r"最高人民(?:法院|检察院)", who + t):
        return "司法解释"
    if re.search(r"(?:办法|规定|细则|规则)$", t):
        if local:
            return "地方政府规章" if "人民政府" in who + t and "办公厅" not in who else "规范性文件"
        return "部门规章" if _MINISTRY.search(who) else "规范性文件"
    if re.search(r"(?:标准|规范|指南|要求|模型|准则)$", t) and re.search(r"信息(?:安全)?技术", t):
        return "国家标准"
    if re.search(r"(?:意见|通知|决定|规划|纲要|方案|计划|要点|指引|措施|公告|通告)$", t):
        return "规范性文件" if _MINISTRY.search(who) and not party else "政策文件"
    return "其他"
