"""省 alone as a question's first word, its year next, is the home province
(answers/regions.py `_HOME_LEAD`): "省23年政府工作报告GDP增长目标定的多少" was answered with
赣州市's 2023 target (round 33a r33a-057; the sample corpus has no province report for 2023),
"省24年…" with the province's and 南昌's side by side. Own variants over the sample corpus
(other indicators, other years, other wordings)."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat

TODAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize("question", [
    "省23年固定资产投资增长目标定的多少",
    "问一下省2023年社会消费品零售总额增长目标",
])
def test_no_city_answers_for_the_province(asked_corpus, question: str) -> None:
    ans = ask(asked_corpus, question, today=TODAY)
    assert ans.intent == "none", ans.answer
    assert "赣州" not in ans.answer


@pytest.mark.parametrize("question, wanted", [
    ("省24年规上工业增加值增长目标", "6.5%"),
    ("省24年GDP增长目标定的多少", "5%左右"),
])
def test_the_province_answers_alone(asked_corpus, question: str, wanted: str) -> None:
    ans = ask(asked_corpus, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert "江西省" in ans.answer and wanted in flat(ans.answer)
    assert "南昌市" not in ans.answer
