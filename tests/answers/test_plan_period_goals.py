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
