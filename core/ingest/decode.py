"""Bytes → text without guessing wrong: BOM, strict UTF-8, UTF-16, then GB18030/Big5 by plausibility.

Big5 bytes decode without error as GB18030 (and short GB text decodes as Big5), so a plain
"try this, then that" chain yields silent mojibake. Every candidate that decodes strictly is
scored by how much of its text is common Chinese; a clear winner is taken, anything else is an
``EncodingError`` naming the file. Never mojibake.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from core.errors import EmptyFileError, EncodingError
from core.ingest.sniff import looks_binary, sniff, utf16_nul_pattern

# The 1,000 most frequent Han characters of the seed corpus (policy and legal text, 98.8% of its
# Han characters), then the traditional forms of those that differ (generated once offline).
_SIMPLIFIED = (
    "数据的业和务全用理应化建管信行人共等产发安设政公息一字法展服规制资网进能体开合工"
    "机大保关部动推第定新市条提国中平有要对加实作省系级构以通分门统力交技经可方区基监"
    "当主台本十源施成强企生术在为及权标智个会责性评场重络与易度持不类者运域联同立件型"
    "融高相供创或准单处集三府家支范程济放各地金二位领估电升其护民式现享求事造营上时指"
    "利社点完础协流品证治组依自目办过期确互内计量面效使心年项代码任明入于并导算向值改"
    "下态险局快照接采需模善专按则记素四文水障商报育织出价结取质所研形测优控健识核存子"
    "引备知查整收益农情审科密选五慧深示他是日城调认员培境转活策职名律多环得外录配风防"
    "具委打间特景促户置消链登称励督线预传负跨包批参划试围告原表更授到案布请物元节别况"
    "学医广敏未续前费限析申序由措鼓键章决验筹六投云聚后县托际无象意教撑例索义容厅才落"
    "急革储总步增议格感列检根村果好变号输给探非将院解响综括约色脱符问如编先道七层维率"
    "海银执挥次属适端移反违究库口直财小正积极予清见销精汇来之获影疗种复除头注势受警题"
    "必坚万履东八涉软举从争然略做考九说视路盖充常乡养南款功身料份段断货康带足卫长覆党"
    "战群付空园换超司害助块承严训因满手细车露隐最达校被终低宜速游账月突频送州底贯般华"
    "额就显我止署牵比山器旅含征补材了遵归书状异破询便档众竞命操访扩枚周购客普绕起私架"
    "失双券西图已两赋干站贸该拓纳江装损始北载惠但攻守泄附老秘绿团至追首每述印订担罚循"
    "签习论稳即修真彻室许默毁渠著税排束较溯激思边界观回危诉光典宣央币令免少针切判近话"
    "志独留龙港灾气拟住板址队福删致介停着谁驱简还药套否居语途逐售青军土样泛航播良兴天"
    "犯亿版宽而另释富减星偿掘股且想枢虚贷百串再册纪练披把延洋卡差焦球择挖岗千微碳均房"
    "何初席够降映买病筑脑这击纽替答演阶片此侵固贵馈假牌随河远奖捷京靠描神阳难历壮救错"
    "离盟连丰镇张念湖读退骨罪搭须也汽赛患它占屏岛栏漏像拒沿暂咨英触径抓兆厂官紧债角绩"
    "察让唯林畅劳红师只篡圾撤垃禁尽纠误梳踪疾硬诊世没辅威芯凭短杆框启待故坏德磁某仓余"
    "虑邮潜秀辑媒扶斗透招衔射鉴去跟散遇恢挂碍握辖避写献熟绝洞盘累些食都蔽伍史届贡临疫"
    "趋纷掌缺逻继零伸齐粤仅铁若澳宁洗热津票湾贴缘讲顺姓残声刑匹夯派轻庆音殊圈践裁闭晰"
    "植辽座胁卖押馆顶岸诚庭租滥沟遥诺族孵走吸耗衡纵牢宏迭允沙匿概看美藏截纤儿赣博秩课"
    "苏尚谋倍半愿污迁拥驾丢仲悉搜遭穿振慎垄涵递阅艺越浙抽返赔帮孪峰店幅擅矿械染寿驶箱"
)
_TRADITIONAL = (
    "數據業務應發設規製資網進體開閤機關動條國對實係級構門統經區監當颱強術為權標個會責"
    "評場絡與類運聯創準單處傢範濟領電護現營時點礎協證組辦過確內計麵項碼於並導嚮態險專"
    "則記報織齣價結質測優識備農審選調認員轉職環錄風間戶鏈稱勵綫預傳負參劃試圍錶請節彆"
    "況學醫廣續費鍵決驗籌雲後縣際無撐義廳纔儲總議檢變號輸給將響綜約脫問編層維銀執揮屬"
    "適違庫財積極見銷匯來獲療種復頭勢題堅萬東軟舉從爭說視蓋鄉養斷貨帶衛長黨戰園換塊嚴"
    "訓滿細車隱達終遊賬頻貫華額顯牽徵補瞭歸書狀異詢檔眾競訪擴購繞雙圖兩賦乾貿該納裝損"
    "載綠團訂擔罰簽習論穩徹許毀稅較邊觀迴訴幣針話誌獨龍災氣擬闆隊刪緻誰驅簡還藥語軍樣"
    "興億寬釋減償樞虛貸冊紀練擇崗韆夠買築腦這擊紐階貴饋隨遠奬陽難曆壯錯離連豐鎮張讀須"
    "賽島欄暫谘觸徑廠緊債績讓暢勞紅師隻盡糾誤蹤診沒輔憑啓壞倉餘慮郵潛輯鬥銜鑒掛礙轄寫"
    "獻絕盤纍屆貢臨趨紛邏繼齊粵僅鐵寜熱灣貼緣講順殘聲輕慶踐閉遼脅賣館頂誠濫溝遙諾縱縴"
    "兒贛課蘇謀願汙遷擁駕丟壟遞閱藝賠幫孿礦壽駛產"
)
_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·－％　．～〔〕"
_COMMON = frozenset(_SIMPLIFIED + _TRADITIONAL + _PUNCT)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SCORE_CHARS = 20_000  # scoring looks at this many characters: enough, and linear time
_MIN_SCORE = 0.25  # a plausible decoding scores at least this (see plausibility)
_SHORT_BYTES = 256  # valid UTF-8 shorter than this must also look plausible
_MIN_MARGIN = 0.1  # the winner must beat the runner-up by this much


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding used, and anything the user should be told."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Decode ``data`` (the contents of file ``name``) → (text, encoding name)."""
    d = decode(data, name)
    return d.text, d.encoding


