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
