"""A figure asked together with how far the work has got ("X是多少吨弄到哪一步了", "…要建多少公里
现在进展咋样了"): the figure's sentence answers, and the reply says plainly that the documents
state no later progress (answers.progress_asks), never "not found". Round 25a; own variants over
the sample corpus and tests/data/district."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.progress_asks import progress_split
from tests.support.answer_sets import flat


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("南昌24年老旧小区要改造多少个 现在弄到哪一步了", "240个"),
        ("赣州23年农村公路要建多少公里 现在进展咋样了", "800公里"),
    ],
)
def test_figure_and_progress_in_the_sample_reports(asked_corpus, question: str, figure: str):
    ans = ask(asked_corpus, question, today=dt.date(2024, 6, 1))
    assert ans.intent != "none", ans.answer
    assert figure in flat(ans.answer) and "没有写后来做到了哪一步" in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [("充电桩今年要建多少个 现在弄到哪一步了", "500个"), ("停车泊位今年新增多少个 进度到哪了", "3000个")],
)
def test_figure_and_progress_in_a_district_report(district_ctx, question: str, figure: str):
    ans = ask(district_ctx, question, today=dt.date(2025, 6, 1))
    assert ans.intent != "none", ans.answer
    assert figure in flat(ans.answer) and "没有写后来做到了哪一步" in ans.answer, ans.answer


def test_progress_split():
    assert progress_split("X日处理能力是多少吨弄到哪一步了") == "X日处理能力是多少吨"
    assert progress_split("X项目进展如何") is None  # no figure asked: the task's progress
