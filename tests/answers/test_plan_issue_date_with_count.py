"""A plan's issue date asked in the same breath as its count ("方案是哪天印发的 一共分解了多少项
工作"): voice input runs the parts together, so the date is asked in the count's own piece; both
are answered (answers.document_facts.with_document_facts). Round 26a r26a-045; own variants."""
from __future__ import annotations

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat


@pytest.mark.parametrize("question", [
    "21年分工方案什么时候下发的 总共多少项任务",
    "2021年分工方案哪天印发的一共列了多少项重点工作",
    "二一年的责任分工方案几月几号印发的 共有多少项",
    "那个21年的分工方案是啥时候印发的 分解了多少项工作",
])
def test_issue_date_and_count_both_answered(asked_corpus, question: str) -> None:
    ans = ask(asked_corpus, question)
    text = flat(ans.answer)
    assert "166" in text and "2月10日" in text, ans.answer


@pytest.mark.parametrize("question", [
    "21年那个省政府工作报告重点工作责任分工方案 文号是多少 一共几项",
    "21年分工方案文号是多少 一共几项",
])
def test_number_and_count_both_answered_when_typed_apart(asked_corpus, question: str) -> None:
    text = flat(ask(asked_corpus, question).answer)
    assert "166" in text and "8号" in text, text


def test_a_task_deadline_word_is_not_the_issue_date(asked_corpus) -> None:
    ans = ask(asked_corpus, "21年分工方案里什么时候完成的任务有多少项")
    assert "印发" not in ans.answer, ans.answer
