"""A unit that leads nothing (round 28a r28a-057; dev rounds 30a/30c): "X在分工方案里牵头哪几项"
says plainly that X leads no task of the plan, and lists the tasks it joins as a co-unit,
labelled so; never the plan's task count. Own variants over an invented city
(tests/data/s13d_tangjiang)."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import assert_holds, flat

TODAY = dt.date(2026, 6, 1)


@pytest.mark.parametrize(
    "question",
    ["市档案馆在分工方案里牵头哪几项", "市地方志办公室牵头几项", "市机关事务管理局牵头了哪些任务", "市侨务办牵头的有啥"],
)
def test_a_unit_the_plan_never_names(tangjiang_ctx, question: str):
    ans = ask(tangjiang_ctx, question, today=TODAY)
    assert ans.intent == "none", ans.answer
    assert_holds(ans.answer, "没有牵头的任务")
    assert "共列" not in ans.answer, ans.answer  # not the table's count


@pytest.mark.parametrize(
    ("question", "codes"),
    [
        ("市统计局牵头哪些任务", ("1.1", "2.1", "3.4")),
        ("市气象局牵头了什么任务", ("2.4", "3.6")),
        ("统计局在方案里牵头几项", ("1.1", "2.1", "3.4")),
        ("气象局牵头的任务有哪些", ("2.4", "3.6")),
    ],
)
def test_a_co_unit_only_is_said_so_with_its_tasks(tangjiang_ctx, question: str, codes: tuple[str, ...]):
    ans = ask(tangjiang_ctx, question, today=TODAY)
    assert ans.intent == "none", ans.answer
    assert_holds(ans.answer, "没有牵头的任务", "作为责任单位", *codes)


@pytest.mark.parametrize("question", ["市住建局牵头哪几项", "市科技局牵头哪些任务"])
def test_a_unit_that_leads_is_listed(tangjiang_ctx, question: str):
    ans = ask(tangjiang_ctx, question, today=TODAY)
    assert ans.intent == "unit_tasks", ans.answer
    assert "没有牵头" not in flat(ans.answer)


def test_a_name_a_table_unit_holds_is_left_to_the_registry(tangjiang_ctx):
    # "科技厅" is no unit of a city's table, but 科技 is: not claimed absent by this rule
    ans = ask(tangjiang_ctx, "科技厅牵头哪几项", today=TODAY)
    assert "方案中没有出现" not in ans.answer, ans.answer
