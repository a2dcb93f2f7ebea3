"""A rise asked with no unit ("收入涨了多少") is answered by a rate, never by the only count a
sentence holds: "…等4项指标增幅有望位居全省前列，但预计低于全年计划" says how the rises stand,
and its "4项" is no rise (an answer where the documents hold none, found by outsider round 23a)."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.context import Context


@pytest.mark.parametrize("question", [
    "赣州2022年农村居民收入涨了多少",
    "赣州22年城镇居民人均可支配收入实际增长多少",
])
def test_a_rise_asked_is_not_answered_by_a_count(asked_corpus: Context, question: str) -> None:
    ans = ask(asked_corpus, question)
    assert "4项指标" not in ans.answer.splitlines()[0], ans.answer
    assert ans.intent == "none", ans.answer


def test_a_rise_with_its_rate_is_still_answered(asked_corpus: Context) -> None:
    ans = ask(asked_corpus, "江西2021年GDP涨了多少")
    assert "8.8%" in ans.answer, ans.answer
