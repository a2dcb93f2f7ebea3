"""A target and last year's result compared in ONE clause, the two sides on either side of 比
("24年全省GDP目标比23年实际高还是低", "…目标 比23年实际是高是低"): both figures labelled and the
verdict (answers/comparison.py). Rounds 29a (r29a-017, r29a-019); own variants over an invented
city's report written here (other city, other indicators, other wordings); each failed before
the one-clause form and the 是高是低 tail were read."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.comparison import compared
from tests.support.answer_sets import assert_holds, report_context

TODAY = dt.date(2025, 5, 20)

REPORT = """岚川市2025年政府工作报告

一、2024年工作回顾

过去一年，全市地区生产总值增长5.8%，一般公共预算收入增长3.5%，城镇新增就业4.2万人，粮食总产量达到18.6亿斤。

二、2025年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长3.5%，城镇新增就业4万人以上，粮食总产量稳定在19.0亿斤以上。
"""


@pytest.fixture(scope="module")
def lanchuan(tmp_path_factory: pytest.TempPathFactory):
    c = report_context(tmp_path_factory.mktemp("one_clause_cmp"), REPORT, "岚川市2025年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("text, sides", [
    ("岚川25年GDP增速目标比24年实际高还是低", ("岚川25年GDP增速目标", "24年实际")),
    ("今年城镇新增就业目标比去年实际是多是少", ("今年城镇新增就业目标", "去年实际")),
])
def test_the_two_sides_of_one_clause(text: str, sides: tuple[str, str]) -> None:
    cmp = compared(text)
    assert cmp is not None and cmp.relation == "order"
    assert cmp.sides == sides


@pytest.mark.parametrize("question, words", [
    # growth target above last year's growth, typed with 高还是低
    ("岚川25年GDP增速目标比24年实际高还是低", ("6%左右", "5.8%", "高于")),
    # a count, 是多是少, years said relative to today
    ("岚川今年城镇新增就业目标比去年实际是多是少", ("4万人以上", "4.2万人", "低于")),
    # a total in 亿斤, spaced like a phone message, 是高是低
    ("岚川2025年粮食总产量目标 比2024年实际是高是低", ("19.0亿斤以上", "18.6亿斤", "高于")),
    # the same figure both years: 持平
    ("岚川市今年一般公共预算收入增长目标比上年实际高了还是低了", ("3.5%", "持平")),
])
def test_target_against_last_years_result_in_one_clause(lanchuan, question: str, words: tuple[str, ...]) -> None:
    ans = ask(lanchuan, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert_holds(ans.answer, *words)
    assert ans.answer.count("对比：") == 1, ans.answer
    assert "2025年目标" in ans.answer and "2024年" in ans.answer  # each figure labelled


def test_a_side_the_documents_lack_gets_no_verdict(lanchuan) -> None:
    """Only the target is written: no comparison line is made up."""
    ans = ask(lanchuan, "岚川今年新建5G基站目标比去年实际多还是少", today=TODAY)
    assert "对比：" not in ans.answer
