"""Class: one detail of a 名词解释 entry asked as a fact ("…班列从哪发车？走哪个口岸出境"): the
entry answers when nothing else did and it holds the words asked (answers.glossary_details).
Before: the review's sentences only use the name, and the answer was "not found". Invented."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2026, 3, 1)
REPORT = """沐阳市2026年政府工作报告
一、2025年工作回顾
开放通道加快建设，“沐欧快线”全年开行320列，增长18%。
二、2026年工作安排
（一）扩大高水平开放。推动“沐欧快线”扩线增班，全年开行350列以上。
名词解释
1.沐欧快线：从沐阳国际陆港始发，经阿拉山口口岸出境，通达中亚和欧洲的中欧班列线路品牌。
2.银发驿站：在社区设立的为老年人提供助餐、助浴、日间照料的综合服务点。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    c = report_context(tmp_path_factory.mktemp("glossary_details"), REPORT, "沐阳市2026年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    ("沐欧快线从哪发车？走哪个口岸出境", ["沐阳国际陆港", "阿拉山口"]),
    ("银发驿站都提供哪些服务", ["助餐", "日间照料"]),
])
def test_a_detail_of_an_entry_is_answered_by_the_entry(ctx, question: str, wanted: list[str]) -> None:
    ans = ask(ctx, question, today=TODAY)
    assert ans.intent != "none" and all(w in flat(ans.answer) for w in wanted), ans.answer


def test_a_figure_the_entry_does_not_hold_is_still_the_reports(ctx) -> None:
    ans = ask(ctx, "沐欧快线今年要开行多少列", today=TODAY)
    assert "350列" in flat(ans.answer), ans.answer


def test_a_detail_no_entry_holds_is_left_not_found(ctx) -> None:
    # the entry of 沐欧快线 says nothing of who runs it: the not-found answer stands
    from answers.compose import Answer
    from answers.glossary_details import glossary_detail_checked

    none = Answer("文件中没有找到", "none")
    assert glossary_detail_checked(ctx, "沐欧快线的运营公司叫什么", None, none) is none
    assert glossary_detail_checked(ctx, "沐欧快线走哪个口岸出境", None, none).intent == "fact"
