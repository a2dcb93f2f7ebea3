"""Several asks after a document's name, a year the report reviews, a year compared with, a
leader offered beside a unit (round-15 classes). Every question here is the helper's own
wording over the sample corpus."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.multipart import asks_no_subject
from answers.promises import delivery_question
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- a later part that names no subject asks of the earlier part's ---------------------------

@pytest.mark.parametrize("part, alone", [
    ("2024年要求稳定在多少以上", True),
    ("2023年计划多少公里", True),
    ("2024年的增长目标是多少", True),
    ("力争达到多少", True),
    ("2024年高标准农田建设多少万亩", False),
    ("规上工业增加值增长多少", False),
])
def test_a_part_naming_no_subject_is_told_apart(part: str, alone: bool) -> None:
    assert asks_no_subject(part) is alone


def test_the_second_ask_after_a_document_s_name_takes_the_first_s_subject(ctx: Context) -> None:
    ans = ask(ctx, "赣州市2023年政府工作报告：2022年新建高标准农田多少万亩，2023年计划建设多少万亩？")
    text = flat(ans.answer)
    assert "63.2万亩" in text and "55.2万亩" in text, ans.answer


def test_a_year_before_the_report_s_own_is_its_review_not_its_target(ctx: Context) -> None:
    ans = ask(ctx, "南昌市2024年政府工作报告：2023年规上工业增加值预计增长多少，2024年要求增长多少？")
    lines = ans.answer.splitlines()
    first = next(ln for ln in lines if "2023年" in ln and "%" in ln)
    second = next(ln for ln in lines if "2024年目标" in ln)
    assert "4.0%左右" in first and "6.5%左右" in second, ans.answer


def test_a_year_compared_with_is_the_clause_that_asked_of_it(ctx: Context) -> None:
    ans = ask(ctx, "南昌市2024年政府工作报告：2023年规上工业增加值增长多少，2024年目标增长多少？比上年高还是低？")
    text = flat(ans.answer)
    assert "4.0%左右" in text and "6.5%左右" in text and "对比" in text, ans.answer


# --- the report's review and what a report is said to say ------------------------------------

def test_the_review_of_the_year_before_said_again_is_one_year(ctx: Context) -> None:
    ans = ask(ctx, "赣州市2023年政府工作报告回顾上一年时，高标准农田新建了多少万亩？")
    assert ans.intent != "none" and "63.2万亩" in flat(ans.answer), ans.answer


def test_what_a_report_is_said_to_state_is_context_and_the_ask_s_year_counts(ctx: Context) -> None:
    ans = ask(ctx, "赣州市2023年政府工作报告称上一年PM2.5全省最低，2023年中心城区PM2.5平均浓度要控制在多少以内？")
    assert ans.intent == "target" and "27微克/立方米" in flat(ans.answer), ans.answer


# --- a table's target is no delivery asked ---------------------------------------------------

def test_a_target_verb_before_the_outcome_asks_the_figure_set() -> None:
    assert delivery_question("2021年江西省政府工作报告重点工作责任分工方案里，新增的高端研发机构力争达到多少家？") is None
    assert delivery_question("21年分工方案里的高端研发机构，后来建成了没有") is not None


# --- a leader offered beside the unit ------------------------------------------------------

def test_a_wrong_leader_offered_beside_the_right_unit_is_corrected(ctx: Context) -> None:
    ans = ask(ctx, "21年分工方案，推进青年发展规划实施试点那条是团省委牵头、殷美根挂帅对吧")
    head = ans.answer.splitlines()[0]
    assert ans.intent == "owner" and head.startswith("是的") and "不是殷美根" in head and "吴浩" in head, ans.answer


def test_a_leader_offered_alone_is_checked_as_the_leader(ctx: Context) -> None:
    ans = ask(ctx, "推进青年发展规划实施试点那条是不是吴浩牵头的")
    assert ans.answer.startswith("是的，吴浩是该项的牵头领导"), ans.answer


# --- older rounds' classes: a plan's name defined, "咋定的", a change asked after a figure ----

def test_a_plan_s_name_asked_what_it_is_is_its_glossary_entry(ctx: Context) -> None:
    ans = ask(ctx, "8810行动计划是啥")
    assert ans.intent == "fact" and ans.answer.startswith("“8810行动计划”指"), ans.answer


def test_a_target_asked_how_it_was_set_is_its_figure(ctx: Context) -> None:
    ans = ask(ctx, "江西24年社零跟固投目标咋定的")
    text = flat(ans.answer)
    assert ans.intent == "target" and "社会消费品零售总额" in text and "固定资产投资" in text, ans.answer


def test_a_change_asked_after_a_figure_is_the_change_of_that_figure(ctx: Context) -> None:
    ans = ask(ctx, "南昌2023年全市空气质量优良率是多少？上升了多少")
    lines = [ln for ln in ans.answer.splitlines() if "上升" in ln and not ln.startswith("原文")]
    assert lines and "6.5个百分点" in lines[0], ans.answer
