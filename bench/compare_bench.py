"""Compare benchmark: two ~200-article laws built from real articles; timing and similarity figures.

Run: ``.venv/bin/python bench/compare_bench.py [--runs 10] [--seed-pairs]``. The laws are the
articles of 网络安全法, 个人信息保护法 and 关键信息基础设施安全保护条例 (sample_docs) in one text, and a revision of it
with known edits. ``--seed-pairs`` also imports seed 001 and prints the similarity distributions
of real document pairs that the alignment thresholds (core/compare/align.py) were chosen from.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.compare import compare_documents, extract_units  # noqa: E402
from core.compare.similarity import Vectors, similarity_matrix  # noqa: E402
from core.library import Library  # noqa: E402
from core.structure import int_to_cn  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"
LAWS = ("中华人民共和国网络安全法", "中华人民共和国个人信息保护法", "关键信息基础设施安全保护条例")
NEW_ARTICLES = (  # inserted into the revision
    "国家鼓励网络运营者采用商用密码技术保护网络与数据，推动密码算法在重要领域的创新应用。",
    "网络运营者应当每年向社会公开其个人信息保护工作报告，接受社会监督。",
    "省级人民政府应当建立数据安全应急协调机制，定期组织开展跨部门应急演练。",
    "从事数据交易中介服务的机构，应当要求数据提供方说明数据来源，审核交易双方的身份，并留存审核、交易记录。",
    "县级以上人民政府应当将网络安全人才培养纳入本地区人才发展规划，对紧缺人才给予支持。",
    "违反本法规定，拒不配合数据调取的，由有关主管部门责令改正，给予警告，并处五万元以上五十万元以下罚款。",
)
SEED_PAIRS = [
    ("网络安全法", "电信条例", "unrelated"),
    ("上海市数据条例", "深圳经济特区数据条例", "same subject"),
    ("四川省数据条例", "重庆市数据条例", "same subject"),
    ("贵州省大数据发展应用促进条例", "海南省大数据开发应用条例", "same subject"),
]


def _bodies(lib: Library, title: str) -> list[str]:
    doc = next(d for d in lib.list_documents() if d.title == title)
    text = lib.document_text(doc.id)
    units = extract_units(text, lib.document(doc.id)["sections"])
    # keep 款 breaks: body without whitespace loses them, so cut the text again
    out = []
    for u in units:
        raw = text[u.offsets[0] : u.end].strip() if u.offsets else ""
        out.append("\n".join(line.strip() for line in raw.splitlines() if line.strip()))
    return out


def _render(title: str, chapters: list[tuple[str, list[str]]]) -> str:
    lines, n = [title, ""], 0
    for k, (name, bodies) in enumerate(chapters, 1):
        lines += [f"第{int_to_cn(k)}章 {name}", ""]
        for body in bodies:
            n += 1
            lines += [f"第{int_to_cn(n)}条 {body}", ""]
    return "\n".join(lines)


def build_pair(lib: Library, rng: random.Random) -> tuple[str, str, dict[str, int]]:
    """(old text, new text, the edits made) of two ~200-article laws."""
    old = [(law.removeprefix("中华人民共和国"), _bodies(lib, law)) for law in LAWS]
    new = [(name, list(bodies)) for name, bodies in old]
    made = {"edited": 0, "deleted": 0, "added": 0, "moved": 0, "merged": 0, "split": 0}
    for _ in range(20):
        bodies = new[rng.randrange(3)][1]
        k = rng.randrange(len(bodies))
        b = bodies[k]
        at = rng.randrange(max(len(b) - 8, 1))
        bodies[k] = b[:at] + rng.choice(["依法", "及时", "省级以上", "并报告"]) + b[at + 4 :]
        made["edited"] += 1
    for _ in range(5):
        bodies = new[rng.randrange(3)][1]
        del bodies[rng.randrange(len(bodies))]
        made["deleted"] += 1
    for body in NEW_ARTICLES:
        bodies = new[rng.randrange(3)][1]
        bodies.insert(rng.randrange(len(bodies)), body)
        made["added"] += 1
    for _ in range(3):
        src, dst = new[0][1], new[2][1]
        dst.insert(rng.randrange(len(dst)), src.pop(rng.randrange(len(src))))
        made["moved"] += 1
    for _ in range(2):
        bodies = new[1][1]
        k = rng.randrange(len(bodies) - 1)
        bodies[k : k + 2] = [bodies[k] + bodies[k + 1]]
        made["merged"] += 1
    for bodies in (new[0][1], new[2][1]):
        k = next(i for i in range(10, len(bodies)) if "\n" in bodies[i])
        first, rest = bodies[k].split("\n", 1)
        bodies[k : k + 1] = [first, rest]
        made["split"] += 1
    return _render("合并法（原文）", old), _render("合并法（修订）", new), made


def _quantiles(xs: list[float]) -> str:
    xs = sorted(xs)
    if not xs:
        return "—"
    return " ".join(
        f"p{p}={xs[min(len(xs) - 1, int(p / 100 * len(xs)))]:.2f}" for p in (10, 25, 50, 75, 90, 99)
    )


def distributions(lib: Library, a_id: int, b_id: int) -> list[str]:
    """Best and second-best cosine per A unit: the partner's score and the noise under it."""
    ua = extract_units(lib.document_text(a_id), lib.document(a_id)["sections"])
    ub = extract_units(lib.document_text(b_id), lib.document(b_id)["sections"])
    s = similarity_matrix(Vectors([u.body for u in ua], [u.body for u in ub]))
    rows = [sorted(r) for r in s if r]
    return [
        f"  best per A unit  : {_quantiles([r[-1] for r in rows])}",
        f"  2nd best per unit: {_quantiles([r[-2] for r in rows if len(r) > 1])}",
    ]


