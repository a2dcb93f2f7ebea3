"""A figure a city's report does not set, its province's report of the year does: asked of the
city, the province's answer comes back labelled as the province's (a district official reading
the higher levels, round 33b), never as the city's own number; the city's own figure, when its
report has one, is still the answer."""
from __future__ import annotations

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat


@pytest.mark.parametrize("question,figure", [
    ("我们南昌这边24年对乡镇商贸中心覆盖率有要求没", "80%以上"),
    ("南昌24年城镇调查失业率控制在多少", "5.5%左右"),
])
def test_the_province_sets_what_the_city_report_does_not(asked_corpus, question, figure):
    answer = flat(ask(asked_corpus, question).answer)
    assert figure in answer and "南昌市的报告中没有找到" in answer and "江西省" in answer, answer


def test_the_city_figure_wins_when_its_report_has_one(asked_corpus):
    answer = flat(ask(asked_corpus, "南昌24年GDP增长目标").answer)
    assert "5.0%左右" in answer and "没有找到" not in answer, answer


def test_a_thing_neither_report_holds_stays_not_found(asked_corpus):
    answer = ask(asked_corpus, "南昌24年火星基地建几个")
    assert answer.intent == "none"
