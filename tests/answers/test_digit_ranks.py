"""A rank printed in digits, asked of a rate ("GDP增速在全省排第几" with "增速居全省第2位"): the
rate word names the indicator ranked, the answer is its rank (answers.answerability.asked_class
admits 位/名 when a rank is asked). Before, the rate word asked a percentage, so "第2位" was set
aside as a figure of another class and the question was "not found" (round 26b; the ranks in
words, "第三位", were never read as figures and passed). A rank of another indicator never answers."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.answerability import asked_class
from core.context import Context
from tests.support.answer_sets import flat, report_context

REPORT = """政府工作报告
——2025年1月15日在柳岸县第十六届人民代表大会第五次会议上
各位代表：
一、2024年工作回顾
经济运行稳中有进。全年实现地区生产总值512.3亿元，增长6.4%，增速居全市第3位。规模以上工业增加值增长9.1%，增速排名全市第1名。社会消费品零售总额186.5亿元，增长7.8%，增幅位列全省县域第12位。一般公共预算收入32.6亿元，增长5.2%。
二、2025年工作安排
全县地区生产总值增长6%左右。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = report_context(tmp_path_factory.mktemp("digit_ranks"), REPORT)
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("去年GDP增速在全市排第几", "第3位"),
    ("规上工业增加值增速在全市排名第几", "第1名"),
    ("社会消费品零售总额增幅在全省排第几", "第12位"),
    ("我县去年地区生产总值增速在全市位居第几", "第3位"),
])
def test_a_rank_in_digits_answers_a_rate_ranked(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer.splitlines()[0]), ans.answer


def test_no_other_rank_answers(ctx: Context) -> None:
    ans = ask(ctx, "一般公共预算收入增速在全市排第几")
    assert not any(r in flat(ans.answer) for r in ("第3位", "第1名", "第12位")), ans.answer


def test_the_rank_units_join_the_rate() -> None:
    assert {"位", "名", "%"} <= set(asked_class("GDP增速在全省排第几"))
    assert "位" not in asked_class("GDP增速是多少")
