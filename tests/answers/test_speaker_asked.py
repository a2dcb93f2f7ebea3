"""Who delivered a report, asked with no office said ("报告是哪位做的 哪天"): a document's facts,
never a search of its text for "哪位做" (round 25b). Own variants over the sample corpus."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat

TODAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("南昌24年那个工作报告是哪位做的 哪天", ("万广明", "2024年1月15日")),
        ("24年南昌报告哪位念的 在哪次会上", ("万广明", "第十六届人民代表大会第四次会议")),
        ("南昌市那份报告是哪一位宣读的", ("万广明",)),
    ],
)
def test_speaker_asked_by_which_person(asked_corpus, question: str, words: tuple[str, ...]):
    ans = ask(asked_corpus, question, today=TODAY)
    assert ans.intent == "fact", ans.answer
    for w in words:
        assert w in flat(ans.answer), ans.answer


def test_speaker_not_printed_is_said_so(asked_corpus):
    ans = ask(asked_corpus, "赣州23年报告哪一位讲的", today=TODAY)
    assert ans.intent == "none"
    assert "作报告人" in ans.answer and "哪一位" not in ans.answer
