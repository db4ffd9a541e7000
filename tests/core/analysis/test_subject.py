"""Duty bearers: 的-clauses, headless bearers, things as subjects, several bearers, carry-over."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.analysis import analyze_sentences, find_subject
from core.analysis.subject import subjects_for

CASES = [
    ("网络运营者应当制定网络安全事件应急预案。", "网络运营者"),
    ("任何个人和组织不得窃取或者以其他非法方式获取个人信息。", "任何个人和组织"),
    ("国家网信部门负责统筹协调网络安全工作和相关监督管理工作。", "国家网信部门"),
    ("取得认证资格的电子认证服务提供者应当妥善保存认证信息。", "电子认证服务提供者"),
    ("作出决定的部门、单位应当告知当事人。", "作出决定的部门、单位"),
    ("从事电子认证服务，应当具备下列条件：", "从事电子认证服务"),
    ("支付账户应当以实名开立。", None),
    ("审查时，公安机关、国家安全机关应当予以协助。", "公安机关"),
    ("运营者的主要负责人对关键信息基础设施安全保护负总责。", "运营者的主要负责人"),
    ("接受委托处理个人信息的受托人，应当采取必要措施保障个人信息的安全。", "受托人"),
    ("拒绝个人行使权利的请求的，应当说明理由。", None),
    ("国家机关为履行法定职责的需要收集、使用数据，应当依法进行。", "国家机关"),
    ("处理个人信息应当遵循合法、正当、必要和诚信原则。", "处理个人信息"),
    ("各地区、各部门要结合本地区、本行业实际，抓紧制定出台相关配套政策。", "各地区"),
    ("个人有权查阅、复制其个人信息。", None),
    # LABELS.md: the bearer opens a 的-condition; several bearers, the first; generic heads.
    ("县级以上人民政府有关部门认为有必要的，应当组织开展安全评估。", "县级以上人民政府有关部门"),
    (
        "工业和信息化领域数据处理者利用数据进行自动化决策的，应当保证决策透明。",
        "工业和信息化领域数据处理者",
    ),
    ("电信业务经营者在经营过程中，变更经营主体的，应当提前90日提出申请。", "电信业务经营者"),
    ("网络运营者、网络产品或者服务的提供者不得设置恶意程序。", "网络运营者"),
    ("网络产品和服务提供者不得通过自动化决策方式向未成年人进行商业营销。", "网络产品和服务提供者"),
    ("公共机构和公共场所、公共设施的所有者、管理者应当支持通信网络基础设施建设。", "公共机构"),
    ("有关国家机关、单位应当将处理情况书面告知密码管理部门。", "有关国家机关、单位"),
    ("公民、法人和其他组织应当按照协议要求对公共数据进行开发利用。", "公民、法人和其他组织"),
    (
        "省人民政府、设区的市人民政府的有关部门应当指定工作人员。",
        "省人民政府、设区的市人民政府的有关部门",
    ),
    ("参与评估工作的相关机构和人员应当依法予以保密。", "参与评估工作的相关机构和人员"),
    ("以老年人为服务对象的智能终端产品生产者，应当提供适老化功能。", "智能终端产品生产者"),
    ("电信管理机构及其工作人员对在履行职责中知悉的用户个人信息应当予以保密。", "电信管理机构"),
    ("禁止网络运营者收集与其提供的服务无关的个人信息。", "网络运营者"),
    ("（十）不动产登记数据，由自然资源和规划部门负责。", "自然资源和规划部门"),
    ("数据交易平台由数据交易机构负责建设运营。", "数据交易机构"),
    ("十七、金融机构应当将移动应用风险纳入全面风险管理。", "金融机构"),
    ("个人信息处理者可以与受托人约定处理方式，但不得超出约定的处理目的。", "个人信息处理者"),
    ("数据处理者依法履行职责，可以使用有关数据，但是不得用于其他目的。", "数据处理者"),
    (
        "公民、法人和其他组织利用公共数据的，其利用数据的行为应当与申请保持一致。",
        "公民、法人和其他组织",
    ),
    ("面向党政机关、关键信息基础设施服务的云平台应当通过安全评估。", None),
    ("（三）处理个人数据的频率应当为实现处理目的所必需的最低频率；", None),
    # an actor after a preposition or adverb is no bearer; 用户/银行 name actors
    ("未经用户同意，不得更改用户未授权权限状态。", None),
    ("电信用户应当按照约定的时间和方式交纳电信费用；", "电信用户"),
    ("使用电信网络传输信息的内容及其后果由电信用户负责。", "电信用户"),
    ("设立外资银行及其分支机构，应当经银行业监督管理机构审查批准。", "设立外资银行及其分支机构"),
    ("授权运营单位在运营期限内，应当提交年度运营报告。", "授权运营单位"),
    ("中国人民银行征信管理部门应当在 2个工作日内转交异议申请。", "中国人民银行征信管理部门"),
    (
        "省大数据管理中心是省公共数据运行管理机构，具体负责公共数据归口管理工作。",
        "省大数据管理中心",
    ),
    ("授权运营主体在协议期限届满后需要继续运营的，应在期限届满前重新申请。", "授权运营主体"),
    # a quantifier is no part of the bearer; determiners open names; clause-taking verbs
    ("同时存在的多个安全责任人，分别承担各自安全责任。", "安全责任人"),
    ("公共数据平台、企业数据中心等集中式大数据存储中心，应当科学选址。", "公共数据平台"),
    ("各企业在开展业务合作时，应通过签订合同等方式明确数据安全责任。", "各企业"),
    (
        "人民检察院发现履行数据监督管理职责的部门违法行使职权的，应当提出检察建议。",
        "人民检察院",
    ),
    # no bearer for the first modal: the actor opening a later modal's clause
    ("交换数据应当合法进行，交换双方不得假冒他人。", "交换双方"),
    # names jieba splits around a verb (非银行|支付|机构) or a determiner (…地方|各级|人民政府)
    ("非银行支付机构应当妥善保存用户资料和交易记录。", "非银行支付机构"),
    ("国务院反洗钱行政主管部门应当制定行政处罚裁量基准。", "国务院反洗钱行政主管部门"),
    ("县级以上地方各级人民政府应当加强对数据工作的领导。", "县级以上地方各级人民政府"),
    ("资产评估专业人员利用专业机构出具的报告，应当关注其披露的事项。", "资产评估专业人员"),
    ("省委网信办负责统筹协调公共数据安全工作。", None),
    ("人民法院在线开展调解等诉讼活动，应当再次验证诉讼主体的身份；", "人民法院"),
    # the owner of a thing that is the grammatical subject is the bearer; not a kind of person
    ("证券公司的名称中应当标明“证券”字样。", "证券公司"),
    ("征信机构净资产与业务规模的比例应当符合中国人民银行的规定。", "征信机构"),
    ("该机构名称和经营范围中不得继续使用“支付”字样。", "该机构"),
    ("自然人数据应当以有效身份证件号码作为标识进行采集。", None),
    ("个人信息保护影响评估报告应当至少保存三年。", None),
    # roles need their owner; two roles: the first
    ("商业银行的控股股东、实际控制人不得滥用权利。", "商业银行的控股股东"),
    ("金融机构的负责人对反洗钱内部控制制度的有效实施负责。", "金融机构的负责人"),
    # prepositions as words: 从事 is a verb; 与/依照… can open a bearer's 的-modifier
    ("从事储值账户运营业务的支付机构为用户开立账户的，应当核实其身份。", "支付机构"),
    ("与金融机构存在业务关系的单位和个人应当配合尽职调查。", "与金融机构存在业务关系的单位和个人"),
    ("对检举有功的单位和个人应当给予表彰和奖励。", None),
    (
        "依照前条规定不需要办理登记的电子商务经营者在首次纳税义务发生后，应当申请办理税务登记。",
        "电子商务经营者",
    ),
    ("由颁发该职业资格证书的单位负责。", "颁发该职业资格证书的单位"),
    # 其: a noun phrase of its own, else the actor the sentence opens with
    ("中国人民银行进行现场检查，其现场检查的人员不得少于2人。", "现场检查的人员"),
    (
        "征信机构的信息系统被认定为关键信息基础设施的，其在境内收集的个人信息的处理应当在境内进行。",
        "征信机构",
    ),
    # several bearers in clauses of their own: the first; a conjunction opens no name
    (
        "在境内设有分支机构的金融机构，以及金融控股公司，应当统筹安排反洗钱工作。",
        "金融机构",
    ),
    (
        "支付服务提供者发现支付指令未经授权，或者收到用户未经授权的通知时，应当立即采取措施。",
        "支付服务提供者",
    ),
    ("被通知人同意采用在线方式的，应当在三日内验证身份。", "被通知人"),
    ("交由他人代收的，应当经收货人同意。", None),
    # the owner of what is overseen does not act; a document is no bearer
    ("非银行支付机构的监督管理，应当贯彻落实国家政策。", None),
    ("商业银行的分立、合并，应当经批准。", "商业银行"),
    ("（一）申请书，申请书应当载明拟设立的商业银行的名称；", None),
    (
        "宾馆、商场、银行等经营场所的经营者，应当对消费者尽到安全保障义务。",
        "宾馆、商场、银行等经营场所的经营者",
    ),
    ("机关、单位委托企业事业单位从事涉密业务，应当与其签订保密协议。", "机关、单位"),
    # 信息处理|者 is one agent; 主张 takes a clause; a norm source is no bearer
    ("信息处理者主张其不承担民事责任的，应当承担举证责任。", "信息处理者"),
    ("法律、行政法规规定或者当事人约定数据电文需要确认收讫的，应当确认收讫。", None),
    # a list of actors closed by 等 names its class; fields before 等 do not
    (
        "卖场、商场、网络交易平台经营者等交易场所提供者应当依法配合价格监督管理工作。",
        "交易场所提供者",
    ),
    ("网信、公安、市场监管等部门应当加强监督。", "网信、公安、市场监管等部门"),
    # an exception or what a court judges is no bearer; 一般 is an adverb
    ("经营者提供服务，除按照本规定进行明码标价外，还应当出具结算清单。", "经营者"),
    ("人民法院适用民法典的规定，认定网络服务提供者采取的措施是否及时，应当综合判断。", "人民法院"),
    ("经营者标示价格，一般应当使用阿拉伯数字标明人民币金额。", "经营者"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_find_subject(sentence: str, expected: str | None) -> None:
    assert find_subject(sentence) == expected


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "第五十条 个人信息处理者应当建立申请受理机制。拒绝个人行使权利的请求的，应当说明理由。",
            ["个人信息处理者", "个人信息处理者"],
        ),
        (
            "第一条 网络运营者应当保护用户信息。\n第二条 发生安全事件时，应当立即报告。",
            ["网络运营者", None],
        ),
        ("第三条 安全保护措施应当同步规划。", [None]),
        (  # a bare activity in a condition yields to the carried bearer
            "第七条 登记机构应当审查申请材料。申请材料不齐全的，应当一次性告知申请人。",
            ["登记机构", "登记机构"],
        ),
        (  # nothing carried: the actor opening the previous sentence
            "第十条 电信业务经营者对用户资料的保存期限为2年；超过2年的，应当予以删除。",
            [None, "电信业务经营者"],
        ),
    ],
)
def test_carry_over_stays_inside_an_article(text: str, subjects: list[str | None]) -> None:
    assert [s.subject for s in analyze_sentences(text)] == subjects


def test_an_actor_opening_a_sentence_without_a_duty_takes_over_the_carried_bearer() -> None:
    article = [
        "从事电子认证服务，应当向国务院信息产业主管部门提出申请。",
        "国务院信息产业主管部门接到申请后依法审查，予以许可的，颁发电子认证许可证书；",
        "不予许可的，应当书面通知申请人并告知理由。",
    ]
    assert subjects_for(article) == ["从事电子认证服务", None, "国务院信息产业主管部门"]


# --- invariants -------------------------------------------------------------------------------

FRAGMENTS = ["应当", "不得", "可以", "的", "，", "。", "；", "、", "和", "或者", "以及", "者", "人",
             "机构", "部门", "非银行", "支付", "其", "除", "外", "等", "由", "对", "从事", "主张",
             "责任", "承担", "罚款", "年内", "（以下简称", "）", "《", "》", "院", "各级", "该"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=2), max_size=30))
def test_bearers_never_fail_and_are_pieces_of_their_sentence(parts: list[str]) -> None:
    """Analysis runs inside every import: no sentence may make it raise (an IndexError once
    did), and a bearer is always a contiguous piece of its sentence or, carried, of an earlier
    one."""
    text = "".join(parts)
    sentences = [s for s in text.split("。") if s]
    for i, subject in enumerate(subjects_for(sentences)):
        assert subject is None or any(subject in s for s in sentences[: i + 1])
