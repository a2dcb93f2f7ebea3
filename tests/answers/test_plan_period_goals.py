"""Class: a report that sets the five-year plan's goals beside the year's ("“十五五”时期全县…主要
目标是：…到2030年突破290亿元；…产业链产值突破300亿元", round 44c). Those are the period's goals:
asked for 今年, the year's own target answers (产值力争达到150亿元), never the 2030 goal; asked for
十五五末, the period's goal answers, labelled as the plan period's. The report is invented."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2026, 3, 1)
REPORT = """岚溪县2026年政府工作报告
一、2025年工作回顾
过去一年，全县地区生产总值增长6.1%，新能源电池材料产业链产值达到120亿元，发展质量稳步提升。
二、“十五五”时期目标任务和2026年工作安排
“十五五”时期全县经济社会发展的主要目标是：地区生产总值年均增长6%左右，到2030年突破290亿元；新能源电池材料产业链产值突破300亿元；常住人口城镇化率达到58%。
2026年主要预期目标是：地区生产总值增长6%左右。
（一）聚力工业强县。围绕新能源电池材料产业链，推动一批项目投产达效，全产业链产值力争达到150亿元。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    c = report_context(tmp_path_factory.mktemp("plan_period"), REPORT, "岚溪县2026年政府工作报告.txt")
    yield c
    c.close()


def test_this_years_target_is_never_the_periods_goal(ctx):
    text = flat(ask(ctx, "电池材料那条产业链今年产值冲多少", today=TODAY).answer)
    assert "150亿元" in text and "300亿元" not in text, text


def test_the_periods_goal_asked_is_labelled_as_the_periods(ctx):
    text = flat(ask(ctx, "十五五末GDP要到多少亿", today=TODAY).answer)
    assert "290亿元" in text and "规划期目标" in text, text


def test_a_later_part_is_asked_over_the_span_said_first(ctx):
    text = flat(ask(ctx, "十五五末GDP要到多少亿 城镇化率到多少", today=TODAY).answer)
    assert "290亿元" in text and "58%" in text, text


# the goals opened by "今后五年" in a part of their own, the year's target stated in another
AHEAD = """澄川市2026年政府工作报告
一、2025年工作回顾
过去一年，全市地区生产总值增长5.6%，研发投入强度达到2.4%。
二、“十五五”时期的主要目标
今后五年，全市经济社会发展的主要目标是：到2030年地区生产总值突破3600亿元；研发投入强度达到3%；港口集装箱吞吐量突破80万标箱。
三、2026年工作安排
（一）坚持创新引领。全社会研发投入强度提高到2.6%，新增高新技术企业150家。
"""


@pytest.fixture(scope="module")
def ahead_ctx(tmp_path_factory):
    c = report_context(tmp_path_factory.mktemp("plan_ahead"), AHEAD, "澄川市2026年政府工作报告.txt")
    yield c
    c.close()


def test_the_next_five_years_goal_is_no_target_of_this_year(ahead_ctx):
    text = flat(ask(ahead_ctx, "研发投入强度今年目标多少", today=TODAY).answer)
    assert "2.6%" in text and "3%" not in text.replace("2.6%", ""), text


@pytest.mark.parametrize("question, wanted", [
    # the year that ends the plan period, after every report: the period's goal
    ("到2030年研发投入强度要到多少", ["3%", "规划期目标"]),
    ("研发投入强度今年目标多少？到2030年呢", ["2.6%", "3%"]),
])
def test_the_year_ending_the_plan_period_asks_its_goal(ahead_ctx, question: str, wanted: list[str]) -> None:
    ans = ask(ahead_ctx, question, today=TODAY)
    assert ans.intent != "none" and all(w in flat(ans.answer) for w in wanted), ans.answer


def test_a_year_ending_no_plan_period_is_still_not_found(ahead_ctx):
    assert ask(ahead_ctx, "2029年研发投入强度目标多少", today=TODAY).intent == "none"
