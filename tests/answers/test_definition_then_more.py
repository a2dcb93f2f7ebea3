"""A definition asked, then its members or a figure of it in the same breath ("X是个啥 三年要
引多少人", "X是个啥1 6 8 8各指什么"): the definition answers (answers.definition_parts), with a
figure it does not state added when the term's own question finds one. Round 25a/25b; own
variants over the sample corpus's and tests/data/district's 名词解释."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.definition_parts import definition_parts
from tests.support.answer_sets import flat

TODAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("南昌报告里1688工程是个啥1 6 8 8各指什么", ("“1688工程”指", "六大网络", "八大交通")),
        ("碳达峰七大行动是个啥都有哪几个", ("“碳达峰七大行动”指", "固碳增汇")),
    ],
)
def test_definition_with_members_in_the_sample_reports(asked_corpus, question: str, words: tuple[str, ...]):
    ans = ask(asked_corpus, question, today=TODAY)
    assert ans.intent == "fact", ans.answer
    for w in words:
        assert w in flat(ans.answer), ans.answer


@pytest.mark.parametrize(
    "question", ["岚英计划是个啥 三年要引多少人", "岚英计划是什么意思高层次人才和大学生各引多少"],
)
def test_definition_with_a_figure_in_a_district_report(district_ctx, question: str):
    ans = ask(district_ctx, question, today=TODAY)
    assert ans.intent == "fact", ans.answer
    for w in ("“岚英计划”指", "400名", "2万名"):
        assert w in flat(ans.answer), ans.answer


def test_reading_the_two_asks():
    parts = definition_parts("X计划是个啥 三年要引多少人")
    assert parts is not None and parts.definition == "X计划是什么意思" and parts.figure == "X计划三年要引多少人"
    assert definition_parts("X工程是个啥1 2各指什么").figure is None
    assert definition_parts("X工程是什么意思") is None
    assert definition_parts("X中心是什么时候开工 谁牵头") is None  # 什么时候 asks a date
    assert definition_parts("X是啥单位牵头 投资多少") is None
    # how often / by whom (round 61a): the entry answers, nothing else is asked of the term
    parts = definition_parts("X面对面是个啥 多久搞一次")
    assert parts is not None and parts.definition == "X面对面是什么意思" and parts.figure is None
