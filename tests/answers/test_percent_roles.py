"""A percentage asked as a rise is not answered by a share, nor a share by a rise
(answers/percent_roles.py): both carry "%", so the unit class alone let them through."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.percent_roles import percent_role_contrasted
from core.context import Context
from tests.support.answer_sets import flat


@pytest.mark.parametrize("question, clause, other", [
    ("2021年地区生产总值增长目标多少", "数字经济增加值占GDP比重38%左右", "占比"),
    ("工业投资增速多少", "工业投资占固定资产投资比重提高到40%以上", "占比"),
    ("标准地供地比例不低于多少", "力争开发区亩均工业增加值增长10%左右", "增长"),
    ("民间投资占比多少", "民间投资增长8%", "增长"),
])
def test_the_other_role_is_named(question: str, clause: str, other: str) -> None:
    assert percent_role_contrasted(question, clause) == other


@pytest.mark.parametrize("question, clause", [
    ("地区生产总值增长目标", "地区生产总值增长5%左右"),
    ("物价涨幅目标多少", "居民消费价格指数控制在3%左右"),  # a level said neutrally answers either
    ("研发经费占比多少", "R&D经费支出占GDP比重提高到2%"),
    ("城镇化率提高多少", "常住人口城镇化率达到63%"),  # neither role asked alone: no contrast
    ("森林覆盖率占比多少", "森林覆盖率提高到63.1%"),  # a rate (率) is a level, not a rise
])
def test_agreeing_or_neutral_roles_answer(question: str, clause: str) -> None:
    assert percent_role_contrasted(question, clause) == ""


@pytest.fixture(scope="module")
def asked(asked_corpus: Context) -> Context:
    return asked_corpus


def test_a_growth_target_is_not_answered_by_a_share(asked: Context) -> None:
    ans = ask(asked, "江西2021年地区生产总值增长目标多少")
    assert "38%" not in flat(ans.answer), ans.answer


def test_a_share_is_not_answered_by_a_growth(asked: Context) -> None:
    ans = ask(asked, "省级以上开发区新增工业用地标准地供地比例不低于多少")
    assert "10%" not in flat(ans.answer) and ans.intent == "none", ans.answer


def test_a_growth_target_still_answers(asked: Context) -> None:
    ans = ask(asked, "2024年江西GDP增长目标")
    assert "5%左右" in flat(ans.answer), ans.answer
