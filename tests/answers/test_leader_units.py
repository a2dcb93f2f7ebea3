"""The units of a leader's tasks, asked as units ("陈小平牵头的任务 牵头单位主要是哪几个厅局",
"…里责任单位有哪些"): each unit once, with how many of the leader's tasks it holds and their
codes, most first. Before: the words "单位 厅局" narrowed the task list to the one task whose
text held them. Questions are the team's own over the sample table."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat


@pytest.mark.parametrize("question, first, role", [
    ("陈小平牵头的任务 牵头单位主要是哪几个厅局", "省自然资源厅：6项", "牵头单位"),
    ("罗小云牵头那些任务，牵头部门都有哪些", "省科技厅", "牵头单位"),
    ("陈小平牵头的任务里 责任单位有哪些", "各设区市政府：13项", "责任单位"),
])
def test_the_units_of_a_leaders_tasks(asked_corpus: Context, question: str, first: str, role: str) -> None:
    ans = ask(asked_corpus, question)
    assert ans.intent == "leader_tasks", ans.answer
    head, second = ans.answer.splitlines()[:2]
    assert role in head and first in flat(second), ans.answer  # the unit holding most comes first


def test_a_list_of_tasks_is_still_a_list_of_tasks(asked_corpus: Context) -> None:
    ans = ask(asked_corpus, "陈小平牵头哪几项")
    assert "共14项" in ans.answer and "7.13" in ans.answer and "牵头单位共" not in ans.answer, ans.answer
