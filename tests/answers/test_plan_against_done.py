"""A year's plan figure (the 分工方案 of year N) against what the next year's report says was
done: "X 计划多少、实际多少" asks both, "X，计划A，实际B对吧" offers both to be confirmed.
Every question is the helper's own wording over the sample corpus, none a round's question;
each failed before the plan-and-done pair was read."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.comparison import compared
from core.context import Context
from tests.support.answer_sets import assert_holds


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


_holds = assert_holds


def test_plan_and_done_asked_together_split_into_two_sides() -> None:
    cmp = compared("2021年全省新增上市公司 目标多少、实际完成多少")
    assert cmp is not None and cmp.relation == "both", cmp
    assert cmp.sides == ("2021年全省新增上市公司 目标多少", "实际完成多少"), cmp


def test_no_pair_when_one_side_does_not_ask() -> None:
    assert compared("2021年全省新增上市公司目标10家，实际多少") is None


def test_plan_and_done_answers_both_figures(ctx: Context) -> None:
    ans = ask(ctx, "江西2021年城镇新增就业人数 计划是多少、实际是多少")
    _holds(ans.answer, "38万人", "48万人")


def test_offered_plan_and_done_both_right(ctx: Context) -> None:
    ans = ask(ctx, "全省新增上市公司，2021年计划10家左右，实际13家，对不对？")
    assert ans.answer.startswith("是的"), ans.answer
    _holds(ans.answer, "10家左右", "13家")


def test_offered_done_figure_wrong(ctx: Context) -> None:
    ans = ask(ctx, "全省新增上市公司，2021年计划10家左右，实际完成了15家是吗")
    assert ans.answer.startswith("不是"), ans.answer
    _holds(ans.answer, "13家")


def test_plan_sentence_then_done_sentence_hands_on_the_subject(ctx: Context) -> None:
    # the second sentence names no indicator: it is the first one's, as done the next year
    ans = ask(ctx, "江西省2021年责任分工方案里，新增上市公司的目标定了多少家？2022年省政府工作报告回顾中实际完成多少家？")
    _holds(ans.answer, "10家左右", "13家")


def test_an_aside_in_brackets_is_where_to_look() -> None:
    cmp = compared("2021年江西城镇新增就业计划是多少？实际完成了多少（参见2022年省报告）？")
    assert cmp is not None and cmp.relation == "both", cmp
    assert cmp.sides[1] == "实际完成了多少", cmp


def test_by_how_much_higher_than_the_same_reports_target(ctx: Context) -> None:
    # "比这份报告定的…目标高出几个百分点": the same report's target for its own year
    ans = ask(ctx, "2024年江西省政府工作报告回顾：2023年地区生产总值实际增长多少？比这份报告定的2024年预期目标高出几个百分点？")
    _holds(ans.answer, "4.1%", "5%左右", "0.9个百分点")
