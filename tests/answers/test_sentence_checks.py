"""A figure offered for checking that names only a measure, after a part that was answered
("…安排了多少个 投资是不是一万亿 帮我核一下"): checked against the sentence that answered the part
before (answers.sentence_checks), never against another sentence that happens to hold the
measure word (round 26a said "不是" of "实施1000个投资10亿元以上重大项目"). Spoken and
voice-input figures ("一万亿", "一百六十座") are read in digits. The sample corpus."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat

pytestmark = pytest.mark.corpus


@pytest.mark.parametrize("question, verdict, wants", [
    ("2024年全省省大中型项目实施多少个，投资是不是两万亿", "不是", ["3670个", "1万亿元"]),
    ("南昌23年省企入昌签约项目多少个 签约金额是不是九百亿 帮我核一下", "不是", ["65个", "935.04亿元"]),
    ("南昌23年省企入昌签约项目多少个 签约金额是不是935.04亿元", "是的", ["65个", "935.04亿元"]),
    ("大型产业活动集中签约项目多少个 总投资是不是一千亿", "是的", ["158个", "1000亿元"]),
    ("24年全省新改建农村公路多少公里 危桥改造是不是一百六十座 你帮我核对下", "是的", ["3000公里", "160座"]),
])
def test_a_measure_checked_is_checked_in_the_sentence_that_answered(
        asked_corpus: Context, question: str, verdict: str, wants: list[str]) -> None:
    ans = ask(asked_corpus, question)
    text = flat(ans.answer)
    assert ans.answer.startswith(verdict), ans.answer
    assert all(w in text for w in wants), ans.answer
    assert ans.answer.count("是的") + ans.answer.count("不是") == 1, ans.answer


def test_a_check_naming_an_item_of_its_own_is_asked_on_its_own(asked_corpus: Context) -> None:
    # "协议投资总额" is more than a measure: asked as before, from its own clause
    ans = ask(asked_corpus, "1-11月签约重大项目多少个 协议投资总额是不是2839.09亿元")
    assert "843个" in ans.answer and "2839.09亿元" in ans.answer, ans.answer
