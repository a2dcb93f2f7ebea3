"""A year re-said at the end of a run-on message ("去年那个X完成没有我说的是二一年省里定的那个X",
"…我指的是22年") replaces the year said before it; the item named again is dropped but for the
scope it adds (answers.corrections.restated_year). Round 25a; own variants over the sample corpus."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.corrections import restated_year
from tests.support.answer_sets import flat

TODAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("question", "words", "not_words"),
    [
        ("今年省里GDP增长目标多少我是说22年的", ("江西省2022年", "7%以上"), ("2024年",)),
        ("今年省里城镇新增就业目标多少我是说22年的", ("江西省2022年", "40万人"), ("41万人",)),
        ("今年省里规上工业增加值增长目标多少我说的是二二年的", ("江西省2022年", "8%以上"), ("6.5%",)),
        ("去年那个民生实事完成没有我说的是二一年省里年初定的那51件", ("2021年", "51件民生实事全部兑现"), ("10件",)),
    ],
)
def test_restated_year_is_the_year_asked(asked_corpus, question: str, words: tuple[str, ...], not_words: tuple[str, ...]):
    ans = ask(asked_corpus, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    for w in words:
        assert w in flat(ans.answer), ans.answer
    for w in not_words:
        assert w not in flat(ans.answer), ans.answer


def test_restated_year_reading():
    assert restated_year("去年X完成没有我说的是21年省里定的X") == "省里21年X完成没有"
    assert restated_year("X多少我说的是21年") == "X多少我说的是21年"  # no year before: nothing to replace
