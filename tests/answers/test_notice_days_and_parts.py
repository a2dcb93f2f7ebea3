"""A half-year notice beside the year's report and plan (round 60d, 60b): the day a thing
happened this year ("鹤川港三期具体哪天开的工") is the notice's news, never the report's target;
a part of the year no notice covers ("三季度末…完成投资多少了") is said to be missing, not answered
with another part's figure; a port asked by its class ("港口三期") is the port the documents name;
an owner offered as a choice may be followed by a second ask. The documents are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx

TODAY = dt.date(2025, 10, 20)
REPORT = """鹤川市2025年政府工作报告
——2025年1月10日在鹤川市第十六届人民代表大会第四次会议上
一、2024年工作回顾
鹤川港二期码头于2024年10月投入运营，港口集装箱吞吐量突破52万标箱。
二、2025年主要目标
地区生产总值增长6%左右。
三、2025年重点工作
推进鹤川港三期工程前期工作和配套集疏运体系建设，开工建设鹤川港三期工程，港口集装箱吞吐量达到60万标箱。省重点项目完成投资6500亿元。
"""
NOTICE = """鹤川市2025年上半年重点工作进展情况
鹤川市政府督查室
一、总体情况
上半年，省重点项目完成投资3720亿元，完成年度计划的57.2%。
二、重点任务推进情况
鹤川港三期工程于5月28日开工建设。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("notice")
    (tmp / "鹤川市2025年政府工作报告.txt").write_text(REPORT, encoding="utf-8")
    (tmp / "鹤川市2025年上半年重点工作进展情况.txt").write_text(NOTICE, encoding="utf-8")
    plan = table_docx(tmp / "分工.docx", "鹤川市2025年政府工作报告重点任务分工", ["序号", "工作任务", "责任市领导", "牵头单位", "责任单位", "完成时限"],
                      ["一、扩大有效需求", ["1", "开工建设鹤川港三期工程，港口集装箱吞吐量达到60万标箱。", "邵景川", "市交通运输局", "市港口发展中心", "2025年6月底前"]])
    ctx, results = ingested_context(tmp, [tmp / "鹤川市2025年政府工作报告.txt", tmp / "鹤川市2025年上半年重点工作进展情况.txt", plan])
    assert [r.status for r in results] == ["ingested"] * 3, results
    yield ctx
    ctx.close()


def test_the_day_a_thing_happened_is_the_notices(city) -> None:
    ans = ask(city, "鹤川港三期具体哪天开的工", today=TODAY)
    assert "5月28日" in flat(ans.answer), ans.answer


def test_a_part_no_notice_covers_is_said_missing(city) -> None:
    ans = ask(city, "三季度末省重点项目完成投资多少了", today=TODAY)
    assert ans.intent == "none" and "3720亿元" not in ans.answer, ans.answer
    assert "3720亿元" in ask(city, "上半年省重点项目完成投资多少", today=TODAY).answer


def test_a_port_asked_by_its_class(city) -> None:
    ans = ask(city, "港口三期今年集装箱吞吐量要搞到多少", today=TODAY)
    assert "60万标箱" in flat(ans.answer), ans.answer


def test_an_owner_choice_then_a_second_ask(city) -> None:
    ans = ask(city, "鹤川港三期 牵头是市交通还是港口中心 哪个市领导管", today=TODAY)
    assert "交通运输局" in ans.answer and "邵景川" in ans.answer, ans.answer
