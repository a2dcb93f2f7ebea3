"""Class: one clause that lists several named subjects, each with its own figure
("推动龙南经开区营收达580亿元、赣州高新区营收突破500亿元、瑞金经开区营收达360亿元"), and a
check offered after the ask ("…连续压减几年了 是8年吧", "…增长了多少 7%左右吧").

Held-out round 39a r39a-016: "赣州经开区23年营收要突破多少亿" took the list clause (its words
"经开区营收" fit), then refused; "龙南经开区营收要达到多少" was told the list was "a part's
figure, not the whole's" and given all three. Round 39a r39a-061 / 41a r41a-055: the offered guess
stayed in the topic and the search matched "8" or "7%左右" instead of the thing asked. The helper's
own invented city report."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.evidence import listed_segments
from answers.wording import offered_figure
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2026, 3, 1)
REPORT = """澜川市2026年政府工作报告

一、2025年工作回顾

全市民生支出412.6亿元，占一般公共预算支出的81.3%。全市“三公”经费支出连续6年压减。
招商引资成效明显，深入实施“双百行动”，新引进项目268个，到位资金415亿元，其中10亿元以上项目11个。

二、2026年工作安排

（一）促进开发区提质升级。支持澜川经开区建设一流国家级经开区、营收突破1200亿元，推动桐溪经开区营收达460亿元、澜川高新区营收突破380亿元、松岗经开区营收达210亿元，支持青陂创建省级特色产业园。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    c = report_context(tmp_path_factory.mktemp("listed"), REPORT, "澜川市2026年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize(("question", "figure", "others"), [
    ("澜川经开区今年营收要突破多少亿", "1200亿元", ("460亿元", "380亿元")),
    ("桐溪经开区营收要达到多少", "460亿元", ("1200亿元", "380亿元", "210亿元")),
    ("澜川高新区营收目标多少", "380亿元", ("460亿元", "210亿元")),
    ("松岗经开区今年营收目标", "210亿元", ("460亿元", "380亿元")),
])
def test_each_listed_subject_gets_its_own_figure(ctx, question, figure, others):
    text = flat(ask(ctx, question, today=TODAY).answer)
    assert figure in text, text
    assert not any(o in text.split("原文")[0] for o in others), text
    assert "只写了" not in text, text  # a zone asked by name is no "part instead of the whole"


def test_a_list_is_cut_only_where_each_segment_names_its_own_subject():
    assert listed_segments("推动桐溪经开区营收达460亿元、澜川高新区营收突破380亿元") == [
        "推动桐溪经开区营收达460亿元", "澜川高新区营收突破380亿元"]
    assert listed_segments("城镇、农村居民人均可支配收入分别增长5%、7%") == ["城镇、农村居民人均可支配收入分别增长5%、7%"]
    assert listed_segments("支持澜川经开区建设一流国家级经开区、营收突破1200亿元") == [
        "支持澜川经开区建设一流国家级经开区、营收突破1200亿元"]


@pytest.mark.parametrize(("question", "offered"), [
    ("三公经费连续压减几年了 是8年吧", "8年"),
    ("民生支出占一般公共预算支出多少 80%多吧", "80%多"),
    ("去年GDP实际增长了多少 7%左右吧", "7%左右"),
])
def test_a_guess_after_the_ask_is_offered_not_searched(question, offered):
    rest, figure = offered_figure(question)
    assert figure == offered and offered not in rest


def test_years_counted_are_answered_past_the_guess(ctx):
    text = flat(ask(ctx, "市里报告讲三公经费连续压减几年了 是8年吧", today=TODAY).answer)
    assert "6年" in text, text


def test_a_guess_of_a_missing_figure_finds_no_other(ctx):
    # the report gives no growth rate: "7%左右" must not fetch another figure said 左右
    text = flat(ask(ctx, "澜川去年GDP实际增长了多少 7%左右吧", today=TODAY).answer)
    assert "没有找到" in text, text


def test_a_guess_of_so_much_and_more_is_confirmed_when_the_figure_falls_in_it(ctx):
    # "80%多" is 80–90%: 81.3% confirms it; "90%多" does not
    right = flat(ask(ctx, "去年民生支出占一般公共预算支出多少 80%多吧", today=TODAY).answer)
    assert "81.3%" in right and not right.startswith("不是"), right
    wrong = flat(ask(ctx, "去年民生支出占一般公共预算支出多少 90%多吧", today=TODAY).answer)
    assert "81.3%" in wrong and wrong.startswith("不是"), wrong


def test_money_whose_own_subject_is_asked_by_name_answers(ctx):
    # r39d-023: "到位资金" names the money's subject, and the question names it too
    text = flat(ask(ctx, "去年招商引资到位资金多少", today=TODAY).answer)
    assert "415亿元" in text, text
