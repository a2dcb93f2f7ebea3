"""One reader of "a figure in the question's subject must stand in the sentence" (session 11
s11a): `answers.thresholds` serves the rules (`answers.report_facts`, which read the topic), the
coverage reader and the dense model's proposals, all by value (2000万 = 0.2亿 = 2000万元). The
earlier readers (plain_words.figures_held, dense_answer._QUALIFIER) compared strings, so a bound
typed in another magnitude was refused though the report states it."""
from __future__ import annotations

import importlib

import pytest

from answers.ask import ask
from answers.thresholds import threshold_missing, thresholds
from core.context import Context
from tests.support.answer_sets import flat


@pytest.mark.parametrize("question, want", [
    ("赣州2023年引进投资0.2亿元以上项目多少个", "400个"),
    ("赣州2023年引进投资0.5亿元以上农产品深加工项目多少个", "15个"),
    ("赣州2023年引进投资两千万以上的项目多少个", "400个"),
    ("赣州2023年引进投资逾2000万元项目有哪些", "400个"),
])
def test_a_bound_in_another_magnitude_is_the_same_bound(asked_corpus: Context, question: str, want: str) -> None:
    ans = ask(asked_corpus, question)
    assert ans.intent != "none" and want in flat(ans.answer), ans.answer


def test_another_bound_is_still_no_answer(asked_corpus: Context) -> None:
    ans = ask(asked_corpus, "赣州2023年引进投资3000万以上的项目多少个")
    assert ans.intent == "none", ans.answer


@pytest.mark.parametrize("question, sentence, missing", [
    ("投资2000万以上的项目有哪些", "引进投资超2000万元项目400个", False),   # no 多少: a money bound still qualifies
    ("投资2000万以上的项目有哪些", "引进投资超5000万元项目15个", True),
    ("逾5亿元的企业多少家", "营收超5亿元企业6家", False),
    ("逾5亿元的企业多少家", "营收超10亿元企业3家", True),
])
def test_a_money_bound_is_read_by_value(question: str, sentence: str, missing: bool) -> None:
    assert threshold_missing(question, sentence) is missing


def test_the_dense_reading_wants_every_figure_typed() -> None:
    assert thresholds("15分钟健身圈建了多少个", every=True) == [15.0]
    assert thresholds("15分钟健身圈建了多少个") == []
    assert threshold_missing("投资两千万以上的项目多少个", "引进投资超0.2亿元项目400个", every=True) is False
    assert threshold_missing("2022年5G基站多少个", "累计开通5G基站6万多个", every=True) is False


def test_one_reader_is_left() -> None:
    assert not hasattr(importlib.import_module("answers.plain_words"), "figures_held")
    assert not hasattr(importlib.import_module("answers.dense_answer"), "_QUALIFIER")
