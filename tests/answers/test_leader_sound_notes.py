"""One mechanism reads a leader's name typed by its sound: the question repair
(`core.synonyms.sounds_read`) puts it right and reports what it read (`Question.heard`), and
the answer says so whatever the wording. Before, a second path (a pipeline step) added the
note only when the name opened a clause; said after other words ("方案里唐力新牵头…",
"请列出许佳禾负责的…") the repair read it silently. Own variants over the invented district
table (tests/data/qinghe_plan_2026.txt), not the round's leader or wording."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.question import parse_question
from tests.support.answer_sets import flat

TODAY = dt.date(2026, 3, 1)


@pytest.mark.parametrize("question, typed, leader", [
    ("2026年分工方案里唐力新牵头几项", "唐力新", "唐立新"),
    ("帮我看看周明元分管哪些工作", "周明元", "周明远"),
    ("请列出许佳禾负责的任务", "许佳禾", "许嘉禾"),
    ("区里方案中周铭远牵头的有哪些", "周铭远", "周明远"),
])
def test_a_leader_heard_after_other_words_is_answered_with_the_note(qinghe_plan_ctx, question: str, typed: str,
                                                                     leader: str) -> None:
    ans = ask(qinghe_plan_ctx, question, today=TODAY)
    text = flat(ans.answer)
    assert ans.intent == "leader_tasks" and f"{leader}牵头的任务" in text, ans.answer
    assert f"没有“{typed}”，按同音的牵头领导“{leader}”理解" in text, ans.answer


def test_the_repair_reports_what_it_read() -> None:
    q = parse_question("请列出秦毅负责的任务", known_names=["秦义", "胡强"])
    assert q.heard == (("秦毅", "秦义"),) and "秦义" in q.text


def test_a_name_typed_right_is_no_reading() -> None:
    assert parse_question("秦义同志牵头哪几项", known_names=["秦义", "胡强"]).heard == ()
    # two names of the same sound: no guess, nothing read
    assert parse_question("秦毅同志牵头哪几项", known_names=["秦义", "秦艺"]).heard == ()


def test_a_leader_typed_right_carries_no_note(qinghe_plan_ctx) -> None:
    ans = ask(qinghe_plan_ctx, "帮我看看周明远分管哪些工作", today=TODAY)
    assert ans.intent == "leader_tasks" and "同音" not in ans.answer, ans.answer
