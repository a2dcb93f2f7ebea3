""""去年X争取到多少" asks what was won (the review's "积极争取上级资金14.6亿元"), not a target:
争取 with its result said (到/了) of a past year, or "争取到了". Of 今年, or with no year and no
result said, it stays a target ("今年要争取到多少"). Round 25b's "去年超长期特别国债争取到多少钱"
was refused as "no target". Own variants over tests/data/district."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat

TODAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("question", "won", "target"),
    [
        ("去年上级资金争取到多少钱", "14.6亿元", "15亿元"),
        ("去年专项债券争取到多少", "9.8亿元", None),
        ("去年中央预算内投资争取了多少", "2.1亿元", None),
        ("上级资金争取到了多少", "14.6亿元", "15亿元"),
    ],
)
def test_won_is_the_review_figure(district_ctx, question: str, won: str, target: str | None):
    ans = ask(district_ctx, question, today=TODAY)
    assert ans.intent == "fact", ans.answer
    assert won in flat(ans.answer), ans.answer
    if target:
        assert target not in flat(ans.answer).replace(won, ""), ans.answer


@pytest.mark.parametrize("question", ["今年上级资金要争取到多少", "今年上级资金争取多少"])
def test_this_years_ask_stays_a_target(district_ctx, question: str):
    ans = ask(district_ctx, question, today=TODAY)
    assert ans.intent == "target" and "15亿元" in flat(ans.answer), ans.answer
