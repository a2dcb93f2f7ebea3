"""Asks of batch 70's read sets (70b, 70d, 70f, 70h), written by outsiders and read after their
first run: what the asker has already or compares with, said after the ask ("想跟江西对比下",
"全省的我已经有了"); the subject said after the ask with a product's name in it ("多少个来着 22年那个
5g基站"); a sentence naming a term before its ask ("…发展四首经济 四首指哪四个"); 研发投入 for R&D."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.padding import drop_padding
from answers.trailing_asides import trailing_aside

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize("question, kept", [
    ("湖南省24年gdp目标多少 想跟江西对比下", "湖南省24年gdp目标多少"),
    ("南昌23年空气优良率多少 全省的我已经有了", "南昌23年空气优良率多少"),
])
def test_what_the_asker_has_or_compares_with_is_no_word_of_the_ask(question, kept):
    assert drop_padding(question) == kept


def test_a_products_name_after_the_ask_is_the_subject_not_a_premise():
    assert trailing_aside("22年那个5g基站", "", "计划新增多少个来着") is None
    assert trailing_aside("22年是5%", "", "目标定的多少") is not None


@pytest.mark.parametrize("question, wanted", [
    ("计划新增多少个来着 22年那个5g基站", ["1万个以上"]),
    ("南昌报告里讲的发展四首经济 四首指哪四个", ["区域首店", "新品首发"]),
    ("研发投入占ＧＤＰ比重 24年省里目标是不是2％", ["1.9%以上"]),
])
def test_asks_of_the_sample_corpus_typed_by_outsiders(asked_corpus, question, wanted):
    text = "".join(ask(asked_corpus, question, today=TODAY).answer.split())
    assert all(w in text for w in wanted), text
