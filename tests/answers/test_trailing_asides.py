"""What a question says after its ask that asks nothing (answers.trailing_asides, read by
answers.side_requests): a premise of another year ("…目标定的多少？22年是5%") is context, not a
second ask to "confirm" from that year's report; a negation ("…多少 不是实际产量") sets a scope
aside instead of adding "不 产量" to the subject; what the asker already knows ("…要稳在多少？
省里430亿斤那个我知道") sets that scope aside instead of choosing it (outsider rounds 24a, 24c).
The sample corpus."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.side_requests import read_side_requests
from answers.trailing_asides import trailing_aside
from core.context import Context
from tests.support.answer_sets import flat

pytestmark = pytest.mark.corpus


@pytest.mark.parametrize("question, want", [
    ("全省24年地区生产总值增长目标定的多少？22年是7%", "5%左右"),
    ("省里2024年规模以上工业增加值增长目标多少？2022年是8%", "6.5%左右"),
    ("全省24年居民消费价格涨幅目标多少？22年是3%", "3%左右"),
    ("全省24年社零增长目标多少？22年是10%", "6.5%左右"),
])
def test_a_premise_after_the_ask_is_no_second_ask(asked_corpus: Context, question: str, want: str) -> None:
    ans = ask(asked_corpus, question)
    assert ans.intent == "target" and want in flat(ans.answer.splitlines()[0]), ans.answer
    assert "2022年" not in ans.answer and "是的" not in ans.answer, ans.answer


def test_a_premise_never_turns_not_found_into_an_answer(asked_corpus: Context) -> None:
    ans = ask(asked_corpus, "24年全省一般公共预算收入目标增长多少，21年是8%")
    assert ans.intent == "none" and "2021年" not in ans.answer, ans.answer


@pytest.mark.parametrize("question, want", [
    ("21年高标准农田建设目标多少 不是实际建成的", "317万亩"),
    ("21年全省粮食播种面积目标多少 不是实际的面积", "5658.6万亩"),
    ("全省22年GDP增长目标多少 别给我实际增速", "7%以上"),
    ("24年全省固定资产投资增长目标是多少 别给我实际增幅", "3%左右"),
])
def test_a_trailing_negation_is_no_word_of_the_subject(asked_corpus: Context, question: str, want: str) -> None:
    ans = ask(asked_corpus, question)
    assert ans.intent == "target" and want in flat(ans.answer.splitlines()[0]), ans.answer


@pytest.mark.parametrize("question, want", [
    ("赣州23年粮食总产目标多少？全省的我清楚", "52亿斤"),
    ("赣州23年GDP增长目标是多少 省里的我知道了", "7.5%"),
    ("南昌今年GDP增长目标是多少？省里5%那个我知道", "南昌市"),
    ("赣州23年新增城镇就业目标多少 全省的我已经知道了", "6万人"),
])
def test_what_the_asker_knows_does_not_choose_the_region(asked_corpus: Context, question: str, want: str) -> None:
    ans = ask(asked_corpus, question)
    first = flat(ans.answer.splitlines()[0])
    assert ans.intent == "target" and want in first and "江西省" not in first, ans.answer


def test_what_the_asker_knows_of_another_region_is_never_the_answer(asked_corpus: Context) -> None:
    ans = ask(asked_corpus, "赣州24年GDP增长目标多少？全省那个我知道")
    assert ans.intent == "none" and "江西省" not in ans.answer, ans.answer


def test_aside_reading() -> None:
    assert trailing_aside("22年是5%", "", "24年GDP目标定的多少？").kind == "premise"
    assert trailing_aside("22年是5%", "？", "24年GDP目标定的多少？") is None  # asked back: a confirmation
    assert trailing_aside("是6%吗", "", "GDP目标多少，") is None
    assert trailing_aside("我记得是6%", "", "GDP目标多少，") is None  # no other year: a figure offered
    assert trailing_aside("不是实际产量", "", "21年粮食产量目标定的多少").set_aside[-1] == "不是实际"
    assert trailing_aside("省里430亿斤那个我知道", "", "赣州今年粮食总产要稳在多少？").set_aside == ("不是省里",)
    assert trailing_aside("不是实际产量", "", "粮食产量") is None  # nothing asked before it
    # the scope reader still reads "不是X是Y" and a source asked
    assert read_side_requests("南昌GDP目标多少 不是全省的是南昌的").question == "南昌GDP目标多少"
    assert read_side_requests("今年GDP目标多少？22年是6.5%").scoped


def test_a_second_item_named_with_non_is_no_negation() -> None:
    assert trailing_aside("非税收入", "", "税收收入增长多少，") is None
