"""What the 台账 and the 督查通报 say, computed once from the registry for one date, so the
two files and the bot's caption can never disagree with each other or with `ducha tasks`.

Statuses are the registry's own (store.tasks.STATUS_SQL): the 台账's 状态 column and the
通报's totals are counts of exactly what `ducha tasks --status S --date D` lists. Two
things only the office adds, both in working days of the official calendar
(reminders.calendar): a task is 临期 when it is neither done nor overdue and its deadline
is at most SOON_WORKDAYS working days ahead (due today counts); and an overdue task's
days overdue are the working days after its deadline up to and including the date.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import sqlite_utils

from core.errors import UserError
from prompts import exports as texts
from reminders.calendar import WorkCalendar
from store import office
from store.tasks import STATUSES, TaskView, list_tasks

SOON_WORKDAYS = 7
RECENT_DAYS = 14
# Tones colour a 台账 row's status cell; "open" means no fill.
TONES = ("overdue", "soon", "open", "done", "review")


@dataclass
class LedgerRow:
    task: TaskView
    tone: str
    days_overdue: int | None = None  # working days, overdue tasks only
    days_left: int | None = None  # working days to the deadline, open tasks only
    latest: office.ProgressNote | None = None
    evidence: int = 0


@dataclass
class Ledger:
    date: dt.date
    title_plan: str | None  # the plan's title when the export covers one plan
    rows: list[LedgerRow]
    counts: dict[str, int]
    overdue_groups: list[tuple[str, list[LedgerRow]]] = field(default_factory=list)
    upcoming: list[LedgerRow] = field(default_factory=list)
    recent: list[office.ProgressNote] = field(default_factory=list)
    soon_days: int = SOON_WORKDAYS
    recent_days: int = RECENT_DAYS
    upcoming_until: dt.date | None = None

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def overdue(self) -> int:
        return self.counts.get("逾期", 0)


def _tone(task: TaskView, days_left: int | None) -> str:
    if task.status == "已完成":
        return "done"
    if task.status == "逾期":
        return "overdue"
    if task.status == "待审核":
        return "review"
    if days_left is not None and 0 <= days_left <= SOON_WORKDAYS:
        return "soon"
    return "open"


def build_ledger(db: sqlite_utils.Database, day: dt.date, *, plan_id: int | None = None) -> Ledger:
    """Every live task as of `day` (of one plan, or of all), with the office's derived figures.
    An unknown plan id → UserError; an empty registry → UserError (nothing to file)."""
    tasks = list_tasks(db, today=day, plan_id=plan_id)
    if not tasks:
        if plan_id is not None and not db.execute("SELECT 1 FROM plans WHERE id = ?", [plan_id]).fetchone():
            raise UserError(texts.EXPORT_NO_PLAN.format(plan=plan_id))
        raise UserError(texts.EXPORT_EMPTY)
    cal = WorkCalendar(db)
    ids = [t.id for t in tasks]
    latest = office.latest_progress(db, ids)
    evidence = office.evidence_counts(db, ids)
    rows: list[LedgerRow] = []
    for t in tasks:
        days_left = days_overdue = None
        if t.due is not None and t.status == "逾期":
            days_overdue = cal.count_between(t.due, day)
        elif t.due is not None and t.status != "已完成":
            days_left = cal.count_between(day, t.due)
        rows.append(LedgerRow(t, _tone(t, days_left), days_overdue, days_left, latest.get(t.id), evidence.get(t.id, 0)))
    counts = {s: 0 for s in STATUSES}
    for r in rows:
        counts[r.task.status] = counts.get(r.task.status, 0) + 1
    plans = {t.plan_id: t.plan_title for t in tasks}
    ledger = Ledger(day, next(iter(plans.values())) if len(plans) == 1 else None, rows, counts)
    ledger.overdue_groups = _group_by_lead(r for r in rows if r.tone == "overdue")
    ledger.upcoming_until = cal.shift(day, SOON_WORKDAYS)
    ledger.upcoming = sorted((r for r in rows if r.tone == "soon"), key=lambda r: (r.task.due, _code_key(r.task.code)))
    ledger.recent = office.progress_since(db, ids, day - dt.timedelta(days=RECENT_DAYS - 1), day)
    return ledger


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(p) for p in code.split(".") if p.isdigit())


def _group_by_lead(rows) -> list[tuple[str, list[LedgerRow]]]:
    """Overdue rows under each lead unit (a task with two lead units is listed under both),
    the units with the most overdue tasks first, then by name; rows by days overdue, longest first."""
    groups: dict[str, list[LedgerRow]] = {}
    for r in rows:
        for unit in r.task.lead_units or [texts.REPORT_UNIT_NONE]:
            groups.setdefault(unit, []).append(r)
    for items in groups.values():
        items.sort(key=lambda r: (-(r.days_overdue or 0), _code_key(r.task.code)))
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))


# --- the commitment check (兑现核查), when the export includes it --------------------------

@dataclass
class ReviewRow:
    """One task's verdict as the office files it (plain data: the check itself lives in
    answers.review_run, above this layer; usecases.exporting hands it down)."""

    code: str
    text: str
    lead_units: list[str]
    label: str  # done | progress | not_mentioned
    evidence: str  # the report's own sentence(s), empty when not mentioned
    section: str
    note: str = ""


@dataclass
class ReviewSheet:
    plan_title: str
    year: int  # the plan's year: the year the report reviews
    report_title: str
    report_file: str
    rows: list[ReviewRow]

    @property
    def counts(self) -> dict[str, int]:
        counts = {"done": 0, "progress": 0, "not_mentioned": 0}
        for r in self.rows:
            counts[r.label] = counts.get(r.label, 0) + 1
        return counts

    def missing_by_unit(self) -> list[tuple[str, list[ReviewRow]]]:
        """The not-mentioned tasks under their first lead unit (as `/review` lists them), the
        units with the most first, then by name; rows in table order."""
        groups: dict[str, list[ReviewRow]] = {}
        for r in self.rows:
            if r.label == "not_mentioned":
                groups.setdefault(r.lead_units[0] if r.lead_units else texts.REPORT_UNIT_NONE, []).append(r)
        for rows in groups.values():
            rows.sort(key=lambda r: _code_key(r.code))
        return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
