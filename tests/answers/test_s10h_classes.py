"""A year's target and its actual live in two documents (the target in year Y's report or
responsibility table, the actual in year Y+1's review): asked with no kind word both are the
answer, each labelled; asked whether a target was met, the target, the actual and a verdict
from figures of one measure; relative years count from a report the question names, and "两年"
is the two reports' years. The helper's own wordings over the sample corpus; none is a blind
round's question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.compose import Answer, Evidence
from answers.target_actual import _figures, anchored, same_item, verdict_asked
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- 1. no kind word: the target and the actual of the asked year, each labelled ------------

@pytest.mark.parametrize("question", [
    "21年新增上市公司多少家",
    "2021年上市公司新增几家",
    "江西2021年新增上市公司数量",
])
def test_no_kind_word_answers_target_and_actual(ctx: Context, question: str) -> None:
    text = flat(ask(ctx, question).answer)
    assert "10家左右" in text and "13家" in text, text
    assert "2021年目标" in text and "2021年实际" in text, text


def test_kind_said_answers_that_kind_only(ctx: Context) -> None:
    text = flat(ask(ctx, "2021年新增上市公司实际多少家").answer)
    assert "13家" in text and "10家左右" not in text, text


def test_a_pair_is_one_item_not_one_unit() -> None:
    assert same_item("新建改建农村公路3000公里以上", "新建改建农村公路3260公里")
    assert same_item("新建改扩建中小学150所", "新建改扩建公办幼儿园208所、中小学156所")
    assert not same_item("新建改造农村公路120公里", "城区雨污分流改造完成管网17.2公里")


# --- 2. whether a target was met: target, actual, one word from figures of one measure -------

@pytest.mark.parametrize("question, figures", [
    ("2021年新增上市公司目标完成了没", ("10家左右", "13家")),
    ("21年定的新增上市公司目标达到没有", ("10家左右", "13家")),
    ("21年粮食产量目标实现了吗", ("432.8亿斤", "438.5亿斤")),
    ("2021年粮食产量的目标完成得怎么样", ("432.8亿斤", "438.5亿斤")),
])
def test_verdict_on_a_target(ctx: Context, question: str, figures: tuple[str, str]) -> None:
    text = flat(ask(ctx, question).answer)
    assert all(f in text for f in figures), text
    assert "结论：达到" in text, text


def _ans(clause: str, sentence: str = "") -> Answer:
    return Answer(clause, "fact", evidence=[Evidence(clause, "某省", 2023, sentence or clause)])


def test_a_ceiling_is_met_at_or_under_it() -> None:
    t, a, _ = _figures(_ans("设区市PM2.5平均浓度控制在30微克/立方米以下"), _ans("设区市PM2.5平均浓度32微克/立方米"))
    assert t is not None and t.ceiling and a.value > t.value


def test_figures_of_different_measures_are_not_compared() -> None:
    t, a, _ = _figures(_ans("地区生产总值增长6%左右"), _ans("服务业增加值占比达到52%"))
    assert t is None and a is None


def test_growth_found_in_the_rest_of_the_sentence() -> None:
    t, a, from_sentence = _figures(_ans("地区生产总值增长6%左右"),
                                   _ans("全省地区生产总值突破3万亿元", "全省地区生产总值突破3万亿元，达到3.01万亿元，增长5.6%"))
    assert t is not None and a.text == "5.6%" and from_sentence


@pytest.mark.parametrize("question, asked", [
    ("23年研发投入强度目标达到了吗", True),
    ("今年定的新增就业目标完成没有", True),
    ("污水处理达标率目标多少", False),
    ("老旧小区改造完成了没", False),  # no target named: a task's progress, the registry's
])
def test_what_asks_a_verdict(question: str, asked: bool) -> None:
    assert verdict_asked(question) is asked


# --- 3. years counted from a named report; 两年 ------------------------------------------------

@pytest.mark.parametrize("question, said", [
    ("养老床位去年新增多少、今年目标多少（按24年报告）", ("2023年", "2024年")),
    ("按22年报告，去年新增上市公司多少家", ("2021年",)),
    ("据2024年的省报告，前年粮食产量多少", ("2022年",)),
])
def test_relative_years_count_from_the_named_report(ctx: Context, question: str, said: tuple[str, ...]) -> None:
    text = anchored(ctx, question, None)
    assert all(y in text for y in said) and "去年" not in text and "今年" not in text, text


def test_pause_between_two_asks_is_a_stop(ctx: Context) -> None:
    assert anchored(ctx, "高标准农田2023年建了多少、2024年目标多少", None) == "高标准农田2023年建了多少，2024年目标多少"
    assert anchored(ctx, "A、B、C分别多少", None) == "A、B、C分别多少"


def test_counting_years_is_no_two_reports(ctx: Context) -> None:
    assert anchored(ctx, "粮食产量连续两年稳定在多少以上", None) == "粮食产量连续两年稳定在多少以上"


@pytest.mark.parametrize("question", ["江西GDP增长目标两年对比下", "江西这两年的GDP增长目标分别多少"])
def test_two_years_are_the_two_reports(ctx: Context, question: str) -> None:
    text = flat(ask(ctx, question).answer)
    assert "7%以上" in text and "5%左右" in text, text
