""""南昌2023年计划改造老旧小区300个，最后完成没有": whether a year's work was done, asked with the
target the asker remembers. The answer is the review's result of that item (the next year's
report), with the remembered figure checked against a target the documents state, or said to be
uncheckable when they state none; never "not found" when the result is in the text, never a
verdict from another region's figure or another part of a task. The helper's own wordings over
the sample corpus; none is a blind round's question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.target_actual import verdict_asked
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


@pytest.mark.parametrize("question, offered, result", [
    ("南昌2023年计划改造老旧小区300个，最后完成没有", "300个", "303个"),
    ("赣州2022年计划改造老旧小区150个，最后到底完成没有", "150个", "151个"),
    ("赣州2022年计划完成城市棚户区改造1.8万户，完成了吗", "1.8万户", "1.88万户"),
    ("南昌2023年打算新建公共停车场100个，到底完成没有", "100个", "125个"),
    ("南昌2023年计划引进首店80家，最后完成了没有", "80家", "100家"),
    ("赣州2022年计划建设保障性租赁住房1.5万套，最后到底完成没有", "1.5万套", "1.67万套"),
])
def test_result_answers_when_no_target_is_written(ctx: Context, question: str, offered: str, result: str) -> None:
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert ans.intent == "fact", (question, ans.answer)
    assert result in text and f"“{offered}”无法核对" in text, text
    assert "不是" not in text.split("：")[0], text  # the remembered target is never called wrong by the result


def test_result_without_figure_offered(ctx: Context) -> None:
    ans = ask(ctx, "南昌2023年老旧小区改造计划完成了没有")
    assert ans.intent == "fact" and "303个" in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question, target, actual", [
    ("2021年新增上市公司10家，到底完成了没", "10家左右", "13家"),
    ("2021年新增上市公司10家左右，最后完成没有", "10家左右", "13家"),
])
def test_remembered_target_found_gives_verdict(ctx: Context, question: str, target: str, actual: str) -> None:
    text = flat(ask(ctx, question).answer)
    assert target in text and actual in text and "结论：达到" in text, text


def test_plan_task_with_a_figure_is_checked_against_the_review(ctx: Context) -> None:
    ans = ask(ctx, "2021年新改建农村公路3000公里，实际完成了吗")
    assert ans.intent == "review" and "6.16" in ans.answer and "未提及" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "2021年方案说高标准农田建设317万亩，最后到底完成没有",
    "2021年高标准农田建设任务，最后完成了没有",
])
def test_part_of_a_task_is_not_judged_by_another_part(ctx: Context, question: str) -> None:
    text = flat(ask(ctx, question).answer)
    assert "报告回顾没有写到结果" in text, text
    assert "已兑现" not in text and "结论：达到" not in text, text


def test_whole_part_reported_keeps_its_verdict(ctx: Context) -> None:
    text = flat(ask(ctx, "21年要求完成50万亩造林绿化，最后完成没有").answer)
    assert "208.2%" in text and "没有写到结果" not in text, text


@pytest.mark.parametrize("question", [
    "2022年开工保障性租赁住房6.28万套，最后到底完成没有",
    "2022年保障性租赁住房目标完成了没",
])
def test_no_verdict_from_another_regions_actual(ctx: Context, question: str) -> None:
    text = flat(ask(ctx, question).answer)
    assert "6.28万套" in text and "未达到" not in text and "1.67万套" not in text, text


@pytest.mark.parametrize("text, asked", [
    ("南昌2023年计划引进首店80家，最后完成了没有", True),
    ("2021年新增上市公司10家，到底完成了没", True),
    ("新增上市公司10家，完成了没", False),  # no year: no remembered target of a year
    ("2021年新增上市公司完成了没", False),
])
def test_verdict_asked_by_remembered_figure(text: str, asked: bool) -> None:
    assert verdict_asked(text) is asked
