"""A formal request that asks several items, or one item named only in its background
(answers/clause_roles.request_asked → answers/multipart); a total asked against a new count
(answers/evidence.stock_or_flow_asked); an amount asked that only a rate could "answer".
Every question here is this module's own wording over the sample corpus."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.clause_roles import as_asks, request_asked
from core.context import Context


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- the request's items, each asked as a plain question asks it ---------------------------

@pytest.mark.parametrize("question, asked", [
    # two items joined by a second verb: each ends in its own ask
    ("因筹备调度会，烦请核实2024年全省专精特新中小企业的数量目标，并说明限额以上商贸经营主体的新增目标。",
     "2024年全省专精特新中小企业的数量目标多少，限额以上商贸经营主体的新增目标多少"),
    # "分别提出了什么目标": the report named as the source is no part of either item
    ("为开展专项督查，请核实2021年省政府工作报告对城镇新增就业和新建5G基站分别提出了什么目标。",
     "2021年城镇新增就业和新建5G基站的目标分别是多少"),
    # "请分别提供": two regions, one measure
    ("为比对省市数据，请分别提供2024年江西省和南昌市地区生产总值的增长目标。",
     "2024年江西省和南昌市地区生产总值的增长目标分别是多少"),
    # a measure only, its subject in the background
    ("据了解，2024年全省工作安排中有新增限额以上商贸经营主体的指标，请核实具体数值。",
     "2024年全省新增限额以上商贸经营主体多少"),
])
def test_the_request_is_asked_item_by_item(question: str, asked: str) -> None:
    assert request_asked(question) == asked


def test_a_request_that_already_asks_or_names_a_task_owner_stays_as_written() -> None:
    assert as_asks("2024年GDP增长目标是多少", []) == "2024年GDP增长目标是多少"
    # an owner, a document number or a date: no figures to split
    body = "分工方案中数字经济和人工智能两项的牵头单位"
    assert as_asks(body, []) == body


def test_two_items_of_one_request_are_both_answered(ctx: Context) -> None:
    ans = ask(ctx, "因筹备调度会，烦请核实2024年全省专精特新中小企业的数量目标，并说明限额以上商贸经营主体的新增目标。")
    assert "4000家" in ans.answer and "3000家" in ans.answer


def test_the_background_names_the_item_the_request_only_measures(ctx: Context) -> None:
    ans = ask(ctx, "据了解，2022年全省工作安排中有建成高标准农田的任务，请核实具体面积。")
    assert "290万亩" in ans.answer
    assert ans.intent == "target"


def test_two_regions_in_one_request_are_each_answered(ctx: Context) -> None:
    ans = ask(ctx, "为比对省市数据，请分别提供2024年江西省和南昌市地区生产总值的增长目标。")
    assert "江西省" in ans.answer and "南昌市" in ans.answer
    assert "5%左右" in ans.answer and "5.0%左右" in ans.answer


def test_the_new_count_and_the_total_of_a_background_subject(ctx: Context) -> None:
    ans = ask(ctx, "经查，2021年全省国家级专精特新小巨人企业数量增长较快，请核实新增数量以及累计总数。")
    assert "109家" in ans.answer and "144家" in ans.answer


# --- a total is not a new count ------------------------------------------------------------

def test_a_total_asked_is_answered_by_the_total(ctx: Context) -> None:
    ans = ask(ctx, "2021年全省国家级小巨人企业累计有多少家")
    headline = ans.answer.splitlines()[0]
    assert "144家" in headline


def test_a_new_count_asked_is_answered_by_the_new_count(ctx: Context) -> None:
    ans = ask(ctx, "2021年全省新增国家级小巨人企业多少家")
    headline = ans.answer.splitlines()[0]
    assert "109家" in headline and "144家" not in headline


# --- an amount asked is never answered by a rate --------------------------------------------

def test_an_amount_in_yi_is_not_answered_by_a_growth_rate(ctx: Context) -> None:
    ans = ask(ctx, "2024年全省地区生产总值目标是多少亿")
    assert ans.intent == "none"
    assert "没有找到" in ans.answer.splitlines()[0]
    # the rate asked as a rate still answers
    assert "5%左右" in ask(ctx, "2024年全省地区生产总值增长目标是多少").answer


def test_an_amount_with_its_unit_still_answers(ctx: Context) -> None:
    ans = ask(ctx, "2023年全省粮食总产多少亿斤")
    assert "439.7亿斤" in ans.answer


@pytest.mark.parametrize("plain", [
    "省应急厅有哪些任务",          # a unit's list: no figure to split into items
    "省发展改革委牵头哪些工作",
])
def test_a_formal_request_for_a_list_answers_as_the_plain_question(ctx: Context, plain: str) -> None:
    assert request_asked(f"为做好专项督查工作，烦请核实{plain}。") in (None, plain)
    formal = ask(ctx, f"为做好专项督查工作，烦请核实{plain}。")
    plain_answer = ask(ctx, plain)
    assert plain_answer.intent == "unit_tasks" or plain_answer.tasks
    assert (formal.intent, formal.answer) == (plain_answer.intent, plain_answer.answer)
