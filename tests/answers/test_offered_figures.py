"""A figure offered to be checked ("24年gdp增长4.1% 这个数对吧 我写建议想直接用") that the
documents print as another year's result: the correction says whose figure it is, so it is not
quoted as the year's; the proposal it is for, said after, is no word of the subject."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2026, 12, 4)
REPORT = ("岚川省2024年政府工作报告\n——2024年1月23日在岚川省第十四届人民代表大会第二次会议上\n省长 周启明\n"
          "一、2023年工作回顾\n经济运行回升向好，地区生产总值增长4.1%，一般公共预算收入增长3.8%。\n"
          "二、2024年工作安排\n经济社会发展主要预期目标是：地区生产总值增长5%左右，规模以上工业增加值增长6.5%左右。\n")


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    c = report_context(tmp_path_factory.mktemp("offered"), REPORT, name="岚川省2024年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question", ["24年岚川gdp增长4.1% 这个数对吧 我写建议想直接用", "24年岚川gdp增长4.1%对吗 建议里要写"])
def test_an_offered_figure_of_another_year_is_said_to_be_that_years(ctx, question):
    text = flat(ask(ctx, question, today=TODAY).answer)
    assert text.startswith("不是") and "5%左右" in text and "4.1%是岚川省2023年的实际数" in text, text


def test_an_offered_figure_the_year_asked_lacks_is_shown_where_it_is_printed(ctx):
    answer = ask(ctx, "24年岚川一般公共预算收入增长3.8% 对吗", today=TODAY)
    text = flat(answer.answer)
    assert "3.8%这个数在" in text and "2023年工作回顾" in text, text
