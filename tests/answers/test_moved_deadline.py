""""X推迟到什么时候" / "X延期到哪年" / "X顺延到几月份" ask the time one item was moved to: the
documents write none, so the answer says so and gives the item's stated time (the table's
deadline), never the list of every overdue task and never "not found" when the item is there.
The helper's own wordings over the sample corpus; none is a blind round's question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.question import MOVED_WHEN
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


@pytest.mark.parametrize("question, code", [
    ("赣深客专延期到哪年", "3.4"),
    ("赣州国际陆港申报一类口岸延期到哪年", "5.8"),
    ("5G网络连续覆盖推迟到什么时候", "3.2"),
    ("2021年纳入计划的1277个老旧小区改造推迟到什么时候完成", "6.20"),
    ("两山银行那项推后到什么时候", "7.17"),
    ("高标准农田建设任务顺延到几月份", "6.7"),
])
def test_moved_deadline_gives_the_stated_time(ctx: Context, question: str, code: str) -> None:
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert ans.intent == "status", (question, ans.answer)
    assert "没有写这项推迟或延期后的时间" in text, text
    assert [t["code"] for t in ans.tasks][:1] == [code], (question, ans.answer)
    assert "2021-12-31" in text or "2021年12月31日" in text, text
    assert "已逾期的任务共" not in text, text


@pytest.mark.parametrize("question", ["哪些任务延期了", "延期的任务有哪些"])
def test_overdue_list_is_still_the_list(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert "已逾期的任务共" in flat(ans.answer) and "没有写这项推迟" not in flat(ans.answer), ans.answer


def test_plain_deadline_has_no_moved_note(ctx: Context) -> None:
    ans = ask(ctx, "老旧小区改造什么时候完成")
    assert ans.intent == "status" and "推迟" not in ans.answer, ans.answer


@pytest.mark.parametrize("text, asked", [
    ("X推迟到什么时候", True), ("X延期到哪一年开通", True), ("X顺延至几月底", True),
    ("X为什么推迟", False), ("哪些任务延期了", False), ("X什么时候完成", False),
])
def test_moved_when_reads_only_a_moved_time(text: str, asked: bool) -> None:
    assert bool(MOVED_WHEN.search(text)) is asked
