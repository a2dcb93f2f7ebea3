"""A rise asked against its base ("去年游客比上年涨了多少", "粮食产量比去年涨了多少"): "比上年" is
the base of the rise, not a year asked and no word of the indicator (answers.years), and "涨了
多少" is the documents' "增长" (core/synonyms_data.py). Kept, "比" and "涨" left the indicator
unmatched (a false "not found" of outsider round 25c). An invented county's report."""
from __future__ import annotations


import pytest

from answers.ask import ask
from answers.years import parse_years
from core.context import Context
from tests.support.answer_sets import flat, report_context

REPORT = """政府工作报告
——2025年1月12日在石门县第十七届人民代表大会第四次会议上
各位代表：
一、2024年工作回顾
经济运行稳中向好。全年接待游客512万人次，增长12.6%；实现旅游综合收入41.3亿元，增长14.2%。全县粮食总产量28.4万吨，增长2.1%。税收收入9.6亿元，增长5.8%。快递业务量1860万件，增长21.4%。
二、2025年工作安排
全县地区生产总值增长6%左右。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = report_context(tmp_path_factory.mktemp("rise_base"), REPORT)
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("去年游客比上年涨了多少", "12.6%"),
    ("粮食产量比上年涨了多少", "2.1%"),
    ("2024年税收比上年增长多少", "5.8%"),
    ("旅游收入比去年涨了多少", "14.2%"),
])
def test_a_rise_against_its_base_is_answered(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer.splitlines()[0]), ans.answer


def test_the_base_is_no_year_asked() -> None:
    assert parse_years("2024年税收比上年增长多少").relative == []
    assert parse_years("2024年税收比上年增长多少").explicit == [2024]
    assert parse_years("游客比上年涨了多少").relative == [-1]  # no other year: the reviewed one
