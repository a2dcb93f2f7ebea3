"""Classes from session 22's round 54c (a city's report read after its first run): how staff ask
of a city report laid out the usual way.

- "去年gdp总量和增速": two measures of one thing joined by 和, answered as two asks (answers.multipart);
- "外贸进出口保稳提质，力争总额突破500亿元": the figure's clause names only its measure (总额), so
  it measures the thing the clause before names (answers.evidence);
- "实事里…今年建几个": the item stands one a line under "…办好十件民生实事：" (answers.heading_words);
- "咱鹤湾区…": 咱 before a place's own name adds nothing (core.spoken).
The documents are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2025, 4, 1)
REPORT = """芷岭市2025年政府工作报告
——2025年1月16日在芷岭市第十届人民代表大会第五次会议上
一、2024年工作回顾
全市地区生产总值达到3186.4亿元，增长5.7%，增速居全省第4位；一般公共预算收入231.8亿元，增长4.6%。
分地区看，鹤湾区地区生产总值达到612.5亿元，增长6.4%，继续领跑全市。
二、2025年工作安排
（一）扩大有效需求
外贸进出口保稳提质，力争总额突破500亿元，跨境电商交易额增长20%以上。
（二）保障和改善民生
今年，市政府将继续办好十件民生实事：
（1）新增公办幼儿园学位3600个。
（2）新建社区老年人日间照料中心30个，新增养老护理型床位600张。
（3）新增公共充电桩2000个。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("city_report_shapes")
    (tmp / "2025.txt").write_text(REPORT, encoding="utf-8")
    c, results = ingested_context(tmp / "data", [tmp / "2025.txt"])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    ("去年gdp总量和增速", ["3186.4亿元", "5.7%"]),
    ("外贸今年要冲多少亿", ["500亿元"]),
    ("实事里老人白天托管那个今年建几个", ["30个"]),
    ("咱鹤湾区去年gdp总量多少，做对比用", ["612.5亿元"]),
])
def test_a_city_report_asked_the_way_staff_ask(ctx, question: str, wanted: list[str]) -> None:
    ans = ask(ctx, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert all(w in flat(ans.answer) for w in wanted), (wanted, ans.answer)
