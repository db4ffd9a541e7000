"""Build a revised 网络安全法 with known edits, and the alignment a comparer must find.

Shared by the tests and bench/compare_bench.py (loaded by path: tests are not a package).
Edits, in v1 numbers: two new articles (after 第十条 and 第四十四条), 第十三条 moved into chapter
four (after 第四十五条), 第三十五条+第三十六条 merged, 第十四条 split into its two 款, words edited
in 第三条 第二十一条 第二十八条 第五十条 第六十二条, 第七十一条 deleted. Articles are renumbered
1..N in the new order; references inside article bodies are left as they were.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from core.structure import int_to_cn, parse_sections

SAMPLE = Path(__file__).resolve().parents[3] / "sample_docs" / "中华人民共和国网络安全法.txt"

NEW_AFTER_10 = (
    "国家鼓励网络运营者采用商用密码技术保护网络与数据，推动密码算法在重要领域的创新应用和推广普及。"
)
NEW_AFTER_44 = "网络运营者应当每年向社会公开其个人信息保护工作报告，报告应当载明处理规则的执行情况和投诉处理情况。"
EDITS = {  # v1 number → (old, new)
    3: ("鼓励网络技术创新和应用", "鼓励网络技术自主创新和推广应用"),
    21: ("不少于六个月", "不少于一年"),
    28: ("网络运营者应当为公安机关", "电信业务经营者可以为公安机关"),
    50: ("保存有关记录", "保存有关记录并及时报告"),
    62: ("处一万元以上十万元以下罚款", "处五万元以上五十万元以下罚款"),
}
MOVED, MOVED_AFTER = 13, 45
MERGED = (35, 36)
SPLIT = 14
DELETED = 71


def _items(text: str) -> list[tuple[str, int, str]]:
    """(kind, number, body) for chapters and articles, in order; a body keeps its 款 breaks."""
    out = []
    for s in map(asdict, parse_sections(text)):
        if s["kind"] == "章":
            out.append(("章", s["number"], text[s["start"] : s["end"]].split("\n", 1)[0]))
        elif s["kind"] == "条":
            raw = text[s["start"] : s["end"]].strip()
            out.append(("条", s["number"], raw[len(s["label"]) :].strip()))
    return out


def build() -> tuple[str, str, list[tuple[object, object, str]]]:
    """(v1 text, v2 text, expected pairs as (a, b, status) in v2 order with deletions placed)."""
    v1 = SAMPLE.read_text(encoding="utf-8")
    # Each v2 article: (body, origin v1 numbers, status); chapters pass through.
    seq: list[tuple[str, str, tuple[int, ...], str]] = []
    moved_body = ""
    for kind, num, body in _items(v1):
        if kind == "章":
            seq.append(("章", body, (), ""))
            continue
        if num == MOVED:
            moved_body = body
            continue
        if num == DELETED:
            seq.append(("del", body, (num,), "deleted"))
            continue
        if num == MERGED[1]:
            continue
        if num == MERGED[0]:
            second = next(b for k, n, b in _items(v1) if k == "条" and n == MERGED[1])
            seq.append(
                (
                    "条",
                    body + "采购网络产品和服务" + second.split("采购网络产品和服务", 1)[1],
                    MERGED,
                    "merged",
                )
            )
            continue
        if num == SPLIT:
            first, second = (p.strip() for p in body.split("\n", 1))
            seq.append(("条", first, (num,), "split"))
            seq.append(("条", second, (num,), "split"))
            continue
        if num in EDITS:
            old, new = EDITS[num]
            assert old in body, (num, old)
            seq.append(("条", body.replace(old, new), (num,), "modified"))
        else:
            seq.append(("条", body, (num,), "same"))
        if num == 10:
            seq.append(("条", NEW_AFTER_10, (), "added"))
        if num == 44:
            seq.append(("条", NEW_AFTER_44, (), "added"))
        if num == MOVED_AFTER:
            seq.append(("条", moved_body, (MOVED,), "moved"))
    lines = ["中华人民共和国网络安全法（修订草案）", ""]
    expected: list[tuple[object, object, str]] = []
    n = 0
    split_labels: list[str] = []
    for kind, body, origin, status in seq:
        if kind == "章":
            lines += [body, ""]
            continue
        a = [f"第{int_to_cn(k)}条" for k in origin]
        if kind == "del":
            expected.append((a[0], None, "deleted"))
            continue
        n += 1
        label = f"第{int_to_cn(n)}条"
        lines += [f"{label} {body}", ""]
        if status == "split":
            split_labels.append(label)
            if len(split_labels) == 2:
                expected.append((a[0], split_labels, "split"))
            continue
        expected.append((a if len(a) > 1 else a[0] if a else None, label, status))
    return v1, "\n".join(lines), expected
