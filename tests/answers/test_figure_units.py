"""Units of measure the figure readers did not know (core.measures): trains counted in 列
("全年发运286列") and computing power in P / PFLOPS / EFLOPS ("算力规模达到2000P"). Unread, the
figure was no figure: "not found" (rounds 24b, 24d), or worse the rate beside it answered
("中欧班列开行88列、增长12%" asked in 列). An invented county's report, tests/data/figures_county."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from answers.evidence import NUMBER
from core.context import Context
from tests.support.answer_sets import flat, ingested_context

COUNTY = Path(__file__).resolve().parent.parent / "data" / "figures_county"


def county_context(tmp_path_factory: pytest.TempPathFactory, name: str) -> Context:
    """The invented county's report ingested (lexical), for the figure classes' modules."""
    ctx, results = ingested_context(tmp_path_factory.mktemp(name), [COUNTY])
    assert [r.status for r in results] == ["ingested"], results
    return ctx


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = county_context(tmp_path_factory, "figure_units")
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("海铁联运班列去年发了多少列", "152列"),
    ("去年中欧班列开行多少列", "88列"),
    ("云计算中心现在算力多大", "800P"),
    ("超算分中心峰值算力多少", "1.5EFLOPS"),
    ("今年全县算力规模目标多少", "1500P"),
])
def test_a_figure_in_a_new_unit_answers(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer.splitlines()[0]), ans.answer


@pytest.mark.parametrize("text, figures", [
    ("全年发运286列。", ["286列"]),
    ("算力规模达到2000P，", ["2000P"]),
    ("峰值算力1.5EFLOPS", ["1.5EFLOPS"]),
    ("3个项目列入省重点", ["3个"]),  # 列入 is no count of trains
    ("气压2000Pa", []),  # nor Pa a measure of computing power
])
def test_the_reader_takes_the_new_units_and_only_them(text: str, figures: list[str]) -> None:
    assert [m.group(0) for m in NUMBER.finditer(text)] == figures


def test_a_figure_of_another_measure_stays_not_found(ctx: Context) -> None:
    ans = ask(ctx, "云计算中心投资多少亿元")
    assert ans.intent == "none" or "800P" not in ans.answer, ans.answer
