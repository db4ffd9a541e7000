"""Duty bearers: the shortest noun phrase naming who must (not) act, carried over when elided."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from core.analysis.deontic import analyse
from core.analysis.lexicon import Lexicon, lexicon, segment, word_tags
from core.analysis.sentences import NOTE_WORDS

_CLAUSE = re.compile(r"[，,：:；;]")
_FIRST = re.compile(r"、|和|及|或者|以及|会同|与")
# Inside a 的-modifier 及其 binds an owner to its parts (…部门及其派出机构的工作人员): no split.
_FIRST_IN_MODIFIER = re.compile(r"、|和|及(?!其)|或者|以及|会同")
_ANY = re.compile(
    r"^(?:任何[^，。；、和]{0,4}?(?:个人|组织|单位|部门|机关)(?:(?:和|、|或者|或|及|与)(?:个人|组织|单位)){0,2}"
    r"|(?:任何)?公民、法人(?:和|或者)其他组织|自然人、法人(?:和|或者)非法人组织)"
)
_DETERMINER = re.compile(r"^(?:相关|有关|其他|工作|任何)")
# 各区、各部门: several bearers, the first (各区 alone is no word: 各|区县).
_EACH_FIRST = re.compile(r"^各[区县](?=、各)")
# The level opening a list of bodies closed by 等 (本市经济信息化、商务…等部门): one name, not 本市.
_ISSUER_LIST = re.compile(
    r"^(?:本市|本省|本区|本县)(?:[^，。；的等]{2,60}?、[^，。；的等]{1,60}?等(?:部门|单位|机构|机关)"
    # 本市相关行业协会: the level and a determiner open the name
    r"|(?:相关|有关|其他)[^，。；的等、]{1,10}?(?:协会|商会|部门|单位|机构|组织|企业))"
)
# List markers opening a sentence: 十七、 （三） (3) a) 1.
_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][^）)]{1,3}[）)]|[a-zA-Z\d]{1,2}[)）.．、](?!\d))\s*"
)
_CONDITION_ENDS = ("的", "时", "后", "前")
_BANS = ("禁止", "严禁")
# Policy prose whose elided actor is not the previous sentence's (我们要…, 推动…, 鼓励…).
_POLICY_OPENERS = ("我们", "推动", "推进", "鼓励", "支持", "引导", "加快", "坚持", "要")
_SUB_UNITS = ("部门", "人员", "机构", "实验室")
# What an organisation's name ends with, when it owns the thing that follows it directly.
_OWNER_ENDS = ("部门", "机构", "机关", "单位", "公司", "委员会", "者", "银行", "政府")
_OVERSIGHT = (
    "设立",
    "监督",
    "监管",
    "管理",
    "检查",
    "审查",
    "审计",
    "考核",
    "评估",
    "认定",
    "处罚",
    "设置",
)
# A body set up, then what it is responsible for (…设立…委员会，负责…; …后，国务院设立…指挥部，由…
# 组成，…担任总指挥，负责…: who makes the body up and leads it comes between).
_FOUNDS = re.compile(
    r"(?:[^，。；]*?(?:后|时)，)?[^，。；]*?(?:设立|成立|组建|组成|建立|配备|(?<!建)设(?![在区施备计置]))"
    r"([^，。；（(]{2,40}?(?:委员会|机构|部门|指挥部|组|队|中心|会议|秘书|员|办公室))"
    r"(?:，[^，。；]*?(?:组成|担任)[^，。；]*)*，并?(?=负责)"
)
# A norm source inside a modifier (超过国家或者地方规定的…): the actor named there makes no bearer.
_NORM_IN_MODIFIER = re.compile(r"(?:(?:或者|和|、|及)[^，。；的]{1,6}?)?(?:有关)?规定的")
_NORM_OPENING = re.compile(
    r"(?:法律|行政法规|法规|规章)(?:、[^，。；]{2,6}?)*(?:或者国务院决定)?规定"
)
# A list of actors closed by 等 and the class they belong to (…、网络交易平台经营者等交易场所提供者).
# Words that end like an actor but name a place (居民住宅楼（院）内).
_NOT_ACTORS = frozenset(
    ("院", "局部", "内部", "外部", "或者", "再者", "前者", "后者", "两者", "动员")
    + ("布局", "格局", "结局", "大局", "全局", "全部", "部署", "配方", "处方", "药方", "大方")
    + ("上方", "下方", "前方", "后方")
    + ("出院", "住院", "入院", "转院")  # a patient's stay, not a hospital
    + ("宾馆", "旅馆", "餐馆", "饭馆", "茶馆", "酒馆", "场馆", "会馆", "网吧", "馆")
    + ("群组", "词组", "机组", "组", "长", "主", "队", "民主", "自主", "为主", "增长", "成长")
)
# The first of two bearers each with its own 的-modifier: (modifier的)(head)(join)….
_FIRST_OF_MODIFIED = re.compile(
    r"(?:凡)?([^的，。；]+?的)([^的，。；、和及或]{2,12}?)(?=和|、|及|或者|以及)"
)
# Levels of government that share the head after them (国家和省级网信部门).
_LEVELS = frozenset(("国家", "中央", "省", "市", "县", "省级", "市级", "县级", "地方"))
_REGIONS = _LEVELS | {
    "自治区",
    "直辖市",
    "区",
    "自治州",
    "州",
    "自治县",
    "乡",
    "镇",
    "以上",
    "各类",
}
# Units a list of fields names (网信、公安等主管部门): bare, they need the list.
# The offices of a field a body keeps (国务院|退役士兵安置工作|主管部门), and with them its units.
_FIELD_OFFICES = ("主管部门", "行政部门", "管理部门", "职能部门")
_FIELD_UNITS = (*_FIELD_OFFICES, "事业单位")
_ZONES = ("新区", "开发区", "试验区", "园区", "集聚区", "片区")
_ZONE_BODIES = re.compile(r"(?:、[^、，。；的]{1,10}?)+等?(?:管理)?(?:机构|部门|委员会)")
_BODY_LIST = re.compile(r"(?:、[^、，。；等的]{1,10})+等")
_THING_CLASS = re.compile(r"[^，。；]{0,6}?(?:工具|设施|设备|车辆|物品|产品|材料)")
_THING_LIST = re.compile(
    r"(?:、[^、，。；等]{1,10})+等[^、，。；等的]{0,6}?(?:事项|情况|内容|信息|材料|因素|工具|设施|设备)"
)
_LISTED_AS = re.compile(r"(?:[^、等]+、)+([^、等]+)等([^、等]{2,})")
_EXCEPTION = re.compile(r"除[^，。；]*外")
# A judgement the law directs (应当认定为, 视为, 视同): how a case counts, not what someone must do.
_JUDGED_AS = re.compile(r"(?:应当|应|不得|不)(?:予以)?(?:认定为|认定|视为|视同)")
# The disqualification formula: whoever falls under the list may not hold the post.
_DISQUALIFIED = re.compile(r"(有下列情形之一的)[，,](?=不得(?:担任|成为|从事|申请|再))")
# A place or time the duty holds in (在水资源不足的地区, 修复施工期间): no bearer, though 地区
# ends like one.
_WHERE = re.compile(r"在[^，。；]*?(?:地区|区域|地带|地段|水域|范围)内?|[^，。；]*期间")
_CHECKED_FIRST = re.compile(r"经[^，。；的]{1,10}?(?:鉴定|检查|检验|确认|认定|诊断)后?")
_UNMET = re.compile(r"未(?:依法)?(?:取得|办理|领取)[^，。；的]{1,30}")
_APPROVAL = re.compile(r"(?:未|非)?经[^，。；]{1,30}?(?:批准|同意|许可|审核|核准)")
_JUDGING = frozenset(("认定", "确定", "判断", "审查", "审理", "适用", "考虑"))
_THING_WORD_ENDS = (
    "书",
    "依据",
    "事项",
    "资料",
    "系统",
    "范围",
    "设备",
    "介质",
    "指标",
    "材料",
    "报告",
    "记录",
    "目录",
    "笔录",
    "议案",
    "草案",
    "决议",
)
_THING_ACTORS = ("平台", "中心", "系统")
# Verbs that bring a body into being: what they take as object does not exist yet to bear a duty.
_CREATES = re.compile(r"(?:申请)?(?:设立|开办|筹建|新设)")
# A body another sets up (各级人民政府举办的|公共就业人才服务机构): the body is who acts.
_FOUNDED_BODY = re.compile(
    r"([^，。；的]{2,20}?)(?:内部)?(?:设立|举办|建立|设置|成立|组建|派驻|指定|确定)的([^，。；的]{2,30})"
)
# 经省、自治区、直辖市人民政府批准在林区(设立的木材检查站): approved, then where
_APPROVED_AT = re.compile(r"经[^，。；的]{2,20}?批准(?:在[^，。；的]{1,10})?")
_BRACKETED_END = re.compile(r"[（(][^（()）]{1,4}[）)]$")
# An actor, then a joiner and a modifier of the next one (公安派出所|或者受…委托的社区服务机构).
_FIRST_THEN_MODIFIED = re.compile(
    r"([^，。；的]{2,20}?)(?:(?:或者|和|以及|、)(?:受|经|被|依法|负有)|及其(?:所属|下属))[^，。；]*的"
)
# What a thing has or is (运输车辆安全技术状况, …保存期限, 运输说明书): a verb-led name ending
# in one names a thing, not an activity.
_PROPERTIES = ("状况", "期限", "复印件", "台账", "说明书")
# What a body has that a verb may change or state (单位|名称, 企业|住所): after a body, a thing.
_ATTRIBUTE_NOUNS = frozenset(("名称", "地址", "住所", "代码", "性质", "类型"))
# One-character endings of the units a document may give its duties to (单采血浆站, 屠宰场).
_UNIT_ENDINGS = frozenset("站所场厂馆")
# What a document's repeated subject is when it is a thing (格式条款不得…, 请求书应当…).
_THING_NAMES = (*_THING_WORD_ENDS, "条款", "凭证", "证书", "证明", "文件", "合同", "协议", "标志")
_OBJECT_MARKERS = ("对", "将", "把", "向", "为", "给")
# Levels of government named alone as the ones bound (村, 乡、镇, 市、县（区）, 市和区县（市）).
_LEVEL = r"(?:各)?(?:县级市|郊区区县|区县|[省市县区乡镇村])(?:（(?:市|区|镇|市、区)）)?"
_LEVELS_ONLY = re.compile(rf"{_LEVEL}(?:(?:、|和|及|以及){_LEVEL})*")
# Who issues a ban rather than bears it (国家禁止…).
_ISSUERS = frozenset(("国家", "本市", "本省", "法律", "本法", "本条例", "本办法"))
# 由 marking an agent, not inside 自由/理由/经由/由于/由此 (but 登记管理由…负责: 管理|由).
_AGENT_YOU = re.compile(r"(?<![自理缘经事])由(?![于此])|(?<=[管处办审治]理)由(?![于此])")
_ANY_ENDS = ("任何单位", "任何组织", "任何个人")
_ANY_TAIL = re.compile(r"(?:和|或者|或|、|及)(?:个人|组织|单位)")
_INNER_MODAL = re.compile(r"应当|必须|不得")
_KIND = re.compile(r"^(?:有关|其他|下列|相关|任何|各)+")
_AGENT_AFTER_MODAL = re.compile(r"(?:应当|必须|应|须)(?:依法)?(?:在[^，。；由]{1,20}?)?由")
# 应当由国务院批准: the agent approves what someone else does; it bears nothing.
_APPROVES = re.compile(r"[^，。；]{0,6}?(?:组成|构成|担任|批准|审批|审核|核准|决定|认定|许可|备案)")
# Verbs jieba tags as nouns that make or keep a thing (娱乐场所设置的电子游戏机).
_KEEPS = frozenset(("设置", "安装", "配备", "出具", "制作", "发布", "发放", "采集", "存储", "保管"))
# Words jieba tags as nouns that are verbs before an actor (调解员组织当事人…).
_VERB_NOUNS = frozenset(("组织", "委托", "指导", "监督", "协调", "强制执行", "聘用", "聘任"))
# Verbs that take a norm as object (符合国家规定, 违反国务院规定): the issuer is no bearer.
# Verbs that send a matter to a body (报省级…部门批准, 交本市有关机关办理): the body named after
# them is where the matter goes, not who opens the sentence.
_SENDS = frozenset(("报", "送", "交"))
_NORM_VERBS = frozenset(("符合", "违反", "按照", "依照", "根据", "依据", "遵守", "执行"))
_NOT_PRONOUN = ("其他", "其中", "其余", "其次", "其实", "其后")
_CONJUNCTIONS = ("以及", "及其", "或者", "和", "及", "与")
_COPULAS = frozenset(("是", "为", "有", "系", "作为", "担任"))
# Nouns that close an organisation's name, after a verb jieba split out of it (支付|机构).
_UNIT_SUFFIXES = ("部门", "机构", "机关", "单位", "公司", "委员会")
_FUNCTIONS = frozenset(("主管", "监督管理", "行政主管", "行政"))
_ACTIVITY_NOUNS = ("活动", "业务", "工作", "服务", "作业")
# What an activity's verb acts on, after a 的-modifier (运输…含放射源的射线装置, 采伐林地上的林木)
_ACTED_ON = ("装置", "设备", "设施", "物质", "物品", "林木", "材料", "产品", "货物", "废物", "药品")
_NOT_SUBJECT = ("p", "d", "u", "r")
# A count before a name (两个|以上|生产经营单位): numerals, measure words, 以上/以下.
_QUANTIFIER_TAGS = frozenset(("m", "mq", "q", "f"))
# Determiners that open a name (各级人民政府, 本级人民政府) though jieba tags them pronouns.
_DETERMINERS = frozenset(("各级", "各", "本级", "各个", "每个", "该", "本", "各自", "各种", "各类"))
# Inside a name, after the actor that opens it (市和区人民政府|其他|部门).
_NAME_DETERMINERS = _DETERMINERS | {"其他", "内部", "一切"}  # 单位|内部|治安保卫|人员: one name
# Verbs taking a clause, after which the actor before them is the subject (人民检察院发现…的部门…).
_CLAUSE_TAKING = frozenset(
    ("发现", "认为", "知道", "获悉", "收到", "接到", "需要", "主张", "请求", "要求")
)
# A quantifier is no part of the shortest bearer (多个安全责任人 → 安全责任人).
_QUANTIFIER = re.compile(r"^(?:多个|若干|数个|[两二三四五六七八九十]个)(?!以上|以下)")
_TIME = re.compile(
    r"^(?:[\d一二三四五六七八九十]+年内|终身(?!教育|学习)|同时|此外|其中|必要时|期间|届时"
    # 包修期内修理者, 三包有效期内销售者: a period before the bearer
    r"|[^，。；的]{1,6}?期内(?=[^，。；]{2})"
    # 现场勘查过程中发现当事人…的: the course of an activity, then who acts in it
    r"|[^，。；的对在]{2,8}?过程中(?=[^，。；]{2})"
    # 自处分决定作出之日起十年内: a time span, no bearer
    r"|自[^，。；]{1,24}?(?:之日|之时|后)起(?:[\d一二三四五六七八九十]+(?:年|个月|日)内)?$"
    # 前款规定的经营快递业务的企业: a pointer back before the bearer's own modifier
    r"|(?:前款|前两款|本条|上述)(?:规定|所列|所称|所述)的"
    r"(?=[^，。；的]{2,12}的[^，。；的]{0,8}?(?:者|人|企业|单位|机构|部门)))"
)
_NOT_NOUN = ("v", "p", "d", "c", "u", "r", "x", "m", "q", "t", "f", "zg", "a", "z", "i")
# What a bearer includes, said in brackets after it (住宅小区(含办公、商业用房)): no part of it.
_INCLUDES_AT_END = re.compile(r"[（(](?:含|包括)[^（()）]{1,20}[）)]$")
# A place named by what it is near (学校周边, 距中小学周围…范围内): where a ban holds, not who.
_NEAR = re.compile(r"^距(?!离)|(?:周边|周围|附近)(?:[^，。；]{0,16}?范围内)?$")
# A count of households (一户, 四百户): how many, not who.
_COUNTED = re.compile(r"^[\d一二三四五六七八九十百千万两几]+户$")
# An act's word and 前/后 before the bearer (建设前有关部门应当…, 开工后施工单位应当…).
_ACT_TIME = re.compile(r"^([\u4e00-\u9fff]{2,8}?)[前后](?![的款条项述列两三])(?=[^，。；]{2})")
# Actors that follow a verb as its object far more often than they head a name (影响国家).
_OBJECT_ACTORS = frozenset(("国家", "个人", "用户", "公民", "他人", "社会", "客户"))
_PERSONS = frozenset(
    ("自然人", "法人", "非法人组织", "其他组织", "消费者", "未成年人", "劳动者", "职工")
    + ("罪犯", "未成年犯", "退役军人", "残疾人", "老年人")
)
# After a verb-led phrase, a list of objects follows (变更经营主体、业务范围…): not a name.
_LIST_JOINS = ("、", "和", "或", "及", "与")
_ATTRIBUTES = frozenset(("共同", "一般"))
_IN_PERSON = frozenset(("个体", "个人"))
_WITHIN = (
    "内",
    "境外",
    "以外",
    "所在地",
    "发生地",
    "举办地",
    "住所地",
    "经营地",
    "服刑地",
    "居住地",
    "户籍地",
    "安置地",
    "注册地",
    "灾区",
    "住宅区",
    "所属",  # 市农业机械化主管部门所属的…机构: the body under another, named by its own name
)
_RELATIONAL = frozenset(("使用者", "所有者", "所有人", "所有权人", "使用权人"))
_MANNER = frozenset(
    ("当场", "当面", "依法", "书面", "口头", "先行", "事后", "定期", "另行", "统一", "对外", "对内")
)
# Acts jieba tags as nouns (律师|执业, 用户|用电)
_PERSON_ENDS = ("警察", "人员", "医师", "教师", "律师", "法官", "检察官")
_PRACTISES = frozenset(("执业", "行医", "开业", "经营", "用电", "用水", "用气", "用热", "纳税"))
_MODAL_WORDS = frozenset(
    ("有权", "无权", "应当", "应", "可以", "不得", "必须", "须", "禁止", "严禁")
)
_JOIN = frozenset(("、", "和", "及", "以及", "或者", "或", "与"))
# 以及 before 及, 或者 before 或: which joiner a text ends with
_JOINS_LONGEST_FIRST = tuple(sorted(_JOIN, key=len, reverse=True))


# What opens a condition before its activity: a place, a source, a purpose, a means, a reason, an
# approval (在…, 从…, 为…, 以…, 用…, 通过…, 因…, 经批准…).
_PLACE_OR_MEANS = ("在", "从", "为", "以", "用", "通过", "因", "经")


def _located_activity(lx: Lexicon, cond: str) -> bool:
    """A condition that opens with where, from where, by what means or why, then an activity
    (在期货交易所进行期货交易的, 从境外引进…的, 以出让方式取得土地使用权的, 因…需要临时占用
    城市道路的, 经批准临时占用…的): LABELS.md's headless bearer, whoever does it."""
    if not cond.startswith(_PLACE_OR_MEANS) or lx.thing_end.search(cond):
        return False
    words = segment(cond)
    at = len(words[0])
    for w in words[1:12]:
        if lx.activity_start.match(cond[at:]) and word_tags().get(w, "x").startswith("v"):
            return True
        at += len(w)
    return False


