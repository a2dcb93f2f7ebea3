"""A document's own facts asked in new wordings (the class outsider round 15 showed): the plan
named by its long title ("…政府工作报告重点工作责任分工方案" is the plan, not the report), the
speaker asked by his office ("哪位领导作的"), the meeting and the date in one message, the
table's task count and its issue date in one message, and a guessed 文号 confirmed or
corrected. Every question is this helper's own wording over the sample corpus."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.question import parse_question
from core.context import Context


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


@pytest.mark.parametrize("question, asked, kind", [
    ("24年南昌那份政府工作报告，是哪一位市领导作的", {"who"}, "report"),
    ("22年省里的报告在省人大哪次会议上作的，哪一天", {"when", "where"}, "report"),
    # the meeting asked by its noun (round 42b)
    ("请问24年江西省政府工作报告的报告日期和会议届次分别是什么？", {"when", "where"}, "report"),
    ("21年省政府工作报告重点工作责任分工方案是用什么文号印发的", {"number"}, "plan"),
    ("省里21年分工方案的文号是赣府厅字〔2021〕3号吗", {"number"}, "plan"),
    # a table named as a list (round 64g)
    ("民生实事清单那个文号多少", {"number"}, "plan"),
    ("民生实事分工表的文号是多少", {"number"}, "plan"),
])
def test_document_facts_parsed(question: str, asked: set[str], kind: str) -> None:
    q = parse_question(question, home_province="江西省", known_regions=["江西省", "南昌市"])
    assert q.intent == "fact" and set(q.meta) == asked and q.topic == kind, q


@pytest.mark.parametrize("question, wanted, unwanted", [
    ("24年南昌那份政府工作报告，是哪一位市领导作的", ["万广明"], ["分工方案"]),
    ("22年省里的报告在省人大哪次会议上作的，哪一天", ["1月17日", "第六次会议"], []),
    ("请问24年江西省政府工作报告的报告日期和会议届次分别是什么？", ["2024年1月23日", "第十四届人民代表大会第二次会议"], []),
    ("21年省政府工作报告重点工作责任分工方案是用什么文号印发的", ["赣府厅字〔2021〕8号"], []),
    # a guessed number: corrected with the true one, or confirmed
    ("省里21年分工方案的文号是赣府厅字〔2021〕3号吗", ["不是", "赣府厅字〔2021〕8号"], []),
    ("省里21年分工方案的文号就是赣府厅字〔2021〕8号对吧", ["是的", "赣府厅字〔2021〕8号"], ["不是"]),
    # the table's count, then its issue date, each answered; no part read into the count
    ("21年省政府工作报告责任分工方案总共列了几项任务？什么时候印发的", ["166项", "2月10日"], ["其中"]),
])
def test_document_facts_answered(ctx: Context, question: str, wanted: list[str], unwanted: list[str]) -> None:
    ans = ask(ctx, question)
    assert ans.intent in {"fact", "plan_count"}, ans.answer
    assert all(w in ans.answer for w in wanted) and not any(u in ans.answer for u in unwanted), ans.answer


def test_the_speaker_asked_with_the_office_typed_by_its_sound(ctx: Context) -> None:
    # "市常" for 市长, between 哪位 and the verb; the date asked after it
    ans = ask(ctx, "南昌24年报告是哪位市常作的 哪天开的会")
    assert "万广明" in ans.answer and "1月15日" in ans.answer, ans.answer


@pytest.mark.parametrize("question", ["南昌市长是谁，报告哪天作的", "南昌市长是谁 哪天作的报告"])
def test_the_office_and_the_date_asked_together(ctx: Context, question: str) -> None:
    # the office asked beside the report's delivery: both, not the date alone
    ans = ask(ctx, question)
    assert "万广明" in ans.answer and "1月15日" in ans.answer, ans.answer
