"""A rank asked within a named scope ("我区GDP增速在全市排第几", "县域经济我们在岚川排第几"):
the clause that states a rank within that scope, in a sentence naming the indicator, answers
(answers.place_ranks). Before, another figure answered (a new area's GDP growth, the budget's
amount) or nothing did (rounds 25c, 27a). A rank within another scope, or of another indicator,
never answers. The county report of tests/data/figures_county."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.context import Context
from tests.answers.test_figure_units import county_context
from tests.support.answer_sets import flat

try:
    from answers.place_ranks import scoped_rank
except ImportError:  # (before the class was fixed)
    scoped_rank = None


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = county_context(tmp_path_factory, "place_ranks")
    yield c
    c.close()


@pytest.mark.parametrize("question, want, wrong", [
    ("我县去年GDP增速在全市排第几", "第三位", "7.6%"),
    ("一般公共预算收入增速在全市排第几", "第一位", "第三位"),
    ("县域经济我们在临港排第几", "第二", "第三位"),
    ("地区生产总值增速在全市排名第几", "第三位", "7.6%"),
])
def test_the_rank_within_the_scope_answers(ctx: Context, question: str, want: str, wrong: str) -> None:
    ans = ask(ctx, question)
    first = flat(ans.answer.splitlines()[0])
    assert ans.intent != "none" and want in first and wrong not in first, ans.answer


@pytest.mark.parametrize("question", [
    "规上工业增加值增速在全市排第几",  # the sentence with 全市 ranks names other indicators
    "县域经济在全市排第几",  # ranked in the province and in 临港市, never said 全市
])
def test_no_other_rank_answers(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert not any(r in text for r in ("第三位", "第一位")), ans.answer


def test_the_scope_and_the_indicator_are_read() -> None:
    asked = scoped_rank("县域经济 在岚川", "县域经济我们在岚川排第几")
    assert (asked.scope, asked.indicator) == ("岚川", "县域经济")
    asked = scoped_rank("GDP增速在", "我区去年GDP增速在全市排第几")
    assert (asked.scope, asked.indicator) == ("全市", "GDP增速")
    assert scoped_rank("GDP增速", "GDP增速是多少") is None