def decode(data: bytes, name: str) -> Decoded:
    """Decode with warnings; raise EmptyFileError / EncodingError naming ``name``."""
    if not data:
        raise EmptyFileError(
            f"《{name}》 is empty (0 bytes): there is nothing to import.",
            name,
            key="ingest.empty_file",
            params={"name": name},
        )
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc)
            except UnicodeDecodeError as e:
                raise _undecodable(
                    name,
                    "ingest.bad_bom",
                    f"it starts with a {enc} byte-order mark {e}",
                    encoding=enc,
                    error=str(e),
                ) from None
    found = sniff(data[:4096])
    if found and found[0] not in ("rtf",):
        raise EncodingError(
            f"《{name}》 is not a text file: it looks like {found[1]}. "
            "Import the original document, or save it as .txt/.pdf/.docx.",
            name,
            key="ingest.not_text_looks_like",
            params={"name": name, "what": found[1]},
        )
    utf8_ok = False
    try:
        text = data.decode("utf-8")
        # NULs in "UTF-8" are UTF-16 that happened to be valid UTF-8; and a few bytes of GB18030
        # can be valid UTF-8 by chance (一 = D2 BB = "һ"), so short implausible text competes.
        utf8_ok = "\x00" not in text
        if utf8_ok and (len(data) > _SHORT_BYTES or plausibility(text) >= _MIN_SCORE):
            return Decoded(text, "utf-8")
    except UnicodeDecodeError:
        pass
    nearly = _nearly_utf8(data)
    if nearly is not None:
        return nearly
    decoded = _by_plausibility(data, name, utf8_ok)
    if decoded is None and not looks_binary(data):
        decoded = _latin(data)
    if decoded is not None:
        return decoded
    if looks_binary(data):
        raise EncodingError(
            f"《{name}》 is not a text file (it holds binary data). "
            "Check that it is the document you meant to import.",
            name,
            key="ingest.binary_data",
            params={"name": name},
        )
    raise _undecodable(name, "ingest.unknown_encoding", "it is not UTF-8, UTF-16, GB18030 or Big5")


