"""A goal for a later year printed inside the review of the last one ("展望“十五五”，…主要目标是：
到2030年，地区生产总值突破5500亿元", round 63c) is that year's goal, never last year's figure:
"去年GDP多少" answers the review's own figure. The report is invented for this test."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

REPORT = """岚溪市2026年政府工作报告
——2026年1月12日在岚溪市第十届人民代表大会第五次会议上
市长 周明远
各位代表：
一、2025年和“十四五”时期工作回顾
过去一年，全市经济运行稳中有进。初步统计，全市地区生产总值4126亿元，增长6.1%，增速居全省第二位；规模以上工业增加值增长8.3%；固定资产投资增长6.2%；社会消费品零售总额1685亿元，增长6.0%；外贸进出口总额812亿元，增长9.4%；一般公共预算收入318.6亿元，增长5.1%；城镇新增就业9.6万人。
“十四五”时期，全市地区生产总值年均增长6.0%，连跨3000亿元、4000亿元两个台阶。
展望“十五五”，全市发展的主要目标是：到2030年，地区生产总值突破5500亿元，新能源汽车产量达到35万辆，常住人口城镇化率达到72%。
二、2026年主要目标任务
今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，社会消费品零售总额增长6%。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ahead")
    path = tmp / "岚溪市2026年政府工作报告.txt"
    path.write_text(REPORT, encoding="utf-8")
    c, results = ingested_context(tmp / "data", [path])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


def test_last_years_figure_is_not_a_goal_for_2030(ctx):
    text = flat(ask(ctx, "岚溪去年gdp多少", today=dt.date(2026, 11, 20)).answer)
    assert "4126亿元" in text and "5500" not in text, text
