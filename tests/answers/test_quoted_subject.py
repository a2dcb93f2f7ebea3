"""A subject typed first that the document prints with quotation marks inside it ("三公经费"
for "“三公”经费", "瞪羚企业" for "“瞪羚”企业") is the same subject (round 25b's "三公经费去年降了
多少" was refused). Own variants over the sample corpus and tests/data/district."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.report_facts import unquoted
from tests.support.answer_sets import flat

TODAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("question", "figure"),
    [("三公经费23年压减了多少", "6.8%"), ("瞪羚企业22年入选多少家", "21家")],
)
def test_quoted_subject_in_the_sample_reports(asked_corpus, question: str, figure: str):
    ans = ask(asked_corpus, question, today=TODAY)
    assert ans.intent == "fact", ans.answer
    assert figure in flat(ans.answer), ans.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [("三公经费去年降了多少", "6.4%"), ("双创基地去年新认定几个", "5个")],
)
def test_quoted_subject_in_a_district_report(district_ctx, question: str, figure: str):
    ans = ask(district_ctx, question, today=TODAY)
    assert ans.intent == "fact", ans.answer
    assert figure in flat(ans.answer), ans.answer


def test_unquoted():
    assert unquoted("“三公”经费下降8.2%") == "三公经费下降8.2%"