def _nearly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a stray bad byte or a cut-off last character: keep it, say so."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for ch in text[:_SCORE_CHARS] if ch > "\x7f") - bad
    if bad <= 0 or bad > max(3, len(text) // 1000) or multibyte < 10 * bad:
        return None
    noun = "byte" if bad == 1 else "bytes"
    return Decoded(text, "utf-8", (f"{bad} undecodable {noun} replaced by \ufffd",))


def plausibility(text: str) -> float:
    """How much ``text`` looks like Chinese (or plain ASCII) text: a mean per-character score.

    Common Chinese characters and punctuation score 1, other Han characters 0.3 (0.15 outside the
    main block), and characters that Chinese documents hardly ever contain (private use, Hangul,
    combining marks, control characters: the marks of a wrong decoding) score -1.
    """
    sample = text[:_SCORE_CHARS]
    total = 0.0
    n = 0
    for ch in sample:
        if " " <= ch <= "~" or ch in "\t\n\r\f":
            continue
        n += 1
        total += _char_score(ch)
    if n == 0:
        return 1.0 if sample else 0.0
    return total / n


def _char_score(ch: str) -> float:
    if ch in _COMMON:
        return 1.0
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF:
        return 0.3
    if 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x3134F:
        return 0.15
    if 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E or 0x2010 <= o <= 0x206F:
        return 0.3
    if 0xC0 <= o <= 0xFF:
        return 0.3  # accented Latin letters
    if 0xA0 <= o <= 0xFF or 0x2150 <= o <= 0x24FF or 0x2460 <= o <= 0x24FF:
        return 0.0  # Latin-1 signs, numerals, circled numbers: rare but real
    return -1.0


def _margin(text: str) -> float:
    """Short texts need a clear win: one or two characters are easily common in either reading."""
    wide = sum(1 for ch in text[:64] if ch > "\x7f")
    return _MIN_MARGIN if wide >= 10 else 0.75


def _candidates(data: bytes) -> list[str]:
    encs = ["gb18030", "big5hkscs", "cp950"]
    if len(data) % 2 == 0:
        # The NUL pattern says which byte order first; CJK-only UTF-16 has no NULs to go by.
        first = utf16_nul_pattern(data[:4096]) or "utf-16-le"
        encs = [first, "utf-16-be" if first == "utf-16-le" else "utf-16-le", *encs]
    return encs


def _by_plausibility(data: bytes, name: str, utf8: bool = False) -> Decoded | None:
    """The one clearly plausible decoding; None if there is none; EncodingError if two tie."""
    scored: dict[str, tuple[float, str]] = {}
    for enc in ["utf-8"] * utf8 + _candidates(data):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "cp950" and "big5hkscs" in scored:
            continue  # same text family; big5hkscs already decoded it
        # Valid multi-byte UTF-8 is itself strong evidence: it only competes when short.
        scored[enc] = (plausibility(text) + (0.3 if enc == "utf-8" else 0.0), text)
    ranked = sorted(scored.items(), key=lambda kv: kv[1][0], reverse=True)
    if ranked:
        best_enc, (best, text) = ranked[0]
        runner = ranked[1][1][0] if len(ranked) > 1 else 0.0
        if best >= _MIN_SCORE and best - runner >= _margin(text):
            return Decoded(text, best_enc)
        if best >= _MIN_SCORE:
            err = _ambiguous(name, [_label(e) for e, _ in ranked[:2]])
            err.candidates = [(e, t[:80]) for e, (_, t) in ranked[:3]]  # type: ignore[attr-defined]
            raise err
    return None


def _latin(data: bytes) -> Decoded | None:
    """Western text (cp1252): high bytes are isolated accents and quotes, not runs of them."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [i for i, b in enumerate(data[:_SCORE_CHARS]) if b > 0x7F]
    if not high:
        return None
    runs = sum(1 for a, b in zip(high, high[1:], strict=False) if b == a + 1)
    return Decoded(text, "cp1252") if runs <= len(high) // 4 else None


def _label(enc: str) -> str:
    return {"big5hkscs": "Big5 (traditional)", "cp950": "Big5 (traditional)"}.get(
        enc, enc.upper().replace("GB18030", "GB18030 (simplified)")
    )


def _ambiguous(name: str, labels: list[str]) -> EncodingError:
    """Two plausible encodings (or one, not plausible enough to take without asking)."""
    if len(labels) > 1:
        return EncodingError(
            f"《{name}》: cannot tell its text encoding for sure (it could be {labels[0]} or "
            f"{labels[1]}). Open it in an editor, save it as UTF-8, and import it again.",
            name,
            key="ingest.ambiguous_encoding",
            params={"name": name, "first": labels[0], "second": labels[1]},
        )
    return EncodingError(
        f"《{name}》: cannot tell its text encoding for sure (it could be {labels[0]}). "
        "Open it in an editor, save it as UTF-8, and import it again.",
        name,
        key="ingest.uncertain_encoding",
        params={"name": name, "first": labels[0]},
    )


def _undecodable(name: str, key: str, why: str, **params: object) -> EncodingError:
    """``why`` ends the English sentence; ``key`` and ``params`` name it for a translation."""
    return EncodingError(
        f"《{name}》 could not be read as text: {why}. "
        "Open it in an editor, save it as UTF-8, and import it again.",
        name,
        key=key,
        params={"name": name, **params},
    )
