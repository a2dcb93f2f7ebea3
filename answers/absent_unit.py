"""A unit that leads no task of the tables: "省审计厅在分工方案里牵头哪几项".

Asked what a unit leads, the answer must be about that unit. When the tables name it as no
task's lead, say so plainly, and list the tasks it joins as a co-unit (labelled so); never
answer with the table's task count or another unit's tasks (round 28a r28a-057; dev rounds
30a/30c ask "X牵头哪些" of units that only co-operate).

Two cases, both read from the question and the registry, never from a list of names:
- a unit the registry knows that leads nothing (its tasks are all co-unit ones);
- a name shaped like a unit ("…厅", "…局", "…委", "…办", "…中心") that no unit of the tables
  carries, not even by its core words ("审计" of 省审计厅): it is not in the tables at all. A
  name whose core some table unit holds may be that unit under another form, so it is left to
  the registry's own reading.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from answers import backends as B
from answers.compose import Answer, task_list
from core import lazy_re as re
from core.synonyms import sounds_read
from prompts import owners as PO

# the lead role asked, with a list or a count: "牵头哪几项", "牵头了什么任务", "牵头的有啥"
_LEAD_LIST = re.compile(r"牵头(?:了|的)?(?:任务|工作|事项)?(?:有|是|都有|一共有|共有)?(?:哪|几|多少|什么|啥)")
# the owner of a task asked ("X是哪个单位牵头"): not a unit's tasks
_OWNER_ASKED = re.compile(r"谁|哪个(?:单位|部门|厅|局|委|办)|哪家|哪位|什么(?:单位|部门)|哪些(?:单位|部门)|是不是|吗")
# a unit's printed name: an optional level, its words, and the kind of body it is
# (a subdistrict or a township is such a body too: "溪口街道牵头的任务有哪些", round 31c)
_UNIT_NAME = re.compile(r"(?P<unit>(?:省|市|县|区)?[\u4e00-\u9fff]{1,10}?(?:委员会|管委会|办公室|办公厅|指挥部|服务中心|中心|"
                        r"街道办事处|街道办|街道|镇人民政府|镇政府|乡人民政府|乡政府|镇|乡|"
                        r"厅|局|委|办|院|社|署|馆|会|集团|公司))(?=在|于|的|牵头|[，,\s])")
_LEVEL = re.compile(r"^(?:省|市|县|区)")
_KIND = re.compile(r"(?:委员会|管委会|办公室|办公厅|指挥部|服务中心|中心|街道办事处|街道办|街道|镇人民政府|镇政府|乡人民政府|乡政府|镇|乡|"
                   r"厅|局|委|办|院|社|署|馆|会|集团|公司)$")
# words before the name that are no part of it ("请问", "那个")
_LEAD_IN = re.compile(r"^(?:请问|问下|问一下|麻烦|帮我查下?|查下|那个|这个|咱们|我们)+")


def _core(unit: str) -> str:
    """"省审计厅" → "审计": the words that say what the body does."""
    return _KIND.sub("", _LEVEL.sub("", unit))


def plan_titles(ctx: Any) -> str:
    """The loaded tables' titles, joined (what \"the plan\" is in the answer)."""
    return "、".join(dict.fromkeys(d.title or d.file for d in B.documents(ctx) if d.kind == "plan")) or "分工方案"


def unit_named(question: str) -> str | None:
    """The unit-shaped name a "X牵头哪几项" question opens with, or None."""
    text = _LEAD_IN.sub("", (question or "").strip())
    m = _UNIT_NAME.match(text)
    return m.group("unit") if m else None


def absent_unit_answer(ctx: Any, question: str, today: dt.date) -> Answer | None:
    """"X牵头哪几项" where X is a name of a unit no table carries: said so; None otherwise
    (a unit the tables know is answered by the registry, `lead_none_answer` when it leads none)."""
    if not question or not _LEAD_LIST.search(question) or _OWNER_ASKED.search(question):
        return None
    unit = unit_named(question)
    if unit is None or len(_core(unit)) < 2:
        return None
    if B.registry_empty(ctx, today) or B.units_in_text(ctx, question):
        return None
    if sounds_read(unit, B.unit_short_names(ctx))[1]:
        return None  # "省人访办": a unit typed by its sound (人防办), read by the registry's rules
    core = _core(unit)
    if any(core in u for u in [*B.unit_names(ctx), *B.unit_short_names(ctx)]):
        return None  # the tables may name it otherwise ("审计局" for 审计厅): the registry reads it
    text = PO.NONE_UNIT_LEADS_NO_TASK.format(plans=plan_titles(ctx), unit=unit) + PO.UNIT_NOT_IN_PLAN.format(unit=unit)
    return Answer(text, "none")


def lead_none_answer(unit: str, co_tasks: list[dict], plans: str) -> Answer:
    """A unit the tables know that leads no task: said so, with the tasks it joins as a
    co-unit listed and labelled, as an answer of "none" (nothing it leads was found)."""
    text = PO.NONE_UNIT_LEADS_NO_TASK.format(plans=plans, unit=unit)
    if co_tasks:
        head = PO.UNIT_ONLY_CO_HEAD.format(unit=unit, count=len(co_tasks))
        text += "\n" + task_list(head, co_tasks)
    return Answer(text, "none", [], [])
