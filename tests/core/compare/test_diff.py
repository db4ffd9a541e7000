"""Word diff: whole words and clauses, offsets that rebuild both texts, semantic cleanup."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.compare import diff_texts


def _render(a: str, b: str) -> str:
    out = []
    for equal, a0, a1, b0, b1 in diff_texts(a, b):
        if equal:
            out.append(a[a0:a1])
        else:
            out.append(f"[-{a[a0:a1]}-]" if a1 > a0 else "")
            out.append(f"{{+{b[b0:b1]}+}}" if b1 > b0 else "")
    return "".join(out)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "网络运营者应当履行安全保护义务",
            "网络运营者应当履行安全保护义务",
            "网络运营者应当履行安全保护义务",
        ),
        # a whole word is replaced, not one character of it
        (
            "网络运营者应当按照等级保护制度的要求",
            "网络运营者应当依照等级保护制度的要求",
            "网络运营者应当[-按照-]{+依照+}等级保护制度的要求",
        ),
        # numbers: the shared 万元 stays shared
        (
            "处一万元以上十万元以下罚款",
            "处五万元以上十万元以下罚款",
            "处[-一-]{+五+}万元以上十万元以下罚款",
        ),
        (
            "留存相关的网络日志不少于六个月；",
            "留存相关的网络日志不少于一年；",
            "留存相关的网络日志不少于[-六个月-]{+一年+}；",
        ),
        ("保存有关记录；", "保存有关记录并及时报告；", "保存有关记录{+并及时报告+}；"),
        ("", "新增条文。", "{+新增条文。+}"),
        ("删除的条文。", "", "[-删除的条文。-]"),
        # a rewritten clause is one change, not confetti around 的/和
        (
            "国务院标准化行政主管部门和国务院其他有关部门",
            "省级人民政府数据主管部门和其他部门",
            "[-国务院标准化行政主管部门和国务院其他有关-]{+省级人民政府数据主管部门和其他+}部门",
        ),
        ("GB/T 35273-2020规定", "GB/T 35273-2022规定", "GB/T 35273-[-2020-]{+2022+}规定"),
    ],
)
def test_diff_reads_in_words(a: str, b: str, expected: str) -> None:
    assert _render(a, b) == expected


def test_no_small_equality_between_changes() -> None:
    a = "建设、运营网络或者通过网络提供服务，应当依照法律的规定"
    b = "设立、管理平台并且借助平台提供产品，必须遵守法规的要求"
    chunks = diff_texts(a, b)
    for k in range(1, len(chunks) - 1):
        equal, a0, a1, _, _ = chunks[k]
        if equal and not chunks[k - 1][0] and not chunks[k + 1][0]:
            assert a1 - a0 > 2


_CJK = st.text(alphabet="网络数据安全运营者应当不得可以国家的和、，。0123 ", max_size=60)


@settings(max_examples=200, deadline=None)
@given(_CJK, _CJK)
def test_chunks_rebuild_both_texts(a: str, b: str) -> None:
    chunks = diff_texts(a, b)
    ra = "".join(a[c[1] : c[2]] for c in chunks)
    rb = "".join(b[c[3] : c[4]] for c in chunks)
    assert (ra, rb) == (a, b)
    for equal, a0, a1, b0, b1 in chunks:
        assert 0 <= a0 <= a1 <= len(a) and 0 <= b0 <= b1 <= len(b)
        if equal:
            assert a[a0:a1] == b[b0:b1]
    kinds = [c[0] for c in chunks]
    assert all(x != y for x, y in zip(kinds, kinds[1:], strict=False))  # merged neighbours
