"""Where answers come from (round-10 classes): a result asked of a region or year no loaded
plan covers is the reports' review, not a task's status; comparisons answer each side with its
region and year; "not found" when a place-qualified thing stands nowhere with its place; a
city's result of year N from its year N+1 report; a target checked against a value offered.
Every question here is the helper's own wording over the sample corpus."""
from __future__ import annotations


import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- 1. a result no loaded plan covers goes to the reports ---------------------------------

@pytest.mark.parametrize("question, figure", [
    ("南昌23年老旧小区改造的落实情况怎样，一共改了几个", "303个"),
    ("请问南昌市2023年老旧小区改造工作进展，改造了多少个小区", "303个"),
])
def test_result_outside_the_plans_comes_from_the_review(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "fact", ans.answer
    assert figure in flat(ans.answer) and "牵头单位" not in ans.answer, ans.answer


def test_a_result_asked_with_no_region_is_every_region_s_result(ctx: Context) -> None:
    # a figure of the work asked ("改造了几个"): what was done, each region labelled, no target
    ans = ask(ctx, "老旧小区改造的完成情况咋样，一共改造了几个")
    text = flat(ans.answer)
    assert "南昌市2023年" in text and "303个" in text and "赣州市2022年" in text and "151个" in text, ans.answer
    assert "目标" not in ans.answer, ans.answer


def test_progress_of_a_plan_task_stays_with_the_registry(ctx: Context) -> None:
    ans = ask(ctx, "老旧小区改造那项的完成情况")
    assert ans.intent == "status" and "6.20" in ans.answer, ans.answer


# --- 2. comparisons: each side answered with its own region and year ----------------------

@pytest.mark.parametrize("question, sides", [
    # each region with a year of its own, joined by "vs"
    ("新改建农村公路 赣州23年 vs 江西24年", [("赣州市2023年", "800公里"), ("江西省2024年", "3000公里")]),
    # a region joined to the province by 跟, no 分别: the shared ending holds for both
    ("24年全省跟南昌的粮食产量目标各怎么定的", [("江西省2024年", "430亿斤"), ("南昌市2024年", "42亿斤")]),
    ("2024年粮食产量，全省与南昌各是多少", [("江西省2024年", "430亿斤"), ("南昌市2024年", "42亿斤")]),
    # compared with 跟…比, the other side with a year of its own
    ("赣州23年新改建农村公路跟江西24年比", [("赣州市2023年", "800公里"), ("江西省2024年", "3000公里")]),
    # the city before "vs", the province after it
    ("24年粮食产量目标 南昌vs全省", [("江西省2024年", "430亿斤"), ("南昌市2024年", "42亿斤")]),
])
def test_each_side_of_a_comparison(ctx: Context, question: str, sides: list[tuple[str, str]]) -> None:
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert ans.intent == "target", ans.answer
    for label, figure in sides:
        assert label in text and figure in text, ans.answer
        # the figure stands in its own region's part, after its label
        assert text.index(label) < text.index(figure), ans.answer


# --- 3. a thing qualified by a place stands with that place, or "not found" -----------------

@pytest.mark.parametrize("question", [
    "萍乡机场扩建工程哪年建成",          # the reports list another city's airport
    "南昌地铁6号线今年开工了吗",          # only lines 1 and 2 are named
    "九江机场改扩建进展怎么样了",
    "萍乡机场啥时候建成",                 # a task lists 萍莲高速 and another city's airport
])
def test_a_place_qualified_thing_the_reports_never_name(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "none", ans.answer


def test_a_place_qualified_thing_the_reports_name(ctx: Context) -> None:
    ans = ask(ctx, "南昌昌北机场三期进展到哪了")
    assert ans.intent != "none" and "昌北机场三期" in ans.answer, ans.answer


def test_a_place_qualified_thing_a_task_names(ctx: Context) -> None:
    ans = ask(ctx, "南昌轨道交通4号线一期什么时候建成")
    assert ans.intent == "status" and "3.3" in ans.answer, ans.answer


# --- 4. a city's result of year N stands in its year N+1 report's review -------------------

@pytest.mark.parametrize("question, figure", [
    ("赣州22年上市企业新增了几家", "4家"),          # a counter right after 几 is no part of the subject
    ("赣州市上年度新增几家上市企业", "4家"),        # 上年度 is the year before, whole
    ("赣州上一年度民生支出总额是多少", "849.08亿元"),
])
def test_a_city_result_from_the_next_report(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "fact" and figure in flat(ans.answer), ans.answer
    assert "赣州市2022年" in ans.answer and "赣州市2023年政府工作报告" in ans.answer, ans.answer


# --- 5. a figure offered with 有没有…到: the target, and whether it matches -----------------

@pytest.mark.parametrize("question, verdict", [
    ("22年研发经费占GDP比重（研发投入强度）定的多少，有没有定到2%", "不是。"),
    ("2022年研发投入强度有没有定到1.9%", "是的。"),
])
def test_a_figure_offered_is_checked(ctx: Context, question: str, verdict: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "target" and "1.9%以上" in flat(ans.answer), ans.answer
    assert ans.answer.startswith(verdict) and ans.answer.count("1.9%以上。") <= 2, ans.answer


# --- a leader's "重点工作" is every task of the table, no narrowing word ----------------------

def test_key_work_of_a_leader_is_all_their_tasks(ctx: Context) -> None:
    ans = ask(ctx, "孙菊生同志牵头负责哪些重点任务")
    assert ans.intent == "leader_tasks" and "共18项" in ans.answer, ans.answer
