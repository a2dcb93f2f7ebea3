"""The reminder ladder: for one day, which unit gets which reminder about which task.

Pure computation over a registry snapshot; writes nothing (the outbox pass does). Counting
is in working days of the official calendar (reminders.calendar):
- upcoming: the deadline is exactly N working days ahead, N in settings.remind_upcoming_days
  (working days after today up to and including the deadline);
- due_today: on the deadline, or on the last working day before it when it is a day off;
- overdue: every working day after the deadline; a unit that reported progress on the task
  in the last `remind_quiet_after_progress_days` working days gets it at most weekly;
- escalation: on the `remind_escalate_every`-th working day after the deadline and every
  as many after, one per task to the supervision chat, naming lead units and leaders.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from core.context import Context
from prompts import reminders as texts
from reminders.calendar import WorkCalendar
from store import outbox as store_outbox
from store import reminder_queries as q

KINDS = ("upcoming", "due_today", "overdue", "escalation")


@dataclass
class Reminder:
    task: str
    unit: str
    chat_id: int | None
    kind: str
    due: dt.date
    text: str
    task_id: int = 0
    unit_id: int | None = None

    def to_dict(self) -> dict:
        return {"task": self.task, "unit": self.unit, "chat_id": self.chat_id, "kind": self.kind,
                "due": self.due.isoformat(), "text": self.text}


@dataclass
class RemindPlan:
    date: dt.date
    workday: bool
    reminders: list[Reminder] = field(default_factory=list)
    # Lines for the supervision digest / CLI stderr (fallback calendar, missing settings).
    notes: list[str] = field(default_factory=list)
    # Units (canonical names) that would have been reminded but have no active chat.
    unbound: list[str] = field(default_factory=list)
    fallback_years: list[int] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Exactly the `ducha remind --json` object of CONTRACT.md."""
        return {"date": self.date.isoformat(), "workday": self.workday, "reminders": [r.to_dict() for r in self.reminders]}


def _horizon(cal: WorkCalendar, day: dt.date, ahead: int) -> dt.date:
    """Last date whose deadline can still be `ahead` working days away: the day before the
    (ahead+1)-th working day after `day`."""
    return cal.shift(day, ahead + 1) - dt.timedelta(days=1)


def compute(ctx: Context, day: dt.date, *, cal: WorkCalendar | None = None) -> RemindPlan:
    """The full ladder for `day` (nothing filtered by what was already recorded)."""
    s = ctx.settings
    cal = cal or WorkCalendar(ctx.db)
    workday = cal.is_workday(day)
    plan = RemindPlan(day, workday)
    if not workday:
        _finish(plan, cal)
        return plan

    upcoming = sorted({n for n in s.remind_upcoming_days if n > 0})
    until = _horizon(cal, day, max(upcoming, default=0))
    tasks = q.open_tasks_due_by(ctx.db, until)
    members = q.collective_members(ctx.db)
    chats = q.active_chats(ctx.db)
    quiet_days = max(0, s.remind_quiet_after_progress_days)
    progressed = q.recent_progress(ctx.db, cal.shift(day, -quiet_days)) if quiet_days else set()
    # "At most weekly": an overdue reminder recorded in the 6 days before today silences today's.
    recently_told = store_outbox.last_overdue(ctx.db, day - dt.timedelta(days=6), day)
    every = max(1, s.remind_escalate_every)
    unbound: dict[str, None] = {}

    for task in tasks:
        effective = task.due if cal.is_workday(task.due) else cal.last_workday_on_or_before(task.due)
        late = 0
        if day < effective:
            left = cal.count_between(day, task.due)
            if left not in upcoming:
                continue
            kind = "upcoming"
        elif day == effective:
            kind, left = "due_today", 0
        else:
            kind, left = "overdue", 0
            late = cal.count_between(task.due, day)
        text_args = dict(code=task.code, text=task.text, due=task.due, left=left, late=late,
                         shifted=effective != task.due)
        for unit, chat_id in _targets(task.lead_units, members, chats):
            if chat_id is None:
                unbound[unit.name] = None
            if kind == "overdue" and ((task.id, unit.id) in progressed or (task.id, None) in progressed) \
                    and (task.id, unit.name) in recently_told:
                continue
            plan.reminders.append(Reminder(task.code, unit.name, chat_id, kind, task.due,
                                           texts.reminder_text(kind, **text_args), task.id, unit.id))
        if not task.lead_units:
            plan.notes.append(texts.NO_LEAD_UNIT.format(code=task.code))
        if kind == "overdue" and late % every == 0:
            names = [u.name for u in task.lead_units]
            plan.reminders.append(Reminder(
                task.code, names[0] if names else texts.SUPERVISION_UNIT, s.supervision_chat_id, "escalation", task.due,
                texts.reminder_text("escalation", units=names, leaders=task.leaders, **text_args),
                task.id, task.lead_units[0].id if task.lead_units else None,
            ))
    if s.supervision_chat_id is None and any(r.kind == "escalation" for r in plan.reminders):
        plan.notes.append(texts.NO_SUPERVISION_CHAT)
    plan.unbound = list(unbound)
    _finish(plan, cal)
    return plan


def _targets(lead_units: list[q.UnitRef], members: dict[int, list[q.UnitRef]],
             chats: dict[int, int]) -> list[tuple[q.UnitRef, int | None]]:
    """Who receives a task's reminder: each lead unit, a collective expanded to its bound
    members (the collective itself, unbound, when none of them is bound); each unit once."""
    out: dict[int, tuple[q.UnitRef, int | None]] = {}
    for unit in lead_units:
        if unit.kind == "collective" and members.get(unit.id):
            bound = [m for m in members[unit.id] if m.id in chats]
            if bound:
                for m in bound:
                    out.setdefault(m.id, (m, chats[m.id]))
                continue
        out.setdefault(unit.id, (unit, chats.get(unit.id)))
    return list(out.values())


def _finish(plan: RemindPlan, cal: WorkCalendar) -> None:
    plan.fallback_years = sorted(cal.fallback_years)
    if plan.fallback_years:
        plan.notes.insert(0, texts.FALLBACK_NOTE.format(years="、".join(map(str, plan.fallback_years))))
