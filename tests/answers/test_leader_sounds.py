"""A leader's name typed by its sound ("秦毅同志…牵头的是哪几项" for the table's 秦义): read as
the one leader who sounds the same, with a note of the reading; never when two leaders sound
the same, never for a person who sounds like none (answers.leader_sounds). Round 26a r26a-034;
own variants over the sample corpus's table."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.leader_sounds import leader_heard
from tests.support.answer_sets import flat


@pytest.mark.parametrize("question, leader, typed", [
    ("胡墙同志牵头的是哪几项", "胡强", "胡墙"),
    ("吴皓在分工方案里牵头哪些工作", "吴浩", "吴皓"),
    ("秦怡同志牵头几项", "秦义", "秦怡"),
    ("胡蔷副省长分管的任务有哪些", "胡强", "胡蔷"),
    ("秦毅同志在21年分工方案里牵头的是哪几项 帮我列一下", "秦义", "秦毅"),
])
def test_a_leader_typed_by_sound_is_read_with_a_note(asked_corpus, question: str, leader: str, typed: str) -> None:
    ans = ask(asked_corpus, question)
    text = flat(ans.answer)
    assert ans.intent != "none" and f"{leader}牵头的任务" in text, ans.answer
    assert f"“{typed}”" in text and "同音" in text, ans.answer


def test_a_person_who_sounds_like_no_leader_is_said_to_lead_none(asked_corpus) -> None:
    ans = ask(asked_corpus, "叶建春省长牵头哪几条")
    assert ans.intent == "none" and "不是" in ans.answer, ans.answer


def test_two_leaders_of_the_same_sound_are_no_guess() -> None:
    assert leader_heard("秦毅同志牵头哪几项", ["秦义", "秦艺", "胡强"]) is None
    assert leader_heard("秦毅同志牵头哪几项", ["秦义", "胡强"]) == ("秦毅", "秦义")
    assert leader_heard("秦义同志牵头哪几项", ["秦义", "胡强"]) is None