# The body under one named before (其所属的…管理处): the body itself is named after it.
_BELONGS = re.compile(r"^其?所属的")
# Verbs by which one party puts another to work (禁止聘用…的驾驶人驾驶校车): the one put to work
# is the object of the ban, not its bearer.
_DIRECTS = re.compile(r"聘用|雇用|招用|指派|安排|强迫|强令|唆使|组织|允许|放任")
# A negation opening a clause, before the preposition it negates (未与直销企业…签订…的人员).
_NEGATION = re.compile(r"^(?:未|不|没有|尚未)")
# A body and the one it empowers (采购人或者其委托的采购代理机构): two bearers.
_OR_ITS = re.compile(r"(.{2,30}?)(?:或者|或)其(?:授权|委托|指定)")


def _act_time(lx: Lexicon, clause: str, m: re.Match[str]) -> bool:
    """Whether ``clause`` opens with a moment named by an act (建设前, 工程竣工验收前), not by
    whoever acts (建设单位在开工前) nor by a thing (事前, 此后), and 前/后 is a word of its own
    (not 经批准前往…)."""
    act = m[1]
    if len(segment(clause[: m.end()])[-1]) > 1:
        return False
    if len(act) == 2:
        return word_tags().get(act, "x") in ("v", "vn")
    words = segment(act)
    return (
        word_tags().get(words[-1], "x") in ("v", "vn")
        and not act.startswith(lx.prepositions)  # 对未进行离岗前…的劳动者: inside an object
        and not act.startswith("本")  # 本条例施行前…的企业: left to the rules of the modifier
        and not any(w in ("在", "的") or _is_actor(lx, w) for w in words)
    )


def _strip(lx: Lexicon, clause: str) -> str:
    """Drop list markers, adverbs and time words around the bearer (还应当 → '', 五年内 → '')."""
    clause = _INCLUDES_AT_END.sub("", _MARKER.sub("", clause.strip()))
    if clause.startswith("责令") and not clause.startswith("其", 2):
        clause = clause[2:]  # 责令侵权人不得…: the one ordered is the one bound (责令其…: see 其)
    elif clause.startswith(_BANS) and _ANY.match(clause[2:]):
        clause = clause[2:]  # 严禁任何单位和个人为…，严禁为…: the banned, not the ban
    while True:
        m = _TIME.match(clause) or _BELONGS.match(clause) or _ACT_TIME.match(clause)
        if m and m.re is _ACT_TIME and not _act_time(lx, clause, m):
            m = None  # 建设前|有关部门: a time named by an act (but not 事前, 此后)
        if m:
            # 其中的会计人员; 其所属的…管理处: the body under the one named before acts
            clause = clause[m.end() :].strip().removeprefix("的")
        before = clause
        tail = lx.adverb_tail.search(clause)
        if tail and (len(tail.group()) > 1 or segment(clause)[-1] == tail.group()):
            clause = clause[: tail.start()]  # …，处理者则: but not 处理规|则, part of 规则
        if not lx.activity_start.match(clause):
            m = lx.adverb_head.match(clause)
            if (
                m
                and m.end() < len(clause)
                and not _attribute(clause, m.end())
                and not _opens_kept_modifier(lx, clause, m.end())
                # not 并网双方: a one-character adverb must be a word of its own
                and (len(m.group()) > 1 or segment(clause)[0] == m.group())
            ):
                clause = clause[m.end() :]
        if clause == before:
            return clause


def _opens_kept_modifier(lx: Lexicon, clause: str, end: int) -> bool:
    """An adverb opening a 的-modifier kept before a generic head (依法负有处理职责的行政机关):
    part of the name as written."""
    rest = clause[end:]
    if "的" not in rest:
        return False
    np = _noun_phrase(lx, rest)
    return bool(np) and "的" in np and rest.startswith(np)


def _attribute(clause: str, end: int) -> bool:
    """An adverb that is an attribute of the actor right after it (共同受托人, 一般纳税人)."""
    return clause[:end] in _ATTRIBUTES and _actor_word(segment(clause[end : end + 8])[0])


def _prepositional(lx: Lexicon, text: str) -> bool:
    """Whether ``text`` opens with a preposition as a word (从 in 从…起, not 从事; 对, not 对外)."""
    if not text.startswith(lx.prepositions):
        return False
    first = segment(text[:8])[0]
    if first in lx.prepositions:
        return True
    p = max((p for p in lx.prepositions if text.startswith(p)), key=len)
    tag = word_tags().get(first, "x")
    if len(first) <= len(p) or not (tag.startswith(("v", "n", "l")) or first in ("当地", "当事人")):
        return True
    # 对外|部人员 is 对|外部人员: the preposition is a word when what follows it is one
    after = segment(text[len(p) : len(p) + 8])[0]
    if len(p) + len(after) <= len(first):
        return False  # 对外贸易|经营者: one word holds the preposition and what follows it
    tag = word_tags().get(after)
    return len(after) > 1 and tag is not None and not tag.startswith(("v", "d", "u"))


def _is_actor(lx: Lexicon, word: str) -> bool:
    return _actor_word(word)


@lru_cache(maxsize=65536)
def _actor_word(word: str) -> bool:
    """Whether a word names an actor (cached: called for every word of every bearer clause)."""
    lx = lexicon()
    if word in lx.actors:
        return True
    if word in _NOT_ACTORS or word_tags().get(word, "x").startswith("v"):
        return False  # 布局, 举办, 签署: a thing or a verb that ends like an actor
    if word.startswith(tuple(_NORM_VERBS)):
        return False  # 符合国家 (jieba's one word in 有符合国家规定的事由): a norm, not an actor
    named = next((p for p in _PROVINCES if word.endswith(p) and len(word) > len(p) + 1), None)
    if named and word_tags().get(word) == "ns":
        return True  # 海南省应当…, 西藏自治区…: a province named as the one bound
    if word.endswith(("机组", "群组", "词组", "为主", "器官", "布局", "格局")):
        # 发电机组: a machine, not a group of people; 预防为主: a principle; 器官; 产业布局: a plan
        return False
    if word.endswith("户") and (
        word.endswith(("账户", "窗户", "开户", "门户", "落户", "入户")) or _COUNTED.match(word)
    ):
        return False  # 户 names a household (排水户, 住户), not an account, a window or a count
    if word.startswith("跨") and len(word) > 2:
        return False  # 跨地区的河流, 跨部门: across bodies, not one
    return bool(lx.actor_suffix.search(word))


def _own_actor(lx: Lexicon, tags: dict[str, str], modifier: str) -> bool:
    """Whether a 的-modifier opens with its own actor and verb after a verb (…撤销|政府举办|的)."""
    words = segment(modifier)
    return any(
        _actor_word(w) and tags.get(v, "x") == "v" and tags.get(words[k - 1], "x") in ("v", "x")
        for k, (w, v) in enumerate(zip(words, words[1:], strict=False))
        if k
    )


_LOCAL_MODIFIER = re.compile(r"(?!设立|建立|设置|筹集|安排)[^，。；的应不必须可]{1,12}的")
_SITE_OF = re.compile(r"(?:发生|所在)地(?=区、|区县|县、)")
_OWNED_AFTER = re.compile(r"[^，。；的]{1,12}的")


def _noun_phrase(lx: Lexicon, clause: str) -> str | None:
    """The bearer noun phrase opening ``clause``, or None if it names no actor."""
    m = (
        _ANY.match(clause)
        or _ISSUER_LIST.match(clause)
        or _EACH_FIRST.match(clause)
        or _GUARDIANS.match(clause)
    )
    if m:
        return m.group()
    if clause.startswith(("为", "向")) and "的" in clause and _ends_in_actor(lx, clause):
        # 为排放大气污染物的单位和个人提供生产经营场所的出租人: the actor the whole clause names
        tail = clause[clause.rindex("的") + 1 :]
        if _noun_phrase(lx, tail) != tail:
            return None
        return clause if _generic(lx, tail) else tail  # 为…出具证明材料的组织: kept whole
    place = _SITE_OF.match(clause)
    if place:
        # 发生地|区、县人民政府 (jieba: 发生|地区): the site, then the levels that share a head
        rest = _noun_phrase(lx, clause[place.end() :])
        return (
            clause[: place.end()] + rest if rest and clause.startswith(rest, place.end()) else None
        )
    tags = word_tags()
    words = segment(clause)
    pos, spans = 0, []
    for w in words:
        spans.append((pos, pos + len(w), w))
        pos += len(w)
    head = None
    for i, (_, end, w) in enumerate(spans):
        if w == "的":
            continue
        tag = tags.get(w, "x")
        if not i and w == "方":
            continue  # 方决定…: the adverb (only then), not a party
        if (
            not i
            and w == "组织"
            and len(spans) > 2
            and tags.get(spans[1][2], "x") == "v"
            and not _names_unit(lx, [v for _, _, v in spans[2:4]])
        ):
            continue  # 组织|编制|…规划: the verb that opens an activity (but 组织|编制|机关)
        if w in lx.actors or (_is_actor(lx, w) and not tag.startswith(("v", "p", "d", "c", "a"))):
            if i and tags.get(spans[i - 1][2], "x").startswith("p"):
                continue  # the object of a preposition (以未成年人为服务对象的…)
            if _after_jing(lx, [v for _, _, v in spans[max(0, i - 3) : i + 2]]):
                continue  # 规划|经|市|人民政府|批准: who approves (jieba tags 经 a noun)
            if i and w in _OBJECT_ACTORS and tags.get(spans[i - 1][2], "x") == "v":
                continue  # 担负|国家…重点工程的…人员: the object of a verb, not who acts
            if (
                w in _ISSUERS
                and i + 2 < len(spans)
                and spans[i + 1][2] in ("各级", "各")
                and not _is_actor(lx, spans[i + 2][2])
            ):
                continue  # 本市|各级|卫生和计划生育、…等行政部门: the place of the bodies named later
            if w in ("本市", "本省") and _LOCAL_MODIFIER.match(clause, end):
                continue  # 本市继续教育的学术团体, 本市制作的影视作品: where, not who
            nxt = spans[i + 1][2] if i + 1 < len(spans) else ""
            if nxt == "规定" and i and spans[i - 1][2] in _NORM_VERBS:
                continue  # 有符合国家规定的事由: a norm source inside a condition, not an actor
            if i and _NORM_IN_MODIFIER.match(clause, end):
                continue  # 超过国家或者地方规定的排放标准的企业: a norm source in the modifier
            compound = (
                (
                    bool(nxt)
                    and nxt not in _JOIN
                    # 复制单位|经|所在地…批准, 公证机构|经审查: jieba tags 经 (经审查) a noun
                    and not (nxt.startswith(("经", "由")) and not _actor_word(nxt))
                    and _nounish(tags.get(nxt, "p"), nxt)
                    and not _verb_word(lx, nxt)
                    and not (len(nxt) > 2 and lx.activity_start.match(nxt))  # 机构|开展业务
                    and not _unit_acts(lx, tags, w, [w for _, _, w in spans[i + 1 : i + 4]])
                    and not _adverbial(tags, spans, i + 1)  # 人民法院|在线|开展
                    and nxt not in _CLAUSE_TAKING  # 信息处理者|主张: jieba tags 主张 a noun
                    and not _how_it_acts(tags, [w for _, _, w in spans[i + 1 : i + 3]])
                    and not _person_acts(
                        lx,
                        tags,
                        w,
                        [v for _, _, v in spans[i + 1 : i + 4]],
                        i > 0 and tags.get(spans[i - 1][2], "x").startswith("v"),
                    )
                    and not (
                        nxt in _VERB_NOUNS and i + 2 < len(spans) and _is_actor(lx, spans[i + 2][2])
                    )
                    and not _verb_noun_as_verb(lx, tags, spans, i + 1)
                    and not _relative_verb(lx, tags, spans, i + 1)
                    # 操作人员|作业|前: the actor at work, then when (the time word may be stripped)
                    and not (
                        nxt == "作业"
                        and (i + 2 == len(spans) or spans[i + 2][2] in ("前", "时", "后", "中"))
                    )
                )
                or _name_continues(lx, tags, spans, i)
                # 教育、公务员|管理|等|行政部门: the last field of a list closed by 等 and its class
                or (i + 2 < len(spans) and spans[i + 2][2] == "等" and "、" in clause[:end])
            )
            if nxt in ("的", "之") or compound:
                continue  # a modifier (运营者的主要负责人) or part of a longer noun (平台服务)
            if (
                "的" in clause[end : end + 16]
                and nxt != "是"  # 调解人员是…的近亲属: the subject of 是, not inside a modifier
                and not _ALIAS_DEFINED.match(clause, end)  # 上海市物价局（以下简称市物价局）是…
                # 经营快递业务的企业或者…的第三方企业: two modified bearers, the first (but
                # 种子企业或者其他单位的法定代表人: owners of one role)
                and not (
                    nxt in ("或者", "或", "和", "以及")
                    and w in lx.generic_heads
                    and not clause[clause.find("的", end) + 1 :].startswith(tuple(lx.role_heads))
                )
                # 社区卫生服务站和有条件的村卫生室: a second bearer with a modifier of its own (but
                # A和受委托…的组织中的监察员: the ones of both)
                and not (
                    nxt in ("或者", "或", "和", "以及")
                    and not _OWNED_AFTER.match(clause, clause.find("的", end) + 1)
                    and not any(
                        _actor_word(v)
                        for v in segment(clause[end + len(nxt) : clause.find("的", end)])
                    )
                )
                and (
                    not _subject_follows(tags, spans, i)
                    or (nxt in ("为", "在") and _ends_in_actor(lx, clause))
                )
                and _later_actor(lx, clause, end)
                # 受托人履行…使用单位的义务: a verb, and the clause ends in a thing: the actor
                # is its subject
                and not (
                    tags.get(nxt, "x").startswith("v")
                    # (本部门和本行业…规划: 本 points back to the actor, it names no other)
                    and not _foreign_actor(tags, clause[clause.find("的", end) + 1 :])
                    and not any(
                        _actor_word(v) for v in segment(clause[end : clause.find("的", end)])
                    )
                )
                # 区人民政府合并、撤销政府举办的…机构: the modifier has its own actor, so the
                # verb before it takes the modified thing as its object
                and not (
                    tags.get(nxt, "x").startswith("v")
                    and _own_actor(lx, tags, clause[end + len(nxt) : clause.find("的", end)])
                )
            ):
                continue  # inside a leading 的-clause (…国家网信部门规定数量的个人信息处理者)
            if not _plain_prefix(lx, tags, spans, i):
                continue  # 未经用户, 包括但不限于用户: the actor is an object, not the bearer
            head = (i, _levels_end(spans, i) or end)
            break
    if head is None:
        return None
    i, end = head
    end = _shared_end(lx, spans, i, end)
    np = clause[:end]
    kept_modifier = False
    if "的" in np:
        cut = np.rindex("的")
        modifier, noun = np[:cut], np[cut + 1 :]
        parts = _FIRST.split(noun)
        if (
            len(parts) > 1
            and parts[0]
            and not _is_actor(lx, segment(parts[0])[-1])
            and _has_verb(lx, parts[0])
            and _leading_actor(modifier) == modifier
        ):
            # 用人单位的登记事项发生变更或者用人单位依法终止: the owner's thing changes, or
            # the owner acts; the owner bears the duty, not a name ending at the second actor
            return modifier
        if _generic(lx, noun) or noun in _RELATIONAL:
            # 作出决定的部门, 临时使用土地的使用者: the head needs its modifier
            kept_modifier = True
        elif (its := _OR_ITS.fullmatch(modifier)) and _leading_actor(its[1]) == its[1]:
            return its[1]  # 采购人或者其委托的采购代理机构: two bearers, the first
        elif (
            modifier.endswith(_WITHIN)
            and "、" in modifier
            and (listed := _leading_actor(modifier[: modifier.rindex("、")]))
            and modifier.startswith(listed)
        ):
            # 直销企业及其分支机构、所在地的服务网点和直销员: bearers listed before the local one
            return _first_bearer(lx, listed)
        elif _has_verb(lx, modifier) or modifier.endswith(_WITHIN):
            np = noun  # 取得认证资格的…提供者, 供电营业区内的供电营业机构: where it acts
            first = _first_bearer(lx, modifier, _FIRST_IN_MODIFIER)
            unit = next((u for u in _UNIT_SUFFIXES if noun.endswith(u)), None)
            if (
                first != modifier
                and unit
                and first.endswith(unit)
                and _leading_actor(first) == first
            ):
                # 省大数据主管部门和市、县人民政府承担…的管理部门: two bodies of one kind, the first
                return first
        elif _POSSESSED.fullmatch(noun):
            np = noun  # 未成年人的监护人: a specific head drops whose it is
        else:
            kept_modifier = True
    if kept_modifier:
        np = clause[: _coordinated_end(lx, spans, i, end)]
        first = _FIRST_OF_MODIFIED.match(np)
        if first and np.count("的") > 1 and _is_actor(lx, first.group(2)):
            # 凡…办理储蓄业务的储蓄机构和参加储蓄的个人: two modified bearers, the first
            head = first.group(2)
            owner = first.group(1)[:-1]
            if _generic(lx, head) or (
                not _has_verb(lx, owner) and _is_actor(lx, segment(owner)[-1])
            ):
                return first.group(0)  # 疾病预防控制机构、医疗机构的实验室: owners kept
            return first.group(0)[first.start(2) :]
        cut = np.index("的")
        heads = _FIRST.split(np[cut + 1 :])
        if len(heads) > 1 and (
            heads[0] in lx.role_heads
            or (
                _is_actor(lx, heads[0])
                and not _generic(lx, heads[0])
                and _first_bearer(lx, np[:cut], _FIRST_IN_MODIFIER) == np[:cut]
            )
            # 负责…管理的部门、公安机关: a named body after the modified one is a second
            # bearer (but 作出决定的部门、单位 share the modifier)
            or (
                len(heads) == 2
                and _generic(lx, heads[0])
                and _is_actor(lx, heads[1])
                and not _generic(lx, heads[1])
                and heads[1].endswith(("机关", "机构", "部门", "政府"))
            )
        ):
            # 非银行支付机构的控股股东、实际控制人: two roles, the first
            return np[: cut + 1 + len(heads[0])]
        first = _first_bearer(lx, np[:cut], _FIRST_IN_MODIFIER)
        if (
            first != np[:cut]
            and not _NORM_IN_MODIFIER.match(np, len(first))
            and (
                not noun.endswith(_SUB_UNITS)
                or (
                    _has_verb(lx, np[len(first) : cut])
                    and not any(role in np[:cut] for role in lx.role_heads)
                )
            )
        ):
            # 网络运营者、网络产品或者服务的提供者: several bearers, the first; but in
            # 省人民政府、设区的市人民政府的有关部门 the units belong to both
            np = first
    elif "的" not in np and not _ANY.match(np):
        zone = _ZONE_BODIES.match(clause, len(np)) if np.endswith(_ZONES) else None
        if zone:
            return clause[: zone.end()]  # 开发区、新区管理机构: the bodies that run the zones
        if clause.startswith("、", len(np)) and _THING_LIST.match(clause, len(np)):
            return None  # 合作方、研究目的、研究内容等重大事项: a list of things
        # kinds of body listed (机关、团体…等单位), not a named one first (海关、邮政管理等部门)
        listing = clause.startswith("、", len(np)) and (np in lx.generic_heads or "、" in np)
        bodies = _BODY_LIST.match(clause, len(np)) if listing else None
        if bodies:
            kind = _noun_phrase(lx, clause[bodies.end() :])
            if kind in (*lx.generic_heads, *_FIELD_UNITS) and clause.startswith(kind, bodies.end()):
                return clause[: bodies.end() + len(kind)]  # 机关、团体、企业、事业等单位
        if clause.startswith("等", len(np)) and _THING_CLASS.match(clause, len(np) + 1):
            return None  # 机动车、…、机动船舶等交通运输工具: a list of things
        if clause.startswith("等", len(np)) and "、" in np:
            tail = _noun_phrase(lx, clause[len(np) + 1 :])
            if tail and clause.startswith(tail, len(np) + 1):
                np = f"{np}等{tail}"
        listed = _LISTED_AS.match(np)
        kinds = _FIRST.split(_DETERMINER.sub("", listed.group(2))) if listed else []
        if kinds and all(k in (*lx.generic_heads, *_FIELD_UNITS) for k in kinds):
            return np  # 机关、团体、企业、事业等单位, 公安、保密等部门和单位: the list bears it
        if (
            listed
            and _is_actor(lx, listed.group(2))
            and word_tags().get(segment(listed.group(2))[0]) != "v"  # 公告等需要公布企业…: an act
            and (
                _is_actor(lx, listed.group(1))
                # 网络游戏、网络直播等网络服务提供者: examples of a kind of actor, not the fields
                # that name departments (网信、公安等部门)
                or not listed.group(2).endswith((*_UNIT_SUFFIXES, "政府", "主管部门"))
                # …、消防安全评估等消防技术服务机构: a named class (departments are named by
                # the fields listed: 网信、公安、保密等安全监督管理部门)
                or (len(listed.group(2)) > 4 and not listed.group(2).endswith(("部门", "政府")))
            )
        ):
            if (
                len(listed.group(2)) <= 2
                and not _is_actor(lx, listed.group(1))
                and word_tags().get(segment(np)[0], "x") != "v"
            ):
                # 广播、电视、报刊等媒体: a bare class word needs the kinds listed, as a generic
                # head needs its modifier (but 新闻媒体 is a class of its own)
                return np
            return listed.group(2)  # 卖场、商场…经营者等交易场所提供者: the class the list names
        np = _first_bearer(lx, np)
    tail = _ANY_TAIL.match(clause, len(np)) if np.endswith(_ANY_ENDS) else None
    if tail and clause.startswith(np):
        np += tail.group()  # …以外的任何单位或者个人: one bearer, as 任何单位和个人 is
    if np.endswith("本人") and len(np) > 2 and _is_actor(lx, np[:-2]):
        np = np[:-2]  # 鉴定人本人或者其近亲属: 本人 restates the bearer
    inner = _INNER_MODAL.search(np, 1)
    if inner:
        # 医疗机构应当确定专门的部门或者人员 (its modal read as a relative clause's): the
        # bearer ends where the modal begins
        return _noun_phrase(lx, np[: inner.start()])
    if np.endswith("企业") and "的" in np and clause.startswith(np + "、事业单位"):
        # 制造计量器具的企业、事业单位: one class of body the modifier names (企事业单位); bare,
        # 企业、事业单位、社会组织 are several bearers, the first
        np += "、事业单位"
    if np.count("（") > np.count("）") and clause.startswith(np) and "）" in clause[len(np) :]:
        # 中医（专长）医师: a bracket inside the name; the name goes on after it closes
        close = clause.index("）", len(np)) + 1
        after = _noun_phrase(lx, clause[close:])
        np = clause[:close] + (after if after and clause.startswith(after, close) else "")
    return _QUANTIFIER.sub("", np) or np


