"""cn_to_int / int_to_cn on the numerals legal texts use."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.structure.numerals import cn_to_int, int_to_cn


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十一", 11),
        ("二十", 20),
        ("二十一", 21),
        ("一百二十三", 123),
        ("一百零五", 105),
        ("一百一十", 110),
        ("两百", 200),
        ("一千零五", 1005),
        ("一万二千", 12000),
        ("〇", 0),
        ("零", 0),
        ("二〇二四", 2024),
        ("123", 123),
        ("１２", 12),
        (" 七 ", 7),
    ],
)
def test_cn_to_int(text: str, value: int) -> None:
    assert cn_to_int(text) == value


@pytest.mark.parametrize("text", ["", "条", "第一", "十百", "一二百", "abc", "1.5"])
def test_cn_to_int_rejects(text: str) -> None:
    assert cn_to_int(text) is None


@given(st.integers(min_value=0, max_value=9999))
def test_int_to_cn_round_trips(n: int) -> None:
    assert cn_to_int(int_to_cn(n)) == n
