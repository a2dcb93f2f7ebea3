"""A figure printed in the clause after the one that names its subject: "开通…海铁联运班列，全年
发运286列" (round 24b). A clause of a time word, at most a verb, and a figure has no subject of
its own (answers.evidence.subjectless) and speaks of the clause before; a clause naming its own,
other subject never borrows it. The county report of tests/data/figures_county."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.evidence import subjectless
from core.context import Context
from tests.answers.test_figure_units import county_context
from tests.support.answer_sets import flat


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = county_context(tmp_path_factory, "subjectless")
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("去年海铁联运班列发运了多少列", "152列"),
    ("货运专线去年发运多少车", "1.8万"),
    ("东山抽蓄电站去年发电量多少", "4.6亿千瓦时"),
    ("抽水蓄能电站首台机组去年发电量多少", "4.6亿千瓦时"),
])
def test_the_figure_after_its_subject_answers(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer.splitlines()[0]), ans.answer


@pytest.mark.parametrize("clause, bare", [
    ("全年发运286列", True),
    ("年内开行312列", True),
    ("全年实现地区生产总值512.6亿元", False),  # names its own indicator
    ("全年旅客吞吐量2036万人次", False),
])
def test_a_time_word_and_a_verb_are_no_subject(clause: str, bare: bool) -> None:
    assert subjectless(clause) is bare


@pytest.mark.parametrize("question, wrong", [
    ("公交枢纽站去年发电多少千瓦时", "4.6亿"),
    ("海铁联运班列去年集装箱吞吐量多少标箱", "152列"),
])
def test_another_subjects_figure_is_not_borrowed(ctx: Context, question: str, wrong: str) -> None:
    ans = ask(ctx, question)
    assert wrong not in flat(ans.answer), ans.answer
