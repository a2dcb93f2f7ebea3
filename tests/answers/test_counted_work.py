"""A counted unit of work between the indicator and its figure ("完成城中村改造项目9个",
"完成危桥改造工程7座") is what the figure counts, no other indicator standing between: the
figure is the indicator's (answers.evidence._GAP_OK). Read as a gap, it cut the clause's
coverage below the bar: round 24b "城中村改造去年完成几个" was "not found". The county report of
tests/data/figures_county."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.evidence import grams, indicator_gap
from core.context import Context
from tests.answers.test_figure_units import county_context
from tests.support.answer_sets import flat


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = county_context(tmp_path_factory, "counted_work")
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("棚户区改造去年完成几个", "14个"),
    ("校舍加固去年完成几个", "11个"),
    ("去年棚改完成几个", "14个"),
    ("城中村改造去年完成几个", "5个"),
])
def test_a_counted_unit_of_work_between_indicator_and_figure_answers(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer.splitlines()[0]), ans.answer


@pytest.mark.parametrize("clause, topic, gap", [
    ("完成城中村改造项目9个", "城中村改造", 0),
    ("完成危桥改造工程7座", "危桥改造", 0),
    ("万元GDP能耗下降3%", "GDP增长", 2),  # another indicator stands between
])
def test_indicator_gap(clause: str, topic: str, gap: int) -> None:
    assert indicator_gap(clause, grams(topic)) == gap


def test_each_item_keeps_its_own_figure(ctx: Context) -> None:
    first = flat(ask(ctx, "危桥改造去年完成几座").answer.splitlines()[0])
    assert "7座" in first and "5个" not in first and "14个" not in first, first