def import_bench_pair(lib: Library, folder: Path) -> tuple[int, int, Any]:
    """Import the samples and the two ~200-article bench laws; (old id, new id, edits made)."""
    lib.import_paths([REPO / "sample_docs"])
    old, new, made = build_pair(lib, random.Random(8))
    (folder / "old.txt").write_text(old, encoding="utf-8")
    (folder / "new.txt").write_text(new, encoding="utf-8")
    lib.import_paths([folder / "old.txt", folder / "new.txt"])
    ids = {d.title: d.id for d in lib.list_documents()}
    return ids["合并法（原文）"], ids["合并法（修订）"], made


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--seed-pairs", action="store_true", help="also measure real pairs (seed 001)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "bench.db")
        a_id, b_id, made = import_bench_pair(lib, Path(tmp))
        doc_a, doc_b = lib.document(a_id), lib.document(b_id)
        text_a, text_b = lib.document_text(a_id), lib.document_text(b_id)
        compare_documents(doc_a, text_a, doc_b, text_b)  # warm rjieba's dictionary
        core_ms, lib_ms = [], []
        for _ in range(args.runs):
            t = time.perf_counter()
            result = compare_documents(doc_a, text_a, doc_b, text_b)
            core_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            lib.compare(a_id, b_id)
            lib_ms.append((time.perf_counter() - t) * 1000)
        print(f"units: A {result.a.units}, B {result.b.units}; edits made: {made}")
        print(
            f"counts: {result.counts()}; obligations: "
            f"+{sum(o.change == 'added' for o in result.obligations)} "
            f"-{sum(o.change == 'removed' for o in result.obligations)} "
            f"~{sum(o.change == 'changed' for o in result.obligations)}"
        )
        print(
            f"compare_documents: median {statistics.median(core_ms):.0f} ms, "
            f"max {max(core_ms):.0f} ms (budget 500 ms)"
        )
        print(
            f"Library.compare (with loading both documents): median "
            f"{statistics.median(lib_ms):.0f} ms, max {max(lib_ms):.0f} ms"
        )
        scores = {}
        for p in result.pairs:
            scores.setdefault(p.status, []).append(p.score)
        for status, xs in sorted(scores.items()):
            print(f"  score of {status:<8} pairs: {_quantiles(xs)} (n={len(xs)})")
        print("synthetic pair (old → revised):")
        print("\n".join(distributions(lib, a_id, b_id)))
        if args.seed_pairs:
            seed = sorted(SEEDS.glob("001_*.txt"))
            if not seed:
                sys.exit(f"no seed 001 in {SEEDS}")
            lib.import_paths(seed)
            docs = lib.list_documents()
            for a, b, what in SEED_PAIRS:
                da = next(d for d in docs if a in d.title)
                db = next(d for d in docs if b in d.title)
                print(f"{da.title} vs {db.title} ({what}):")
                print("\n".join(distributions(lib, da.id, db.id)))
                t = time.perf_counter()
                c = lib.compare(da.id, db.id)
                print(f"  {c.counts()} in {(time.perf_counter() - t) * 1000:.0f} ms")
        lib.close()


if __name__ == "__main__":
    main()
