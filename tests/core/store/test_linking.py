"""Linking on the real seeds: references resolve across the library, to the right copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.library import Library


@pytest.fixture(scope="module")
def seeds_library(tmp_path_factory, seeds_dir: Path):
    lib = Library.open(tmp_path_factory.mktemp("seeds") / "lib.db")
    report = lib.import_paths([seeds_dir])
    assert not report.failed, [o.message for o in report.failed]
    yield lib
    lib.close()


def _by_source(lib: Library, prefix: str) -> list:
    return [d for d in lib.list_documents() if Path(d.source_path or "").name.startswith(prefix)]


def test_every_cybersecurity_law_citation_in_001_resolves_to_001s_copy(seeds_library):
    lib = seeds_library
    docs_001 = _by_source(lib, "001_")
    assert 320 <= len(docs_001) <= 340
    own = [d for d in docs_001 if d.title == "中华人民共和国网络安全法"]
    assert len(own) == 1
    ids_001 = {d.id for d in docs_001}
    found = 0
    citing: set[int] = set()
    for d in docs_001:
        for ref in lib.document(d.id)["references"]:
            if ref["text"] == "《中华人民共和国网络安全法》":
                found += 1
                if d.id != own[0].id:
                    assert ref["target_id"] == own[0].id, (d.title, ref)
                    citing.add(d.id)
    assert found >= 50
    # "cited by" lists them all (and may list documents of other files with no copy of their own)
    cited_by = {c["doc_id"] for c in lib.cited_by(own[0].id)}
    assert citing <= cited_by
    assert citing <= ids_001


def test_abbreviation_guihua_in_004_resolves_to_the_plan_that_defined_it(seeds_library):
    lib = seeds_library
    docs_004 = _by_source(lib, "004_")
    uses = [
        (d, ref)
        for d in docs_004
        for ref in lib.document(d.id)["references"]
        if ref["text"] == "《规划》"
    ]
    assert uses
    for _d, ref in uses:
        assert ref["kind"] == "abbreviation"
        assert ref["target_title"] == "数字中国建设整体布局规划"
        target = lib.document_summary(ref["target_id"])
        assert target.title == "数字中国建设整体布局规划"


def test_validity_status_is_set_for_every_document(seeds_library):
    statuses = {d.status for d in seeds_library.list_documents()}
    assert statuses <= {"有效", "尚未施行", "已被修订", "已废止"}
    assert "有效" in statuses


def test_notice_that_issues_a_document_is_linked_to_it(tmp_path: Path):
    """关于印发《X》的通知 and X, both in the library, are linked both ways in show --json."""
    (tmp_path / "通知.txt").write_text(
        "关于印发《测试数据管理办法》的通知\n各有关单位：\n现将《测试数据管理办法》印发给你们，请遵照执行。\n",
        encoding="utf-8",
    )
    (tmp_path / "办法.txt").write_text(
        "测试数据管理办法\n第一条 为了规范测试数据管理，制定本办法。\n第二条 本办法自发布之日起施行。\n",
        encoding="utf-8",
    )
    lib = Library.open(tmp_path / "lib.db")
    try:
        lib.import_paths([tmp_path / "通知.txt", tmp_path / "办法.txt"], workers=1)
        ids = {d.title: d.id for d in lib.list_documents()}
        notice, rules = ids["关于印发《测试数据管理办法》的通知"], ids["测试数据管理办法"]
        assert lib.document(notice)["links"] == [
            {"kind": "issues", "doc_id": rules, "title": "测试数据管理办法"}
        ]
        assert lib.document(rules)["links"] == [
            {"kind": "issued_by", "doc_id": notice, "title": "关于印发《测试数据管理办法》的通知"}
        ]
    finally:
        lib.close()
