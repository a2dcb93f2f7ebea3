"""Asks of one sentence that staff type short: a figure the question sets as a bound
("50万以上的村") picks the clause that repeats it over its sentence's first clause, and "在哪几个村"
after a figure quotes the sentence that lists the places; a target recalled in the review
("超额完成年初确定的10亿元目标") is that year's target."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2026, 12, 4)
REPORT = ("青崖镇2026年政府工作报告\n——2026年1月9日在青崖镇第十八届人民代表大会第五次会议上\n镇长  韩立新\n"
          "一、2025年工作回顾\n招商引资实际到位资金11.2亿元，超额完成年初确定的10亿元目标。村级集体经济持续壮大，12个村（社区）集体经营性收入全部超过20万元，其中50万元以上的村3个，"
          "白沙村突破100万元。\n"
          "二、2026年重点工作\n严守耕地保护红线，粮食播种面积稳定在4.3万亩以上；新建高标准农田8000亩，重点在东坪、上塘、白沙3个村实施。\n"
          "所有村（社区）集体经营性收入达到25万元以上，其中50万元以上的村达到5个。\n"
          "办好人民满意教育。新建改扩建中小学、幼儿园6所，新增学位5400个，深化集团化办学。\n"
          "三、自身建设\n去年建成的5所学校已投入使用，运行良好。\n")


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    c = report_context(tmp_path_factory.mktemp("bounds"), REPORT, name="青崖镇2026年政府工作报告.txt")
    yield c
    c.close()


def test_a_bound_in_the_question_picks_the_clause_that_repeats_it(town):
    text = flat(ask(town, "集体收入50万以上的村 去年几个 今年要几个", today=TODAY).answer)
    assert "50万元以上的村3个" in text and "50万元以上的村达到5个" in text, text


def test_places_asked_after_a_figure_quote_the_sentence_listing_them(town):
    text = flat(ask(town, "高标准农田今年建多少亩 在哪几个村", today=TODAY).answer)
    assert "8000亩" in text and "东坪、上塘、白沙" in text, text


def test_a_target_recalled_in_the_review_is_that_years_target(town):
    answer = ask(town, "去年招商目标定的多少 最后完成了多少", today=TODAY)
    text = flat(answer.answer)
    assert answer.intent != "none" and "10亿元" in text and "11.2亿元" in text, text


def test_a_count_asked_after_a_figure_is_read_in_the_sentence_that_answered(town):
    text = flat(ask(town, "今年新增学位多少个 新建几所学校", today=TODAY).answer)
    assert "5400个" in text and "6所" in text, text
