"""A scope set aside with the one asked or an adverb before the negation ("…目标是多少 你别给我
全省的", "…你就别给我全省的了", "可不要省里的"): read as "别给我X" is, so X is set aside and not
searched as words of the subject (round 26a: "赣州二三年固定资产投资增长目标是多少 你别给我全省的"
found nothing). The sample corpus."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.side_requests import read_side_requests
from core.context import Context
from tests.support.answer_sets import flat

pytestmark = pytest.mark.corpus


@pytest.mark.parametrize("question, want", [
    ("赣州23年GDP增长目标是多少 你就别给我全省的了", "7.5%左右"),
    ("赣州23年粮食总产目标多少 可不要省里的", "52亿斤"),
    ("全省22年GDP增长目标多少 您别给我实际增速", "7%以上"),
    ("24年全省固定资产投资增长目标是多少，你千万别给我实际增幅", "3%左右"),
    ("赣州23年新增城镇就业目标多少 你不要全省的", "6万人"),
    ("赣州23年社零增长目标是多少 你别给我省里的", "8.5%以上"),
    ("南昌24年GDP增长目标是多少 你可别给我全省的", "南昌市"),
])
def test_an_addressed_exclusion_sets_its_scope_aside(asked_corpus: Context, question: str, want: str) -> None:
    ans = ask(asked_corpus, question)
    first = flat(ans.answer.splitlines()[0])
    assert ans.intent == "target" and want in first, ans.answer


@pytest.mark.parametrize("question", [
    "南昌24年社零增长目标是多少 别的也说一下",  # 别的: "the others", no exclusion
    "南昌24年社零增长目标是多少 可不是嘛",  # 可不是: agreement
])
def test_other_words_after_an_adverb_are_no_exclusion(question: str) -> None:
    assert not read_side_requests(question).scoped
