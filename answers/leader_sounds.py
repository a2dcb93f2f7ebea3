"""A leader's name typed by its sound: "秦毅同志在分工方案里牵头的是哪几项" where the table's
leader is 秦义. Voice input and pinyin keyboards give the right sound in other characters; the
person is then "no leader of the table" and the answer says so, though the one leader who
sounds the same is meant. Read as that leader, with a note of the reading, only when exactly
one leader of the tables sounds the same (two would be a guess). Round 26a r26a-034.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

from answers import backends as B
from answers.compose import Answer
from core import lazy_re as re
from core.synonyms import same_sound_as
from prompts import owners as PO

# a name standing as the one who leads: at a clause's start, maybe with 同志 or an office, before
# where the tasks are listed or a verb of owning ("秦毅同志在…牵头", "秦毅副省长分管的")
_NAME = re.compile(r"(?:^|(?<=[\s，,。？?、：:]))(?:那个|这个|那位|这位|请问|问下)?(?P<name>[\u4e00-\u9fff]{2,3}?)"
                   r"(?=(?:同志|(?:常务)?副?(?:省长|市长|县长|区长))?(?:在|于|牵头|分管|主抓|负责|挂帅|领衔))")
_LEADS = re.compile(r"牵头|分管|主抓|挂帅|领衔|负责")


def leader_heard(question: str, leaders: list[str]) -> tuple[str, str] | None:
    """(typed, leader): a name said as the one who leads that is no leader of the tables but
    sounds as exactly one of them; None otherwise."""
    if not _LEADS.search(question or ""):
        return None
    for m in _NAME.finditer(question or ""):
        typed = m.group("name")
        if typed in leaders or any(typed in n for n in leaders):
            return None  # a leader named right
        same = same_sound_as(typed, leaders)
        if len(same) == 1:
            return typed, same[0]
    return None


def leader_sound_answer(ctx: Any, question: str, sub: Callable[[str], Answer]) -> Answer | None:
    """The heard leader's answer with a note of the reading, or None (read on as typed)."""
    if not _NAME.search(question or "") or not _LEADS.search(question or ""):
        return None
    leaders = B.leader_names(ctx)
    heard = leader_heard(question, leaders) if leaders else None
    if heard is None:
        return None
    typed, leader = heard
    ans = sub(question.replace(typed, leader))
    if ans.intent == "none":
        return None
    return replace(ans, answer=PO.LEADER_SOUND_READ_AS.format(typed=typed, leader=leader) + "\n" + ans.answer)
