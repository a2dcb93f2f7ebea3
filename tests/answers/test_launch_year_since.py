"""A launch year printed "2022年起实施" / "2020年开始开办" (a 名词解释 entry's usual wording,
round 27a "屿见英才计划是哪年开始实施的"): 起 / 开始 between the year and the launch verb
(answers.launch_year). Before, only "2022年实施" was read and the report's plan ("深入实施…计划")
answered. The county report of tests/data/figures_county."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.context import Context
from tests.answers.test_figure_units import county_context
from tests.support.answer_sets import flat


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = county_context(tmp_path_factory, "launch_year_since")
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("梧桐英才计划是哪年开始实施的", "2021年"),
    ("梧桐英才是哪一年实施的", "2021年"),
    ("青梧快办是哪年推出的", "2022年"),
    ("梧乡贷是什么时候开办的", "2020年"),
])
def test_the_year_before_since_and_the_verb_answers(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer.splitlines()[0]), ans.answer
