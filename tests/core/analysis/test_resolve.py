"""Resolution of mentions against a catalog built from titles found in the seeds."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.analysis.references import extract_mentions
from core.analysis.resolve import (
    Catalog,
    CatalogEntry,
    Resolution,
    normalise_doc_number,
    normalise_title,
    notice_links,
)
from core.models import Mention

CSL = "中华人民共和国网络安全法"
ENTRIES = [
    CatalogEntry(1, CSL, "网络安全法", "2016-11-07", None, "法律"),
    CatalogEntry(2, CSL, "网络安全法", "2025-10-28", None, "法律"),  # a later version (fake date)
    CatalogEntry(3, "中华人民共和国数据安全法", "数据安全法", "2021-06-10", None, "法律"),
    CatalogEntry(
        4, "中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见", None, "2022-12-02"
    ),
    CatalogEntry(
        5, "国务院关于印发“十四五”数字经济发展规划的通知", None, "2021-12-12", "国发〔2021〕29号"
    ),
    CatalogEntry(
        6, "“数据要素×”三年行动计划（2024—2026年）", None, "2023-12-31", "国数政策〔2023〕11号"
    ),
    CatalogEntry(
        7, "信息安全技术 个人信息安全规范 GB/T 35273-2020", None, "2020-03-06", None, "国家标准"
    ),
    CatalogEntry(8, "数字中国建设整体布局规划", None, "2023-02-27"),
    CatalogEntry(9, "关于印发《数据出境安全评估申报指南（第一版）》的通知", None, "2022-09-01"),
    CatalogEntry(10, "数据出境安全评估申报指南（第一版）", None, "2022-08-31"),
    CatalogEntry(11, "中华人民共和国民法典", "民法典", "2020-05-28"),
    CatalogEntry(12, "银行保险机构数据安全管理办法（试行）", None, None, "银保监办发〔2022〕2号"),
]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog(ENTRIES)


def doc(title: str, article: int | None = None) -> Mention:
    return Mention(0, len(title) + 2, f"《{title}》", "document", title=title, article=article)


@pytest.mark.parametrize(
    ("citing_date", "target"),
    [("2020-01-01", 1), ("2026-03-01", 2), (None, 2), ("2016-11-07", 1), ("2010-01-01", 2)],
)
def test_version_in_force_at_citing_date(
    catalog: Catalog, citing_date: str | None, target: int
) -> None:
    for title in (CSL, "网络安全法"):
        assert catalog.resolve(doc(title), 99, citing_date).target_id == target


@pytest.mark.parametrize(
    ("mention", "target"),
    [
        (doc("网络安全法", 21), Resolution(1, CSL, 21)),  # short title, article kept
        (
            Mention(0, 5, "数据安全法", "document", title="数据安全法"),
            Resolution(3, "中华人民共和国数据安全法"),
        ),
        (doc("关于构建数据基础制度更好发挥数据要素作用的意见"), Resolution(4, ENTRIES[3].title)),
        (
            doc("“十四五”数字经济发展规划"),
            Resolution(5, ENTRIES[4].title),
        ),  # the notice that issued it
        (doc("“数据要素×”三年行动计划（2024—2026 年）"), Resolution(6, ENTRIES[5].title)),
        (doc("“数据要素×”三年行动计划"), Resolution(6, ENTRIES[5].title)),
        (
            doc("数据出境安全评估申报指南（第一版）"),
            Resolution(10, ENTRIES[9].title),
        ),  # exact before notice
        (
            Mention(0, 3, "民法典", "document", title="民法典"),
            Resolution(11, "中华人民共和国民法典"),
        ),
        (
            Mention(0, 4, "《规划》", "abbreviation", title="数字中国建设整体布局规划"),
            Resolution(8, ENTRIES[7].title),
        ),
        (
            Mention(0, 9, "GB/T 35273-2020", "standard", code="GB/T 35273-2020"),
            Resolution(7, ENTRIES[6].title),
        ),
        (
            Mention(0, 9, "GB/T 35273", "standard", code="GB/T 35273"),
            Resolution(7, ENTRIES[6].title),
        ),
        (
            Mention(0, 9, "GB/T 35273-2017", "standard", code="GB/T 35273-2017"),
            Resolution(None, "GB/T 35273-2017"),
        ),
        (
            Mention(0, 9, "国发〔2021〕29号", "doc_number", code="国发〔2021〕29号"),
            Resolution(5, ENTRIES[4].title),
        ),
        (
            Mention(0, 9, "x", "doc_number", code="办发〔2022〕2号"),
            Resolution(12, ENTRIES[11].title),
        ),
        (
            Mention(0, 9, "x", "doc_number", code="国发〔2022〕2号"),
            Resolution(None, "国发〔2022〕2号"),
        ),
        (
            doc("中华人民共和国密码法", 3),
            Resolution(None, "中华人民共和国密码法", 3),
        ),  # not in the library
        (Mention(0, 2, "本法", "self"), Resolution(3, "中华人民共和国数据安全法")),
        (
            Mention(0, 5, "第二十一条", "article", article=21),
            Resolution(3, "中华人民共和国数据安全法", 21),
        ),
    ],
)
def test_resolve_table(catalog: Catalog, mention: Mention, target: Resolution) -> None:
    assert (
        catalog.resolve(mention, 3 if mention.kind in ("self", "article") else 99, "2024-01-01")
        == target
    )


def test_never_itself_unless_the_only_match(catalog: Catalog) -> None:
    # the 2025 version citing 《中华人民共和国网络安全法》 (e.g. 同时废止) means the older one
    assert catalog.resolve(doc(CSL), 2, "2025-10-28").target_id == 1
    assert catalog.resolve(doc(CSL), 1, "2016-11-07").target_id == 2  # only other version
    assert catalog.resolve(doc("中华人民共和国民法典"), 11, "2020-05-28").target_id == 11


def test_alias_table_used_when_titles_differ() -> None:
    cat = Catalog(ENTRIES, aliases={"数据二十条": ENTRIES[3].title})
    m = Mention(0, 7, "“数据二十条”", "document", title="数据二十条")
    assert cat.resolve(m, 99, None).target_id == 4
    assert Catalog(ENTRIES, aliases={}).resolve(m, 99, None).target_id is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("《中华人民共和国网络安全法》", "网络安全法"),
        (
            "中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见",
            "关于构建数据基础制度更好发挥数据要素作用的意见",
        ),
        ("国务院关于印发“十四五”数字经济发展规划的通知", "“十四五”数字经济发展规划"),
        ("银行保险机构数据安全管理办法（试行）", "银行保险机构数据安全管理办法"),
        ("“数据要素×”三年行动计划（2024—2026 年）", "“数据要素×”三年行动计划(2024-2026年)"),
        ("企业会计准则第 6 号——无形资产", "企业会计准则第6号—无形资产"),
    ],
)
def test_normalise_title_joins_spellings(a: str, b: str) -> None:
    assert normalise_title(a) == normalise_title(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("数据安全法", "网络安全法"),
        ("个人信息出境标准合同办法", "个人信息出境标准合同办法（征求意见稿）"),
    ],
)
def test_normalise_title_keeps_documents_apart(a: str, b: str) -> None:
    assert normalise_title(a) != normalise_title(b)


def test_normalise_doc_number() -> None:
    assert normalise_doc_number("工信部规（2021）179 号") == "工信部规〔2021〕179号"


def test_notice_links() -> None:
    assert notice_links(ENTRIES) == [(9, 10)]


@given(
    st.lists(st.one_of(st.none(), st.dates().map(str)), min_size=1, max_size=6), st.dates().map(str)
)
def test_picked_version_is_in_force_when_one_is(dates: list[str | None], citing: str) -> None:
    cat = Catalog([CatalogEntry(i + 1, CSL, date=d) for i, d in enumerate(dates)])
    picked = cat.by_id[cat.resolve(doc(CSL), 0, citing).target_id or 0]
    in_force = [d for d in dates if d and d <= citing]
    if in_force:
        assert picked.date == max(in_force)
    elif any(dates):
        assert picked.date == max(d for d in dates if d)


@pytest.mark.seeds
def test_catalog_from_seed_titles(seed_text) -> None:
    """Titles extracted from seed 004 resolve to a catalog made of those same titles."""
    text = seed_text("004")
    mentions = [m for m in extract_mentions(text) if m.kind in ("document", "abbreviation")]
    titles = sorted({m.title for m in mentions if m.title})
    cat = Catalog(CatalogEntry(i, t) for i, t in enumerate(titles, start=1))
    resolved = [cat.resolve(m, 0, "2024-01-01") for m in mentions]
    assert all(r.target_id is not None for r in resolved)
    plan = next(m for m in mentions if m.text == "《规划》")
    assert cat.resolve(plan, 0, None).target_title == "数字中国建设整体布局规划"


@pytest.mark.slow
def test_resolution_speed() -> None:
    """~100k mentions over a library of thousands of documents in well under 2 s."""
    entries = [
        CatalogEntry(i, f"某省第{i}号数据管理办法", None, f"20{10 + i % 15}-01-01")
        for i in range(1, 5001)
    ]
    cat = Catalog(entries + ENTRIES[:3])
    mentions = [doc(f"某省第{i % 6000}号数据管理办法") for i in range(95_000)] + [
        doc("网络安全法")
    ] * 5000
    t0 = time.perf_counter()
    for i, m in enumerate(mentions):
        cat.resolve(m, i % 5000, "2020-01-01")
    assert time.perf_counter() - t0 < 2.0


def test_same_version_in_two_files_resolves_to_the_citing_documents_own_file():
    """Two compilations both hold 网络安全法 (same title, same or no date): each cites its own."""
    entries = [
        CatalogEntry(1, "中华人民共和国网络安全法", "网络安全法", None, group=10),
        CatalogEntry(2, "中华人民共和国网络安全法", "网络安全法", None, group=20),
        CatalogEntry(3, "关于加强数据资产管理的指导意见", None, None, group=10),
        CatalogEntry(4, "数据出境安全评估办法", None, None, group=20),
    ]
    cat = Catalog(entries)
    m = Mention(0, 15, "《中华人民共和国网络安全法》", "document", title="中华人民共和国网络安全法")
    assert cat.resolve(m, 3, None).target_id == 1
    assert cat.resolve(m, 4, None).target_id == 2
