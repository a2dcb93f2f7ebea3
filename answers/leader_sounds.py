"""A leader's name typed by its sound: "秦毅同志在分工方案里牵头的是哪几项" where the table's
leader is 秦义. Voice input and pinyin keyboards give the right sound in other characters. One
mechanism reads it: the question repair (`core.synonyms.sounds_read`, run by
`answers.question.parse_question` over the regions, leaders and units' short names) puts the
name right when exactly one name of the tables sounds the same (two would be a guess) and
reports what it read (`Question.heard`). The answer then says how it read the name
(`with_sound_note`, a check of `answers.pipeline`), and a person heard as a leader is no
"person who leads none" (`answers.absent_leader`). Round 26a r26a-034.
"""
from __future__ import annotations

from dataclasses import replace

from answers.compose import Answer
from answers.question import Question
from core.synonyms import sounds_read
from prompts import owners as PO


def leader_heard(text: str, leaders: list[str]) -> tuple[str, str] | None:
    """(typed, leader): the first name in `text` that is no leader of the tables but that the
    question repair reads as one of them by its sound; None otherwise."""
    _fixed, heard = sounds_read(text, tuple(leaders))
    return next(((typed, read) for typed, read in heard if read in leaders), None)


def with_sound_note(q: Question, ans: Answer) -> Answer:
    """The answer with a note of the leader's name the question repair read by its sound, when
    the question is about that leader ("（分工方案中没有“秦毅”，按同音的牵头领导“秦义”理解。）")."""
    if ans.intent == "none" or not q.heard:
        return ans
    read = next(((typed, leader) for typed, leader in q.heard if leader in q.leaders), None)
    if read is None:
        # "省人访办牵头啥任务": a unit's short name read by its sound (人防办), said the same way
        unit = next(((typed, word) for typed, word in q.heard if any(word in u for u in q.units)), None)
        if unit is None:
            return ans
        return replace(ans, answer=PO.UNIT_SOUND_READ_AS.format(typed=unit[0], unit=unit[1]) + "\n" + ans.answer)
    return replace(ans, answer=PO.LEADER_SOUND_READ_AS.format(typed=read[0], leader=read[1]) + "\n" + ans.answer)
