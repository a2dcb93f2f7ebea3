"""A phrase said, then one word of it asked what it means ("南昌报告里的四首经济 四首是指啥"):
the word is the question, with the place and document said before (answers.term_asks).
Before: the phrase led, and the sentence using "四首经济" answered as a target."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.term_asks import term_after_phrase
from core.context import Context
from tests.support.answer_sets import flat


@pytest.mark.parametrize("typed, read", [
    ("南昌报告里的四首经济 四首是指啥", "南昌报告里的 四首是指啥"),
    ("24年报告里说的三大战略，三大战略是啥", "24年报告里说的 三大战略是啥"),
    ("南昌报告里讲的四首经济 四首是哪四首", "南昌报告里讲的 四首是哪四首"),  # the count said with the term's own word
    ("2024年GDP目标是多少", None),
    ("南昌 四首是啥", None),  # nothing said before holds the word: no phrase to drop
])
def test_the_word_asked_is_the_question(typed: str, read: str | None) -> None:
    assert term_after_phrase(typed) == read


def test_the_glossary_answers(asked_corpus: Context) -> None:
    ans = ask(asked_corpus, "南昌报告里的四首经济 四首是指啥")
    assert "区域首店" in flat(ans.answer) and "新品首发" in flat(ans.answer), ans.answer
