"""Nouns that begin with a counter (core.measures.COUNTER_NOUNS): "多少床位" asks beds, printed
"新增床位1200张"; read as the counter 床, every figure in 张 was refused (round 24b "市一医院新院区
加了多少床位"). The county report of tests/data/figures_county."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.question import parse_question
from core.context import Context
from tests.answers.test_figure_units import county_context
from tests.support.answer_sets import flat


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = county_context(tmp_path_factory, "counter_nouns")
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("县医院新院区加了多少床位", "600张"),
    ("县体育馆改造后新增多少座位", "3000个"),
    ("农村危房改造惠及多少家庭", "2300户"),
    ("去年新开工亿元以上的有多少项目", "52个"),
])
def test_a_noun_beginning_with_a_counter_is_answered_in_any_counter(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer.splitlines()[0]), ans.answer


@pytest.mark.parametrize("question, unit", [
    ("新增多少床位", None),
    ("新增多少床", "床"),
    ("签约多少项", "项"),
    ("惠及多少家庭", None),
    ("新增多少家", "家"),
])
def test_the_counter_asked_is_read_only_where_no_noun_begins(question: str, unit: str | None) -> None:
    assert parse_question(question).unit_asked == unit
