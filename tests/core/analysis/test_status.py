"""Repeal sentences and validity status, on sentences from seed 001."""

from __future__ import annotations

import pytest

from core.analysis.references import extract_mentions
from core.analysis.resolve import Catalog, CatalogEntry
from core.analysis.status import (
    RepealEvidence,
    Status,
    compute_status,
    find_repeals,
    repeal_evidence,
)


def repealed(text: str) -> list[str]:
    return [m.text for m, _, _ in find_repeals(text, extract_mentions(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "第三十三条本条例自 2002 年 1 月 1 日起施行。1991 年 6 月 4 日国务院发布的《计算机软件保护条例》同时废止。",
            ["《计算机软件保护条例》"],
        ),
        (
            "原《监管数据标准化规范（中小银行及农村金融机构）2.0 版》和《商业银行监管数据标准化规范》同时废止。",
            [
                "《监管数据标准化规范（中小银行及农村金融机构）2.0 版》",
                "《商业银行监管数据标准化规范》",
            ],
        ),
        (
            "第十五条本办法自 2023 年 8 月 4 日起施行。《关于进一步加强数据中心项目节能审查的若干规定》（京发改规〔2021〕4 号）同时废止。",
            ["《关于进一步加强数据中心项目节能审查的若干规定》", "京发改规〔2021〕4 号"],
        ),
        (  # only the item inside the notice goes, not the notice
            "中国资产评估协会于 2011年 12 月 30 日发布的《关于修改评估报告等准则中有关签章条款的通知》（中评协〔2011〕230 号）中的《资产评估准则——业务约定书》同时废止。",
            ["《资产评估准则——业务约定书》"],
        ),
        (
            "国务院决定废止《中华人民共和国外资金融机构管理条例》。",
            ["《中华人民共和国外资金融机构管理条例》"],
        ),
        ("《国务院关于废止和修改部分行政法规的决定》已经公布。", []),  # the cue is inside a title
        ("各医疗卫生机构应加强废止网络的安全管理。", []),
        ("《数据出境安全评估办法》第五条、第六条同时废止。", []),  # articles, not the document
        ("本办法自发布之日起施行。\n《数据出境安全评估办法》依然有效。", []),
    ],
)
def test_find_repeals(text: str, expected: list[str]) -> None:
    assert repealed(text) == expected


def test_repeal_sentence_span() -> None:
    text = "本条例自 2003 年 11 月 1 日起施行。1991 年 5 月 7 日国务院发布的《中华人民共和国产品质量认证管理条例》同时废止。"
    [(m, start, end)] = find_repeals(text, extract_mentions(text))
    assert text[start:end].startswith("1991 年") and text[start:end].endswith("同时废止。")
    assert m.title == "中华人民共和国产品质量认证管理条例"


OLD = CatalogEntry(1, "电力行业网络与信息安全管理办法", None, "2014-03-01", "国能安全〔2014〕317号")
NEW = CatalogEntry(2, "电力行业网络安全管理办法", None, "2022-11-16", "国能发安全规〔2022〕100号")
CSL_2016 = CatalogEntry(3, "中华人民共和国网络安全法", "网络安全法", "2016-11-07")
CSL_2025 = CatalogEntry(4, "中华人民共和国网络安全法", "网络安全法", "2025-10-28")
LATE = CatalogEntry(5, "数据要素市场管理办法", None, "2026-01-01")
CATALOG = Catalog([OLD, NEW, CSL_2016, CSL_2025, LATE])
NEW_TEXT = "第三十五条本办法自发布之日起施行，有效期 5年。《电力行业网络与信息安全管理办法》（国能安全〔2014〕317 号）同时废止。"


def evidence(effective: str | None = "2022-11-16") -> list[RepealEvidence]:
    return repeal_evidence(
        NEW.id, NEW.date, effective, NEW_TEXT, extract_mentions(NEW_TEXT), CATALOG
    )


def test_repeal_evidence_resolves_both_title_and_doc_number() -> None:
    ev = evidence()
    assert {(e.repealing_id, e.target_id) for e in ev} == {(2, 1)}
    assert len(ev) == 2


@pytest.mark.parametrize(
    ("doc", "effective", "today", "repeals", "value", "key"),
    [
        (OLD, None, "2024-01-01", "in force", "已废止", ("repealed_by", 2)),
        (OLD, None, "2022-01-01", "not yet", "有效", None),  # repeal takes effect later
        (NEW, None, "2024-01-01", "in force", "有效", None),
        (CSL_2016, "2017-06-01", "2026-01-01", "", "已被修订", ("revised_by", 4)),
        (CSL_2016, "2017-06-01", "2024-01-01", "", "有效", None),  # the new version is not out yet
        (CSL_2025, "2026-01-01", "2025-11-01", "", "尚未施行", ("effective_date", "2026-01-01")),
        (CSL_2025, "2026-01-01", "2026-02-01", "", "有效", None),
        (
            LATE,
            None,
            "2025-01-01",
            "",
            "有效",
            None,
        ),  # no effective date known: nothing says otherwise
    ],
)
def test_compute_status(
    doc: CatalogEntry,
    effective: str | None,
    today: str,
    repeals: str,
    value: str,
    key: tuple | None,
) -> None:
    ev = {"in force": evidence(), "not yet": evidence("2023-01-01"), "": []}[repeals]
    status = compute_status(doc, effective, today, CATALOG, ev)
    assert isinstance(status, Status) and status.value == value
    if key:
        assert status.evidence[key[0]] == key[1]


def test_a_document_does_not_repeal_itself() -> None:
    ev = [RepealEvidence(4, 4, "中华人民共和国网络安全法", 0, 10, "2025-10-28")]
    assert compute_status(CSL_2025, None, "2026-02-01", CATALOG, ev).value == "有效"


def test_new_version_repeals_the_old_not_itself() -> None:
    text = "本法自2026年1月1日起施行。2016年11月7日公布的《中华人民共和国网络安全法》同时废止。"
    ev = repeal_evidence(4, "2025-10-28", "2026-01-01", text, extract_mentions(text), CATALOG)
    assert [(e.repealing_id, e.target_id) for e in ev] == [(4, 3)]
    assert compute_status(CSL_2016, None, "2026-02-01", CATALOG, ev).value == "已废止"
