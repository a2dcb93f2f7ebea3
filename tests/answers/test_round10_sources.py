"""Where answers come from (round-10 classes): a result asked of a region or year no loaded
plan covers is the reports' review, not a task's status; comparisons answer each side with its
region and year; "not found" when a place-qualified thing stands nowhere with its place; a
city's result of year N from its year N+1 report; a target checked against a value offered.
Every question here is the helper's own wording over the sample corpus."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat, ingested_context


@pytest.fixture(scope="module")
def ctx(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    c, _ = ingested_context(tmp_path_factory.mktemp("answers_round10_sources"), [corpus_dir])
    yield c
    c.close()


# --- 1. a result no loaded plan covers goes to the reports ---------------------------------

@pytest.mark.parametrize("question, figure", [
    ("南昌23年老旧小区改造的落实情况怎样，一共改了几个", "303个"),
    ("请问南昌市2023年老旧小区改造工作进展，改造了多少个小区", "303个"),
])
def test_result_outside_the_plans_comes_from_the_review(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "fact", ans.answer
    assert figure in flat(ans.answer) and "牵头单位" not in ans.answer, ans.answer


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
])
def test_each_side_of_a_comparison(ctx: Context, question: str, sides: list[tuple[str, str]]) -> None:
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert ans.intent == "target", ans.answer
    for label, figure in sides:
        assert label in text and figure in text, ans.answer
        # the figure stands in its own region's part, after its label
        assert text.index(label) < text.index(figure), ans.answer
