"""A unit named as the subject of a fact, not a unit-tasks ask (rounds 28d r28d-029, 30b
r30b-018): "去年省政府办了多少件人大代表建议" counts proposals handled, a figure of the report;
"X 牵头是数据局吗" checks X's owner (the real lead, and whether the unit offered is it). Own
variants over an invented city (tests/data/s13d_tangjiang)."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.unit_as_subject import counts_a_thing
from tests.support.answer_sets import assert_holds

TODAY = dt.date(2026, 6, 1)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("去年市政府办了多少件政协提案", "452件"),
        ("去年市文化广电旅游局举办了多少项赛事活动", "126项"),
        ("市科技局去年登记了多少项技术合同", "1860项"),
        ("去年市信访局化解了多少件信访积案", "312件"),
    ],
)
def test_a_units_counted_fact_is_a_figure(tangjiang_ctx, question: str, figure: str):
    ans = ask(tangjiang_ctx, question, today=TODAY)
    assert ans.intent == "fact", ans.answer
    assert_holds(ans.answer, figure)


@pytest.mark.parametrize(
    ("question", "lead", "verdict"),
    [
        ("滨江绿道那项 牵头是住建局吗", "市城市管理局", "不是"),
        ("新增集成服务事项 牵头单位是不是数据局", "市行政审批局", "不是"),
        ("技术合同登记 牵头的是市统计局吗", "市科技局", "不是"),
        ("棠溪水库二期工程 负责单位是市水利局吧", "市水利局", "是的"),
    ],
)
def test_the_role_then_the_unit_offered_is_an_owner_check(tangjiang_ctx, question: str, lead: str, verdict: str):
    ans = ask(tangjiang_ctx, question, today=TODAY)
    assert ans.intent == "owner", ans.answer
    assert_holds(ans.answer, lead)
    assert ans.answer.startswith(verdict), ans.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("去年省政府办了多少件人大代表建议", True),
        ("市科技局去年登记了多少项技术合同", True),
        ("市科技局牵头几项", False),  # a verb of owning: the unit's tasks
        ("发改委有多少项任务", False),  # tasks counted
        ("水利局负责多少件", False),
    ],
)
def test_what_counts_a_thing(question: str, expected: bool):
    assert counts_a_thing(question) is expected


def test_a_units_tasks_are_still_its_tasks(tangjiang_ctx):
    ans = ask(tangjiang_ctx, "市科技局牵头几项", today=TODAY)
    assert ans.intent == "unit_tasks", ans.answer


@pytest.mark.parametrize("question", ["滨江绿道那项 牵头是城管局还是住建局", "金沙片区城市更新一期牵头的是住建局还是街道"])
def test_a_choice_offered_is_not_a_check_of_the_first(tangjiang_ctx, question: str):
    ans = ask(tangjiang_ctx, question, today=TODAY)
    assert ans.intent == "owner", ans.answer
    assert not ans.answer.startswith("不是"), ans.answer