def _levels_end(spans: list[tuple[int, int, str]], i: int) -> int | None:
    """Where a list of levels sharing one head ends (国家和省、自治区、直辖市网信部门), or None."""
    if spans[i][2] not in _LEVELS:
        return None
    j = i + 1
    while j < len(spans) and (
        spans[j][2] in _JOIN or spans[j][2] in _REGIONS or spans[j][2] in _DETERMINERS
    ):
        j += 1
    if j > i + 2 and j < len(spans) and _actor_word(spans[j][2]):
        return spans[j][1]  # 中央和县级以上地方各级各类档案馆
    return None


def _after_jing(lx: Lexicon, words: list[str]) -> bool:
    """Whether an actor (the second-last of ``words``) is the object of 经, the one who approves,
    not who acts: 经 and at most a level or place right before it, and a verb of approval right
    after it (规划|经|市|人民政府|批准; but 经|海关|进口的机动车)."""
    before, after = words[:-2], words[-1]
    if "经" not in before or after not in _APPROVAL_VERBS:
        return False
    between = before[len(before) - before[::-1].index("经") :]
    return all(not _is_actor(lx, w) and len(w) <= 3 and w not in _JOIN for w in between)


_APPROVAL_VERBS = frozenset(
    ("批准", "同意", "审批", "核准", "许可", "认定", "审核", "审查", "审定", "备案", "登记")
)


def _verb_noun_as_verb(
    lx: Lexicon, tags: dict[str, str], spans: list[tuple[int, int, str]], j: int
) -> bool:
    """组织 as the verb after an actor (旅行社组织、接待旅游者; 旅行社组织旅游活动): an object or
    a coordinated verb follows it, where a name would end (行业组织应当, 行业组织和…)."""
    if spans[j][2] not in _VERB_NOUNS or j + 1 >= len(spans):
        return False
    after = spans[j + 1][2]
    if after == "、":
        return j + 2 < len(spans) and tags.get(spans[j + 2][2], "x").startswith("v")
    tag = tags.get(after, "x")
    return (
        after not in _MODAL_WORDS
        and after not in _JOIN
        and after != "的"
        and tag.startswith(("n", "v", "b"))  # 组织|大型…活动: an object its adjective opens
        and not _actor_word(after)
    )


def _relative_verb(
    lx: Lexicon, tags: dict[str, str], spans: list[tuple[int, int, str]], j: int
) -> bool:
    """A verb of making or keeping after an actor and before 的 and a thing (娱乐场所|设置|的|
    电子游戏机): the actor did it, so the thing is the actor's; the verb ends the actor's name
    (but 学校|教育|的|培养目标 is a noun)."""
    if spans[j][2] not in _KEEPS or j + 2 >= len(spans) or spans[j + 1][2] != "的":
        return False
    return not _is_actor(lx, spans[j + 2][2])


_SIZES = frozenset(("大型", "中型", "小型", "微型", "重型", "超大型", "特大型"))


def _adverbial(tags: dict[str, str], spans: list[tuple[int, int, str]], j: int) -> bool:
    """A distinguishing word used as an adverb: 在线 before a verb (人民法院在线开展…)."""
    return (
        (tags.get(spans[j][2], "x") == "b" or spans[j][2] == "新")  # 经营企业新设立…: newly
        and spans[j][2] not in _SIZES  # 本市|大型|生活垃圾…单位: what size, never how
        and j + 1 < len(spans)
        and tags.get(spans[j + 1][2], "x").startswith("v")
    )


_COVERS = frozenset(("是", "仅限于", "限于", "包括", "属于"))


def _plain_prefix(
    lx: Lexicon, tags: dict[str, str], spans: list[tuple[int, int, str]], i: int
) -> bool:
    """Whether the words between the last 的 (or the start) and the actor at ``i`` only name it:
    no preposition, adverb or conjunction but 和/及其 (未经用户, 外国银行对该分行). Verbs are let
    through: jieba splits names around them (公共数据提供单位, 登记机构)."""
    j = i
    while j > 0 and spans[j - 1][2] != "的":
        j -= 1
    words = [w for _, _, w in spans[j:i]]
    # 长途客运、机动车租赁等业务经营者: the kinds a 、…等 list names are nouns, whatever jieba
    # tags them (长途 an adverb)
    listed = "、" in words and "等" in words
    for k, w in enumerate(words):
        if w in _JOIN or w == "及其" or w in _ATTRIBUTES or _is_actor(lx, w):
            continue
        if w == "被" and k == len(words) - 2 and tags.get(words[-1], "x") == "v":
            continue  # 被|指定|单位, 被|检查|单位: a name with a passive verb
        if listed and len(w) > 1 and tags.get(w, "x") == "d":
            continue
        if w in _COVERS or tags.get(w, "x").startswith(("p", "d", "c", "ad")):
            return False  # …的范围仅限于劳动者: the actor is what the verb covers
    return True


def _acts(tags: dict[str, str], word: str) -> bool:
    """Whether ``word`` is what an actor does (缴纳, 执业) rather than what it has (个人信息)."""
    return word in _PRACTISES or tags.get(word, "x").startswith("v")


def _how_it_acts(tags: dict[str, str], after: list[str]) -> bool:
    """Whether the words after an actor say what it does or how (用户|用电|不得, 医师|个体|行医)
    rather than go on naming it (医师|执业|证书)."""
    if not after:
        return False
    if after[0] in _PRACTISES:
        return len(after) == 1 or not tags.get(after[1], "x").startswith(("n", "vn"))
    return after[0] in _IN_PERSON and len(after) > 1 and _acts(tags, after[1])


def _person_acts(
    lx: Lexicon, tags: dict[str, str], word: str, after: list[str], object_of_verb: bool = False
) -> bool:
    """Whether a person is followed by what the person does (交通警察|调查|违法行为): a verb
    jieba tags a noun, then no unit or person that would close a longer name. An agent noun
    (出票人|制作|票据) is read so where a noun follows as the verb's object, unless a verb
    before makes the three one thing it acts on (发展|残疾人|教育|事业)."""
    agent = len(word) > 2 and word.endswith(("人", "者")) and not object_of_verb
    return (
        len(after) > 1
        and (word.endswith(_PERSON_ENDS) or (agent and tags.get(after[1], "x").startswith("n")))
        and tags.get(after[0], "x") in ("v", "vn")
        and not any(_is_actor(lx, v) for v in after[1:])
        and not _names_unit(lx, after[1:])
    )


def _unit_acts(lx: Lexicon, tags: dict[str, str], word: str, after: list[str]) -> bool:
    """Whether a unit is followed by what it does (民政部门|调查|养老机构, 部门|组织|审查) rather
    than by more of its name (部门|相关|机构, 事业单位|登记|管理|机构, 公安机关|交通|管理部门)."""
    return (
        bool(after)
        and word.endswith((*_UNIT_SUFFIXES, "法院", "检察院"))  # 人民检察院|审查|批准
        and (tags.get(after[0], "x") in ("v", "vn") or after[0] == "组织")
        and after[0] != "相关"
        and not _names_unit(lx, after[1:3])
    )


def _name_continues(
    lx: Lexicon, tags: dict[str, str], spans: list[tuple[int, int, str]], i: int
) -> bool:
    """Whether the actor at ``i`` opens a longer name that ends in an actor within three more
    words (中国人民银行征信管理部门, 商业银行数据上报部门, 国家|畜禽|遗传|资源|委员会), or in the
    office of a field within five (国务院|退役|士兵|安置工作|主管部门)."""
    window = [w for _, _, w in spans[i + 1 : i + 5]]
    if _field_unit_follows(tags, [w for _, _, w in spans[i + 1 : i + 7]]):
        return True
    if window and window[0] in ("经", "由"):
        return False  # 用人单位|经|职工|同意: a preposition jieba tags a noun, not more of a name
    if window and window[0] in _MANNER:
        return False  # 国家能源局|统一|组织…: how the body acts, not more of its name
    if len(window) > 1 and window[0] in _VERB_NOUNS and _is_actor(lx, window[1]):
        return False  # 调解员|组织|当事人…: 组织 is the verb
    if _how_it_acts(tags, window):
        return False  # 用户|用电, 律师|个人|执业: the act, not a longer name
    if i + 1 < len(spans) and _verb_noun_as_verb(lx, tags, spans, i + 1):
        return False  # 旅行社|组织|旅游活动: 组织 is the verb
    if _unit_acts(lx, tags, spans[i][2], window):
        return False
    if (
        spans[i][2].endswith(("部门", "机关"))
        and window
        and tags.get(window[0], "x") == "v"
        and window[0] not in _FUNCTIONS | {"管理"}
        and len(window) > 1
        and window[1] not in _UNIT_SUFFIXES  # but 公安机关|督察|部门 is a name
    ):
        return False  # 控告检察部门|受理|行政执法机关移送的…: a body's name ends at 部门, the verb acts
    after = [w for _, _, w in spans[i + 1 : i + 9]]
    while after and after[0] in _NAME_DETERMINERS:
        after = after[1:]  # 县级以上地方|各级|密码管理部门, 本市|各级|各类|学校
    window = after[:4]  # four words after them (地方|各级|保密|行政|管理|部门)
    for k, w in enumerate(window):
        if _is_actor(lx, w):
            if k and window[k + 1 : k + 2] and window[k + 1] in _ATTRIBUTE_NOUNS:
                return False  # 贮存单位|变更|单位|名称: the unit's name changed, a thing
            return w not in _OBJECT_ACTORS or k == 0
        tag = tags.get(w, "x")
        if w in _JOIN or w in _COPULAS or not (tag.startswith(("n", "v")) or tag in ("b", "an")):
            return False
        if (_verb_word(lx, w) or tag == "v") and not _names_unit(lx, window[k + 1 : k + 3]):
            return False  # a predicate (…者处理个人信息), not part of a name
    return False


# Verbs by which a body sets another to work (市人民政府|责成|环境保护主管部门…): no part of a name.
_GOVERNS = frozenset(
    ("责成", "授权", "委托", "指定", "组织", "督促", "会同", "要求", "通知", "协调", "指导", "监督")
)

# Verbs and prepositions that take a body as their object (海关|收到|国务院|商务|主管部门|通知,
# 办公室|设在|市|公共数据|主管部门).
_RECEIVES = frozenset(("接受", "收到", "经", "到", "向", "由", "报", "请", "设在"))


def _field_unit_follows(tags: dict[str, str], words: list[str]) -> bool:
    """Whether the words after a body run, with no break, to the unit of a field that body keeps
    (国务院|退役|士兵|安置工作|主管部门): the field between is the unit's, so the whole is one name."""
    for k, w in enumerate(words):
        if k and w.endswith(_FIELD_OFFICES):
            return True
        if (
            w in _JOIN
            or w in _MODAL_WORDS
            or w in _GOVERNS
            or w in _COPULAS
            or w in _RECEIVES
            or w == "国务院"
            or w.endswith(_OWNER_ENDS)  # 接受|政府|价格|主管部门: another body, the object
            or tags.get(w, "x") in ("p", "c", "u", "uj", "d", "r", "x", "m", "ns")
            or not w.strip()
        ):
            return False
    return False


