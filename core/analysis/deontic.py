"""Deontic labels of one sentence (LABELS.md): regex cues, masked false cues, clause context."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from core.analysis.lexicon import Lexicon, lexicon, segment, word_tags

_MASK = "□"
_BANS = ("不得", "严禁", "不准")
_CLAUSE_PUNCT = "，,：:；;。！？!?"
_CLAUSE_END = re.compile(f"[{_CLAUSE_PUNCT}]")
_CLAUSE_RUN = re.compile(f"[^{_CLAUSE_PUNCT}]+")  # a clause between two of them
_QUOTED = re.compile(r"“[^“”]{1,30}”")
_CIVIL = re.compile(r"(?:民事|赔偿|侵权|补充)责任")
_AFTER_CONDITION = re.compile(r"的[，,]")
_TITLE = re.compile(r"《[^《》]{1,80}》")
# After the topic clause: the sentence's own modal (…实施行政处罚，应当…).
# An authority opening the sentence with its own duty (no condition before it).
_AUTHORITY_DUTY = re.compile(
    r"^[^，。；：的]{0,30}?(?:部门|机关|机构|政府|委员会)[^，。；：]{0,12}?(应当|必须)"
)
_TRANSFER = re.compile(r"移送|移交")
# An authority's duty to order something (应当责令…披露, 发现…隐患的，应当责令整改) with no wrong in
# the sentence to sanction: the order is what the authority must do, not a penalty.
_ORDER_DUTY = re.compile(r"(应当|必须)[^。；，]{0,12}?责令")
_WRONG = re.compile(
    r"违反|违法|违规|非法|不履行|未履行|拒不|未(?!经)|逾期|擅自|不符合|行为的|改正|罚|处分|吊销|没收"
    r"|停止[^。；，]{0,8}?活动"
)
# An authority's refusal inside a penalty sentence is a ban beside the sanction (不予受理).
_REFUSAL = re.compile(r"不予(?:受理|批准|登记|许可|办理|备案|注册|签发)")
_VIOLATION_WORD = re.compile(r"违反|不履行|未履行|拒不|未按|逾期未|违法|擅自")
_BY_REFERENCE = re.compile(r"处罚的[，,](?:依照|从|适用)其规定")
_SANCTION_NOUN = re.compile(r"[\u4e00-\u9fff]{0,4}(?:处分|处罚|罚款|罚金)")
# A fronted object naming the matters an authority passes on (对…追究…责任的事项，…应当移送…).
_FRONTED_MATTER = re.compile(r"对[^。；]{1,80}?的(?:事项|案件|问题|线索)[，,]")


def _passed_on(s: str, m: re.Match[str]) -> bool:
    """A sanction that is no part of this sentence's act: the transfer itself (移送), one the body
    a case goes to imposes (移送有关主管机关依法追究责任), or one that names which matters go."""
    if _TRANSFER.match(m.group()):
        return True
    clause = max(s.rfind(c, 0, m.start()) for c in "，,；;：:") + 1
    if _TRANSFER.search(s, clause, m.start()) and "刑事" not in m.group():
        return True  # (but 移交司法机关追究刑事责任: the law's own sanction for a crime)
    fronted = _FRONTED_MATTER.match(s)
    return bool(fronted) and m.start() < fronted.end()


_TRANSFER_DUTY = re.compile(r"(应当|必须)[^。；，]{0,16}?(?:将[^。；，]{0,12}?)?(?:移送|移交)")
_MODAL_AHEAD = re.compile(r"应当|必须|(?<![相对响适供效反])应(?![用急变对])|须|有权")
_TOPIC_MODAL = re.compile(r"(?:还|也|并|均|都|一律)?(?:应当|应|不得|必须|须)")
# A list item that is only a condition or a description: it ends in 的 (…拒不履行…义务的。).
_ENDS_IN_DE = ("的。", "的；", "的;")
_CONDITION_ITEM = re.compile(r"(?:^|[，,；;])(?:(?!是)[^，,；;。])*(?<![目有端])的[。；;]\s*$")
# 谁所有谁负责: the 谁…谁… idiom states a principle of attribution, it imposes nothing
_SLOGAN = re.compile(r"谁[\u4e00-\u9fff]{1,4}谁[\u4e00-\u9fff]{1,4}")
_ENUM_REST = re.compile(r"[^，,：:；;。！？!?]*(?:等|[一二三四五六七八九十两\d]+[种类项个])")
_ENUM_JOINS = ("、", "和", "或")
_MARKER_END = re.compile(r"^[（(][一二三四五六七八九十\d]+[）)]\s*$")
# Verbs that name a duty rather than impose one when a policy verb governs them.
_DUTY_VERBS = ("承担", "负责", "负有")


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    out, last = [], 0
    for a, b in spans:
        a = max(a, last)  # overlapping spans (a quoted slogan is also a 谁…谁… idiom)
        if b <= a:
            continue
        out.append(text[last:a])
        out.append(_MASK * (b - a))
        last = b
    if not last:
        return text
    out.append(text[last:])
    return "".join(out)


def _descriptive(s: str) -> list[tuple[int, int]]:
    """Spans of the clauses whose cues only describe: conditions ending in 的, exceptions (…的除外,
    除…外); 目的 and 有的 are nouns, not the end of a 的-clause. A span runs to the clause's
    punctuation (plain string tests on each clause: this runs on every sentence with a cue)."""
    spans = []
    for m in _CLAUSE_RUN.finditer(s):
        clause = m.group().rstrip()
        if (
            clause.endswith("除外")
            or (clause.endswith("的") and not clause.endswith(("目的", "有的")))
            or (clause.endswith("外") and clause.lstrip().startswith("除"))
        ):
            spans.append(m.span())
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


_VERB_DE = re.compile(r"([\u4e00-\u9fff]{1,3})的(?=[\u4e00-\u9fff])")


def _one_verb(text: str) -> bool:
    """One verb (出境 too, which jieba tags a noun: the lexicon's clause verbs are verbs)."""
    words = segment(text)
    return len(words) == 1 and (
        word_tags().get(words[0], "x") in ("v", "vn")
        or bool(lexicon().clause_verb.fullmatch(words[0]))
    )


def _names_actor(lx: Lexicon, s: str, at: int) -> bool:
    """Whether the noun phrase opening at ``at`` heads on an actor (其他金融机构)."""
    return any(lx.actor_suffix.search(w) for w in segment(s[at : at + 10])[:3])


def _relative(lx: Lexicon, s: str, start: int, end: int) -> bool:
    """A modal inside a relative clause that only describes (国家禁止从事的其他活动)."""
    m = lx.relative.match(s, end)
    if m:
        head = s[end : s.index("的", end)]
        words = segment(head)
        if (
            len(words) > 1
            and word_tags().get(words[0], "x") == "v"
            and (words[-1] in _POSSESSORS or words[-1].endswith(_PERSONS))
        ):
            # 必须执行上级的决定: the modal's verb takes a superior's thing as its object (a
            # relative clause has only its own verb: 国家禁止从事的其他活动)
            return False
        return not lx.adjective_end.search(head)
    verb = _VERB_DE.match(s, end)
    if (
        verb
        and s[end - 1] != "对"
        and verb.group(1) not in ("有关", "相关")  # 负责有关的…工作: relevant, not a verb
        and _one_verb(verb.group(1))
        # 负责反洗钱的资金监测 names a task; 负责监管的其他金融机构 is a relative clause
        and (s[start] not in "负承" or _names_actor(lx, s, verb.end()))
    ):
        return True  # 应当承担的…责任, 不需要更换的零部件: a modal inside a noun's modifier
    if lx.norm_source.search(s, 0, start) and lx.relative_after_norm.match(s, end):
        return True
    if (
        s.endswith("规定", 0, start)
        and not s.startswith("负责", start)
        and _NORMED_THING.match(s, end)
    ):
        return True  # 供应按照国家标准规定应由专业燃放人员燃放的烟花爆竹。: what the rule describes
    if _object_modifier(lx, s, start, end):
        return True
    opens = start == 0 or s[start - 1] in "，,；;：:" or bool(_MARKER_END.search(s, 0, start))
    return opens and bool(lx.relative_subject.match(s, end))


# A norm source between a verb and its object (销售|依照本条例第四十四条的规定|应当取得…的设备).
_NORM_AFTER_VERB = re.compile(r"(?:依照|按照|根据)[^，,。；;：:]*?规定$")
_JOINS = frozenset(("或者", "或", "和", "及", "以及", "、"))
# The rest of a clause after a modal that heads a noun's modifier: …的 and a head, no further verb
# clause (应当取得型号核准的|无线电发射设备，).
_MODIFIED_HEAD = re.compile(r"[^，,。；;：:]{1,16}?的[^，,。；;：:的]{1,10}(?=[，,。；;]|$)")


def _modifies_object(lx: Lexicon, text: str, modals: list[re.Match[str]], m: re.Match[str]) -> bool:
    """Whether 可以 at ``m`` opens the modifier of the object of an earlier modal of its clause."""
    if not m.group().startswith("可以"):
        return False
    opening = max((c.end() for c in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
    closing = _CLAUSE_END.search(text, m.end())
    end = closing.start() if closing else len(text.rstrip("。"))
    return any(
        opening <= d.start() < m.start() and lx.modal_start.match(d.group()) for d in modals
    ) and bool(_MODIFIED_HEAD.fullmatch(text, m.end(), end))


def _object_modifier(lx: Lexicon, s: str, start: int, end: int) -> bool:
    """A modal inside the object of the activity its clause opens with (生产或者进口|应当取得型号
    核准的无线电发射设备，…; 销售依照…的规定|应当取得…的设备，…): it says which things, it binds
    no one; the modal after the comma does."""
    head = _MODIFIED_HEAD.match(s, end)
    if head is None or lx.any_cue.search(s, head.end()) is None:
        return False  # (checked first: most modals head a clause of their own)
    opening = max((m.end() for m in _CLAUSE_END.finditer(s, 0, start)), default=0)
    before = s[opening:start]
    verb = _NORM_AFTER_VERB.sub("", before)
    return (
        bool(verb)
        # the activity's verb still wants its object (生产或者进口|应当…的设备), not a whole act
        # (申请商标注册|不得损害…的在先权利: a ban on the act)
        and bool(lx.activity_start.fullmatch(segment(verb)[-1]))
        and "的" not in before.replace("的规定", "")
        and bool(lx.activity_start.match(before))
        and not any(lx.actor_suffix.search(w) for w in segment(before) if w not in _JOINS)
    )


# The rest of a sentence after 规定应…: a modifier and the thing it describes, nothing more.
_NORMED_THING = re.compile(r"[^，。；：]{0,12}?的[^，。；：、的]{1,6}(?=[。；]|$)")


class _Cues:
    """The live cue matches of one sentence, after masking false cues and context."""

    __slots__ = ("desc", "lx", "text")

    def __init__(self, lx: Lexicon, s: str) -> None:
        self.lx = lx
        spans = [m.span() for m in lx.false_cue.finditer(s)]
        if "《" in s:
            # 《…禁止价格欺诈规定》: a title names a document, its words impose nothing
            spans = sorted(spans + [m.span() for m in _TITLE.finditer(s)])
        if "“" in s:
            # “谁运营谁负责”: a quoted slogan or name mentions its cue, it does not impose it
            spans = sorted(spans + [m.span() for m in _QUOTED.finditer(s)])
        if "谁" in s:
            spans = sorted(spans + [m.span() for m in _SLOGAN.finditer(s)])
        self.text = _mask(s, spans)
        self.desc = _descriptive(s)

    def take(self, pattern: re.Pattern[str], mask: bool = True) -> list[re.Match[str]]:
        """Live matches of ``pattern``; masked afterwards so weaker cues do not re-match them."""
        text, desc, lx = self.text, self.desc, self.lx
        found = [
            m
            for m in pattern.finditer(text)
            if not (desc and _inside(m.start(), desc))
            and not _relative(lx, text, m.start(), m.end())
            and not _enumerated(text, m)
        ]
        if mask and found:
            self.text = _mask(text, [m.span() for m in found])
        return found

    def penalty(self) -> bool:
        lx, desc, t = self.lx, self.desc, self.text
        if lx.not_penalty.search(t):
            t = _mask(t, [m.span() for m in lx.not_penalty.finditer(t)])
        live = [m for m in lx.penalty.finditer(t) if not _inside(m.end() - 1, desc)]
        found = [
            m
            for m in live
            if not _claimed(t, m) and not _modifier(t, m) and not _banned_sanction(t, m)
        ]
        if found and not any(_topic(lx, t, m) for m in live[:2]):
            return True
        if found and lx.violation_condition.match(t):
            return True  # 违反…的，…罚款: a sanction even where a modal follows
        if lx.sanction_structure.match(t):
            return True  # 违反…的，由…: the 法律责任 form, whatever the sanction's verb
        if _BY_REFERENCE.search(t):
            return True  # 法律、行政法规规定由海关予以处罚的，从其规定
        if _RESPONSIBLE.match(t) and lx.sanction_verbs.search(t):
            return True  # 对直接负责的主管人员…，撤销其执业资格: those answerable for a wrong

        for liability in lx.liability.finditer(t):
            a = liability.start()
            clause = max(t.rfind(c, 0, a) for c in "，,；;：:") + 1
            if _CLAIM.search(t, max(0, a - 12, clause), a):
                continue  # 受害人可以要求赔偿: the victim's right to claim, not the sanction
            if lx.wrong.search(t, 0, a) or (
                _CIVIL.search(liability.group()) and _AFTER_CONDITION.search(t, 0, a)
            ):
                return True  # …造成损害的，依法承担相应责任: liability for a wrong
        cond = lx.violation_condition.match(t)
        if cond and (_duty_after(lx, t, cond) or lx.sanction_verbs.search(t, cond.end())):
            return True  # 违反本办法…的，…应当终止服务 / 移送…处理: the consequence of a violation
        return bool(lx.violation.search(t)) and any(
            not _inside(m.end() - 1, desc) for m in lx.penalty_xref.finditer(t)
        )


def _banned_sanction(t: str, m: re.Match[str]) -> bool:
    """不得…非法冻结、没收 / 不得责令学生退学: a sanction the clause's ban forbids is no sanction."""
    clause = max(t.rfind(c, 0, m.start()) for c in _CLAUSE_PUNCT) + 1
    ban = _BAN_BEFORE.search(t, clause, m.start())
    return (
        bool(ban)
        and not _IMPOSED_BAN.search(t, clause, ban.start())
        and not _BAN_TERM.search(t, clause, m.end())  # 禁止…一定期限直至终身…: the sanction
    )


_BAN_BEFORE = re.compile(r"(?<!给予)(?:不得|严禁|不准|禁止)")
_BAN_TERM = re.compile(r"期限|年限|终身|年内")
# 五年内禁止从事…, 终身禁止…, 可以禁止…: a ban the authority imposes is the sanction itself
# (LABELS.md: 可以禁止其担任… is penalty only).
_IMPOSED_BAN = re.compile(r"(?:年内|终身|可以|并处?)$")
# Who answers for an organisation's wrong (the 法律责任 phrase), opening a sentence.
_RESPONSIBLE = re.compile(rf"^对(?:其)?[^。；，]{{0,12}}?(?:直接负责的主管人员|{_MASK}{{9}})")


def _modifier(t: str, m: re.Match[str]) -> bool:
    """…不是依法追究刑事责任的必经程序: a sanction phrase before 的 + a noun describes it."""
    de = _OBJECT_THEN_DE.match(t, m.end())  # (依法吊销|许可|的情况: the sanction's object first)
    at = de.end() - 1 if de else m.end()
    if not t.startswith("的", at) or at + 1 >= len(t) or t[at + 1] in "，,。；":
        return False
    if de and not _DESCRIBED.match(t, at + 1):
        return False  # 吊销其许可证的决定 and the like only where a plain noun follows
    return not _SANCTION_NOUN.match(t, at + 1)  # 给予降级或者撤职的行政处分 is one


# A sanction's object, then 的 (吊销|许可|的, 没收|违法所得|的): a licence or a gain, no clause break.
_OBJECT_THEN_DE = re.compile(
    r"其?[^，,。；;：:的]{0,4}?(?:许可证?|执照|资格|资质|证书|证件|所得|财物)的"
)
# Nouns a sanction phrase describes (依法吊销许可的|情况, 没收违法所得的|数额).
_DESCRIBED = re.compile(r"(?:情况|信息|名单|记录|数额|期限|决定|文书|通知书)")


def _topic(lx: Lexicon, t: str, m: re.Match[str]) -> bool:
    """A sanction word in the topic of a sentence whose own modal follows (市场监督管理部门依法
    …实施行政处罚，应当…; 经营者对…责令其…采取…措施，不得拒绝): it names the subject matter."""
    if _CLAUSE_END.search(t, 0, m.start()):
        return False
    end = _CLAUSE_END.search(t, m.end())
    modal = _MODAL_AHEAD.search(t, m.end(), end.start() if end else len(t))
    if modal:
        return True  # 收缴的罚款…必须全部上缴国库: the sanction is the subject of the modal
    if not end or end.group() not in "，," or t[end.start() - 1] == "的":
        return False
    return bool(_TOPIC_MODAL.match(t, end.end()))


def _duty_after(lx: Lexicon, t: str, cond: re.Match[str]) -> bool:
    """A duty imposed after a violation condition; not 不承担责任 (an exemption), and not after a
    suspected crime (涉嫌犯罪的，应当…报案: a duty to report, not a sanction)."""
    if "犯罪" in cond.group() or not _VIOLATION_WORD.search(cond.group()):
        return False  # 情节严重的，…应当及时报告: a duty that grows with the case, no sanction
    m = lx.obligation.search(t, cond.end())
    # …的，应当认定为…: a court's reading of the law, no consequence imposed; …的，…应当督促其
    # 履行: help towards the duty, no consequence either
    return (
        bool(m)
        and t[m.start() - 1] != "不"
        and not t.startswith(_NO_CONSEQUENCE, m.end())
        # …拒不整改的，工程监理单位应当及时向有关主管部门报告: who learns of it reports it
        and not _REPORTS.match(t, m.end())
    )


_NO_CONSEQUENCE = ("认定", "督促", "劝导", "劝阻", "提醒", "帮助")
_REPORTS = re.compile(r"(?:及时|立即)?(?:向[^，。；]{1,25}?)?(?:报告|通报)")


@lru_cache(maxsize=65536)
def analyse(s: str) -> tuple[tuple[str, ...], int | None]:
    """Labels of a sentence and the offset of its first obligation/prohibition modal (or None)."""
    lx = lexicon()
    if not lx.any_cue.search(s):  # most sentences: no cue at all
        return (), None
    return analyse_cues(lx, s)


def analyse_cues(lx: Lexicon, s: str) -> tuple[tuple[str, ...], int | None]:
    """``analyse`` without the prefilter (tests check that the prefilter loses nothing)."""
    if (
        lx.definition.search(s)
        or lx.conduct_item.match(s)
        or (
            s.rstrip().endswith(_ENDS_IN_DE)
            and "：" not in s
            and ":" not in s
            and bool(_CONDITION_ITEM.search(s))
        )
    ):
        return (), None
    cues = _Cues(lx, s)
    if cues.penalty():
        duty = _AUTHORITY_DUTY.match(s) or _TRANSFER_DUTY.search(s)
        sanctions = list(lx.penalty.finditer(s))
        if duty and sanctions and all(_passed_on(s, m) for m in sanctions):
            # 行政执法部门应当…将涉嫌犯罪的案件移送公安机关: an authority's duty to pass a case
            # on, no sanction on anyone
            return ("obligation",), duty.start(1)
        order = _ORDER_DUTY.search(s)
        if (
            order
            and sanctions
            and all(m.group().startswith("责令") for m in sanctions)
            and not _WRONG.search(s)
        ):
            return ("obligation",), order.start(1)  # 应当责令…披露信息: the authority's duty
        bans = [
            m
            for m in cues.take(lx.prohibition, mask=False)
            if (m.group().startswith(_BANS) or _REFUSAL.match(cues.text, m.start()))
            and not (m.group().startswith("禁止") and _IMPOSED_BAN.search(cues.text, 0, m.start()))
        ]
        if bans:
            return ("prohibition", "penalty"), bans[0].start()
        if _EXEMPTION.search(s):
            return ("permission", "penalty"), None  # 可以免予处罚，但应当依法没收…
        return ("penalty",), None
    negated = cues.take(lx.neg_obligation)
    prohibition = cues.take(lx.neg_permission) + cues.take(lx.prohibition)
    obligation = [
        m
        for m in cues.take(lx.obligation)
        if not _policy_aim(lx, cues.text, m) and not _claimed(cues.text, m)
    ]
    yao = cues.take(lx.obligation_yao)  # the match starts at the actor's suffix; the modal is 要
    permission = negated + cues.take(lx.permission)
    if not permission and "可" in cues.text:
        permission = _bare_ke(lx, cues)
    if permission and (obligation or prohibition):
        # 应当优先采购可以循环利用的办公用品: 可以 after the clause's own modal, heading the
        # modifier of its object, says which things; it permits nothing
        permission = [
            m
            for m in permission
            if not _modifies_object(lx, cues.text, obligation + prohibition, m)
        ]
    if permission and prohibition:
        # 可以写明理由后不予接受, 有权决定不准其出境入境: a 不予/不准/禁止 the permission governs is
        # what may be done (LABELS.md: 可以不予处罚 is permission; 可以禁止其担任… bans no one)
        prohibition = [
            m
            for m in prohibition
            if not (m.group().startswith(_MAY_DECIDE) and _governed(cues.text, permission, m))
        ]
        # 不得以出租等方式允许其他单位…: what a ban forbids is no permission
        permission = [
            m
            for m in permission
            if not (m.group().startswith("允许") and _governed(cues.text, prohibition, m))
        ]
    if obligation and prohibition:
        # 不得使用应当淘汰的…设备: a duty inside the object of a ban only describes that object
        obligation = [m for m in obligation if not _in_banned_object(cues.text, prohibition, m)]
    cues_ = obligation + prohibition + yao
    if len(cues_) + len(permission) > 1:
        # 负责…工作的部门应当…: a cue in the 的-modifier of a later modal's bearer only describes it.
        everything = cues_ + permission
        obligation, prohibition, yao, permission = (
            [m for m in found if not _in_bearer(lx, cues.text, m, everything)]
            for found in (obligation, prohibition, yao, permission)
        )
    if obligation and permission:
        # 应当…免于追责, 应保证…可共享: a negated duty or bare 可 inside an obligation's clause is
        # part of that duty (but 应当允许…: a permission the duty grants stays one).
        permission = [
            m
            for m in permission
            if not (
                (m in negated or m.group() == "可" or _ensured(cues.text, obligation, m))
                and _governed(cues.text, obligation, m)
            )
            and not _secured_right(cues.text, obligation, m)
        ]
    if permission and not (obligation or prohibition or yao):
        # 公民有受教育的权利和义务: a right and a duty at once, two labels (LABELS.md)
        both = _RIGHT_AND_DUTY.search(s)  # cues.text has the right masked
        if both:
            obligation = [both]
    labels = []
    modal = [m.start() for m in obligation + prohibition] + [m.end() - 1 for m in yao]
    if obligation or yao:
        labels.append("obligation")
        # 应当…不组织、不参与: coordinated negated verbs under an obligation are bans.
        after = lx.prohibition_after_obligation.search(cues.text, min(modal))
        if after and not prohibition:
            prohibition = [after]
    if prohibition:
        labels.append("prohibition")
    if permission:
        labels.append("permission")
    return tuple(labels), _main_modal(cues.text, modal, s)


_RIGHT_AND_DUTY = re.compile(r"(?<![没享具拥持占所])有[^。；，]{1,40}?的权利和义务")
# Refusals and bans an authority may decide on (有权决定不准…, 可以不予…).
_MAY_DECIDE = ("不予", "不准", "禁止")
_TRUE_MODALS = ("应当", "必须", "不得", "禁止", "严禁", "不准", "须", "应")


def _main_modal(text: str, modals: list[int], source: str) -> int | None:
    """The first modal outside a condition: in …或者应当保密的，档案所有者应当… the first 应当
    describes the case and the second binds the bearer (``text`` has its cues masked,
    ``source`` is the sentence as written)."""
    if not modals:
        return None
    ordered = sorted(modals)
    for at in ordered[:-1]:
        opening = max(text.rfind(c, 0, at) for c in "，,；;：:") + 1
        if text.startswith("对", opening):
            continue  # 对通报禁止进口的出版物，…不得进口: the first modal is in the topic
        end = _CLAUSE_END.search(text, at)
        later = next(m for m in ordered if m > at)
        if (
            (end is None or later < end.start())
            and source.startswith(_TRUE_MODALS, later)  # not 负责, 承担: verbs a duty governs
            and "的" in segment(text[at:later])
            # but in 不得组织…从事本章禁止的垄断行为 the later one describes a noun itself
            and not _DESCRIBING.match(source, later)
        ):
            continue  # 应当报废的机动车必须…: the first modal describes the subject
        condition = (
            end is not None
            and end.group() in "，,"
            and segment(text[at : end.start()])[-1] == "的"  # not 合理的目的，
        )
        if not condition:
            return at
    return ordered[-1] if len(ordered) > 1 else ordered[0]


# A modal inside a short relative clause (本章禁止的垄断行为): it describes, it binds no one.
_DESCRIBING = re.compile(r"(?:应当|必须|不得|禁止|严禁|不准|须|应)[\u4e00-\u9fff]{0,4}的")
# A sanction the authority may waive (LABELS.md: 可以不予处罚 is permission).
_EXEMPTION = re.compile(r"可以?(?:依法)?(?:不予|免予|免除|减轻或者免除)(?:行政)?处罚")
_BARE_KE = re.compile(r"可(?=[\u4e00-\u9fff])")
_AFTER_VERB_STOP = "、，。；,;：:和与及或）)"
_SHORT_RELATIVE = re.compile(r"[\u4e00-\u9fff]{0,4}[的性]")


def _bare_ke(lx: Lexicon, cues: _Cues) -> list[re.Match[str]]:
    """可 + a verb taking an object, opening a predicate (see bare_ke in the lexicon)."""
    text = cues.text
    found = []
    for m in _BARE_KE.finditer(text):
        a = m.start()
        if not lx.bare_ke_before.search(text, max(0, a - 8), a) or _inside(a, cues.desc):
            continue
        w = segment(text[m.end() : m.end() + 8])[0]
        end = m.end() + len(w)
        if len(w) < 2 or w in lx.bare_ke_not_verbs or not word_tags().get(w, "x").startswith("v"):
            continue
        if end >= len(text) or text[end] in _AFTER_VERB_STOP or _SHORT_RELATIVE.match(text, end):
            continue
        if _relative(lx, text, a, m.end()):
            continue
        found.append(m)
    return found


def _enumerated(text: str, m: re.Match[str]) -> bool:
    """采取警示、不予分发…等措施, 无条件共享、有条件共享和不予共享三种类型: a cue naming an item
    of a list closed by 等 or a count is no modal."""
    return text.endswith(_ENUM_JOINS, 0, m.start()) and bool(_ENUM_REST.match(text, m.end()))


def _policy_aim(lx: Lexicon, text: str, m: re.Match[str]) -> bool:
    """推动企业依法依规承担相应责任: a duty verb under a policy verb states an aim (but 终身教育
    促进委员会负责…: the policy verb names the body that bears the duty)."""
    if not m.group().startswith(_DUTY_VERBS):
        return False
    scope = lx.policy_scope.search(text, 0, m.start())
    return bool(scope) and not _BODY_END.search(text, scope.start(), m.start())


# The end of a body's name, just before its duty verb (…促进委员会|负责).
_BODY_END = re.compile(r"(?:委员会|中心|协会|办公室|领导小组|机构|部门)$")


def _in_bearer(lx: Lexicon, text: str, m: re.Match[str], modals: list[re.Match[str]]) -> bool:
    """Whether ``m`` sits in a 的-modifier of the bearer of a later modal in its clause."""
    for o in modals:
        if o.group().startswith(_DUTY_VERBS):
            continue  # 应指定…的部门或人员负责…: 负责 is the verb the modal governs
        if o.start() <= m.end():
            continue
        end = _CLAUSE_END.search(text, m.end(), o.start())
        if not end:
            between = lx.adverb_tail.sub("", text[m.end() : o.start()])
            if "的" in between and lx.actor_suffix.search(between):
                return True
        elif _opens_modified_actor(lx, text, m, end.start()) and not (
            m.start() == 0 and lx.actor_suffix.search(text, end.end(), o.start())
        ):
            # 依照前条规定不需要登记的经营者在…后，应当… (but 不得新建…的工业企业，现有工业企业
            # 应当…: the later modal has a bearer of its own)
            return True
    return False


def _opens_modified_actor(lx: Lexicon, text: str, m: re.Match[str], end: int) -> bool:
    """Whether the clause holding ``m`` is a 的-modifier and the actor it modifies, opening the
    sentence (nothing but a norm source before the cue), so the cue only describes the actor."""
    if _CLAUSE_END.search(text, 0, m.start()):
        return False
    if not m.group().startswith("负责") and (
        lx.actor_suffix.search(text, 0, m.start())
        # 投保人在投保时应当选择…的保险公司，…: the cue's own actor, then when
        or _ACTOR_THEN_WHEN.match(text, 0, m.start())
    ):
        return False  # but 县级以上人民政府负责管理地震工作的部门，应当…: a name with 负责 in it
    tail = text[m.end() : end]
    cut = tail.rfind("的")
    acts_on = lx.adverb_head.sub("", tail, count=1).startswith((*_OBJECT_PREPOSITIONS, "在"))
    if cut < 0 or (acts_on and m.group().startswith(("应", "必须"))):
        # 应当对实施家庭暴力的加害人进行…: the actor is the object of the duty; 应当在签订服务协议
        # 的医疗机构就医: where the bearer acts
        return False
    words = segment(tail[cut + 1 :])
    while len(words) > 1 and words[0] in _DETERMINERS:
        words = words[1:]  # 负责培训…的各类教育机构: which ones, then the actor
    return bool(words) and any(lx.actor_suffix.search(w) or w in lx.actors for w in words[:2])


_OBJECT_PREPOSITIONS = ("对", "向", "为", "与", "将", "把")
_DETERMINERS = frozenset(("各类", "各级", "各", "有关", "相关", "其他", "所有", "各种"))
_ACTOR_THEN_WHEN = re.compile(
    r"[^，,。；;的]{2,12}?(?:人|者|单位|机构|部门)在[^，,。；;的]{1,8}?(?:时|后|前)$"
)
_POSSESSORS = frozenset(("上级", "本级", "他人", "本人", "国家"))
# People whose things a duty's verb takes (查验旅客的|身份证件, 告知当事人的|权利).
_PERSONS = ("客", "人", "者", "员")
_CLAIM = re.compile(r"要求|请求|主张|申请")
_JUDGED = re.compile(r"要求|请求|主张|认定|确定|判断")


def _claimed(text: str, m: re.Match[str]) -> bool:
    """请求…承担违约责任, 认定…承担…民事责任: liability claimed or judged, not imposed."""
    if not m.group().startswith("承担"):
        return False
    start = max(0, m.start() - 16)
    end = _CLAUSE_END.search(text[start : m.start()][::-1])
    if end:
        start = m.start() - end.start()
    return bool(_JUDGED.search(text, start, m.start()))


_ENSURE = re.compile(r"保证|确保|保障")


def _ensured(text: str, modals: list[re.Match[str]], m: re.Match[str]) -> bool:
    """应当保证用户…可以更正: what a duty must make possible is part of that duty."""
    before = [o for o in modals if o.end() <= m.start()]
    return bool(before) and bool(_ENSURE.search(text, before[-1].end(), m.start()))


# What a modal inside a ban's object runs on to: a short predicate, then 的 and its noun.
_DESCRIBED_NOUN = re.compile(r"[^，,。；;：:的]{1,12}?的(?=[^，,。；;：:])")


def _in_banned_object(text: str, bans: list[re.Match[str]], m: re.Match[str]) -> bool:
    """施工单位不得承揽应当取得…许可的…工程: the 应当 describes what may not be taken on."""
    return (
        m.group().startswith(("应", "必须"))
        and bool(_DESCRIBED_NOUN.match(text, m.end()))
        and _governed(text, bans, m)
    )


def _secured_right(text: str, modals: list[re.Match[str]], m: re.Match[str]) -> bool:
    """应当采取措施，保障女性平等享有…的权利: a right a duty must secure is the duty's object,
    granted to no one by this sentence (but 国家保障妇女享有…权利, with no modal, grants it)."""
    if not m.group().startswith("享有"):
        return False
    before = [o for o in modals if o.end() <= m.start()]
    if not before:
        return False
    ensures = list(_ENSURE.finditer(text, before[-1].end(), m.start()))
    return bool(ensures) and not _CLAUSE_END.search(text, ensures[-1].end(), m.start())


def _governed(text: str, modals: list[re.Match[str]], m: re.Match[str]) -> bool:
    """Whether a cue follows one of ``modals`` within the same clause."""
    return any(
        o.end() <= m.start() and not _CLAUSE_END.search(text, o.end(), m.start()) for o in modals
    )


def label_sentence(s: str) -> tuple[str, ...]:
    """The sentence's subset of LABELS, in LABELS order."""
    return analyse(s)[0]
