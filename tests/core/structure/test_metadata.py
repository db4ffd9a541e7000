"""extract_meta: type, issuer, dates, 文号 from real titles and texts."""

from __future__ import annotations

import pytest

from core.ingest.split import split_document
from core.models import DOC_TYPES, RawDocument
from core.structure.metadata import doc_number, extract_meta, find_dates


@pytest.mark.parametrize(
    ("title", "short", "doc_type", "issuer"),
    [
        ("中华人民共和国网络安全法", "网络安全法", "法律", "全国人民代表大会常务委员会"),
        ("关键信息基础设施安全保护条例", None, "行政法规", None),
        ("北京市数字经济促进条例", None, "地方性法规", None),
        ("深圳经济特区数据条例", None, "地方性法规", None),
        ("中国共产党纪律处分条例", None, "党内法规", None),
        ("网络安全审查办法", None, "规范性文件", None),
        (
            "国务院办公厅关于印发要素市场化配置综合改革试点总体方案的通知",
            "要素市场化配置综合改革试点总体方案",
            "规范性文件",
            "国务院办公厅",
        ),
        (
            "中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见",
            None,
            "政策文件",
            "中共中央 国务院",
        ),
        ("“十四五”数字经济发展规划", None, "政策文件", None),
        ("信息安全技术个人信息安全规范", None, "国家标准", None),
        ("2014 年度重要论述", None, "讲话", None),
        (
            "发布 | 七部门联合印发《推动数字金融高质量发展行动方案》（附全文）",
            "推动数字金融高质量发展行动方案",
            "新闻/解读",
            None,
        ),
    ],
)
def test_titles(title: str, short: str | None, doc_type: str, issuer: str | None) -> None:
    meta = extract_meta(title, "")
    assert (meta.short_title, meta.doc_type, meta.issuer) == (short, doc_type, issuer)
    assert meta.doc_type in DOC_TYPES


LAW = """中华人民共和国网络安全法
（2016年11月7日第十二届全国人民代表大会常务委员会第二十四次会议通过）
第一章 总 则
第一条 为了保障网络安全，制定本法。
第七十九条 本法自 2017 年 6 月 1 日起施行。"""

NOTICE = """财政部关于加强行政事业单位数据资产管理的通知
财资〔2024〕1 号
党中央有关部门，国务院各部委、各直属机构：
为加强行政事业单位数据资产管理，现就有关事项通知如下。
本通知自发布之日起施行。
财 政 部
2024 年 2 月 5 日"""


@pytest.mark.parametrize(
    ("title", "text", "hints", "expected"),
    [
        (
            "中华人民共和国网络安全法",
            LAW,
            None,
            ("法律", "全国人民代表大会常务委员会", "2016-11-07", None, "2017-06-01"),
        ),
        (
            "关于加强行政事业单位数据资产管理的通知",
            NOTICE,
            None,
            ("规范性文件", "财政部", "2024-02-05", "财资〔2024〕1号", "2024-02-05"),
        ),
        (
            "某办法",
            "（银保监办发［2022］2 号）\n第一条 本办法自2022年3月1日起施行。",
            {"date": "2022-01-10"},
            ("规范性文件", None, "2022-01-10", "银保监办发〔2022〕2号", "2022-03-01"),
        ),
        (
            "某规定",
            "工信部网安【2017】202号\n本规定自二〇一八年一月一日起施行。",
            None,
            ("规范性文件", None, None, "工信部网安〔2017〕202号", "2018-01-01"),
        ),
    ],
)
def test_texts(title, text, hints, expected) -> None:
    meta = extract_meta(title, text, hints)
    assert (meta.doc_type, meta.issuer, meta.date, meta.doc_number, meta.effective_date) == expected


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("（2019年 10月 31日中国共产党第十九届中央委员会第四次全体会议通过）", ["2019-10-31"]),
        ("2024 年 1 月 1 日", ["2024-01-01"]),
        ("二〇二四年一月十五日", ["2024-01-15"]),
        ("2024年13月1日 与 2024年2月30日 都不是日期", []),
        ("没有日期", []),
    ],
)
def test_find_dates(text: str, dates: list[str]) -> None:
    assert [d for _, d in find_dates(text)] == dates


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("国发〔2022〕14号", "国发〔2022〕14号"),
        ("（银监办发［2017］48 号）", "银监办发〔2017〕48号"),
        ("国办发[2021]51号", "国办发〔2021〕51号"),
        (
            "按照《关于某事的通知》（国发〔2020〕9号）要求，各地区各部门应当进一步加强数据工作并且认真落实。",
            None,
        ),
    ],
)
def test_doc_number(text: str, number: str | None) -> None:
    assert doc_number(text) == number


@pytest.mark.seeds
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # 001 has no adoption note for this law, so its date is not in the text
        (
            "中华人民共和国网络安全法",
            ("网络安全法", "法律", "全国人民代表大会常务委员会", None, "2017-06-01"),
        ),
        (
            "中华人民共和国数据安全法",
            ("数据安全法", "法律", "全国人民代表大会常务委员会", "2021-06-10", "2021-09-01"),
        ),
        (
            "关于加强行政事业单位数据资产管理的通知",
            (None, "规范性文件", "财政部", "2024-02-05", None),
        ),
    ],
)
def test_seed_001_documents(seed_text, title, expected) -> None:
    drafts = split_document(RawDocument(text=seed_text("001"), format="txt"), "001")
    (draft,) = [d for d in drafts if d.title == title]
    meta = extract_meta(draft.title, draft.text, draft.metadata)
    assert (
        meta.short_title,
        meta.doc_type,
        meta.issuer,
        meta.date,
        meta.effective_date,
    ) == expected
    if title.endswith("通知"):
        assert meta.doc_number == "财资〔2024〕1号"
