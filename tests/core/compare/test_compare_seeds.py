"""Compare real documents from seeds 001 and 004: one regulation in both, two provinces' laws."""

from __future__ import annotations

import pytest

from core.library import Library


@pytest.fixture(scope="module")
def lib(seed_path, tmp_path_factory):
    library = Library.open(tmp_path_factory.mktemp("compare") / "lib.db")
    library.import_paths([seed_path("001"), seed_path("004")])
    yield library
    library.close()


def _find(lib: Library, title: str) -> list[int]:
    return [d.id for d in lib.list_documents() if d.title.startswith(title)]


def test_same_document_is_all_same(lib) -> None:
    doc_id = _find(lib, "四川省数据条例")[0]
    c = lib.compare(doc_id, doc_id)
    assert c.a.unit_kind == "条" and c.counts()["same"] == len(c.pairs) == c.a.units >= 60


def test_two_copies_of_one_regulation(lib) -> None:
    """Seeds 001 and 004 both hold 山东省大数据发展促进条例, with small differences."""
    a, b = _find(lib, "山东省大数据发展促进条例")[:2]
    c = lib.compare(a, b)
    counts = c.counts()
    assert counts["same"] + counts["modified"] == len(c.pairs) == 52
    assert all(p.a[0].label == p.b[0].label for p in c.pairs)
    assert counts["modified"] <= 8 and all(p.similarity > 0.9 for p in c.pairs)


def test_two_provinces_data_regulations(lib) -> None:
    """四川 vs 重庆: different laws on one subject; the common skeleton aligns in order."""
    a, b = _find(lib, "四川省数据条例")[0], _find(lib, "重庆市数据条例")[0]
    c = lib.compare(a, b)
    aligned = [p for p in c.pairs if p.a and p.b]
    in_order = [p for p in aligned if not p.moved]
    assert len(aligned) >= 15  # purpose, scope, leadership, sharing, trading, commencement …
    assert len(in_order) >= 0.6 * len(aligned)
    idx = [(p.a[0].index, p.b[0].index) for p in in_order]
    assert idx == sorted(idx) and [j for _, j in idx] == sorted(j for _, j in idx)
    rows = {(p.a[0].label, p.b[0].label) for p in aligned}
    assert ("第一条", "第一条") in rows  # 为了……制定本条例
    assert ("第七十条", "第六十条") in rows  # 本条例自……起施行 (dates differ)
    assert not any(p.status == "same" for p in c.pairs)  # no article is word for word the same
    assert c.counts()["added"] + c.counts()["deleted"] > len(aligned)  # mostly different laws
    assert all(p.score >= 0.35 for p in aligned)
