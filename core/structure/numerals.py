"""Chinese and Arabic numerals as written in legal texts (第一百二十三条, 第1条, 二〇二四) to ints."""

from __future__ import annotations

import re

DIGITS: dict[str, int] = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "两": 2,
    "贰": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: dict[str, int] = {"万": 10_000, "亿": 100_000_000}

# A character class matching any numeral character, for building regexes elsewhere.
NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS) + "".join(BIG_UNITS) + "0-9０-９"

_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_ARABIC = re.compile(r"[0-9]+")


def cn_to_int(s: str) -> int | None:
    """``一百二十三`` → 123, ``二〇二四`` → 2024, ``１２`` → 12; None when ``s`` is no numeral."""
    s = s.strip().translate(_FULLWIDTH)
    if not s:
        return None
    if _ARABIC.fullmatch(s):
        return int(s)
    if any(c not in DIGITS and c not in UNITS and c not in BIG_UNITS for c in s):
        return None
    if not any(c in UNITS or c in BIG_UNITS for c in s):
        # Digit-by-digit style, as in years: 二〇二四.
        return int("".join(str(DIGITS[c]) for c in s))
    return _positional(s)


def _positional(s: str) -> int | None:
    """Numerals with units (十, 百, 千, 万, 亿); 十二 has an implied leading 一."""
    total = 0  # completed 万/亿 groups
    section = 0  # value below the current big unit
    digit: int | None = None
    last_unit = 10**12
    for c in s:
        if c in DIGITS:
            if digit is not None and DIGITS[c] != 0 and digit != 0:
                return None  # two digits in a row: 一二百
            digit = DIGITS[c]
        elif c in UNITS:
            unit = UNITS[c]
            if unit >= last_unit:
                return None  # 十百, 百百
            section += (1 if digit is None else digit) * unit
            last_unit = unit
            digit = None
        else:
            big = BIG_UNITS[c]
            section += digit or 0
            if section == 0:
                return None
            total = (total + section) * big if big > 10_000 else total + section * big
            section, digit, last_unit = 0, None, 10**12
    return total + section + (digit or 0)


_CN_DIGITS = "〇一二三四五六七八九"


def int_to_cn(n: int) -> str:
    """123 → 一百二十三 (for labels we write ourselves, such as 第二款); up to 9999."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    out = ""
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d:
            out += ("〇" if zero and out else "") + _CN_DIGITS[d] + unit
            zero = False
        elif out:
            zero = True
    return out