def _names_unit(lx: Lexicon, words: list[str]) -> bool:
    """Whether a verb is inside a name: a unit noun follows it, at once or after one noun
    (非银行|支付|机构, 国务院|反洗钱|行政|主管部门); jieba splits such names around the verb."""
    tags = word_tags()
    if len(words) > 1 and words[0] in _FUNCTIONS | {"管理"} and words[1] in _UNIT_SUFFIXES:
        return True  # 登记|管理|机构: a function and a bare unit, split by jieba
    for k, w in enumerate(words):
        unit = next((u for u in _UNIT_SUFFIXES if w.endswith(u)), None)
        if unit:
            # a bare unit (支付|机构) or one named by its function (主管部门), not an object
            # with its own modifier (资产评估专业人员利用|专业机构)
            rest = w[: -len(unit)]
            # (残疾人|就业|服务|机构: after the verb, an act's noun and a bare unit)
            bare = not k or (tags.get(words[0], "x") == "vn" and not _DETERMINER.match(words[0]))
            # (but 分|公司, 子|公司: one character names a kind of unit, not a function)
            return (
                (not rest and bare)
                or rest in _FUNCTIONS
                or (len(rest) > 1 and tags.get(rest, "x").startswith("v"))
            )
        tag = tags.get(w, "x")
        if k or not (tag.startswith("n") or tag == "vn") or _is_actor(lx, w):
            return False
    return False


# Words that name an office of government after the field it keeps (建设|行政|管理|部门).
_OFFICE_WORDS = frozenset(
    ("行政", "管理", "主管", "部门", "主管部门", "管理部门", "行政部门", "机关", "机构")
    + ("行政机关", "管理机构", "行政管理部门", "行政主管部门", "工作机构")
)


def _field_office(lx: Lexicon, words: tuple[str, ...] | list[str]) -> bool:
    """A field verb and the office that keeps it (建设行政管理部门, 审计机关, 统计机构): one name,
    not a verb and its object."""
    return (
        len(words) > 1
        and words[0] not in _OFFICE_WORDS  # 管理|部门: an office with its field left out
        and all(w in _OFFICE_WORDS for w in words[1:])
        and _is_actor(lx, words[-1])
    )


# Verbs of relation or state, which name no unit that does them (涉及建筑主体, 属于市场主体).
_RELATIONS = frozenset(
    ("涉及", "属于", "包括", "存在", "发生", "符合", "违反", "具有", "没有", "达到", "影响")
)


def _verb_name(lx: Lexicon, words: tuple[str, ...]) -> bool:
    """A short name with a verb inside it (授权运营主体), not a verb and its object; the verbs
    may be listed (收集、运输单位: the units that collect and those that carry)."""
    while len(words) > 3 and words[1] == "、" and _verb_word(lx, words[0]):
        words = words[2:]
    return (
        len(words) <= 3
        and words[0] not in _RELATIONS  # 涉及|建筑|主体: a relation and its object, no name
        and "其他" not in words  # 涉及|其他|单位: a verb and its object
        and _is_actor(lx, words[-1])
        and words[-1] not in _OBJECT_ACTORS
        and not _verb_object(lx, words)
    )


def _generic(lx: Lexicon, noun: str) -> bool:
    """A head that needs its modifier (部门、单位, 相关机构和人员, 工作人员), not a specific name."""
    last = _FIRST.split(noun)[-1]
    head = _DETERMINER.sub("", last)
    # 国家机关工作人员: staff of a kind of body are still staff, whose work the modifier names
    return head in lx.generic_heads or head in lx.role_heads or head.endswith("工作人员")


def _shared_end(lx: Lexicon, spans: list[tuple[int, int, str]], i: int, end: int) -> int:
    """Extend a head over 、/和 + a bare generic head that shares its modifier (有关国家机关、单位)."""
    j = i + 1
    tags = word_tags()
    while j + 1 < len(spans) and spans[j][2] in _JOIN and spans[j + 1][2] in lx.generic_heads:
        after = spans[j + 2][2] if j + 2 < len(spans) else ""
        if after in _JOIN and not spans[i][2].endswith(lx.generic_heads):
            break  # 档案馆和机关、团体…: a list of bearers, not one modifier shared
        if tags.get(after, "x").startswith("n") and not lx.activity_start.match(after):
            break  # 公共数据平台、企业数据中心: the generic word opens another name
        end = spans[j + 1][1]
        j += 2
    return end


# 父母或者其他监护人: the statute's one name for a minor's guardians (whole in 33 rows of the sets
# to 18 that keep 父母).
_GUARDIANS = re.compile(r"(?:其)?父母(?:或者|或)其他(?:法定)?监护人")


def _first_bearer(lx: Lexicon, np: str, joins: re.Pattern[str] = _FIRST) -> str:
    """Several bearers: the first (征信机构或者信息提供者 → 征信机构). A conjunction inside a name
    (网络产品和服务提供者) does not split it, nor one before a bare generic head that shares the
    modifier (有关国家机关、单位)."""
    for m in joins.finditer(np):
        left, rest = np[: m.start()], joins.split(np[m.end() :], maxsplit=1)
        right = rest[0]
        if (
            right in lx.generic_heads
            # 建设部门和个人: individuals are a second bearer (but 有关单位和个人 is one, and so
            # is …单位或者个人, one class of doer: 被检查单位和个人, 取水单位或者个人, 境外组织或者
            # 个人; the sets keep these whole 30 times to 4)
            and not (
                right == "个人"
                and _KIND.sub("", left) not in lx.generic_heads
                and not (
                    left.endswith(("单位", "组织")) and m.group() in ("和", "或者", "或", "及")
                )
            )
            and m.group() not in ("以及", "与")  # 招标代理机构与行政机关…不得: a relation
            # 企业或者主管部门: a body's own 主管部门 is a second bearer, no modifier shared
            and not (right.endswith("主管部门") and not _KIND.match(left))
            and (len(rest) == 1 or left.endswith(lx.generic_heads))
            # 县级以上人民政府或者人民政府的…机构: a head said again is a second bearer
            and not left.endswith(right)
        ):
            continue  # but 档案馆以及机关、…, 档案馆和机关、团体…: a list of whole bearers
        if left.endswith(_ZONES) and right.endswith(_UNIT_SUFFIXES):
            continue  # 开发区、新区管理机构: the bodies that run both zones
        if left in _LEVELS and np.endswith(_UNIT_SUFFIXES):
            continue  # 国家和省、自治区、直辖市网信部门: levels that share one head
        if left and _is_actor(lx, left) and not _prepositional(lx, _NEGATION.sub("", left)):
            return left  # (but 未与直销企业|或者其分支机构签订…的人员: an object, not a bearer)
        if (
            m.group() == "、"
            and len(left) >= 4
            and not joins.search(left)  # the first item only
            and "的" not in left
            and left.endswith(("场所", "市场"))
            and _is_actor(lx, right)
        ):
            return left  # 证券交易场所、证券公司…: listed beside bodies, the place is a body too
        if joins is _FIRST_IN_MODIFIER:
            break  # 宾馆、商场、餐馆、银行…等经营场所的经营者: a list of places, not of bearers
    return np


