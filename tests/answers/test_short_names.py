"""Named bodies and places said by a short form of their printed name (answers.short_names):
"城投集团" for 城市建设投资集团有限公司, "长亭机场" for 临澜长亭国际机场 (rounds 25c, 24d: both
"not found"). The stem's characters in order before the same kind word; a sentence naming
another body of the kind never answers. The county report of tests/data/figures_county."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.short_names import names_printed, printed_form
from core.context import Context
from tests.answers.test_figure_units import county_context
from tests.support.answer_sets import flat


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = county_context(tmp_path_factory, "short_names")
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("城投集团信用评级升到啥了", "AA"),
    ("城投集团主体信用等级提到什么级别了", "AA"),
    ("苍岭机场去年旅客吞吐量多少人次", "126万人次"),
    ("交投集团资产总额多少", "86亿元"),
    ("文旅集团去年营业收入多少", "5.2亿元"),
])
def test_a_short_name_finds_the_printed_name(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer.splitlines()[0]), ans.answer


@pytest.mark.parametrize("question, wrong", [
    ("城投集团资产总额多少", "86亿元"),  # the 交通投资集团's
    ("交投集团信用评级是啥", "AA"),  # the 城市建设投资集团's
])
def test_another_bodys_figure_never_answers(ctx: Context, question: str, wrong: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "none" or wrong not in flat(ans.answer.splitlines()[0]), ans.answer


@pytest.mark.parametrize("stem, kind, text, printed", [
    ("城投", "集团", "整合组建棠溪城市发展投资集团有限公司", "城市发展投资集团"),
    ("长亭", "机场", "临澜长亭国际机场T3航站楼", "长亭国际机场"),
    ("交投", "集团", "省交通投资集团完成重组", "交通投资集团"),
    ("城投", "集团", "省交通投资集团完成重组", None),
    ("长亭", "机场", "临澜长沙国际机场", None),
])
def test_printed_form(stem: str, kind: str, text: str, printed: str | None) -> None:
    assert printed_form(stem, kind, text) == printed


def test_a_text_without_a_short_name_names_none() -> None:
    assert not names_printed("地区生产总值增长", "地区生产总值增长5%")
