""""去年哪几项指标没完成" / "2021年哪些目标没达到预期": the year's targets (its report, its
responsibility table) against the next year's review, only figures of one measure compared; the
misses listed, the rest counted as met or not comparable, and the review's own words of a
shortfall quoted. The 澜石 pair (tests/data/unmet) is the helper's invention; the other questions
ask the sample corpus; none is a blind round's question."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from answers.unmet_targets import compare, one_measure, unmet_asked
from core.context import Context
from tests.support.answer_sets import flat, ingested_context

PAIR = Path(__file__).resolve().parent.parent / "data" / "unmet"


@pytest.fixture(scope="module")
def pair_ctx(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path):
    c, _ = ingested_context(tmp_path_factory.mktemp("unmet"), [PAIR, corpus_dir])
    yield c
    c.close()


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


@pytest.mark.parametrize("question", [
    "澜石2023年哪几项指标没完成",
    "澜石市2023年有哪些目标没达到预期",
    "澜石2023年哪些主要指标未完成",
    "澜石2023年主要预期目标哪几项没实现",
])
def test_misses_listed_from_one_measure(pair_ctx: Context, question: str) -> None:
    ans = ask(pair_ctx, question)
    text = flat(ans.answer)
    assert ans.intent == "fact", (question, ans.answer)
    assert "未达到（3项）" in text, text
    for row in ("地区生产总值增长：目标6%左右，实际4.2%", "一般公共预算收入增长：目标5%，实际2.1%",
                "改造老旧小区：目标80个，实际65个"):
        assert row in text, (row, text)
    assert "城镇新增就业" in text.split("未达到")[1].split("达到（")[1], text  # met, not missed
    assert "无法比较" in text and "房地产市场调整" in text, text


def test_plan_year_against_review(ctx: Context) -> None:
    text = flat(ask(ctx, "2021年哪几项指标没达到预期").answer)
    assert "江西省2021年目标与2022年报告回顾对照" in text, text
    assert "新增上市公司" in text and "城镇新增就业" in text and "无法比较" in text, text
    assert "9600亿元" not in text, text  # 年度投资 is never set against 总投资


def test_no_targets_of_the_year_quotes_the_review(ctx: Context) -> None:
    ans = ask(ctx, "2023年哪些指标没有达到预期目标")
    text = flat(ans.answer)
    assert ans.intent == "fact" and "没有找到江西省2023年的目标" in text, text
    assert "主要经济指标增速不及预期" in text, text


@pytest.mark.parametrize("question", ["抚州2023年哪几项指标没完成", "南昌2023年哪些指标没完成"])
def test_nothing_to_compare_is_not_found(ctx: Context, question: str) -> None:
    assert ask(ctx, question).intent == "none"


@pytest.mark.parametrize("text, asked", [
    ("2021年哪几项指标没完成", True), ("去年有哪些目标没达到预期", True), ("全省哪些主要指标未完成", True),
    ("2021年高标准农田建设任务没完成是什么原因", False), ("2021年哪些民生指标没完成", False),
    ("2021年哪些指标完成了", False),
    # "哪几项" counts the measures; "低于全年计划" is how a report says it; the report named (round 42a/42b)
    ("哪几项没完成", True), ("23年报告里说明有几项指标预计低于全年计划，分别是哪几项？", True),
])
def test_unmet_asked(text: str, asked: bool) -> None:
    assert unmet_asked(text) is asked


def test_one_measure_needs_the_same_words() -> None:
    assert one_measure("城镇新增就业", "全市城镇新增就业")
    assert not one_measure("年度投资", "总投资")
    assert [(c.target.text, c.actual.text, c.met) for c in compare("年度投资9600亿元左右", "项目总投资4800亿元以上")] == []
    done = compare("居民消费价格涨幅控制在3%以内", "居民消费价格涨幅2.1%")
    assert [(c.target.text, c.actual.text, c.met) for c in done] == [("3%以内", "2.1%", True)]


@pytest.mark.parametrize("question", ["赣州 哪几项没完成", "赣州23年报告里说明有几项指标预计低于全年计划，分别是哪几项？"])
def test_the_reports_own_shortfall_is_quoted(ctx: Context, question: str) -> None:
    """赣州's 2023 report reviews 2022 and says "4项指标…预计低于全年计划"; no 2022 targets are loaded."""
    text = flat(ask(ctx, question).answer)
    assert "预计低于全年计划" in text, text
