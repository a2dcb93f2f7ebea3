"""A stage or an indicator asked that the documents do not state is "not found", with what they
do state labelled as such, never answered by another stage or another indicator: "X什么时候通航"
not by "推进X前期工作" (answers/milestone_asks.py), "X今年要干到什么程度" not by last year's review
(answers/stage_asks.py), "外资增长目标" not by "省外…项目资金" (answers/core_words.py). Rounds
31b (r31b-060), 31c (r31c-055), 29c (r29c-059), 29d (r29d-059); own variants over an invented
county's report written here (other projects, other wordings); each failed before."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.milestone_asks import milestone_asked
from tests.support.answer_sets import assert_holds, flat, report_context

TODAY = dt.date(2025, 6, 3)

REPORT = """枫川县2025年政府工作报告

一、2024年工作回顾

过去一年，全县实际使用外资2.1亿美元。城南体育公园一期建成开放，白鹭湖湿地修复完成主体工程。

二、2025年工作安排

今年主要预期目标：地区生产总值增长6%左右，实际利用市外资金增长10%以上。
（一）扩大有效投资。开工建设县高铁站综合枢纽，推进白沙湾码头前期工作，谋划城西污水处理厂扩建项目。
"""


@pytest.fixture(scope="module")
def fengchuan(tmp_path_factory: pytest.TempPathFactory):
    c = report_context(tmp_path_factory.mktemp("stage_not_stated"), REPORT, "枫川县2025年政府工作报告.txt")
    yield c
    c.close()


def test_the_milestone_asked() -> None:
    assert milestone_asked("白沙湾码头什么时候建成") == ("白沙湾码头", "建成")
    assert milestone_asked("城西污水处理厂扩建今年能投用吗") == ("城西污水处理厂扩建", "投用")
    assert milestone_asked("今年GDP增长多少") is None
    assert milestone_asked("城南体育公园建成了没") is None  # progress: the registry's records answer


@pytest.mark.parametrize("question, stated", [
    # a time asked, only preliminary work written
    ("白沙湾码头什么时候建成", "推进白沙湾码头前期工作"),
    # a yes-or-no for this year, only planning written
    ("城西污水处理厂扩建今年能投用吗", "谋划城西污水处理厂扩建项目"),
    # asked in another word for opening, 啥时候
    ("白沙湾码头啥时候能通航", "推进白沙湾码头前期工作"),
])
def test_a_milestone_not_written_is_not_found(fengchuan, question: str, stated: str) -> None:
    ans = ask(fengchuan, question, today=TODAY)
    assert ans.intent == "none", ans.answer
    assert "没有" in ans.answer
    assert stated in flat(ans.answer)  # what the report does say, labelled


def test_a_milestone_written_is_answered(fengchuan) -> None:
    ans = ask(fengchuan, "县高铁站综合枢纽今年开工吗", today=TODAY)
    assert ans.intent != "none", ans.answer
    assert_holds(ans.answer, "开工建设县高铁站综合枢纽")


def test_a_stage_only_the_review_states_is_not_this_years(fengchuan) -> None:
    ans = ask(fengchuan, "白鹭湖湿地修复今年要干到什么程度", today=TODAY)
    assert ans.intent == "none", ans.answer
    assert_holds(ans.answer, "完成主体工程", "上一年")


def test_foreign_capital_is_never_other_regions_money(fengchuan) -> None:
    ans = ask(fengchuan, "枫川今年外资增长目标多少", today=TODAY)
    assert "10%" not in flat(ans.answer)
    ans = ask(fengchuan, "枫川去年外资多少", today=TODAY)
    assert_holds(ans.answer, "2.1亿美元")
