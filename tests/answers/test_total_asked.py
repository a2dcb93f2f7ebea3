"""A total asked in the question's own words ("现在一共多少家", "总共有多少户"): the figure
qualified 总数/累计 answers, never the year's new count beside it (round 24d "国家级小巨人企业我省
现在一共多少家" got "新增…48家" for "总数达到236家"). The topic drops 一共 as no part of the
indicator, so the whole question says which is asked (answers.evidence.kind_asked). The county
report of tests/data/figures_county."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.evidence import kind_asked
from core.context import Context
from tests.answers.test_figure_units import county_context
from tests.support.answer_sets import flat


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = county_context(tmp_path_factory, "total_asked")
    yield c
    c.close()


@pytest.mark.parametrize("question, want, wrong", [
    ("高新技术企业现在一共多少家", "168家", "35家"),
    ("规上工业企业总共有多少户", "286户", "21户"),
    ("省级专精特新中小企业现在共有几家", "74家", "18家"),
    ("全县5G基站一共多少个", "4800个", "1200个"),
])
def test_a_total_asked_is_answered_by_the_total(ctx: Context, question: str, want: str, wrong: str) -> None:
    ans = ask(ctx, question)
    first = flat(ans.answer.splitlines()[0])
    assert ans.intent != "none" and want in first, ans.answer
    assert not first.endswith(wrong + "。"), ans.answer  # the new count is no answer on its own


def test_a_new_count_asked_is_still_the_new_count(ctx: Context) -> None:
    ans = ask(ctx, "去年新增高新技术企业多少家")
    assert "35家" in flat(ans.answer.splitlines()[0]), ans.answer


@pytest.mark.parametrize("question, kind", [
    ("现在一共多少家", "stock"),
    ("累计建成多少个", "stock"),
    ("新增多少家", None),
    ("一共新增多少家", None),  # a new count asked, summed: not the total
])
def test_the_kind_asked(question: str, kind: str | None) -> None:
    assert kind_asked(question) == kind
