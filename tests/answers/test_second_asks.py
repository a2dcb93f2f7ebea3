"""A second thing asked as a request, with no question word of its own (answers.multipart):
"…多少？顺便把X也帮我找一下", "…多少 Y也帮我看看", "…，再帮我查下Z". Staff on a phone add the
second item as an afterthought; it asks what the first part asked, of another thing."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.multipart import separate_asks
from core.context import Context
from tests.support.answer_sets import flat


@pytest.mark.parametrize("question, parts", [
    ("江西24年GDP增长目标多少？顺便把固投目标也帮我找一下", ["江西24年GDP增长目标多少", "固投目标呢"]),
    ("江西24年GDP增长目标多少 社零也帮我看看", ["江西24年GDP增长目标多少", "社零呢"]),
    ("江西24年GDP增长目标多少，再帮我查下固投", ["江西24年GDP增长目标多少", "固投呢"]),
    # "报下" asks for it too (round 46b)
    ("江西24年GDP增长目标多少？顺便把固投目标也报下", ["江西24年GDP增长目标多少", "固投目标呢"]),
])
def test_a_request_for_another_thing_is_a_part(question: str, parts: list[str]) -> None:
    assert separate_asks(question) == parts


@pytest.mark.parametrize("question", [
    "24年江西GDP目标多少，帮我查一下",  # the request is the first ask's own, naming nothing new
    "帮我查一下24年江西GDP目标多少",
])
def test_a_request_that_names_nothing_new_is_no_part(question: str) -> None:
    assert separate_asks(question) == []


@pytest.mark.parametrize("question, wanted", [
    # (two figures printed in different sentences: the first answer's quotation holds only its own)
    ("22年江西城镇新增就业目标多少？顺便把高标准农田也帮我找一下", ["40万人", "290万亩"]),
    ("22年江西城镇新增就业目标多少 高标准农田也帮我看看", ["40万人", "290万亩"]),
    # with what it is for said after it
    ("22年江西城镇新增就业目标多少？顺便把高标准农田也报下，写通报要用", ["40万人", "290万亩"]),
])
def test_both_asks_are_answered(asked_corpus: Context, question: str, wanted: list[str]) -> None:
    ans = ask(asked_corpus, question)
    assert ans.intent != "none" and all(w in flat(ans.answer) for w in wanted), ans.answer
