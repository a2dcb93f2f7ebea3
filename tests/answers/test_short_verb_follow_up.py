"""A second part that repeats the first part's verb in staff's one-character form ("去年改了多少个
今年计划改多少", "…装了多少个 今年计划装多少") names nothing new: it asks the same item's figure
for its own year and kind (answers.multipart's doing verbs). Round 25b; own variants over the
sample corpus and tests/data/district."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("南昌老旧小区23年改了多少个 24年计划改多少", ("303个", "240个")),
        ("赣州老旧小区22年改了多少个 23年计划改多少", ("151个", "125个")),
    ],
)
def test_follow_up_in_the_sample_reports(asked_corpus, question: str, figures: tuple[str, ...]):
    ans = ask(asked_corpus, question, today=dt.date(2024, 6, 1))
    assert "没有看懂" not in ans.answer, ans.answer
    for f in figures:
        assert f in flat(ans.answer), ans.answer


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("老旧小区去年改了多少个 今年计划改多少", ("36个", "40个")),
        ("充电桩去年装了多少个 今年计划装多少", ("420个", "500个")),
    ],
)
def test_follow_up_in_a_district_report(district_ctx, question: str, figures: tuple[str, ...]):
    ans = ask(district_ctx, question, today=dt.date(2025, 6, 1))
    assert "没有看懂" not in ans.answer, ans.answer
    for f in figures:
        assert f in flat(ans.answer), ans.answer
