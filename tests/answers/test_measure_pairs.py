"""Two measures of one indicator in one ask, and each member of a pair a report states with 分别:
"22年社零 增速目标和总量目标分别是多少" is two asks, its rate and its total, and a total is never
answered by a rate (answers/measure_pairs.py, answers/answerability.py); "低保标准去年提到多少了
城市农村各多少" gives each member its figure from the 分别 clause (answers/each_member.py), the
subject typed first read in a clause that puts a modifier inside it (answers/lead_words.py).
Rounds 31d (r31d-003) and 31b (r31b-031); own variants over an invented city's report written
here (other indicators, other wordings); each failed before."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.each_member import members_asked
from answers.lead_words import stands_split
from answers.measure_pairs import measures_asked
from tests.support.answer_sets import assert_holds, flat, report_context

TODAY = dt.date(2025, 5, 6)

REPORT = """临泽市2025年政府工作报告

一、2024年工作回顾

过去一年，全市地区生产总值增长5.4%。研发经费投入强度达到2.1%。全社会研发经费投入总量达到58亿元，创历史新高。
城镇、农村新建改建公厕分别达到120座、860座。城乡特困供养平均标准分别提高到每人每月980元、760元。

二、2025年工作安排

今年主要预期目标是：地区生产总值增长6%左右，社会消费品零售总额增长7%左右，数字经济核心产业增加值增长15%，外贸进出口增长5%。
（一）壮大数字经济。数字经济核心产业增加值突破900亿元。
（二）扩大高水平开放。外贸进出口总额达到320亿元规模。
"""


@pytest.fixture(scope="module")
def linze(tmp_path_factory: pytest.TempPathFactory):
    c = report_context(tmp_path_factory.mktemp("measure_pairs"), REPORT, "临泽市2025年政府工作报告.txt")
    yield c
    c.close()


def test_two_measures_read_as_two_asks() -> None:
    assert measures_asked("临泽今年外贸进出口增长目标和规模目标分别多少") == [
        "临泽今年外贸进出口增长目标多少", "临泽今年外贸进出口规模目标多少"]
    assert measures_asked("研发投入总量、强度分别是多少") == ["研发投入总量多少", "研发投入强度多少"]
    assert measures_asked("南昌和赣州的GDP增速分别是多少") == []  # two regions, one measure
    # the second measure asked alone after the first one's ask (round 42d)
    assert measures_asked("去年全州GDP总量多少，增速多少") == ["去年全州GDP总量多少", "去年全州GDP增速多少"]
    assert measures_asked("研发经费投入总量多少 强度呢") == ["研发经费投入总量多少", "研发经费投入强度多少"]


@pytest.mark.parametrize("question, words", [
    # the rate among the targets, the total in a section, the kind said once
    ("临泽25年数字经济核心产业增加值 增速和总量目标各是多少", ("增长15%", "突破900亿元")),
    # 规模 for the total, each measure with its own kind word
    ("临泽今年外贸进出口增长目标和规模目标分别多少", ("增长5%", "320亿元")),
    # results of last year, the measures joined by 、
    ("临泽去年研发经费投入总量、强度分别是多少", ("58亿元", "2.1%")),
    ("临泽去年研发经费投入总量多少，强度多少", ("58亿元", "2.1%")),
])
def test_each_measure_of_one_indicator(linze, question: str, words: tuple[str, ...]) -> None:
    ans = ask(linze, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert_holds(ans.answer, *words)


def test_a_total_is_never_answered_by_its_rate(linze) -> None:
    """Only the growth of 社零 is written: its total asked is not found, never "增长7%"."""
    ans = ask(linze, "临泽今年社零总量目标是多少", today=TODAY)
    assert "7%" not in flat(ans.answer)


@pytest.mark.parametrize("question, pairs", [
    # 城镇/乡村 typed with no joiner, the clause listing 城镇、农村
    ("去年临泽新建改建公厕多少座 城镇乡村各多少", "城镇120座，乡村860座"),
    # 城市/农村 joined by 和, the clause writing 城乡
    ("临泽去年城乡特困供养标准提到多少了 城市和农村分别是多少", "城市980元，农村760元"),
])
def test_each_member_gets_its_figure(linze, question: str, pairs: str) -> None:
    ans = ask(linze, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert_holds(ans.answer, pairs)
    assert "没有找到" not in ans.answer


def test_members_the_clause_does_not_state_get_no_figure(linze) -> None:
    ans = ask(linze, "临泽去年城乡特困供养标准提到多少了 男性女性各多少", today=TODAY)
    assert "男性980元" not in flat(ans.answer)


def test_the_subject_typed_first_with_a_modifier_inside() -> None:
    assert members_asked("城市农村各多少") == ["城市", "农村"]
    assert members_asked("南昌赣州各多少") == []
    assert stands_split("供养标准", "城乡特困供养平均标准分别提高到")
    assert not stands_split("瑞金", "瑞X金")  # a short word stands only as typed
    assert not stands_split("供养标准", "供养人员救助工作标准")  # more than two characters inside


def test_subject_first_read_across_its_modifier(linze) -> None:
    ans = ask(linze, "供养标准去年提到多少了", today=TODAY)
    assert_holds(ans.answer, "980元", "760元")