def _subject_follows(tags: dict[str, str], spans: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the actor at ``i`` (with any 及其/和 + actor after it) is followed by a preposition
    or adverb, so it is the subject (网信部门及其工作人员对…知悉的信息应当…)."""
    j = i + 1
    while j + 1 < len(spans) and spans[j][2] in ("及其", "和", "、", "及"):
        j += 2
    if j >= len(spans):
        return False
    return spans[j][2] in _CLAUSE_TAKING or tags.get(spans[j][2], "x").startswith(("p", "d"))


def _nounish(tag: str, word: str) -> bool:
    """Whether a word after an actor continues its name (平台服务, 人民政府大数据工作主管部门)."""
    if word in _MODAL_WORDS or tag == "nr":
        return False  # 受托人|有权: jieba tags 有权 a noun; 托运人|托运 it takes for a name
    if word in _MANNER:
        return False  # 执法人员|当场|作出: how the actor acts (jieba tags these nouns)
    # vn, an: a verb or adjective used as a noun (数据处理|平台, 国务院|卫生|行政部门)
    return tag in ("vn", "an") or not tag.startswith(_NOT_NOUN) or (tag == "a" and len(word) == 1)


def _verb_word(lx: Lexicon, word: str) -> bool:
    return bool(lx.clause_verb.fullmatch(word) or lx.activity_start.fullmatch(word))


def _verb_object(lx: Lexicon, words: tuple[str, ...]) -> bool:
    """An activity verb whose object is a named actor (设立外资银行, 处理个人), not a name with a
    verb inside it (授权运营单位, 提供单位)."""
    k = 1
    while k < len(words) - 1 and lx.activity_start.fullmatch(words[k]):
        k += 1  # 申请办理外国人居留证件: verbs in a row, then their object
    return (
        len(words) > k
        and bool(lx.activity_start.fullmatch(words[0]))
        # 设立|奶|畜|养殖场: a body set up, its name in pieces
        and (
            _is_actor(lx, words[k])
            or (_CREATES.fullmatch(words[0]) and _is_actor(lx, "".join(words[k:])))
        )
        and words[k] not in lx.generic_heads
    )


def _has_verb(lx: Lexicon, modifier: str) -> bool:
    """Whether a 的-modifier is a clause (取得认证资格) rather than a noun (重要数据, 运营者)."""
    tags = word_tags()
    words = segment(modifier)
    return (
        modifier.startswith("被")
        or _prepositional(lx, modifier)
        or any(
            w not in lx.actors
            and (tags.get(w) == "v" or lx.clause_verb.fullmatch(w))
            # 公共|阅读|服务设施: a verb after an attributive (b) names a kind of thing
            and not (k and tags.get(words[k - 1]) == "b" and k + 1 < len(words))
            for k, w in enumerate(words)
        )
    )


def _ends_in_actor(lx: Lexicon, clause: str) -> bool:
    """Whether the clause is one noun phrase ending in an actor after its last 的 (旅行社为接待
    旅游者委派的导游人员): the actor before 为 is inside the modifier, not the subject (but
    监狱对参加劳动的罪犯，应当… fronts the object of 对)."""
    words = segment(clause[clause.rfind("的") + 1 :])
    tags = word_tags()
    return (
        bool(words)
        and _is_actor(lx, words[-1])
        and not words[-1].endswith("地区")  # 直销企业在其从事直销活动的地区: a place
        # (研究|开发|机构: jieba tags the verbs of a name's compound as verbs)
        and all(
            _nounish(tags.get(w, "x"), w) or tags.get(w, "x") in ("v", "vn") or w in _JOIN
            for w in words
        )
    )


def _head_word(tags: dict[str, str], tail: str) -> str:
    """The last word of the noun after a 的, before any preposition, adverb or event verb that
    opens the predicate (…的部门|按照|职责 → 部门, …的部门|接到|申请后 → 部门)."""
    words = segment(tail) or ("的",)
    for k, w in enumerate(words):
        if k and (tags.get(w, "x").startswith(("p", "d")) or w in _EVENTS or w in _JOIN):
            # …的部门|接到|申请后: the noun before the predicate; …的综合医院|、…: the first
            return words[k - 1]
    return words[-1]


def _foreign_actor(tags: dict[str, str], tail: str) -> bool:
    """Whether the noun after a 的 is another actor (本部门 points back to the one before it)."""
    return _actor_word(_head_word(tags, tail)) and not tail.startswith("本")


def _later_actor(lx: Lexicon, clause: str, end: int) -> bool:
    """Whether a 的 after ``end`` introduces a later actor head (so the first is a modifier)."""
    rest = clause[end:]
    cut = rest.find("的")
    tail = rest[cut + 1 :]
    words = segment(tail)[:5]
    tags = word_tags()
    for j, w in enumerate(words[:4]):
        if _is_actor(lx, w):
            nxt = words[j + 1] if j + 1 < len(words) else ""
            if nxt and nxt not in _JOIN and _nounish(tags.get(nxt, "p"), nxt):
                continue  # part of a noun (个人信息), not a head
            return True
    return False


def _coordinated_end(lx: Lexicon, spans: list[tuple[int, int, str]], i: int, end: int) -> int:
    """Extend a head over 、/和 + actor when a shared modifier governs all (作出决定的部门、单位)."""
    j = i + 1
    while j + 1 < len(spans) and spans[j][2] in _JOIN and _is_actor(lx, spans[j + 1][2]):
        end = spans[j + 1][1]
        j += 2
    return end


def _object_then_actor(lx: Lexicon, np: str) -> bool:
    """A verb, a thing as its object, then 或者/和 and an actor (选择合理线路或者乘客): objects of
    the verb joined, not a name."""
    words = segment(np)
    tags = word_tags()
    if len(words) < 4 or tags.get(words[0], "x") != "v" or _is_actor(lx, words[0]):
        return False
    for k, w in enumerate(words[1:-1], 1):
        if w in ("或者", "和", "或", "及", "以及"):
            # (not 勘察、设计、施工和监理单位, 迁出地和迁入地…: verbs or places sharing a head)
            return (
                k >= 3
                and len(words[k - 1]) > 1
                and tags.get(words[k - 1], "x") == "n"
                and not _is_actor(lx, words[k - 1])
                and _is_actor(lx, words[-1])
            )
    return False


def _bearer(lx: Lexicon, clause: str) -> tuple[str | None, bool]:
    """(bearer, headless) for one clause; headless means a bare activity (开展数据处理活动)."""
    clause = _strip(lx, clause)
    if not clause:
        return None, False
    if _NEAR.search(clause):
        return None, False  # 学校周边不得新建…, 距中小学…范围内不得设立…: where, not who
    if _NORM_OPENING.match(clause):
        return None, False  # 法律、行政法规规定或者当事人约定…的: a norm source, not a bearer
    checked = _CHECKED_FIRST.match(clause)
    if checked and clause.startswith("的", checked.end()):
        clause = clause[checked.end() + 1 :]  # 经…认定的宠物诊疗机构: the actor the finding names
    if (
        clause.startswith(("将", "把"))
        and len(clause) > 4
        and not word_tags().get(segment(clause[1:9])[0], "x").startswith("v")  # 将进入: will
    ):
        return clause, True  # 将人类遗传资源信息向…提供，不得…: an activity as it stands
    listed = _LISTED_PLACES.fullmatch(clause) if "等" in clause else None
    if (
        listed
        and not _actor_word(listed[1])
        and _leading_actor(listed[2]) == listed[2]
        and not _generic(lx, listed[2])  # 从事评审、审核等认证活动的人员: the clause names them
    ):
        return listed[2], False  # 宾馆、商场、银行…等经营场所的经营者: the places describe him
    founded = _FOUNDED_BODY.fullmatch(clause)
    body = _BRACKETED_END.sub("", founded[2]) if founded else ""
    if (
        founded
        and (_set_up_by(founded[1]) or _APPROVED_AT.fullmatch(founded[1]))
        and (_actor_word(segment(body)[-1]) or body.endswith(tuple(_UNIT_ENDINGS)))
        and not body.endswith(("场所", "地点", "区域"))  # 政府确定的应急避难场所: a place
        and not _generic(lx, body)  # 国务院指定的部门: a generic head keeps who named it
    ):
        # 市人民政府设立的促进中小企业发展议事协调机构: the body set up (several: the first)
        return _first_bearer(lx, founded[2]), False
    np = _noun_phrase(lx, clause)
    first = segment(np)[0] if np else ""
    if first == "交" and len(np) > 1:
        # 交本市有关机关、组织负责办理: the body a matter is handed to does it
        rest = _leading_actor(np[1:], True)
        np = rest if rest and np.startswith(rest, 1) else None
    elif first in _SENDS or first == "到":
        np = None  # 到市人民代表大会换届时: when, or where a matter goes, not who acts
    if np and _organises(lx, clause, np):
        np = np[:-2]  # 本市有关部门|组织|编制…规划，应当…
    if np and np.count("《") > np.count("》"):
        np = None  # 颁发《营业执照》或者《民办非企业单位…: a title cut open, not a name
    if np and "、" in np and clause.startswith(np + "、") and "的" not in np:
        first = np.split("、", 1)[0]
        if (len(first) > 2 or first not in _LEVELS) and _is_actor(lx, segment(first)[-1]):
            # 本市国家机关、企业、事业单位…和个人: a list of bodies cut short after its second;
            # the first (not 市、县人民政府 or 机动车、电动自行车生产者, which share one head)
            np = first
    if np and _COUNTED.match(np):
        return None, False  # 一百户以上的多层建筑群: a count of households, not who
    if np and clause.startswith(np) and clause.startswith("规定", len(np)):
        # 法律、法规和国家规定…: a norm source, not a bearer; but in 属于国家规定的高危行业的
        # 生产经营单位 it only describes what the bearer at the end belongs to
        rest = clause[len(np) + 2 :]
        head = _noun_phrase(lx, rest[1:]) if rest.startswith("的") and "的" in rest[1:] else None
        head = _leading_actor(head) if head and clause.endswith(head) else None
        tail = head.rsplit("的", 1)[-1] if head else ""
        if tail != head and _leading_actor(tail) == tail and not _generic(lx, tail):
            head = tail  # …的重点行业的排污单位: a specific head drops its 的-clause
        np = head if head and clause.endswith(head) else None
    if (
        np
        and not clause.startswith(np)
        and (lx.activity_start.match(clause) or _verb_first(clause))
        and "的" not in clause[: clause.find(np)]
    ):
        np = None  # 从事船舶污染物接收作业活动: an activity whose object names an actor
    if (
        np
        and clause.startswith(np)
        and clause[len(np) :].endswith(_PAPERS)
        and len(clause) - len(np) <= 4
    ):
        np = None  # 取得烟草专卖生产企业|许可证: the body names the paper, the act gets it
    if np and "的" not in np and _object_then_actor(lx, np):
        np = None  # 选择合理线路|或者|乘客要求的线路: a verb's objects, the last one's owner
    if np and np.startswith(_EVENTS) and "的" not in np:
        np = None  # 发现涉嫌违法犯罪人员: an event and its object, not a name
    if (
        np
        and clause.startswith(np)
        and len(np) < len(clause)
        and "的" not in clause
        and lx.activity_start.match(clause)
        and word_tags().get(segment(clause)[0], "x") == "v"
        and not _is_actor(lx, segment(clause)[0])
        # what runs on is more of the object (登记), not a joiner or a preposition (转让人和…)
        and word_tags().get(segment(clause[len(np) :])[0], "x") in ("v", "vn", "n")
    ):
        np = None  # 申请事业单位法人登记: a verb whose object runs on past the actor it names
    if (
        np
        and "的" not in np
        and _verb_object(lx, segment(np))
        and not clause.endswith("的" + np)  # 改建居住区的|开发|建设单位: a head, named by its work
    ):
        np = None  # 设立外资银行及其分支机构: a verb and its object, a bare activity
    if (
        np
        and "的" not in np
        and clause.startswith(np)
        and 0 < clause.find("的", len(np)) - len(np) <= 4
        and [word_tags().get(w, "x") for w in segment(np)[:2]] == ["v", "v"]
    ):
        np = None  # 作出禁止经营者集中的决定: a verb's object inside a thing's modifier
    if np and np != clause and clause.endswith(np) and _creates(clause):
        return clause, True  # 设立含有电子游戏机的游艺娱乐场所: what is yet to be set up acts not
    if np and (actor := _actor_then_clause(clause, np)):
        return actor, False  # 检测机构|发现|使用单位未整改的: who finds, not whom he finds
    if np and (first := _first_of_two(lx, clause)):
        return first, False  # 公安派出所或者受公安机关委托的社区服务机构: the first
    if np:
        return np, False
    doer = _doer(clause)
    if doer:
        return doer, False
    if (
        lx.activity_start.match(clause)
        and not lx.thing_end.search(clause)
        and not _thing_word(segment(clause)[0])  # 申请书, 存储系统: a thing, not an activity
        # 建设项目|环境影响|报告书: a noun that starts like an activity verb names a thing
        and not (
            word_tags().get(segment(clause)[0], "x") == "n"
            and len(segment(clause)[0]) > len(lx.activity_start.match(clause)[0])
        )
        and not _noun_compound(clause)  # 申报|书, 运输|计划: a thing named by its activity
        and not clause.endswith(("中", "内"))  # 采伐方案中: where, not who
        and "中的" not in clause  # 编制…的生产建设项目中的水土保持设施: a thing inside another
        # 经营证券业务许可证: a licence (but 申请采伐许可证 is the act of applying for one)
        and not (segment(clause)[-1].endswith(_PAPERS) and not clause.startswith(_GETS_PAPER))
        # 生产、检验记录: things named by their activities (but 提供个人信用报告 is an act)
        # (新建、扩建…用于…的设施: verbs in a list, then their modified object)
        and not (
            "、" in clause and "的" not in clause and segment(clause)[-1].endswith(_THING_WORD_ENDS)
        )
        and not segment(clause)[-1].endswith(_PROPERTIES)
    ):
        if "的" not in clause or clause.endswith(_ACTIVITY_NOUNS) or _acts_on_thing(clause):
            return clause, True  # else a noun phrase (处理个人数据的频率), a thing
    return None, False


_CLAUSE_GOES_ON = frozenset(("未", "不", "没有", "仍", "出售", "转让", "提供", "存在"))


def _actor_then_clause(clause: str, np: str) -> str | None:
    """The actor that opens ``np`` where the rest of ``np`` is the start of a clause of its own:
    电梯检测机构|发现|电梯使用单位|未及时整改的 (whom it finds is the subject of what he did),
    回收经营者|回收|单位|出售的废旧金属的 (the unit sells what he buys)."""
    if "的" in np or not clause.startswith(np) or len(clause) == len(np):
        return None
    after = segment(clause[len(np) :])
    if not after or not (after[0] in _CLAUSE_GOES_ON or word_tags().get(after[0], "x") == "d"):
        return None
    words = segment(np)
    tags = word_tags()
    for k in range(1, len(words) - 1):
        if (
            tags.get(words[k], "x") == "v"
            and _actor_word(words[k - 1])
            and len("".join(words[:k])) >= 4
            and _actor_word(words[-1])
        ):
            return "".join(words[:k])
    return None


_DOING = re.compile(r"从事|开展")
_ENDS_EVENT = re.compile(r"(?:结束|完成|完毕|终止|届满|期满)$")
_PAPERS = ("许可证", "证书", "执照")
# Acts of getting a paper (申请采伐许可证, 取得…许可证, 领取…执照): an act, not the paper.
_GETS_PAPER = ("申请", "取得", "领取")
_ASIDE_AT_END = re.compile(r"[（(]以下(?:简|统)?称[^（()）]{1,30}[）)]$")
_MAKES = re.compile(r"(?:依法)?(?:制定|修改|修订|编制|起草|拟订|订立|签订)")
_COMPOUND_THINGS = (
    "书",
    "表",
    "单",
    "计划",
    "方案",
    "规划",
    "合同",
    "协议",
    "报告",
    "记录",
    "信息",
    "文件",
)


def _creates(clause: str) -> bool:
    """An act that sets a body up, its object the body named at the end (设立|跨省…的|电影发行
    单位); not a body described by what it set up (设立代表机构的|境外非政府组织)."""
    verb = _CREATES.match(clause)
    cut = clause.rfind("的")
    if not verb or cut <= verb.end():
        return False
    return not any(_actor_word(w) for w in segment(clause[verb.end() : cut]))


def _first_of_two(lx: Lexicon, text: str) -> str | None:
    """The first of two bearers where the second has a modifier of its own (公安派出所|或者受公安
    机关委托的社区服务机构, 各级主管机构|及其所属的监测站), or None; not where the 的-modifier
    belongs to both (…和受委托…的组织中的监察员: whose staff, of both)."""
    first = _FIRST_THEN_MODIFIED.match(text)
    if (
        first
        and text.count("的") == 1
        and (_leading_actor(first[1]) or _noun_phrase(lx, first[1])) == first[1]
    ):
        return first[1]
    return None


def _set_up_by(text: str) -> bool:
    """Whether ``text`` names who sets a body up: an actor, then at most where or another actor
    (国务院林业主管部门向重点林区|派驻的…, …部门或者其他有关部门|指定的…; but not 大学或者独立|设置的
    学院, where the verb's own subject is elided)."""
    np = _leading_actor(text)
    if not np or not text.startswith(np):
        return False
    rest = text[len(np) :]
    joined = next((j for j in ("或者", "或", "和", "、") if rest.startswith(j)), None)
    if joined:
        rest = rest[len(joined) :]
        return _leading_actor(rest) == rest
    return not rest or rest.startswith(("向", "在"))


def _noun_compound(clause: str) -> bool:
    """Two or three words, an act's noun and a thing (申报|书, 销售|记录|信息), not a verb and
    its object (制定|计划): jieba tags the act a noun (vn, nz) where the words name a thing."""
    words = segment(clause)
    return (
        len(words) in (2, 3)
        and word_tags().get(words[0], "x") != "v"
        and words[-1] in _COMPOUND_THINGS
    )


def _acts_on_thing(clause: str) -> bool:
    """A verb and a modified object (运输…含放射源的射线装置, 采伐林地上的林木), not a thing its
    verb modifies (进口的特种设备, 修复活动中产生的废水)."""
    if not clause.endswith(_ACTED_ON):
        return False
    last = segment(clause[: clause.rfind("的")])[-1]
    return not word_tags().get(last, "x").startswith("v") and not lexicon().clause_verb.fullmatch(
        last
    )


def _verb_first(clause: str) -> bool:
    """A clause whose first word is a verb (规定供应商的特定条件): what follows is its object."""
    words = segment(clause[:8])
    return len(words[0]) > 1 and word_tags().get(words[0], "x") == "v"


def _verb_opens(clause: str) -> bool:
    """A verb of two or more characters and its object (建立劳动关系, 关闭煤矿和报废矿井); not
    下列… (a determiner jieba tags a verb), nor a clause ending in a verb (会计帐簿登记)."""
    words = segment(clause)
    tags = word_tags()
    if len(words) > 2 and tags.get(words[0]) == "t":
        words = words[1:]  # 平时利用人民防空工程: when, then the activity
    return (
        len(words) > 1
        and len(words[0]) > 1
        and words[0] not in ("下列", "予以", "加以", "发生", *_EVENTS)  # 发生…事件: an event
        and (
            tags.get(words[0], "x") == "v"
            # 研制|新|兽药: a verb jieba tags a verbal noun, with its own object after it
            or (
                tags.get(words[0], "x") == "vn"
                and len(words) > 2
                and tags.get(words[-1]) == "n"
                and words[0] not in ("有关", "相关")
                and "由" not in clause  # 监督检查经费由同级财政列支: a thing and who pays it
            )
        )
        and tags.get(words[-1], "x") in ("n", "nz", "vn", "nt", "l", "j")  # j: 申领|居住证
    )


# Examples closed by 等 and their class, then 的 and the actor they describe.
_LISTED_PLACES = re.compile(r"[^，的]+?、[^，的]+?等([^，、的]{1,6})的([^，、的]+)")


def _doer(clause: str) -> str | None:
    """Nouns that 从事/开展 an activity are its doer, named in the lexicon or not
    (食品生产加工小作坊和食品摊贩等从事食品生产经营活动 → 食品生产加工小作坊)."""
    m = _DOING.search(clause, 2)
    if not m:
        return None
    tags = word_tags()
    doers = clause[: m.start()].removesuffix("等")
    words = segment(doers)
    if (
        lexicon().activity_start.match(doers)  # 利用互联网从事…, 委托开展…: an activity
        or tags.get(words[-1], "x") not in ("n", "nz")
        or not all(w in _JOIN or tags.get(w, "x") in ("n", "nz", "vn", "an") for w in words)
    ):
        return None
    first = _FIRST.split(clause[: m.start()].removesuffix("等"), maxsplit=1)[0]
    return first if len(first) > 1 else None


def find_subject(s: str, modal: int | None = None) -> str | None:
    """The duty bearer as written in ``s``, or None when it is elided or a thing."""
    if modal is None:
        modal = analyse(s)[1]
        if modal is None:
            return None
    return _with_condition_de(_without_place(_find(s, modal)[0]) or _later_bearer(s, modal)[0], s)


# Where an activity happens, before it (在湿地范围内|从事…, 在沿海地区|开采地下水).
_PLACE = re.compile(r"在[^，。；的]*?(?:内|地区)(?!内)")


# The end of a place that is the law's whole reach (在中华人民共和国境内, 在本市行政区域内).
_JURISDICTION = re.compile(r"(?:境内|领域内|行政区域内|管辖海域内)$")


def _without_place(found: str | None) -> str | None:
    """A headless bearer without the whole jurisdiction it opens with: the activity is who acts,
    anywhere in it (在中华人民共和国境内从事… → 从事…); a narrower place stays, as written
    (在城市、镇规划区内进行临时建设: the sets keep it 57 times to 19)."""
    place = _PLACE.match(found) if found else None
    if place and not _JURISDICTION.search(place.group()):
        place = None
    rest = found[place.end() :] if place and found else ""
    return rest if rest and lexicon().activity_start.match(rest) else found


def _whole_name(lx: Lexicon, clause: str) -> str | None:
    """``clause`` when all of it names an actor (向大气排放污染物的单位: a 的-modifier that opens
    with a preposition, which ``_leading_actor`` reads as an object)."""
    found, headless = _bearer(lx, clause)
    return found if found == clause and not headless else None


def _find(s: str, modal: int) -> tuple[str | None, bool]:
    """``_find_in`` with a parenthetical aside holding a comma (区人民政府（含…管理委员会，下同）
    是…的主体，负责…) read as no clause break: found without it, mapped back into ``s``."""
    aside = _COMMA_ASIDE.search(s, 0, modal)
    if not aside:
        return _find_in(s, modal)
    width = len(aside.group())
    cut = s[: aside.start()] + s[aside.end() :]
    found, weak = _find_in(cut, modal - width)
    at = cut.find(found) if found else -1
    if at < 0 or found is None:
        return found, weak
    end = at + len(found)
    if at < aside.start() < end:
        end += width  # 省、市、县（含县级市、区，下同）人民政府: the aside stays inside the name
    elif at >= aside.start():
        at, end = at + width, end + width
    return s[at:end], weak


# A lead-in naming whose duties the list gives (职工代表的义务：, 承租方的义务：).
_DUTIES_HEAD = re.compile(r"([^，。；的]{2,30})的义务[：:]\s*$")


def _find_in(s: str, modal: int) -> tuple[str | None, bool]:
    """(bearer, weak): weak is a bare activity read from a condition, which a bearer carried
    from the previous sentence overrides (申报材料不齐全的，应当退回… → the carried 省级网信部门)."""
    head = s[:modal]
    owed = _DUTIES_HEAD.match(s)
    if owed:
        return _leading_actor(owed.group(1), True), False  # 职工代表的义务：: whose duties follow
    agent = _AGENT_AFTER_MODAL.match(s, modal)
    if agent:
        np = _leading_actor(s[agent.end() :])
        if np and not _APPROVES.match(s, s.find(np, agent.end()) + len(np)):
            return np, False  # …的，应当由合作双方共同提出申请: 由 names who acts
    if s.startswith("禁止", modal) and _CLAUSE.split(head)[-1].strip() in _ISSUERS:
        np = _leading_actor(_CLAUSE.split(s[modal + 2 :], maxsplit=1)[0])
        return np, False  # 国家禁止任何形式的非法集资: the state bans, it bears nothing
    last = _CLAUSE.split(head)[-1].strip()
    if (
        s.startswith(_BANS, modal)
        and (not last or _PLACE_BEFORE_BAN.fullmatch(last))  # 核心区内依法禁止任何组织…
        and not _DIRECTS.match(s, modal + 2)  # 禁止聘用…的驾驶人: those hired are not banned
    ):
        # 禁止征信机构采集…: the banned actor follows the verb of banning.
        np = _leading_actor(_CLAUSE.split(s[modal + 2 :], maxsplit=1)[0], True)
        if last and np and word_tags().get(segment(np)[0], "x").startswith("v"):
            np = None  # 在公园内禁止追逐游客…, 禁止新建工业企业: an act, after a place
        if np and not _act(segment(np)):
            return np, False  # but 严禁出卖、赠送给外国人: a banned act, its bearer elided
    founded = _FOUNDS.match(s)
    if founded and founded.end() == modal and not lexicon().any_cue.search(s, 0, founded.start(1)):
        # 国务院…部门设立…的国家畜禽遗传资源委员会，负责…: the body set up does the work
        return founded.group(1).rsplit("的", 1)[-1], False
    if _JUDGED_AS.match(s, modal) and s[:modal].rstrip().endswith(("的，", "的,")):
        return None, False  # 职工有下列情形之一的，应当认定为工伤: how a case is judged, no duty
    disqualified = _DISQUALIFIED.match(s)
    if disqualified and disqualified.end() == modal:
        return disqualified.group(1), False  # 有下列情形之一的，不得担任…: those it describes
    clauses = _CLAUSE.split(head)
    if (
        s.startswith("不予", modal)
        and len(clauses) > 1
        and _strip(lexicon(), clauses[-1]) in ("", "裁定", "决定")  # 依法裁定不予受理
        and _strip(lexicon(), clauses[-2]).endswith("的")
    ):
        # 外国人有下列情形之一的，不予签发…: who is refused is not who refuses
        return None, False
    found = _subject_before(head)
    if found[0] and not found[1] and found[0] in s[modal:]:
        after = _CLAUSE.split(s[modal:], maxsplit=1)[0]
        at = after.find(found[0])
        if (
            at > 0
            and after[at - 1] in _OBJECT_MARKERS
            and _leading_actor(after[at:]) == found[0]
            and not _RELATIVE_AFTER.match(after, at + len(found[0]))  # 将单位缴存的…: its thing
        ):
            # 农村劳动者…享有…权利，不得对农村劳动者设置歧视性限制: those the ban protects
            # are not those it binds
            return None, False
    if len(clauses) > 2 and clauses[-1].strip() in _BUT:
        opening = _strip(lexicon(), clauses[0])
        encouraged = _ENCOURAGES.match(opening)
        if encouraged and (np := _leading_actor(opening[encouraged.end() :])):
            return np, False  # 国家鼓励社会资本…，但不得…: the encouraged are the ones bound
        np = _leading_actor(opening)
        if (
            found[0] is None
            and np
            and opening.startswith(np)
            and lexicon().any_cue.match(opening, len(np))
        ):
            return np, False  # 采购人可以…，规定…，但不得…: the actor of the opening modal
    return found


@lru_cache(maxsize=16384)
def _subject_before(head: str) -> tuple[str | None, bool]:
    """The bearer in the text before the modal (cached: legal texts repeat their bearers)."""
    lx = lexicon()
    clauses = _CLAUSE.split(head)
    # …的部门（以下称登记机关）应当…: the name given in passing is no part of the bearer
    current = _ASIDE_AT_END.sub("", _strip(lx, clauses[-1]))
    if clauses[-1].strip().startswith("其中") and len(clauses) > 1 and not _bearer(lx, current)[0]:
        # …部门制定…政策，其中重大政策应当报国务院批准: the one who made them acts on them
        opening = _strip(lx, clauses[0])
        np = _leading_actor(opening, True)
        if np and _has_verb(lx, opening[len(np) :]):
            return np, False
    if _LEVELS_ONLY.fullmatch(current):
        return current, False  # 村应当建立…, 市、县（区）应当…: levels of government named alone
    if current.startswith("其") and not current.startswith(_NOT_PRONOUN):
        current = current[1:]
        if len(clauses) > 1 and _bearer(lx, current)[0] is None:
            # …的，其…的处理应当: 其 is the actor the sentence opens with
            opening = _strip(lx, clauses[0])
            if opening.endswith(("时", "前", "后")) and len(clauses) > 2:
                # 业主大会成立前，物业服务企业…经营的，其…期限不得…: 其 points past a time
                opening = _strip(lx, clauses[1])
            np = _leading_actor(opening) or _owner(lx, opening) or _whole_name(lx, opening)
            if np:
                return np, False
    if current.startswith(_CONJUNCTIONS) and len(clauses) > 1:
        # …的金融机构，以及金融控股公司，应当: several bearers, the first
        np = _bearer(lx, _strip(lx, clauses[-2]))[0]
        if np:
            return np, False
    if current.endswith(_CONDITION_ENDS[1:]):
        clauses, current = [*clauses, ""], ""  # …传递数据时应…: a condition, no bearer of its own
    elif len(clauses) > 1 and _APPROVAL.fullmatch(current):
        # …的人员，未经审查机关同意不得…: whose leave it takes, not who acts
        clauses, current = [*clauses, ""], ""
    agents = [m.start() for m in _AGENT_YOU.finditer(current)]
    agent = agents[-1] if agents else -1
    while agent > 0 and current[:agent].endswith(("或者", "或", "和", "、")) and len(agents) > 1:
        agents.pop()  # 由产权人或者由其确定的单位负责: agents listed, each with its 由: the first
        agent = agents[-1]
    if agent >= 0:
        rest = current[agent + 1 :]
        if rest.startswith("其") and not rest.startswith(_NOT_PRONOUN):
            rest = rest[1:]  # 生产绿地由其经营单位负责: 其 only points back to the thing
        np = _leading_actor(rest, True) or (
            _noun_phrase(lx, rest) if _modified_actor(lx, rest) else None
        )
        listed = next((j for j in _JOINS_LONGEST_FIRST if current[:agent].endswith(j)), None)
        if np and listed and _RELATIVE_AFTER.match(rest, len(np)):
            # …主管部门和由…人民政府确定的…部门负责: 由 inside the modifier of a body listed
            # after others; the first of them bears it
            np = _bearer(lx, current[: agent - len(listed)])[0]
        if np:
            return np, False  # (…的内容)由电信用户负责: 由 marks the agent
    place = _AT_PLACE.match(current)
    if place and lx.activity_start.match(current[place.end() :]) and "的" not in current:
        return current, False  # 在海岛从事科学研究活动不得…: the activity, where it happens
    if (
        _prepositional(lx, current)
        and not lx.activity_start.match(current)
        and not _modified_actor(lx, current)
    ):
        if _noun_phrase(lx, current) is not None or len(clauses) == 1:
            topic = _strip(lx, clauses[-2]) if len(clauses) > 1 else ""
            np = _leading_actor(topic) if topic else None
            if np and topic.endswith(np):
                return np, False  # 供电营业机构，对…用户有…的义务: the topic acts on them
            return None, False  # 对在履行职责中知悉的…数据应当…: the object is fronted
        current = ""  # 在各自职责范围内负责…: an adverbial; the bearer is in an earlier clause
    if current:
        found, headless = _bearer(lx, current)
        if headless and len(clauses) > 1:
            # 中医医疗机构主要提供中医药服务，配备医务人员应当…: the actor of the sentence does it
            opening = _strip(lx, clauses[0])
            np = _leading_actor(opening, True)
            if np and opening.startswith(np) and _has_verb(lx, opening[len(np) :]):
                return np, False
        bearer = _changed_owner(lx, current) or found or _owner(lx, current)
        if bearer is None and current.startswith(_EVENTS) and len(clauses) > 1:
            # …街道办事处按照职责做好…工作，发现…应当予以制止: who works finds and acts
            opening = _strip(lx, clauses[0])
            np = _leading_actor(opening, True)
            if np and opening.startswith(np) and _has_verb(lx, opening[len(np) :]):
                return np, False
        if bearer is None:
            # a thing as subject (…的，其利用数据的行为应当…): the actor opening a condition
            for clause in reversed(clauses[:-1]):
                text = _strip(lx, clause)
                if text.endswith(_CONDITION_ENDS) and (np := _leading_actor(text[:-1])):
                    return np, False
                agents = [m.end() for m in _AGENT_YOU.finditer(text)]
                if agents and (np := _leading_actor(text[agents[-1] :])):
                    return np, False  # …由用人单位与劳动者约定，竞业限制的约定不得…: its maker
                np = _leading_actor(text)
                if np and text.startswith(np) and _MAKES.match(text, len(np)):
                    return np, False  # …代表大会制定或者修改…章程，章程不得…: its maker
        k = len(clauses) - 1
        while bearer and not headless and k and current.startswith(bearer):
            # 市、县（区）人民政府相关主管部门，乡（镇）人民政府…应当…: bodies listed clause by
            # clause, the first
            before = _strip(lx, clauses[k - 1])
            if (
                not before.endswith(_BODIES)
                or _topic_actor(before) != before
                or word_tags().get(segment(before)[0], "x") == "v"
            ):
                break  # 开办药品批发企业，申办人应当…: an act or a topic, then who acts
            k, bearer = k - 1, before
        return bearer, False
    headless, weak, after_condition = None, False, False
    for k in range(len(clauses) - 2, -1, -1):
        # 编制…规划（以下统称保护规划），应当…: the name given in passing is no part of it
        text = _ASIDE_AT_END.sub("", _strip(lx, clauses[k]))
        if not text:
            break
        if text.startswith(_CONJUNCTIONS) and k and not text.endswith(_CONDITION_ENDS):
            # …的金融机构，以及金融控股公司，应当…: several bearers, the first
            first, first_headless = _bearer(lx, _strip(lx, clauses[k - 1]))
            conj = next(c for c in _CONJUNCTIONS if text.startswith(c))
            text = text[len(conj) :]
            if first and (not first_headless or _bearer(lx, text) == (text, True)):
                return first, False  # 利用新的食品原料生产食品，或者生产…，应当…: the first
            if not text:
                break
        if text.endswith(_CONDITION_ENDS):
            # 县级以上人民政府有关部门认为…的，应当…: the bearer opens the condition.
            cond = text[:-1]
            np = _changed_owner(lx, cond) or _leading_actor(cond, k == 0) or _owner(lx, cond)
            if (
                np == cond
                and "的" not in np
                and word_tags().get(segment(np)[0], "x") == "v"
                and not _is_actor(lx, segment(np)[0])
            ):
                np = None  # 举办中医医疗机构的, 迁移气象台站的: an act on a body, whoever does it
            if np and cond.startswith(np) and _PROMPTS.match(cond, len(np)):
                # 报警人不报姓名的，应当记录在案 / 当事人要求…的，应当指派…: what someone does
                # or suffers sets off the duty of another; a bearer carried from earlier wins
                return np, True
            if np:
                topic = _strip(lx, clauses[k - 1]) if k else ""
                if (
                    topic
                    and not topic.endswith(_CONDITION_ENDS)
                    and _topic_actor(topic)
                    # 对…的人，以及…的被告人，法律援助机构…后，应当…: the object runs on
                    and not (
                        topic.startswith(_CONJUNCTIONS)
                        and k > 1
                        and _strip(lx, clauses[k - 2]).startswith("对")
                    )
                ):
                    # 其他生产经营单位，从业人员超过一百人的，应当…: the topic bears the duty,
                    # the condition only describes it
                    return _topic_actor(topic), False
                return _first_condition(lx, clauses, k, np), False
            if not _ENDS_EVENT.search(cond) and (  # 生产建设活动结束后: when, not who
                (
                    lx.activity_start.match(cond)
                    and not lx.thing_end.search(cond)
                    and "属于" not in cond  # 实施…中产生的固体废物属于危险废物的: a thing's class
                    and not _thing_word(segment(cond)[0])  # 申请资料存在…错误的: a thing's state
                )
                or _bearer(lx, cond) == (cond, True)  # 将…信息向境外…提供的: an act on a thing
                or (text.endswith("的") and _located_activity(lx, cond))  # 在…进行期货交易的
            ):
                rest = [c for c in clauses if not _EXCEPTION.fullmatch(_strip(lx, c))]
                if headless is None and len(rest) == 2:
                    # 向征信机构查询个人信息的，应当…: whoever does it (its 的 is put back by
                    # _with_condition_de, with every other rule's)
                    headless, weak = cond, True
            after_condition = True
            continue
        if after_condition:
            # 数据处理者向境外提供数据，有下列情形之一的，应当…: only an actor opening the clause
            np = _leading_actor(text, k == 0)
            if (
                np
                and k == 0
                and text.startswith(np)
                and _RELATIVE_AFTER.match(text, len(np))
                and not text.startswith(lx.prepositions, len(np))
            ):
                np = _leading_actor(text)  # 申请监督人提供的新的证据: a thing, not its giver
            if np:
                # …的外国人需要…的，外国船员…需要…的，应当…: conditions in a row, each with its
                # actor: the first
                return _first_condition(lx, clauses, k, np), False
            if k == 0 and headless is None:
                found, is_headless = _bearer(lx, text)
                if found and is_headless:
                    return found, False  # 采集市场信用信息，涉及个人信息的，应当…
                if found and text == found:
                    # 从事…活动的单位、个人，需要…的，应当…: the whole clause names who acts
                    return found, False
                if found is None and (owner := _owner(lx, text)):
                    # 本市各级国家机关的业务应用系统，凡不宜…的，必须…: the owner acts on its thing
                    return owner, False
            if k and headless is None and _predicate(text):
                continue  # …部门分别组织…，确定…目录，目录发生变化的，应当…: the actor before
            break
        if _EXCEPTION.fullmatch(text) or _APPROVAL.fullmatch(text) or _UNMET.fullmatch(text):
            # …，除…外，还应当… / …，经本行政机关负责人批准，可以… / 任何单位或者个人，未取得
            # 《…许可证》，不得…: no bearer
            continue
        if text.startswith("由") and lx.penalty.search(text):
            continue  # …的，由…部门吊销…，且终生不得…: who sanctions is not who is banned
        if (
            text.startswith("由")
            and k == len(clauses) - 2
            and not _MADE_UP.search(text)  # 由…等部门组成，负责…: the body they make up acts
            and (np := _leading_actor(text[1:]))
        ):
            return np, False  # …的，由商标局驳回申请，不予公告: who acts goes on acting
        if _judging(lx, text):
            continue  # …，认定网络服务提供者采取的…是否及时，应当…: what is judged
        if text.startswith("对") and _prepositional(lx, text):
            continue  # 对…的劳动者，应当调离…: a fronted object, not who acts
        if _WHERE.fullmatch(text):
            np = _leading_actor(text)
            if np and text.startswith(np) and text.startswith("在", len(np)):
                return np, False  # 海域使用权人在使用海域期间，…不得…: who, then when
            continue  # 在水资源不足的地区，应当… / 修复施工期间，应当…: where or when, not who
        if text.startswith("其") and not text.startswith(_NOT_PRONOUN):
            text = text[1:]  # …死亡的，其家属、监护人或者代理人，应当…: 其 only points back
        if k == len(clauses) - 2 and (owner := _changed_owner(lx, text)):
            return owner, False  # 中外合作办学机构住所的变更，应当…: the owner acts on it
        place = (
            (_AT_PLACE.match(text) or _ON_PLACE.match(text))
            if k == 0 and len(clauses) == 2
            else None
        )
        act = text[place.end() :] if place else ""
        if (
            place
            and not _strip(lx, clauses[-1])
            and (lx.activity_start.match(act) or _verb_opens(act))
            and not act.startswith(("从事的", "进行的", "开展的"))
            and not any(_is_actor(lx, w) for w in segment(act.partition("的")[2]))
        ):
            # 在中华人民共和国境内从事兽药的研制…，应当遵守本条例: the activity, wherever it
            # happens (在水库从事渔业生产活动: a place that is no area keeps it)
            return _without_place(text), False
        bearer, is_headless = _bearer(lx, text)
        if (
            bearer is None
            and k == 0
            and len(clauses) == 2
            and not _strip(lx, clauses[-1])
            and "的" not in text
            and _verb_opens(text)
            and _leading_actor(text) is None  # 出口经营者从事…: an actor after all
        ):
            # 建立劳动关系，应当…: an activity, its verb unlisted; a bearer carried from earlier
            # in the article overrides it (监狱…。进行社会危险性评估，应当…)
            return text, True
        if bearer is None and k == len(clauses) - 2:
            bearer = _owner(lx, text)  # 商业银行的分立、合并，应当…: the owner of the thing
        if bearer is None:
            if lx.any_cue.match(text):
                continue  # …，可以使用…，但是不得…: a further predicate of the same bearer
            if k and _predicate(text):
                # 市人民政府…可以…，按照规定的程序确定…，并应当…: only an actor opening an
                # earlier clause bears the duty
                for j in range(k - 1, -1, -1):
                    np = _leading_actor(_strip(lx, clauses[j]))
                    if np:
                        return np, False
            if k and text.startswith("所"):
                # 受赠人可以变卖，所取得的全部收入，应当用于…: what the actor before obtains
                for j in range(k - 1, -1, -1):
                    earlier = _strip(lx, clauses[j])
                    np = _leading_actor(earlier)
                    if np and earlier.startswith(np) and lx.any_cue.match(earlier, len(np)):
                        return np, False
                    if np and j == 0 and _topic_actor(earlier) == earlier:
                        # 从事车辆维修的单位和个人，所使用的场地…，应当…: the topic's own thing
                        return np, False
            break
        if not is_headless:
            # 国务院金融管理部门及其分支机构，地方人民政府有关部门以及…，对…应当: the first
            # (but not before 其: …的船舶，其承运人…应当 names the ship's carrier)
            while k and not _strip(lx, clauses[k]).startswith("其"):
                before = _strip(lx, clauses[k - 1])
                first = _leading_actor(before)
                if not first or (_has_verb(lx, before) and _topic_actor(before) is None):
                    break  # but 采购…的机关、单位，…等单位，应当…: a clause that is all one name
                k, bearer = k - 1, first
            return bearer, False
        # 发现涉嫌违法犯罪人员，应当…: an event that sets the duty off, not an activity that
        # bears it; a bearer carried from earlier overrides it
        # (文明接待，尊重信访人，不得刁难…: one predicate after another, their actor elided; the
        # one carried from the article's lead-in overrides them)
        headless, weak = bearer, bearer.startswith(_EVENTS) or k > 0
    return headless, weak


# Where a ban holds, written before it (核心区内依法禁止…, 在风景名胜区内禁止…).
_PLACE_BEFORE_BAN = re.compile(r"在?[^，。；的]{1,16}?(?:内|外)(?:依法|一律)?")
_BODIES = ("政府", "部门", "机关", "机构", "委员会", "管委会", "办事处")
_MADE_UP = re.compile(r"组成|构成")
_REFERS_UP = re.compile(r"报经|报请|提请")
_PROVINCES = ("省", "自治区")
_AT_PLACE = re.compile(r"在[^，。；的从进开]{1,12}?(?=从事|进行|开展)")
# Where else an act happens (在地图上|绘制…, 在水库管理范围内|设置…).
_ON_PLACE = re.compile(r"在[^，。；的]{1,12}?(?:上|内|外|中)")
# Heads the labelled sets write without whose they are, 12 rows to 1 across 355 sets (未成年人的
# 监护人 → 监护人, 规划的组织编制机关 → 组织编制机关); other roles keep it (企业的法定代表人).
_POSSESSED = re.compile(r"监护人|发包单位|组织编制机关")
# …提供的: a short relative clause after a name (not 对本单位的, an adverbial)
_RELATIVE_AFTER = re.compile(r"[^，。；的]{1,6}的")
# What one party does or suffers that sets off another's duty (报警人不报姓名的，应当记录在案).
_PROMPTS = re.compile(r"当场死亡|死亡|不愿意?|拒绝|要求|请求|不报|无法")
_BUT = ("但", "但是", "并", "并且", "且", "而")
_EVENTS = ("发现", "接到", "收到", "遇到", "得知", "知悉", "获悉")
_PERCEIVES = ("发现", "得知", "知悉", "获悉")  # verbs that take a clause as their object


def _topic_actor(clause: str) -> str | None:
    """The actor a clause names and nothing else (…以外的其他生产经营单位), or None."""
    np = _leading_actor(clause)
    return np if np and clause.endswith(np) else None


def _first_condition(lx: Lexicon, clauses: list[str], k: int, np: str) -> str:
    """The actor of the first of several conditions in a row, each opened by its own actor
    (…的外国人需要…的，外国船员…需要…的，应当…: several bearers, the first)."""
    if _strip(lx, clauses[k]).endswith(("时", "后", "前")):
        return np  # …的，商标评审委员会收到申请后，应当…: a time clause names who acts next
    while k and (before := _strip(lx, clauses[k - 1])).endswith("的"):
        first = _leading_actor(before[:-1])
        if not first:
            break
        k, np = k - 1, first
    return np


def _predicate(text: str) -> bool:
    """A clause that opens with a verb or preposition: a further predicate of an actor named
    in an earlier clause (市人民政府…可以…，按照规定的程序确定…，并应当…)."""
    words = segment(text)
    tag = word_tags().get(words[0], "x") if words else "x"  # (…，其，应当: nothing after 其)
    return tag.startswith(("v", "p")) and tag != "vn"


def _judging(lx: Lexicon, clause: str) -> bool:
    """A clause opened by a verb of judging whose object is an actor (认定网络服务提供者…)."""
    words = segment(clause)
    if len(words) < 2 or words[0] not in _JUDGING:
        return False
    rest = clause[len(words[0]) :]
    np = _noun_phrase(lx, rest)
    return bool(np) and rest.startswith(np)


def _thing_word(word: str) -> bool:
    """One word that starts like an activity but names a thing (申请书, 经营范围, 存储设备)."""
    return len(word) > 2 and word.endswith(_THING_WORD_ENDS)


def _own_object(lx: Lexicon, clause: str) -> bool:
    """Whether the preposition opening ``clause`` takes an actor of its own, then a verb, before
    the first 的 (对|残疾人|实施|教育|的机构): it sits inside the 的-modifier, where 对|检举|有功|的
    单位 fronts the whole phrase as an object."""
    if "的" not in clause:
        return False
    at = clause.find("的")
    words, tail = segment(clause[1:at]), clause[at + 1 :]
    tags = word_tags()
    return (
        len(words) > 1
        and _leading_actor(tail) == tail
        and "各级" not in tail  # not 对…保护的|经费|各级人民政府: a thing, then who acts
        and not _verb_word(lx, words[0])
        and any(tags.get(w, "x") == "v" for w in words[1:])
        # whom it acts for (残疾人, 直销员), not a thing's state (对|生活|有|特殊困难|的妇女)
        and _is_actor(lx, next(w for w in words if tags.get(w, "x") == "v" or _is_actor(lx, w)))
    )


def _modified_actor(lx: Lexicon, clause: str) -> bool:
    """Whether a clause opening with a preposition is one noun phrase ending in an actor:
    the preposition opens its 的-modifier (与金融机构存在业务关系的单位和个人)."""
    if clause.startswith(_OBJECT_MARKERS) and not _own_object(lx, clause):
        return False  # 对检举有功的单位和个人应当给予奖励: a fronted object
    np = _noun_phrase(lx, clause)
    return (
        bool(np)
        and "的" in clause
        and clause.endswith(np)
        and _is_actor(lx, np)
        and not np.endswith(_THING_ACTORS)  # 面向党政机关…服务的云平台: a system, no one
    )


# Rolls of people (从业人员名簿): the people are listed in them, they do not own them.
_ROLLS = frozenset(("名簿", "名册", "花名册", "名单", "登记簿"))


def _owner(lx: Lexicon, text: str) -> str | None:
    """The actor owning a thing that is the grammatical subject (非银行支付机构的名称中应当…,
    单位大数据安全责任人的应急预案应当…, 该机构名称…不得…): the actor names who must act."""
    if text.startswith(_LIST_JOINS):
        return None
    cut = text.find("的")
    if text.startswith(_OVERSIGHT, cut + 1):
        return None  # 非银行支付机构的监督管理，应当…: the actor is overseen, it does not act
    words = segment(text[:cut]) if cut > 0 else ()
    acted_on = (  # 载有学生的校车…: a verb and its object describe the thing, no owner
        len(words) > 1
        and word_tags().get(words[0], "x") == "v"
        and not _is_actor(lx, words[0])
        and words[-1] not in _UNIT_SUFFIXES  # but 受托|机构 is a name
    )
    if cut > 0 and not acted_on:
        owner = text[:cut]
        if owner in _ISSUERS:
            return None  # 本市的出租汽车应当…: the place it runs in, no owner
        if _leading_actor(owner) == owner and _specific(lx, owner):
            thing = segment(text[cut + 1 :])
            return owner if thing and not _is_actor(lx, thing[0]) else None
    # no 的: the actor's name runs straight into the thing (非银行支付机构净资产…)
    words = segment(text[:cut] if cut > 0 else text)
    for k in range(len(words) - 1):
        w, nxt = words[k], words[k + 1]
        if not _is_actor(lx, w) or w in _OBJECT_ACTORS or _is_actor(lx, nxt):
            continue
        owner = "".join(words[: k + 1])
        if owner in _ISSUERS:
            continue  # 本市信访工作应当…: the place the work is done in, no owner
        if len(owner) < 2 or (k >= 2 and word_tags().get(words[0], "x") == "v"):
            continue  # 拨付|各|分支机构…: a verb and its object
        if not (owner in lx.actors or owner.endswith(_OWNER_ENDS)):
            continue  # 实行专人专班…: a predicate, no organisation owning a thing
        if words[k + 1] in _ROLLS:
            return None  # 从业人员名簿应当…: a roll of the people, kept by someone else
        if (
            _plain_thing(lx, words[k + 1 :])
            and _leading_actor(owner) == owner
            and _specific(lx, owner)
        ):
            return owner
    return None


# What registers an organisation or person: a change to it is the owner's to report.
_PARTICULARS = re.compile(
    r"的?(?:名称|地址|住址|居住地|住所|(?:主要(?:行政)?)?负责人|法定代表人|校长|(?:控股)?股东|实际控制人|合伙人"
    r"|(?:法定)?(?:登记|备案)?(?:事项|信息)|职责|章程|经营范围|注册资本|组织形式)"
)
_CHANGED = re.compile(r"(?:的变更|(?:发生)?(?:变更|变化|变动)|终止)$")


def _changed_owner(lx: Lexicon, text: str) -> str | None:
    """The actor whose particulars change or end (单位用户地址变更的，应当…, 中外合作办学机构住所、
    法定代表人的变更，应当…, 基金管理人职责终止的，应当…): the change is the owner's to act on."""
    changed = _CHANGED.search(text)
    particulars = _PARTICULARS.search(text, 2, changed.start()) if changed else None
    if not particulars:
        return None
    owner = text[: particulars.start()]
    words = segment(owner)
    if not words or not _is_actor(lx, words[-1]):
        return None
    if _verb_word(lx, words[0]) and "的" not in owner:
        return None  # 变更负责人…: an act, not an owner
    return owner


def _specific(lx: Lexicon, owner: str) -> bool:
    """An owner that names a duty bearer, not a kind of person or body the thing is about
    (自然人数据, 企业数据知识产权纠纷案件)."""
    bare = _DETERMINER.sub("", owner)
    return bare not in _OBJECT_ACTORS and bare not in lx.generic_heads and bare not in _PERSONS


def _plain_thing(lx: Lexicon, words: list[str]) -> bool:
    """Nouns only, ending in a word of two or more characters: a thing (净资产与备付金日均余额),
    not the rest of a name jieba split into pieces (网|信|办, 信息化|工作|领导小组)."""
    tags = word_tags()
    for w in words:
        tag = tags.get(w, "x")
        if w in _JOIN or tag == "f":
            continue
        if not tag.startswith("n") or tag == "vn" or _is_actor(lx, w):
            return False
    last = [w for w in words if w not in _JOIN and tags.get(w, "x") != "f"]
    return bool(last) and len(last[-1]) > 1 and not last[-1].endswith(("小组", "委员会", "班"))


def _adverb_in_modifier(tags: dict[str, str], words: tuple[str, ...] | list[str], i: int) -> bool:
    """An adverb opening a leading 的-clause before its verb (自行|招用|保安员|的|单位): part of
    the modifier, not a predicate before the name."""
    return (
        not i
        and tags.get(words[0], "x") in ("d", "r")
        and len(words) > 2
        and tags.get(words[1], "x") == "v"
        and "的" in words[2:]
    )


def _joins_an_act(lx: Lexicon, text: str, end: int) -> bool:
    """Whether a verb-led name at ``text[:end]`` is joined to more than another name (采购网络产品
    和服务…: a verb and its objects), unlike a list of names (举办单位、场馆单位和…)."""
    if not text.startswith(_LIST_JOINS, end):
        return False
    if not text[:end].endswith((*_UNIT_SUFFIXES, "主体")):
        return True  # 涉及法人和非法人组织的: a verb and the persons it concerns
    rest = text[end + 1 :].removeprefix("者")
    np = _noun_phrase(lx, rest)
    return not (np and rest.startswith(np))


def _organises(lx: Lexicon, text: str, np: str) -> bool:
    """Whether ``np`` ends in 组织 as the verb of the actor before it, a verb after it
    (有关部门组织编制…), not as an organisation's name (社会组织, 行业组织)."""
    if not np.endswith("组织") or len(np) < 4 or not text.startswith(np):
        return False
    before = segment(np[:-2])
    after = segment(text[len(np) : len(np) + 6])
    return (
        _is_actor(lx, before[-1])
        and not before[-1].startswith("非")  # 境外非政府组织: one name
        and bool(after)
        and word_tags().get(after[0], "x") in ("v", "vn")
    )


@lru_cache(maxsize=16384)
def _leading_actor(text: str, opens: bool = False) -> str | None:
    """The actor that opens ``text`` as its subject (数据处理者需要…), or None. ``opens``: the
    text opens the sentence, so a verb-led name (授权运营主体) is read as a name; after an
    actor's clause (…经营者在经营过程中，变更经营主体的) it is an activity."""
    lx = lexicon()
    text = _strip(lx, text)
    if _NORM_OPENING.match(text):
        return None  # 法律、行政法规规定或者当事人约定…的: a norm source, not a bearer
    checked = _CHECKED_FIRST.match(text)
    if checked and checked.end() < len(text):
        # 经医学鉴定传染病病原携带者在治愈前…: the finding comes first, then the actor (经…认定
        # 的宠物诊疗机构: the finding describes the actor after it)
        return _leading_actor(text[checked.end() :].removeprefix("的"), opens)
    first = _first_of_two(lx, text)
    if first:
        return first  # 安全生产监督管理部门和负有…职责的有关部门接到…: the first of two
    np = _noun_phrase(lx, text)
    if np and (cut := _REFERS_UP.search(np)) and cut.start():
        np = _noun_phrase(lx, np[: cut.start()])  # …主管部门报经…人民政府批准: who refers it up
    if np and _organises(lx, text, np):
        np = np[:-2]  # 本市有关部门|组织|编制…规划: 组织 the verb, not an organisation
    if not np or text.startswith(_POLICY_OPENERS):
        return None
    if actor := _actor_then_clause(text, np):
        return actor  # 检测机构|发现|使用单位未整改的: who finds, not whom he finds
    if "的" not in np and _object_then_actor(lx, np):
        return None  # 选择合理线路|或者|乘客要求的线路: a verb's objects
    if _prepositional(lx, text) and (
        text.startswith(_OBJECT_MARKERS) or (text.find(np) <= 0 and "的" not in np)
    ):
        return None  # 对…的单位: an object; but 依照前条规定不需要登记的经营者 is a modifier
    if np.endswith("他人") and np != "他人":
        return None  # 交由他人代收的: a verb and its object
    if segment(np)[0] in _COPULAS:
        return None  # 有盲人参加的: that someone takes part, not who acts
    if segment(np)[0] in _SENDS:
        return None  # 报省级…主管部门批准后: the body a matter goes to, not who acts
    at = text.find(np)
    if at:
        if text.startswith(_PERCEIVES) and not text.endswith(np):
            # 发现进入演出场所的观众达到…: what is found, not who finds it (but 收到举报的
            # 市场监督管理部门 names who received it)
            return None
        if any(w in ("将", "把") for w in segment(text[:at])):
            return None  # 拟…将中标项目的部分非主体…: the object of 将, not an actor
        if (
            text[at - 1] == "等"
            and "、" in text[:at]
            and "的" not in text[:at]
            and word_tags().get(segment(np)[0]) != "v"  # 公示、公告等需要公布企业…: an act
            and len(np) <= 10  # not …等保护性医疗措施惩罚精神障碍患者: an act on someone
        ):
            return np  # 网络社交、网络直播等网络服务提供者: the class the examples name
        if "属于" in text[:at]:
            return None  # 博物馆藏品属于…中的珍贵文物和国家规定…的: what a thing is, no actor
        # only a leading 的-clause dropped before a specific head (提供公共数据的公共管理和服务机构)
        return np if at > 0 and text[at - 1] == "的" and text.count("的", 0, at) == 1 else None
    tags = word_tags()
    if text.startswith("规定", len(np)):
        return None  # 法律、法规和国家规定…的: a norm source, not a bearer
    words = segment(np)
    if tags.get(words[0], "x").startswith("c"):
        return None  # 或者收到用户…: a coordinated predicate, not a name
    if (
        tags.get(words[0], "x") == "v"
        and words[-1] in _OBJECT_ACTORS | {"他人"}
        and "的" not in words  # 从事…服务的单位和个人: an actor its modifier names
    ):
        return None  # 交由他人代收的: a verb and its object
    if (
        words[0] == "组织"
        and len(words) == 2
        and tags.get(next(iter(segment(text[len(np) :])), ""), "x") == "v"  # (np opens text)
    ):
        return None  # 组织|未成年人|参加…活动的: whom an act organises, then what they do
    if words[0] in _CLAUSE_TAKING and "的" not in words:
        return None  # 接到受害人赔偿请求的: a verb and its object (收到检举的部门 is a name)
    if (
        _verb_word(lx, words[0])
        and "的" not in words  # 经营快递业务的企业: an actor its modifier names
        and not (opens and _verb_name(lx, words) and not _joins_an_act(lx, text, len(np)))
        and not _field_office(lx, words)
    ):
        return None  # 采购网络产品和服务可能影响国家安全的: an activity, not an actor
    for i, w in enumerate(words):
        if _is_actor(lx, w):
            return np
        if (
            w == "的"
            and not _has_verb(lx, "".join(words[:i]))
            and not any(_is_actor(lx, v) for v in words[i + 1 :])
        ):
            return None  # 企业数据的管理: a thing owned, no actor modified by a clause
        if w == "的" or (
            w == "等"
            and "、" in words[:i]
            and word_tags().get(words[i + 1] if i + 1 < len(words) else "", "x") != "v"
        ):
            # 经营快递业务的企业, 审计、财政、税务等部门, 婚庆、殡葬等服务的单位: modifiers of the
            # actor that follows
            continue
        if (
            tags.get(w, "x").startswith(_NOT_SUBJECT)
            and w not in _NAME_DETERMINERS
            and not _adverb_in_modifier(tags, words, i)
            and not (w == "被" and "的" in words[i + 1 :])  # 被授予专利权的单位: a modifier
        ):
            return None  # but 其他单位和个人发现…的: 其他 opens the name
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (
            i
            and lx.clause_verb.fullmatch(w)
            and nxt not in _JOIN
            and not _is_actor(lx, nxt)
            and not all(tags.get(v, "x") in _QUANTIFIER_TAGS for v in words[:i])
            and not (tags.get(w) == "vn" and tags.get(nxt) == "vn")  # …领域的生产|经营|单位
            and "的" not in words[i + 1 :]  # 采购涉及国家秘密的货物的机关: inside a modifier
            and not _names_unit(lx, words[i + 1 : i + 3])  # …生产|许可证|主管部门: one name
        ):
            # …公共数据只能提供公共管理和服务机构: a verb and its object; but after a count
            # (两个以上生产经营单位) the verb opens the name
            return None
    return np


# What may open a condition before the act it names (在…内, 经批准, 确需): LABELS.md's bearer is
# the act, written as a noun phrase with the condition's 的.
_CONDITION_OPENING = re.compile(
    r"(?:在[^，,]{0,30}?(?:内|中|上|外|区域|期间)|经[^，,]{0,20}?(?:批准|同意|核准|许可)|凡|依法"
    r"|依照[^，,]{0,30}?规定|确需|因[^，,]{0,20}?需要)?"
)


def _with_condition_de(found: str | None, s: str) -> str | None:
    """A headless bearer that is a whole condition (…确需设立专用水文测站的，应当…) keeps the 的
    that makes the act a noun phrase, whichever rule found it: the one place the convention is
    applied."""
    if not found or found.endswith("的") or found + "的" not in s:
        return found  # (most bearers: no condition to look at, no segmenting)
    words = segment(found)
    if not words:
        return found
    if _actor_word(words[-1]) and word_tags().get(words[0], "x") != "v":
        return found  # a body, not an act (设立专用水文测站 is one, on a body)
    for m in re.finditer(re.escape(found) + "的[，,]", s):
        start = max(s.rfind(c, 0, m.start()) for c in "，,；;：:") + 1
        opening = s[start : m.start()]
        # (需要, 但: adverbs the bearer is stripped of, as _strip does)
        if _CONDITION_OPENING.fullmatch(opening) or lexicon().adverb_head.fullmatch(opening):
            return found + "的"
    return found


def choose_subject(s: str, modal: int, carried: str | None, previous: str | None) -> str | None:
    """The bearer of a sentence in context: its own, else the one carried from earlier in the
    article, else a bare activity from its condition, else the actor opening the previous
    sentence (征信机构对…的保存期限为5年；超过5年的，应当予以删除 → 征信机构)."""
    found, weak = _find(s, modal)
    found = _without_place(found)
    if found is None and (not carried or _thing_opens(s, modal)):
        # 交换数据应当合法进行，交换双方不得…: a later modal of the sentence names the bearer,
        # over one carried from earlier when a thing is the first modal's subject (办理条件不得
        # 含有…，相关部门不得要求…; but 不能处理的，应当报告…负责人，负责人应当…: the carried
        # bearer acts first)
        found, weak = _later_bearer(s, modal)
    if found and (not weak or found.startswith("从事")):
        return found  # 从事电子认证服务，应当… (LABELS.md): the activity names its doers
    if (
        found
        and carried
        # not 办理备案时: a moment in the carried activity
        and (f"{found}的" in s or s.startswith(f"{found}，"))
        and _noun_phrase(lexicon(), carried) is None
    ):
        # 从事食品生产…，应当…；仅销售预包装食品的，应当… / 配售民用枪支，必须…。配售弹药，必须…:
        # one activity after another
        return found
    if carried or found:
        return carried or found
    if not previous or _CLAUSE.split(s[:modal])[0].startswith(_POLICY_OPENERS):
        return None
    cue = lexicon().any_cue.search(previous)
    opening = _CLAUSE.split(previous[: cue.start() if cue else None], maxsplit=1)[0]
    encouraged = _ENCOURAGES.match(opening)
    if encouraged:
        # 国家鼓励和支持档案馆…推进…。已经实现数字化的，应当…: those encouraged act next
        return _leading_actor(opening[encouraged.end() :])
    actor = _leading_actor(opening)
    return None if actor in _ISSUERS else actor  # 国家实行…制度。应当报废的机动车必须…


# A parenthetical aside holding a comma (（含…，下同）).
_COMMA_ASIDE = re.compile(r"[（(][^（()）]*[，,][^（()）]*[）)]")
# The state encouraging actors (国家鼓励和支持档案馆…): the actors are who act on it.
_ENCOURAGES = re.compile(
    r"^(?:国家|本市|本省|各级人民政府)(?:鼓励|支持|引导)(?:和(?:鼓励|支持|引导))?"
)


def _act(words: tuple[str, ...] | list[str]) -> bool:
    """A verb and what follows it, not a name with a verb inside (出卖、赠送给…; 征信|机构 is one)."""
    tags = word_tags()
    return (
        len(words) > 1
        and tags.get(words[0], "x") == "v"
        and (words[1] in _JOIN or tags.get(words[1], "x").startswith(("v", "p")))
    )


def _thing_opens(s: str, modal: int) -> bool:
    """Whether the clause before the first modal is a thing as its subject (个人声明不得…), not
    empty, a condition (…的，应当) or a fronted object (对…事项，应当)."""
    head = _CLAUSE.split(s[:modal])[-1].strip()
    return (
        bool(head)
        and not head.endswith("的")
        and not head.startswith(("对", "在", "按照", "依照"))
        and not (head.startswith(("经", "未经")) and "的" not in head)  # but 经批准的规划
    )


def _later_bearer(s: str, modal: int) -> tuple[str | None, bool]:
    """The actor opening the clause of a later modal (…，交换双方不得…), or None."""
    lx = lexicon()
    cut = _CLAUSE.search(s, modal)
    while cut:
        m = lx.modal_start.search(s, cut.end())
        if not m:
            break
        start = cut.end()
        for sep in _CLAUSE.finditer(s, cut.end(), m.start()):
            start = sep.end()  # …，按照规定…支出，任何单位和个人不得…: the clause just before
        clause = s[start : m.start()]
        if not lx.modal_start.search(clause):
            np = _leading_actor(clause)
            if np and _strip(lx, clause) == np:
                return np, False
        cut = _CLAUSE.search(s, m.end())
    return None, False


def _general_ban(s: str, modal: int) -> bool:
    """A sentence that opens with 禁止/严禁 and names no one after it (禁止以食用为目的猎捕…)."""
    opening = _MARKER.sub("", s).strip()
    first, comma, rest = opening.partition("，")
    if comma and _WHERE.fullmatch(first):
        opening = rest  # 在燃气设施保护范围内，禁止从事…: where the ban holds, the same _WHERE
    at = len(s) - len(opening)
    if modal != at or not opening.startswith(_BANS):
        return False
    return bool(_DIRECTS.match(opening, 2)) or (
        _leading_actor(_CLAUSE.split(opening[2:], maxsplit=1)[0]) is None
    )


# A short name a document gives a body (上海市市政工程管理处（以下简称市市管处）).
_ALIAS_DEFINED = re.compile(r"[（(]以下(?:简|统)称[“\"]?([^”\"（()）\s，、]{2,16})[”\"]?[）)]")
_ALIAS_ACTS = ("应当", "应", "必须", "须", "不得", "负责")
_ALIAS_JOINS = ("或者", "和", "、", "以及", "与")  # not 及其: a body and its own staff


def learn_aliases(s: str, aliases: set[str]) -> None:
    """Add to ``aliases`` the short names ``s`` gives to bodies: jieba does not know them (市|市|管|处),
    so without this a list they open (市市管处或者区、县市政工程管理部门) is read whole."""
    if "以下" not in s:
        return  # most sentences: named nothing (a plain test, run on every sentence)
    for m in _ALIAS_DEFINED.finditer(s):
        named = segment(s[max(0, m.start() - 12) : m.start()])
        if named and _is_actor(lexicon(), named[-1]):
            aliases.add(m.group(1))


def _by_alias(s: str, subject: str | None, aliases: set[str] | None) -> str | None:
    """The subject read with the document's short names for bodies: the first of a list one
    opens, or the one that opens a sentence with its duty when nothing else was found."""
    for alias in sorted(aliases or (), key=len, reverse=True):  # the longest name first
        if (
            subject
            and subject.startswith(alias)
            and subject.startswith(_ALIAS_JOINS, len(alias))
            and "等" not in subject  # 企业、平台等主体: the class the list names
        ):
            return alias  # 市市管处或者区、县市政工程管理部门: several bearers, the first
        if subject is None and s.startswith(alias) and s.startswith(_ALIAS_ACTS, len(alias)):
            return alias
    return subject


def learn_names(s: str, modal: int | None, counts: dict[str, float]) -> None:
    """Count in ``counts`` the noun phrase ``s`` opens its duty with (境外非政府组织代表机构应当…):
    a document that opens two duties with the same nouns names one bearer, however jieba cuts it
    (非政府|组织|代表|机构, with 组织 read as a verb)."""
    if modal is None:
        return
    head = _strip(lexicon(), s[:modal])
    if not 3 <= len(head) <= 16 or _NOT_A_NAME.search(head):
        return
    words = segment(head)
    tags = word_tags()
    # (人民武装|警察: jieba tags 警察 a verb, but a person's ending ends a name whatever its tag)
    ends = _actor_word(words[-1]) or head.endswith(_PERSON_ENDS)
    nouns = all(tags.get(w, "x").startswith(("n", "j", "s")) or _actor_word(w) for w in words[:-1])
    if ends and nouns:
        counts[head] = counts.get(head, 0) + 1
    elif (
        s.startswith(head)
        and not words[-1].endswith(_THING_NAMES)
        and (
            (nouns and tags.get(words[-1], "x").startswith("n"))
            # 单|采|血浆|站 (采 and 站 tagged verbs): a unit's ending closes a name, and so does
            # 场所 (强制|隔离|戒毒|场所), a place a document gives duties to
            or (
                (words[-1] in _UNIT_ENDINGS or words[-1] == "场所")
                and not any(tags.get(w) in ("p", "c") for w in words)
            )
        )
    ):
        # 生猪定点屠宰厂应当…, again and again: a name, though its last word is no actor's
        counts[head] = counts.get(head, 0) + 0.5


def _by_name(
    s: str, modal: int | None, subject: str | None, names: Sequence[str] | None
) -> str | None:
    """The subject as a name the document repeats (``names``, the longest first), where it cut
    that name short (only a name in the modal's own clause: in 境外非政府组织代表机构注销登记后，
    …的境外非政府组织应当… the bearer is the later one)."""
    for name in names or ():
        if (
            s.startswith(name)
            and (
                (subject and subject != name and name.startswith(subject))
                # (人民武装警察应当…: no bearer found, the name right before the modal)
                or (subject is None and modal and _strip(lexicon(), s[:modal]) == name)
            )
            and not _CLAUSE.search(s, len(name), modal if modal is not None else len(s))
        ):
            return name
        if (
            subject is None
            and s.startswith(name)
            and (rest := segment(s[len(name) : len(name) + 8]))
            and word_tags().get(rest[0], "x") in ("v", "p", "d")
            and rest[0] != "有"  # 乡村医生有下列情形之一的，不予注册: who is refused
        ):
            # 生猪定点屠宰厂变更生产地址的，应当…: no bearer found, and the sentence opens with
            # the name the document gives its duties to
            return name
    return subject


def repeated_names(counts: dict[str, float]) -> list[str]:
    """The names ``learn_names`` counted more than once, the longest first (a name whose last
    word is no actor's counts half: it takes three duties)."""
    return sorted((name for name, n in counts.items() if n > 1), key=len, reverse=True)


_NOT_A_NAME = re.compile(r"[，,。；;：:、（(“”的]|和|或|及|与|以及|在|对|向|将|把|为|由|经|从")


def _is_item(previous: str | None) -> bool:
    """Whether the sentence after ``previous`` is an item of a list: the one before it opens the
    list (…下列规定：) or ends an item (…；)."""
    return bool(previous) and previous.rstrip().endswith(("：", ":", "；", ";"))


def carry(
    s: str,
    labels: tuple[str, ...],
    modal: int | None,
    carried: str | None,
    previous: str | None,
    aliases: set[str] | None = None,
    names: Sequence[str] | None = None,
) -> tuple[str | None, str | None]:
    """(subject of ``s``, bearer carried to the next sentence of its article): the one step both
    the import (analyze_sentences) and carry_subjects take; ``aliases``: the short names the
    document has given to bodies so far."""
    if "obligation" in labels or "prohibition" in labels:
        listed = _is_item(previous)
        if modal is not None and not listed and _general_ban(s, modal):
            return None, carried  # 禁止食用…: a ban on everyone binds no one bearer in particular
        subject = (
            _with_condition_de(choose_subject(s, modal, carried, previous), s)
            if modal is not None
            else carried
        )
        subject = _by_name(s, modal, _by_alias(s, subject, aliases), names)
        if modal is not None and s.startswith("不作为犯罪处理", modal) and subject == carried:
            return None, carried  # …的，不作为犯罪处理: a directive to the courts, who go unnamed
        return subject, subject
    # 受托人有权…；…，不得…: an actor opening an earlier sentence of any label carries over
    lead = s.strip()
    duties = lead.endswith(("：", ":")) and (_DUTIES_OF.match(lead) or _DUTIES_LEAD.match(lead))
    if duties and (actor := _leading_actor(duties.group(1), True)):
        # 市绿化行政管理部门主要职责：/ 理事会…履行下列职责：: the lead-in names who does each item
        return None, actor
    if (carried or labels) and _opens_with_actor(s):
        item = _is_item(previous)
        first = segment(s)[0]
        if item and (word_tags().get(first, "x").startswith("v") or first in _VERB_NOUNS):
            # 召集、主持成员大会；, 组织对水资源进行…调查评价；: a duty in a list, not a new actor
            return None, carried
        if item and s.rstrip("；;。 ").endswith("的"):
            return None, carried  # 被监管人破坏监管秩序，情节严重的；: a case, not who acts
        opening = _CLAUSE.split(s, maxsplit=1)
        if (
            len(opening) > 1
            and opening[0].endswith("时")
            and _leading_actor(_CLAUSE.split(opening[1], maxsplit=1)[0], True)
        ):
            opening = []  # 看守所对…进行检查时，检察人员可以在场: who acts is named after when
        actor = _leading_actor(opening[0], True) if opening else None
        if actor and actor not in _ISSUERS:  # 国家对…享有主权: the state, no one to carry
            return None, actor  # 国务院信息产业主管部门接到申请后…颁发…: a new actor takes over
    cue = _PERMITS.search(s) if "permission" in labels and "penalty" not in labels else None
    if cue:
        # 对…的行为，工商行政管理部门有权依法查处；涉嫌犯罪的，应当…: the half after a semicolon
        # goes on about the one who may act
        found, weak = _subject_before(s[: cue.start()])
        if found and not weak and s.rstrip().endswith(("；", ";")):
            return None, found
        # 市、区人民政府…可以依法征用…。被征用的财产…应当及时返还: the one who may act goes on
        # being bound (but not …尚有余款的，托运人…可以领回: one whom a condition entitles)
        before = _CLAUSE.split(s[: cue.start()])
        if (
            found
            and not weak
            and found not in _ISSUERS
            and _leading_actor(found, True) == found
            and not (len(before) > 1 and before[-2].strip().endswith("的"))
        ):
            return None, found
    return None, carried


_PERMITS = re.compile(r"有权|可以")
_DUTIES_OF = re.compile(
    r"([^，。；]{2,30}?)的?(?:主要|具体|基本)?(?:职责|职权|任务)(?:是|为|包括|如下)?[：:]$"
)
_DUTIES_LEAD = re.compile(
    r"([^，。；]{2,30})[^。；]*?(?:履行|行使|承担)下列(?:职责|职权|任务)[：:]$"
)


def _opens_with_actor(s: str) -> bool:
    """A cheap test before the full one: the sentence's first word names an actor."""
    words = segment(s[:12])
    lx = lexicon()
    return any(_is_actor(lx, w) for w in words[:3])  # 商标|评审|委员会: a name in three words


# A name's own alternative in brackets (生猪定点屠宰厂（场）, 县（市）人民政府, 法定代表人（负责人）),
# not an aside that names or explains (（以下简称…）, （含…）), nor one after a lone character
# (各单元的厅（室）: no 厅 to name a body).
_NAME_BRACKET = re.compile(
    r"(?<=[^的\W][\u4e00-\u9fff])[（(](?!以下|下称|简称|统称|含|包括|即|不含)[\u4e00-\u9fff、]{1,6}[）)]"
)


def _unbracketed(s: str) -> tuple[str, list[tuple[int, str]]]:
    """``s`` without the brackets inside names, and each cut (offset in the result, text): the
    bearer rules read 生猪定点屠宰厂应当…, the bearer is given back as written."""
    if "（" not in s and "(" not in s:
        return s, []
    cuts: list[tuple[int, str]] = []
    parts: list[str] = []
    last = removed = 0
    for m in _NAME_BRACKET.finditer(s):
        parts.append(s[last : m.start()])
        cuts.append((m.start() - removed, m.group()))
        removed += len(m.group())
        last = m.end()
    if not cuts:
        return s, []
    parts.append(s[last:])
    return "".join(parts), cuts


# What opens a sentence before its words: a clause number (5.1.1, 6.2) or an article's caption
# in brackets (（公共数据采集）, (接入责任)); not an item's marker (（一）), which the rules read.
_LEAD = re.compile(
    r"^(?:\d+(?:\.\d+)+\s*|[（(](?![一二三四五六七八九十百\d]+[）)])[^（）()，。；：,;:]{1,16}[）)]\s*)"
    r"(?=[\u4e00-\u9fff])"
)
_LEAD_FIRST = frozenset("（(0123456789")
# A plan's note in brackets of who does the task (（省交通运输厅负责，有关市政府配合）加快…).
_RESPONSIBLE_NOTE = re.compile(rf"^[（(]({NOTE_WORDS})(?:[）)]|$)")


def _body(s: str) -> tuple[str, str | None]:
    """(the words of a sentence the bearer rules read, a note of who is responsible for it): a
    leading number, caption or note is no part of the sentence's own bearer; the note names the
    bearer where the sentence names none."""
    s = s.strip()
    if not s or s[0] not in _LEAD_FIRST:
        return s, None  # most sentences: nothing opens them (a string test, run on every one)
    note = _RESPONSIBLE_NOTE.match(s)
    if note:
        rest = s[note.end() :]
        if rest.strip("。；;，, "):
            return rest, note.group(1)
        # the sentence is the note (（…等部门按职责分工负责）): its closing bracket stays, for
        # 分工负责） names who does the task, where 分工负责 alone states a principle
        return s[1:], None
    lead = _LEAD.match(s)
    return (s[lead.end() :] if lead else s), None


def _quote_closed(subject: str | None, s: str) -> str | None:
    """“一府两院”应当…: a quoted name keeps its closing quote (jieba cuts it off as punctuation)."""
    if subject and subject.count("“") > subject.count("”") and f"{subject}”" in s:
        return f"{subject}”"
    return subject


def _as_written(
    subject: str | None, s: str, plain: str, cuts: list[tuple[int, str]], seen: dict[str, str]
) -> str | None:
    """``subject`` (found in ``plain``) as ``s`` writes it, its brackets back in; a bearer carried
    from an earlier sentence as that sentence wrote it (``seen``)."""
    if subject is None:
        return None
    p = plain.find(subject) if cuts else -1
    if p < 0:
        return subject if subject in s else seen.get(subject, subject)
    e = p + len(subject)
    start = p + sum(len(t) for q, t in cuts if q <= p)  # a bracket before it is the word's before
    end = e + sum(len(t) for q, t in cuts if q <= e)  # one right after it is its own
    seen[subject] = s[start:end]
    return seen[subject]


def bearers(items: Iterable[tuple[object, str]]) -> Iterator[tuple[tuple[str, ...], str | None]]:
    """(labels, subject) for (group, sentence) pairs in order, elided bearers carried within a
    group, the document's short names for bodies learnt as it goes and the names it repeats read
    first: the one loop both the import (analyze_sentences) and carry_subjects run."""
    last_group: object = object()
    carried: str | None = None
    previous: str | None = None
    aliases: set[str] = set()
    pairs = []
    for group, whole in items:
        # labels from the whole sentence, as LABELS.md reads it; the bearer from its own words
        labels, modal = analyse(whole)
        s, note = _body(whole)
        if s != whole and labels:
            modal = analyse(s)[1]
        plain, cuts = _unbracketed(s) if labels else (s, [])
        if cuts:
            modal = analyse(plain)[1]
        pairs.append((group, s, note, plain, cuts, labels, modal))
    counts: dict[str, float] = {}  # the whole document's, read first: a name repeated later counts
    for _, _s, _n, plain, _c, labels, modal in pairs:
        if "obligation" in labels or "prohibition" in labels:
            learn_names(plain, modal, counts)
    names = repeated_names(counts)
    seen: dict[str, str] = {}
    lead_in: str | None = None  # the bearer of a lead-in (…应当遵守下列规定：) while its items run
    for group, s, note, plain, cuts, labels, modal in pairs:
        if group != last_group:
            last_group, carried, previous, lead_in = group, None, None, None
        item = _is_item(previous)
        if not item:
            lead_in = None
        subject, carried = carry(plain, labels, modal, carried, previous, aliases, names)
        if item and lead_in and subject and subject != lead_in and subject in plain:
            # 乘客应当遵守下列规定：…；醉酒者…应当有他人陪同乘车；禁止在车厢内吸烟…: an item's own
            # actor binds that item; the lead-in's goes on to the items after it
            carried = lead_in
        if plain.rstrip().endswith(("：", ":")):
            lead_in = carried
        if note and subject is None and ("obligation" in labels or "prohibition" in labels):
            subject = _leading_actor(note)  # (省交通运输厅负责，…配合)加快…: whom the note names
        yield labels, _quote_closed(_as_written(subject, s, plain, cuts, seen), s)
        learn_aliases(s, aliases)
        previous = plain


def carry_subjects(items: Iterable[tuple[object, str]]) -> list[str | None]:
    """Subjects for (group, sentence) pairs in order, elided bearers carried within a group."""
    return [subject for _, subject in bearers(items)]


def subjects_for(sentences: Sequence[str]) -> list[str | None]:
    """Subjects for consecutive sentences of one article or paragraph."""
    return carry_subjects((0, s) for s in sentences)


def clear_caches() -> None:
    """Forget cached bearers and segmentations (benchmarks time a cold run)."""
    analyse.cache_clear()
    _actor_word.cache_clear()
    _subject_before.cache_clear()
    _leading_actor.cache_clear()
    segment.cache_clear()
