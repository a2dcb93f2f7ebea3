"""Colloquial asks of a figure over a district's report (round 25b's classes, own variants over
tests/data/district): "要几个" / "冲多少" ask the target, never last year's result beside it;
a district's self-words (全区/我区/本区) and a subject's pointing words ("招商这块", "就业那边")
are no part of what is looked for."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat

TODAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("question", "target", "actual"),
    [
        ("公共充电桩要几个", "500个", "420个"),
        ("接待游客冲多少", "850万人次", "760万人次"),
        ("外贸进出口总额冲多少", "6%左右", "68.4亿元"),
        ("改造老旧小区要几个", "40个", "36个"),
    ],
)
def test_colloquial_target_verbs_ask_the_target(district_ctx, question: str, target: str, actual: str):
    ans = ask(district_ctx, question, today=TODAY)
    assert ans.intent == "target", ans.answer
    assert target in flat(ans.answer) and actual not in flat(ans.answer), ans.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("本区去年粮食总产量多少", "6.85万吨"),
        ("全区去年改造老旧小区多少个", "36个"),
        ("外贸这块今年进出口总额要增长多少", "6%左右"),
        ("就业那边今年城镇新增就业多少人", "9000人"),
        ("投资这块今年区级重点项目多少个", "120个"),
    ],
)
def test_district_self_words_and_pointing_words_are_no_subject(district_ctx, question: str, figure: str):
    ans = ask(district_ctx, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert figure in flat(ans.answer), ans.answer
