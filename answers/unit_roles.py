"""Registry answers for the ways staff name what they ask about: a unit's tasks in both roles,
each list headed ("X牵头的和参与的分开说"); a unit said by a stem several units share, chosen
by the plan asked about or asked back (intent `clarify`); a leader read from a name one
character off, the answer saying whom it read."""
from __future__ import annotations

import datetime as dt
from core import lazy_re as re
from dataclasses import replace
from typing import Any

from answers import backends as B
from answers.absent_unit import lead_none_answer, plan_titles
from answers.compose import Answer
from answers.owner_asks import narrowing_words, near_leader, read_stems
from answers.question import Question
from answers.regions import same_region
from answers.registry_answers import leader_tasks_answer, list_registry_tasks, plan_year, unit_tasks_answer
from prompts import answers as P
from prompts import owners as PO


def unit_tasks_read(ctx: Any, q: Question, today: dt.date, docs: list[B.Doc]) -> Answer:
    """A unit's tasks: the unit a shared stem means picked first, then both roles apart when
    both are asked."""
    regions = [d.region for d in docs]
    choice = _stem_choice(ctx, q, today)
    if isinstance(choice, Answer):
        return choice
    q = choice
    if q.role != "both":
        return _lead_none(ctx, q, today, unit_tasks_answer(ctx, q, today, regions))
    parts: list[Answer] = []
    for role, word in (("lead", P.LIST_ROLE_LEAD), ("co", P.LIST_ROLE_CO)):
        ans = unit_tasks_answer(ctx, replace(q, role=role), today, regions)
        if ans.intent == "none":
            unit = q.units[0] if q.units else ""
            ans = Answer(PO.UNIT_ROLE_NONE.format(unit=unit, role_word=word), "none")
        parts.append(ans)
    if all(a.intent == "none" for a in parts):
        return unit_tasks_answer(ctx, replace(q, role=None), today, regions)
    tasks = [t for a in parts for t in a.tasks]
    return Answer("\n\n".join(a.answer for a in parts), "unit_tasks", [], tasks)


def _lead_none(ctx: Any, q: Question, today: dt.date, ans: Answer) -> Answer:
    """"统计局牵头哪几项" where the unit leads none: said plainly, with the tasks it joins as a
    co-unit (`answers.absent_unit`); any other answer unchanged."""
    unit = q.units[0] if q.units else ""
    if q.role != "lead" or not unit or ans.answer != P.NONE_NO_UNIT_TASKS.format(unit=unit, role_word=P.LIST_ROLE_LEAD):
        return ans
    co = [t for t in list_registry_tasks(ctx, today, unit=unit) if t.get("role") == "co"]
    plans = "、".join(dict.fromkeys(t.get("plan_title") or "" for t in co if t.get("plan_title"))) or plan_titles(ctx)
    return lead_none_answer(unit, co, plans)


def _stem_choice(ctx: Any, q: Question, today: dt.date) -> Question | Answer:
    """The question with one unit when its units are the several a typed stem may mean
    ("发改" of 省发展改革委 and 青溪县发改局): those of the plan asked about (its year, its
    region) that hold tasks in the role asked; one left is read, several are asked back."""
    if len(q.units) < 2:
        return q
    _, stem_units = read_stems(q.text, [*B.unit_short_names(ctx)], lambda t: B.units_in_text(ctx, t))
    if sorted(stem_units) != sorted(q.units):
        return q
    role = q.role if q.role in ("lead", "co") else None
    fitting = []
    for unit in q.units:
        tasks = [t for t in list_registry_tasks(ctx, today, unit=unit) if role is None or t.get("role") == role]
        if q.years.explicit:
            tasks = [t for t in tasks if plan_year(t) in q.years.explicit]
        if q.region.name and q.region.mentioned:
            tasks = [t for t in tasks if same_region(t.get("region"), q.region.name)]
        if tasks:
            fitting.append(unit)
    if len(fitting) == 1:
        return replace(q, units=fitting)
    units = fitting or q.units
    stem = next((s for s in _stems(units) if s in q.text), "")
    return Answer(PO.CLARIFY_UNIT.format(stem=stem, units="、".join(units), example=units[0]), "clarify")


def _stems(units: list[str]) -> list[str]:
    return [m.group(0) for u in units for m in re.finditer(r"[\u4e00-\u9fff]{2}", u)]


def leader_tasks_read(ctx: Any, q: Question, today: dt.date) -> Answer:
    """A leader's tasks; when the name asked is one character off the leader read, the answer
    says so first."""
    ans = leader_tasks_answer(ctx, replace(q, topic=narrowing_words(q.topic)), today)
    leader = q.leaders[0] if q.leaders else ""
    if not leader or leader in q.text:
        return ans
    near = near_leader(q.text, B.leader_names(ctx))
    if not near or near[1] != leader:
        return ans
    return replace(ans, answer=PO.LEADER_READ_AS.format(typed=near[0], leader=leader) + "\n" + ans.answer)
