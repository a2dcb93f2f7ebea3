"""The responsibility plan named the ways staff name it, and the words of a task asked of it.

Staff call the 重点工作责任分工方案 many things: "分工表", "任务分解表", "分解表", "省里的分工",
"任务清单". Each of those only says where to look; none is a word a task holds. The names are
data (`core.synonyms_data.PLAN_NAMES`, with where each comes from); `plan_named` writes every
one of them as "分工方案", the name the question rules and the table's own answers key on, so
one rule reads them all.

A figure or a task's wording asked of the plan ("分工方案里停车泊位要增加多少", "…老旧小区改造
那条任务要求原文是什么") is answered from the task's own text: `plan_topics` gives the ways the
asked subject may be written in a task — the pointer at the task ("那条任务"), the wording
asked ("要求原文是什么") and "关于…的任务" dropped, a share asked said as 比重, a gloss in brackets
read on its own, abbreviations expanded and full names shortened (`core.synonyms_data` "query"
rows) — so a task is found by its content words, not by the asking words around them.

Several regions' tables loaded (a province's and a city's): a target asked with no region is
answered from each table, labelled (`plan_across_regions`), as the reports are.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from answers import backends as B
from answers.compose import Answer
from answers.evidence import UNIT_WORDS
from core import lazy_re as re
from core.synonyms import lay_reading, table
from core.synonyms_data import PLAN_NAMES

# the name every rule keys on
PLAN = "分工方案"
_DOCUMENT_NOUNS = ("表", "方案", "清单")


@lru_cache(maxsize=1)
def _names() -> re.Pattern:
    typed = sorted({t for t, _why in PLAN_NAMES}, key=len, reverse=True)
    # a name already inside the full one ("责任分工方案") or followed by it is left alone; a
    # name that is no document's noun ("分工", "任务分解") names the plan only where a place
    # word or a pause follows ("21年分工里", "重点工作分工，")
    alternatives = [re.escape(t) + ("" if t.endswith(_DOCUMENT_NOUNS) else "(?=里|中|上|内|[，,：:\\s])")
                    for t in typed]
    return re.compile("(?:" + "|".join(alternatives) + r")(?!方案)")


# a list said beside a report or its 民生实事 is the report's own list, not the plan
_REPORT_LIST = re.compile(r"报告|实事")


def plan_named(question: str) -> str:
    """`question` with each staff name of the responsibility plan written "分工方案"
    ("21年分工表停车泊位…" → "21年分工方案停车泊位…"); unchanged when it names none."""
    if not question:
        return question
    listed = bool(_REPORT_LIST.search(question))
    return _names().sub(lambda m: m.group(0) if listed and "清单" in m.group(0) else PLAN, question)


# the task pointed at ("那条任务", "这一项工作") and the wording asked of it ("要求原文是什么",
# "具体怎么写的", "原话"): how a task is asked for, never words it holds
_POINTER = re.compile(r"(?:那|这|该|此)(?:一)?(?:条|项|件)(?:重点)?(?:任务|工作)?")
_WORDING = re.compile(
    r"(?:的)?(?:任务)?(?:具体)?(?:要求|规定)?(?:的)?(?:原文|原话|原句|表述|提法|写法|具体内容|内容)"
    r"(?:是)?(?:什么|啥|怎么写的?|如何表述|怎么说的?)?|"
    r"(?:具体)?(?:是)?(?:怎么|如何)(?:写|表述|说|要求)的?|任务要求|(?<=[\u4e00-\u9fff])要求(?=\s|$|是)")
# "关于氢能的任务": the subject said around, never words of a task
_ABOUT = re.compile(r"^(?:关于|有关|涉及到?)|(?:相关|有关)?的?(?:任务|工作|事项)$")
_ASK_LEFT = re.compile(r"(?:是)?(?:什么|啥|多少|几)\s*[？?]?\s*$")
_BRACKET = re.compile(r"[（(]([^（）()]{2,30})[）)]")
_SHARE = ("占比", "比例")
_UNIT_ONLY = re.compile(rf"^(?:单位[:：]?)?(?:万亿|亿|万|千|百)?(?:{UNIT_WORDS})?$")


def plan_topics(topic: str) -> list[str]:
    """The ways `topic` may be written in a task's text, the subject without its asking words
    first."""
    topic = (topic or "").strip()
    if not topic:
        return []
    bare = _ABOUT.sub(" ", _ASK_LEFT.sub("", _WORDING.sub(" ", _POINTER.sub(" ", topic))))
    bare = re.sub(r"\s+", " ", bare).strip()
    # the asking words gone, the rest is the subject: the typed form would let "任务" or "原文"
    # count as words a task shares
    forms = [bare or topic]
    for form in list(forms):
        gloss = _BRACKET.search(form)
        if gloss:  # "研发经费投入强度（R&D占GDP）": the name outside and the gloss inside, each alone
            forms.append(_BRACKET.sub(" ", form).strip())
            if not _UNIT_ONLY.match(gloss.group(1).strip()):  # "（亿元）" says the unit asked, names nothing
                forms.append(gloss.group(1))
    for form in list(forms):
        # a task may print the short form of what is typed in full ("研发经费" is its "R&D")
        short = form
        for typed, doc in sorted(table("query").items(), key=lambda kv: -len(kv[1])):
            if doc in short and typed not in short:
                short = short.replace(doc, typed)
        if short != form:
            forms.append(short)
    for form in list(forms):
        lay = lay_reading(form)
        if lay != form:
            forms.append(lay)
        for share in _SHARE:  # "R&D占比" is what a task writes "R&D经费支出占GDP比重"
            if share in form:
                forms.append(form.replace(share, "比重"))
    out: list[str] = []
    for form in forms:
        for f in (form, B.normalize(form)):
            if f.strip() and f not in out:
                out.append(f)
    return out


def plan_across_regions(ctx: Any, q: Any, docs: list[B.Doc], today: dt.date, first: Answer) -> Answer:
    """A table's target asked with no region, when tables of several regions are loaded (a
    province's and a city's): each region's own task, labelled, as for the reports; one
    region's table loaded: its answer alone."""
    from answers.regions_fanout import MAX_REGIONS, _labelled
    from answers.report_facts import plan_target

    regions = sorted({d.region for d in docs if d.kind == "plan" and d.region})
    if len(regions) <= 1:
        return first
    years = list(q.years.explicit) or sorted({d.year for d in docs if d.kind == "plan" and d.year})
    found = [(r, a) for r in regions for a in [plan_target(ctx, q, years, today, region=r) if years else None]
             if a is not None and a.intent == "target"]
    if len(found) <= 1 or len(found) > MAX_REGIONS:
        return first
    labelled = _labelled(found)
    return Answer(labelled.answer, labelled.intent, labelled.sources, [t for _, a in found for t in a.tasks])
