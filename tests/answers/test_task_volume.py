""""X任务量多大" / "X的工作量是多少" / "X任务数" / "X的目标任务是多少" ask the amount set for the
year, i.e. the target; the words are no part of the item searched for. The helper's own
wordings over the sample corpus; none is a blind round's question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


@pytest.mark.parametrize("question, figure", [
    ("2021年高标准农田建设任务量是多少", "317万亩"),
    ("2024年南昌老旧小区改造任务量多大", "240个老旧小区"),
    ("赣州2023年保障性租赁住房筹集任务量是多少", "11.49万套"),
    ("24年江西危桥改造工作量多大", "160座"),
    ("2024年江西新建改建农村公路任务量", "3000公里"),
    ("2022年棚户区改造任务数是多少", "7.91万套"),
    ("2022年老旧小区改造的目标任务是多少", "1062个"),
])
def test_task_volume_asks_the_target(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "target", (question, ans.answer)
    assert figure in flat(ans.answer), (question, ans.answer)


def test_task_count_of_a_plan_is_its_count(ctx: Context) -> None:
    ans = ask(ctx, "2021年分工方案任务数是多少")
    assert ans.intent == "plan_count" and "166项" in flat(ans.answer), ans.answer
