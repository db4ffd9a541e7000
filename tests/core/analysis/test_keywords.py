"""Keywords: rjieba segments like jieba, TF-IDF weights are jieba's, boilerplate never wins."""

from __future__ import annotations

import random
import re

import pytest

from core.analysis.keywords import (
    extract_keywords,
    idf_table,
    is_candidate,
    segment,
    stopwords,
)

HANZI = re.compile(r"[\u4e00-\u9fff]")

# The boilerplate the task names, plus what a law repeats in every article.
BOILERPLATE = (
    "加强 推进 建设 坚持 完善 推动 健全 提升 工作 有关 规定 应当 国家 发展 "
    "不得 依照 或者 本法 部门 主管部门 罚款 主管人员 责任人员 中华人民共和国 the and "
    "牵头 分工负责 本级 本市 设区 如下 市大 于本"
).split()


def _spans(tokens: list[str]) -> set[tuple[int, int]]:
    out, pos = set(), 0
    for tok in tokens:
        out.add((pos, pos + len(tok)))
        pos += len(tok)
    return out


def _cut(text: str, title: str, next_title: str) -> str:
    start = text.index(f"\n{title}\n")
    return text[start : text.index(f"\n{next_title}\n", start)]


@pytest.fixture(scope="module")
def cybersecurity_law(seed_text) -> str:
    return _cut(seed_text("004"), "中华人民共和国网络安全法", "中华人民共和国数据安全法")


@pytest.mark.seeds
@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_rjieba_segments_like_jieba(seed_text, seed):
    """Token boundaries agree with jieba on sampled seed sentences (differences are ASCII only)."""
    jieba = pytest.importorskip("jieba")
    jieba.setLogLevel(60)
    lines = [ln for ln in seed_text(seed).split("\n") if len(HANZI.findall(ln)) >= 20]
    sample = random.Random(0).sample(lines, min(100, len(lines)))
    same = total = hanzi_same = hanzi_total = 0
    for line in sample:
        ours, theirs = segment(line), jieba.lcut(line)
        assert "".join(ours) == line  # segmentation never drops or adds characters
        mine = _spans(ours)
        for span in _spans(theirs):
            hit = span in mine
            same += hit
            total += 1
            if HANZI.search(line[span[0] : span[1]]):
                hanzi_same += hit
                hanzi_total += 1
    assert same / total >= 0.95
    assert hanzi_same / hanzi_total >= 0.99


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("网络安全", True),
        ("运营者", True),
        ("个人信息", True),
        ("IPv6", True),
        ("AI", True),
        ("5G", True),
        ("加强", False),  # boilerplate
        ("应当", False),
        ("国家", False),
        ("网", False),  # single character
        ("2023", False),  # number
        ("十万元", False),  # amount of money
        ("第十二条", False),  # article label
        ("第三章", False),
        ("span", False),  # HTML debris in web clippings
        ("https", False),
        ("，。", False),  # punctuation
        ("  ", False),
    ],
)
def test_is_candidate(word, expected):
    assert is_candidate(word) is expected


@pytest.mark.parametrize("word", BOILERPLATE)
def test_stopword_list_holds_boilerplate(word):
    assert word in stopwords()


def test_weights_are_jieba_tf_idf():
    """tf = count / candidate tokens; idf from jieba's table: checked by hand on a tiny text."""
    text = "网络安全网络安全，个人信息。应当加强。"
    idf, _median = idf_table()
    got = dict(extract_keywords(text))
    assert set(got) == {"网络安全", "个人信息"}
    assert got["网络安全"] == pytest.approx(2 * idf["网络安全"] / 3)
    assert got["个人信息"] == pytest.approx(1 * idf["个人信息"] / 3)


def test_a_part_gives_way_to_the_term_it_belongs_to():
    """信息 alone outweighs 个人信息 here, yet the longer term is the keyword, listed once."""
    text = "信息" * 6 + "。" + "个人信息，" * 3 + "网络安全。"
    words = [w for w, _ in extract_keywords(text)]
    assert "个人信息" in words and "信息" not in words
    assert "网络安全" in words


def test_unknown_word_gets_median_idf():
    """网信 is one token in jieba's dictionary but has no IDF value: it gets the median, as in jieba."""
    idf, median = idf_table()
    assert "网信" not in idf and segment("网信") == ["网信"]
    assert extract_keywords("网信") == [("网信", pytest.approx(median))]


@pytest.mark.parametrize(
    ("text", "top_k"),
    [("", 15), ("应当加强推进建设。", 15), ("第一条 2023年", 15), ("网络安全", 0)],
)
def test_nothing_to_offer(text, top_k):
    assert extract_keywords(text, top_k) == []


def test_idf_loaded_once():
    assert idf_table() is idf_table()
    assert len(idf_table()[0]) > 200_000


@pytest.mark.seeds
def test_cybersecurity_law_keywords(cybersecurity_law):
    keywords = extract_keywords(cybersecurity_law, top_k=15)
    words = [w for w, _ in keywords]
    assert len(words) == 15
    assert words[0] == "网络安全"
    assert "运营者" in words or "网络运营者" in words
    assert {"关键", "基础设施", "个人信息"} & set(words)
    assert not set(words) & stopwords()
    # no keyword repeats part of another (信息 beside 个人信息, 网络 beside 网络安全)
    assert not [(a, b) for a in words for b in words if a != b and a in b]
    assert "个人信息" in words and "信息" not in words and "网络" not in words
    weights = [w for _, w in keywords]
    assert weights == sorted(weights, reverse=True)


@pytest.mark.seeds
def test_results_are_stable(cybersecurity_law):
    assert extract_keywords(cybersecurity_law) == extract_keywords(cybersecurity_law)
    assert extract_keywords(cybersecurity_law, 5) == extract_keywords(cybersecurity_law)[:5]


@pytest.mark.seeds
def test_a_name_jieba_cuts_apart_gives_no_fragment(seed_text):
    """Seed 001's 北京市公共数据专区授权运营管理办法 names 市大数据主管部门 throughout; jieba cuts
    北京市|大|数据, and 市大 was its fourth keyword."""
    text = seed_text("001")
    start = text.index("\n北京市公共数据专区授权运营管理办法（试行）\n")
    law = text[start : text.index("\n9、《北京市企业数据知识产权工作指引", start)]
    assert law.count("市大数据") >= 5
    words = [w for w, _ in extract_keywords(law, top_k=15)]
    assert "公共数据" in words and "授权" in words
    assert not {"市大", "本市", "牵头"} & set(words)
