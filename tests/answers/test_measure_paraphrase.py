"""A measure asked in a form's words ("X在Y中之比重", "达标面积比例", "累计总数") is the one a
report states its own way ("X占Y比重", "达到…要求", "累计开通…"): the function words go, the
share words are one, the content words match in any order or through the measure rows of the
synonym table. The helper's own wordings over the sample corpus; none is a blind round's
question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.measure_content import clause_states, plain_share
from core.context import Context
from tests.support.answer_sets import assert_holds, flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


@pytest.mark.parametrize("question, words", [
    ("2022年海绵城市达标面积比例", ["32%建成区达到海绵城市建设要求"]),
    ("2021年全省5G基站累计总数", ["累计开通5G基站6万多个"]),
    ("2023年南昌5G基站总数", ["累计建成5G基站超1.95万个"]),
    ("2021年对全社会研发经费支出在GDP中之比重的要求", ["2%左右"]),
    ("2021年全社会研发经费支出在GDP中之比重", ["2%左右"]),
])
def test_a_formal_measure_finds_the_sentence(ctx: Context, question: str, words: list[str]) -> None:
    ans = ask(ctx, question)
    assert ans.intent in ("target", "fact"), ans.answer
    assert_holds(ans.answer, *words)


@pytest.mark.parametrize("question", [
    "2022年海绵城市达标面积增长多少亿元",  # a measure the sentence does not state (元)
    "2021年全省充电桩累计总数",  # a thing no report counts
    "松岭县5G基站累计总数",  # a place no document prints: another place's count is no answer
    "青溪县城镇新增就业目标",
])
def test_a_measure_not_stated_stays_not_found(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "none", ans.answer


@pytest.mark.parametrize("typed, read", [
    ("对全社会研发经费支出在GDP中之比重", "全社会研发经费支出在GDP中比重"),
    ("建制村中通双车道的所占比例", "建制村中通双车道的比例"),
    ("装机容量所占之比", "装机容量比重"),
    ("对接粤港澳在哪", "对接粤港澳在哪"),
])
def test_plain_share(typed: str, read: str) -> None:
    assert plain_share(typed) == read


def test_content_words_in_any_order_or_documents_words() -> None:
    assert clause_states(["海绵城市", "达标"], "32%建成区达到海绵城市建设要求")
    assert clause_states(["基站", "总数", "5G"], "累计开通5G基站6万多个")
    assert clause_states(["装配式", "新建"], "力争新开工装配式建筑面积占新开工建筑面积比例37%以上")
    assert not clause_states(["海绵城市", "达标"], "推进海绵城市建设")
    assert not clause_states(["基站"], "新增5G基站1万个")  # one word is a topic, not a measure


def test_answer_text_keeps_the_report_wording(ctx: Context) -> None:
    text = flat(ask(ctx, "2022年海绵城市达标面积比例").answer)
    assert "32%" in text, text
