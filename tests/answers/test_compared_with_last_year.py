"""A target, then "跟去年比咋样" / "21年实际减了多少" as the second part: the second carries the
first's measure and asks the year before's actual — both are answered, with the comparison
line (answers/comparison.py: a 比 side then 咋样/怎么样/如何; an anaphor "这个" before it is
the clause before; the year before said alone is what was done; answers/multipart.py: 减了/省了
asks the amount cut). Rounds 35b r35b-045/046/048/050; own variants over an invented city's
report (other indicators, other wordings)."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2025, 6, 1)

REPORT = """柏川市2025年政府工作报告

一、2024年工作回顾

全市地区生产总值增长5.6%，社会消费品零售总额增长4.8%，城镇新增就业3.1万人。
落实结构性减税降费政策，全年为经营主体减负26.5亿元。

二、2025年主要目标和重点工作

主要预期目标是：地区生产总值增长6%左右，社会消费品零售总额增长6.5%左右，城镇新增就业3.3万人以上。
持续优化营商环境，力争全年为经营主体减负30亿元。
"""


@pytest.fixture(scope="module")
def baichuan(tmp_path_factory: pytest.TempPathFactory):
    c = report_context(tmp_path_factory.mktemp("compared_last_year"), REPORT, "柏川市2025年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question, target, actual", [
    ("25年柏川GDP增长目标定多少 这个跟去年比咋样", "6%左右", "5.6%"),
    ("柏川今年社会消费品零售总额增长目标多少 跟上年比怎么样", "6.5%左右", "4.8%"),
    ("25年柏川城镇新增就业目标多少 跟24年实际比如何", "3.3万人", "3.1万人"),
    ("柏川25年为经营主体减负目标多少 24年实际减了多少", "30亿元", "26.5亿元"),
])
def test_target_and_the_year_befores_actual(baichuan, question: str, target: str, actual: str) -> None:
    ans = ask(baichuan, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    text = flat(ans.answer)
    assert target in text and actual in text, ans.answer
