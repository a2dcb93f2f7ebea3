"""What the province requires of a city, asked of the city ("对X有要求没", round 33b), comes back
from the province's report labelled as the province's; the city's own figure, when its report has
one, is still the answer; the city's own target asked and not set by the city stays not found
(rounds 33a/33b: the province's figure is no answer to "赣州24年GDP增长目标")."""
from __future__ import annotations

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat


@pytest.mark.parametrize("question,figure", [
    ("我们南昌这边24年对乡镇商贸中心覆盖率有要求没", "80%以上"),
    ("南昌这边24年对城镇调查失业率有啥要求", "5.5%左右"),
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


@pytest.mark.parametrize("question", ["南昌24年城镇新增就业目标定了多少", "赣州24年GDP增长目标多少"])
def test_the_city_own_target_asked_is_not_the_province_figure(asked_corpus, question):
    answer = ask(asked_corpus, question)
    assert answer.intent == "none" and "江西省" not in answer.answer, answer.answer
