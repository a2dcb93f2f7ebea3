"""A figure pasted to be traced ("X个Y——哪一年"): answered only from a sentence that states that
figure; a figure no document states is "not found", never the nearest sentence with another
number. Every question here is the helper's own wording over the sample corpus."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.claims import claim_of, figures, holds
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- reading the claim ----------------------------------------------------------------------

@pytest.mark.parametrize("question, written", [
    ("120个示范村——是哪一年的安排", ["120个"]),
    ("“新增绿地45万平方米”出自哪个报告", ["45万平方米"]),
    ("PM2.5降到30微克/立方米是哪个市提的", ["30微克/立方米"]),  # PM2.5 is a name, not a figure
    ("5G基站新建2万个是哪年的事", ["2万个"]),
])
def test_a_pasted_figure_is_read_as_a_claim_to_trace(question: str, written: list[str]) -> None:
    claim = claim_of(question)
    assert claim is not None and [f.written for f in claim.figures] == written


@pytest.mark.parametrize("question", [
    "2023年新建多少个示范村，是哪个报告说的",  # asks a figure itself
    "碳达峰1+N政策体系里那个1指的哪个文件",  # a number, but no measure: no figure stated
    "2022年政府工作报告出自哪个会议",  # a year is no figure
    "示范村120个，什么意思",  # no ask of where or when
])
def test_a_question_that_states_no_figure_to_trace_is_no_claim(question: str) -> None:
    assert claim_of(question) is None


@pytest.mark.parametrize("claimed, text, held", [
    ("3000个", "重点推进3,000个项目", True),
    ("3000个", "重点推进3千个项目", True),
    ("3000个", "重点推进0.3万个项目", True),
    ("3000个", "重点推进3455个项目", False),
    ("3000个", "新改建3000公里", False),  # the same number in another measure
    ("1.1万亿元", "年度投资11000亿元以上", True),
    ("5%", "增长5.0%左右", True),
    ("80亿", "进出口额突破80亿元", True),  # an amount said without its 元 (round 64a)
    ("80亿", "签约项目80亿个", False),
])
def test_a_figure_is_held_by_value_and_measure(claimed: str, text: str, held: bool) -> None:
    claim = claim_of(f"{claimed}是哪一年的")
    assert claim is not None and holds(text, claim) is held, figures(text)


# --- answering ---------------------------------------------------------------------------

def test_a_figure_no_document_states_is_not_found_and_the_other_figure_is_labelled(ctx: Context) -> None:
    ans = ask(ctx, "90万亩冬种油菜，出自哪份报告")
    text = flat(ans.answer)
    assert ans.intent == "none" and ans.answer.startswith("文件中没有找到"), ans.answer
    # what the documents do say is offered, as another figure (南昌's 2024 target or its 2023 result)
    assert ("85.5万亩" in text or "89.3万亩" in text) and "数字不是90万亩" in text, ans.answer


def test_a_spoken_figure_no_document_states_is_not_found(ctx: Context) -> None:
    ans = ask(ctx, "年度投资一点二万亿元是哪一年提的")
    assert ans.intent == "none", ans.answer


def test_a_figure_a_document_states_is_traced(ctx: Context) -> None:
    ans = ask(ctx, "冬种油菜85.5万亩是哪个城市哪年的安排")
    text = flat(ans.answer)
    assert ans.intent == "target" and "南昌" in text and "2024" in text, ans.answer


def test_only_the_regions_whose_sentence_states_the_figure_are_answered(ctx: Context) -> None:
    ans = ask(ctx, "粮食产量430亿斤这个数是哪年定的")
    text = flat(ans.answer)
    assert ans.intent == "target" and "430亿斤" in text, ans.answer
    assert "42亿斤" not in text and "52亿斤" not in text, ans.answer  # other regions' grain targets
