"""Duty bearers: 的-clauses, headless bearers, things as subjects, several bearers, carry-over."""

from __future__ import annotations

import pytest

from core.analysis import analyze_sentences, find_subject

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
    ],
)
def test_carry_over_stays_inside_an_article(text: str, subjects: list[str | None]) -> None:
    assert [s.subject for s in analyze_sentences(text)] == subjects
