""""经开区去年营收破千亿没 具体多少": a threshold asked yes-or-no beside the figure is no word of
the subject (answers.question's fillers), and 经开区 is the reports' 经济开发区 (core.synonyms_data).
Round 25b; own variants over tests/data/district."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.question import parse_question
from tests.support.answer_sets import flat

TODAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("question", "figure", "other"),
    [
        ("经开区去年营收破三百亿没 具体多少", "305亿元", "512亿元"),
        ("经开区去年营收多少", "305亿元", "512亿元"),
        ("高新区去年营收过五百亿了吗 具体多少", "512亿元", "305亿元"),
        ("外贸进出口总额去年破60亿没 具体多少", "68.4亿元", None),
    ],
)
def test_threshold_asked_beside_the_figure(district_ctx, question: str, figure: str, other: str | None):
    ans = ask(district_ctx, question, today=TODAY)
    assert ans.intent == "fact", ans.answer
    assert figure in flat(ans.answer), ans.answer
    if other:
        assert other not in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question", ["去年GDP过500亿没 具体多少", "接待游客突破700万了吗 多少人次", "营收破千亿没"])
def test_the_threshold_is_no_subject_word(question: str):
    topic = parse_question(question).topic
    assert not any(w in topic for w in ("破", "过", "突破", "没", "500", "700", "千亿")), topic
