"""A subject typed first with one character of the same sound ("兰东新区" for 澜东新区, voice
input, round 24d): the topic was repaired but the subject word, which the evidence must hold,
was not, so every sentence was refused. Now the subject is repaired with the topic
(answers.report_facts._repaired_part). A subject the documents lack stays not found. The county
report of tests/data/figures_county (梧东新区)."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.report_facts import _repaired_part
from core.context import Context
from tests.answers.test_figure_units import county_context
from tests.support.answer_sets import flat


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = county_context(tmp_path_factory, "same_sound_subject")
    yield c
    c.close()


@pytest.mark.parametrize("question", [
    "吴东新区去年gdp涨了多少",
    "吴东新区去年地区生产总值增长多少",
    "吾东新区去年gdp涨了多少",
    "无东新区去年GDP增长了多少",
    "吴东新区去年GDP增长率是多少",
    "去年吴东新区GDP增速是多少",  # (answered before too: the subject was not read first)
])
def test_a_subject_typed_by_its_sound_is_found(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and "7.6%" in flat(ans.answer.splitlines()[0]), ans.answer


def test_a_subject_the_documents_lack_stays_not_found(ctx: Context) -> None:
    ans = ask(ctx, "桃东新区去年GDP增长多少")
    assert "7.6%" not in flat(ans.answer), ans.answer


def test_repaired_part() -> None:
    assert _repaired_part("兰东新区", "兰东新区GDP增长", "澜东新区GDP增长") == "澜东新区"
    assert _repaired_part(None, "a", "b") is None
    assert _repaired_part("兰东", "兰东 GDP", "澜东GDP") == "兰东"  # not aligned: as typed
