"""A clause that asks only which unit the figure asked is in ("…多少 单位是亿元还是万元",
"…单位是什么", "…是万元还是亿元"): the answer prints the figure with its unit, and the clause's
words are no words of the subject (answers.unit_asks, read by answers.side_requests; round 26d
searched "单位 亿元还 万元"). The sample corpus."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.unit_asks import asks_only_the_unit
from core.context import Context
from tests.support.answer_sets import flat

pytestmark = pytest.mark.corpus


@pytest.mark.parametrize("question, want", [
    ("南昌23年省企入昌签约金额多少 单位是亿元还是万元", "935.04亿元"),
    ("南昌23年省企入昌签约金额多少 单位是什么", "935.04亿元"),
    ("24年全省新改建农村公路多少 计量单位是公里还是千米", "3000公里"),
    ("南昌23年签约重大项目协议投资总额多少 单位是亿元还是万元", "2839.09亿元"),
    ("南昌23年签约重大项目协议投资总额多少 是亿元还是万元", "2839.09亿元"),
    ("赣州23年新增城镇就业目标多少，单位是万人还是人？", "6万人"),
])
def test_the_unit_asked_is_no_word_of_the_subject(asked_corpus: Context, question: str, want: str) -> None:
    ans = ask(asked_corpus, question)
    assert ans.intent in ("target", "fact") and want in flat(ans.answer.splitlines()[0]), ans.answer
    assert "单位" not in ans.answer.splitlines()[0], ans.answer


@pytest.mark.parametrize("clause", ["南昌还是赣州", "是累计还是新增", "单位是哪个处室", "牵头单位是谁"])
def test_other_choices_are_no_unit_asked(clause: str) -> None:
    assert not asks_only_the_unit(clause)
