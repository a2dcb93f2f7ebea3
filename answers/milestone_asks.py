"""A milestone asked of a project that the documents name only at another stage: "青崖支线机场
什么时候通航" is not answered by the task "推进青崖支线机场前期工作", "地铁6号线砚溪段今年开工吗"
not by "推进地铁6号线砚溪段前期工作" (rounds 31b r31b-060, 31c r31c-055). The answer found
names the project, but its text holds no milestone (`core.stage_words_data.MILESTONES_ASKED`):
it says nothing of when the project opens, starts or is finished. The reply says so, and gives
what the documents do state, labelled as such (its task number or its source), with intent
"none": a plan's deadline for preliminary work is never the date the airport opens.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from answers.compose import Answer, fit, source_line
from core import lazy_re as re
from core.bigrams import bigrams
from core.stage_words_data import MILESTONES_ASKED
from prompts import answers as P

# how much of the project's name (its character pairs) the answer's text must hold to be about it
MIN_SHARE = 0.6


@lru_cache(maxsize=1)
def _milestone() -> re.Pattern:
    words = sorted((w for w, _why in MILESTONES_ASKED), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


@lru_cache(maxsize=1)
def _asked() -> re.Pattern:
    m = _milestone().pattern
    return re.compile(
        r"(?P<thing>[^，,。？?；;\s]{2,30}?)\s*(?:(?:19|20)?\d{2}年|今年|明年|年内|年底前?)?\s*"
        r"(?:(?:什么时候|啥时候|何时|哪年|哪一年|几月|几月份|多会儿)\s*(?:能|可以|会|要|将|才能?)?\s*(?:建成|正式)?\s*(?P<when>" + m + r")|"
        r"(?:能|会|要|将|可以)?\s*(?P<yes>" + m + r")\s*(?:吗|么|不)(?=\s|[，,？?。]|$))")
# ("建成了没" / "开工了吗" ask progress, which a task's records answer: not read here)


def milestone_asked(question: str) -> tuple[str, str] | None:
    """(the project, the milestone asked), or None when the question asks no milestone."""
    m = _asked().search(question or "")
    if not m:
        return None
    thing = re.sub(r"^(?:请问|问下|问一下|那个|这个)", "", m.group("thing")).strip()
    thing = re.sub(r"(?:(?:19|20)?\d{2}年|今年|明年|年内)$", "", thing)
    return (thing, m.group("when") or m.group("yes")) if len(thing) >= 2 else None


def _stated(ans: Answer) -> tuple[str, str] | None:
    """(what the answer states of the project, its label): the task's text, or the clause."""
    if ans.tasks:
        task = ans.tasks[0]
        return task.get("text") or "", P.STAGE_LABEL_TASK.format(plan=task.get("plan_title") or "分工方案", code=task.get("code") or "")
    if ans.evidence:
        ev = ans.evidence[0]
        return ev.clause, ev.title or ""
    return None


def milestone_checked(question: str, ans: Answer, again: Callable[[str], Answer] | None = None) -> Answer:
    """`ans`, or a "not stated" answer when the milestone asked is nowhere in what it states of
    the project (module doc). `again`: a task's text that states no milestone is asked of the
    reports once more, as the milestone's time ("柘棠高速棠川段是啥时候开工的来着", round 62a: the
    table says 全力推进…建设, the review says 于2024年10月正式开工建设)."""
    if ans.intent == "none" or (asked := milestone_asked(question)) is None:
        return ans
    thing, stage = asked
    stated = _stated(ans)
    if stated is None or not stated[0]:
        return ans
    text, label = stated
    wanted = set(bigrams(thing))
    if not wanted:
        return ans
    # the piece of the text that names the project: "开工建设A高铁，推进B机场前期工作" holds a
    # milestone of A, none of B
    pieces = [p for p in re.split(r"[，,；;。]", text) if p.strip()]
    share, piece = max(((len(wanted & set(bigrams(p))) / len(wanted), p) for p in pieces), default=(0.0, ""))
    if share < MIN_SHARE or _milestone().search(piece):
        return ans
    text = piece
    if ans.tasks and again is not None:
        found = again(f"{thing}{stage}时间")
        if found.intent != "none" and not found.tasks and found.evidence and _milestone().search(found.evidence[0].clause):
            return found
    body = P.STAGE_NOT_STATED.format(thing=thing, stage=stage, label=label, clause=text.rstrip("。；;"))
    if ans.sources:
        src = ans.sources[0]
        body += "\n" + source_line(src.get("title") or "", src.get("section") or "")
    return Answer(fit(body, limit=600), "none", ans.sources[:1], evidence=ans.evidence[:1])
