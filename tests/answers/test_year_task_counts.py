"""How many tasks a year's report set, asked of a year whose table is not loaded: read from the
next year's report review ("对年度《政府工作报告》确定的64项重点任务…"), never the loaded table's
count; none stated → that year's table is said to be missing. Two counts in one message are
each answered in place (round 24b). The helper's own invented district; none is a round's question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import assert_holds, flat


@pytest.mark.parametrize("question, wanted", [
    ("25年那份报告分了多少项重点任务？今年分工方案是多少项", ["64项", "17项"]),
    ("2025年政府工作报告确定了几项重点工作", ["64项"]),
    ("25年分工方案有多少项任务", ["64项"]),
    ("2026年分工方案有几项？2025年的呢分了多少项", ["17项", "64项"]),
])
def test_a_year_without_its_table_is_counted_from_the_review(qinghe_ctx: Context, question: str,
                                                             wanted: list[str]) -> None:
    ans = ask(qinghe_ctx, question)
    assert ans.intent != "none", ans.answer
    assert_holds(ans.answer, *wanted)


@pytest.mark.parametrize("question", ["2023年分工方案一共多少项", "23年那份报告分了几项重点任务"])
def test_no_other_years_count_for_a_year_not_stated(qinghe_ctx: Context, question: str) -> None:
    ans = ask(qinghe_ctx, question)
    assert ans.intent == "none" and "17项" not in flat(ans.answer), ans.answer
    assert "2023年的分工方案" in ans.answer, ans.answer


def test_the_loaded_tables_count_is_unchanged(qinghe_ctx: Context) -> None:
    ans = ask(qinghe_ctx, "2026年分工方案有几项")
    assert ans.intent == "plan_count" and "17项" in flat(ans.answer), ans.answer
