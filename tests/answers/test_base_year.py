"""A year before any report's review year (answers.base_year): a later report's summary prints
its figure in passing ("地区生产总值由2020年的212.4亿元增加到2024年的268.9亿元"); that figure
answers, labelled with the asked year. A year no sentence prints a figure for stays "not found"
(never a later year's figure). Found by outsider round 25c ("2020年我市GDP多少" refused)."""
from __future__ import annotations


import pytest

from answers.ask import ask
from core.context import Context
from tests.answers.test_year_spans import REPORT
from tests.support.answer_sets import flat, report_context


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = report_context(tmp_path_factory.mktemp("base_year"), REPORT)
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("2020年我市GDP多少", "212.4亿元"),
    ("2020年地区生产总值是多少亿元", "212.4亿元"),
    ("20年高新技术企业有几家", "31家"),
    ("2020年规上工业企业多少户", "142户"),
])
def test_a_base_year_figure_printed_in_passing_answers(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    first = flat(ans.answer.splitlines()[0])
    assert ans.intent != "none" and want in first and first.startswith("松林县2020年"), ans.answer


@pytest.mark.parametrize("question", [
    "2021年GDP多少",  # only 2020 and 2024 are printed
    "2019年GDP多少",
    "2020年老旧小区改了几个",  # the summary gives the four years' sum, no 2020 figure
    "2020年GDP目标多少",  # a figure printed in passing is no target
])
def test_a_year_no_sentence_prints_stays_not_found(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "none", ans.answer
    assert "2024年的268.9" not in flat(ans.answer), ans.answer
