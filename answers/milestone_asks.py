"""A milestone asked of a project that the documents name only at another stage: "青崖支线机场
什么时候通航" is not answered by the task "推进青崖支线机场前期工作", "地铁6号线砚溪段今年开工吗"
not by "推进地铁6号线砚溪段前期工作" (rounds 31b r31b-060, 31c r31c-055). The answer found
names the project, but its text holds no milestone (`core.stage_words_data.MILESTONES_ASKED`):
it says nothing of when the project opens, starts or is finished. The reply says so, and gives
what the documents do state, labelled as such (its task number or its source), with intent
"none": a plan's deadline for preliminary work is never the date the airport opens.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any, Callable

from answers import backends as B
from answers.compose import Answer, fit, source_dict, source_line
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
        r"(?:(?:什么时候|啥时候|何时|哪年|哪一年|几月|几月份|多会儿|哪天|哪一天|几号)\s*(?:能|可以|会|要|将|才能?)?\s*(?:建成|正式)?\s*(?P<when>" + m + r")|"
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


# a progress document by its title: a quarter's or a half-year's 完成情况 / 进展情况 / 督查通报
_PROGRESS_TITLE = re.compile(r"进展|完成情况|通报|季度|半年|台账")
# a date or an expectation in a progress sentence: "预计2027年1月投产", "于5月18日正式运营"
_DATED = re.compile(r"预计|(?:19|20)\d{2}年|\d{1,2}月(?:\d{1,2}日)?|[上下]半年|季度|学期")


def latest_progress_added(ctx: Any, question: str, ans: Answer) -> Answer:
    """`ans` with the latest progress a report of part of the year states of the project's
    milestone ("凤栖小学啥时候能投用": the report's target says 秋季开学, the third quarter's
    report says 预计2027年春季学期投用, round 68c), when one does; a not-found is replaced by it."""
    asked = milestone_asked(question)
    if asked is None:
        return ans
    thing, stage = asked
    bare = re.sub(r"(?:现在|目前|眼下|最新)(?:说|讲)?的?$", "", thing).strip()
    if not bare:
        # "集成电路二期 现在说啥时候能投产" (round 68c): the project said before the pause
        before = (question or "").split(thing)[0].split()
        bare = before[-1] if before else thing
    thing = bare
    wanted = set(bigrams(thing))
    if len(wanted) < 2:
        return ans
    for hit in B.search(ctx, f"{thing} {stage}", k=8, kind="report"):
        if not _PROGRESS_TITLE.search(B.field(hit, "title") or ""):
            continue
        for sentence in re.split(r"(?<=[。；;\n])", B.field(hit, "text") or ""):
            flat = "".join(sentence.split())
            if len(wanted & set(bigrams(flat))) / len(wanted) >= MIN_SHARE and _DATED.search(flat) and (
                    _milestone().search(flat)):
                if flat in ans.answer:
                    return ans
                line = P.LATEST_PROGRESS.format(title=B.field(hit, "title") or "", sentence=flat.rstrip("；;"))
                if ans.intent == "none":
                    return Answer(fit(line, limit=600), "fact", [source_dict(hit)])
                return replace(ans, answer=fit(ans.answer + "\n" + line, limit=900), sources=ans.sources + [source_dict(hit)])
    return ans
