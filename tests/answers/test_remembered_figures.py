"""What the asker remembers, said after the ask ("…目标多少公里 我印象是三千公里"), and a
request to check it typed after a voice-input pause ("你帮我核对一下"): the figure remembered is
offered for checking, the memory words and the request are no words of a subject
(answers.padding). Left in, they were asked as a second part and answered "文件中没有找到…关于
“我印象”…" (round 26a). Spoken figures ("三千公里") as voice input writes them. The sample corpus."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat

pytestmark = pytest.mark.corpus


@pytest.mark.parametrize("question, verdict, want", [
    ("24年全省新改建农村公路目标多少公里 我印象是三千公里 你帮我核对一下", "是的", "3000公里"),
    ("赣州23年粮食总产目标多少 我记着是五十二亿斤 帮我核实一下", "", "52亿斤"),
    ("24年全省危桥改造目标多少座 我印象是一百六十座", "是的", "160座"),
    ("二四年全省省大中型项目安排了多少个 我印象是三千个 你帮我核对下", "不是", "3670个"),
])
def test_a_remembered_figure_is_checked_not_searched(asked_corpus: Context, question: str, verdict: str,
                                                      want: str) -> None:
    ans = ask(asked_corpus, question)
    assert ans.intent == "target" and want in flat(ans.answer), ans.answer
    assert ans.answer.startswith(verdict), ans.answer
    assert "没有找到" not in ans.answer and "印象" not in ans.answer and "记着" not in ans.answer, ans.answer
