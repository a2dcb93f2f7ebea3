"""Reads the reminder pass and the digest need, over the registry tables
(store/schema_registry.py). A task's effective deadline is its latest `deadlines` row,
else `tasks.text_due`; done means `tasks.done_at` is set; lead units are `task_units`
with role 'lead' in `ord` order; a unit's chat is its active binding.

Everything is read in a handful of set-wise queries (no query per task), so one pass
over 10 000 tasks stays well under a second of SQL."""
from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from core.dates import stored_date
from store.tasks import DUE_SQL, status_of

if TYPE_CHECKING:
    import sqlite_utils

# Effective deadline per live task of an active plan (the deadline rule of store/tasks.py);
# reused by every read below. A closed (archived) plan's tasks get no reminders, escalations
# or overdue counts (store/plans.py).
_EFFECTIVE = f"""
WITH eff AS (
  SELECT t.id, t.code, t.text, t.done_at, {DUE_SQL} AS due
  FROM tasks t JOIN plans p ON p.id = t.plan_id AND p.status = 'active'
  WHERE t.removed = 0
)
"""
_ACTIVE_TASK = "JOIN plans p ON p.id = t.plan_id AND p.status = 'active'"


@dataclass(frozen=True)
class UnitRef:
    id: int
    name: str
    kind: str = "single"


@dataclass
class DueTask:
    id: int
    code: str
    text: str
    due: dt.date
    leaders: list[str] = field(default_factory=list)
    lead_units: list[UnitRef] = field(default_factory=list)


def open_tasks_due_by(db: sqlite_utils.Database, until: dt.date) -> list[DueTask]:
    """Unfinished tasks whose effective deadline is on or before `until`, with leaders and
    lead units attached."""
    rows = db.execute(
        _EFFECTIVE + "SELECT id, code, text, due FROM eff WHERE done_at IS NULL AND due IS NOT NULL AND due <= ? "
        # a completion claim under review pauses the task's reminders (store/claims.py)
        "AND id NOT IN (SELECT task_id FROM completion_claims WHERE state = 'pending') ORDER BY id",
        [until.isoformat()],
    ).fetchall()
    tasks: dict[int, DueTask] = {}
    for task_id, code, text, due in rows:
        day = stored_date(due)
        if day is not None:
            tasks[task_id] = DueTask(task_id, code, text, day)
    if not tasks:
        return []
    # Lead units and leaders of all unfinished tasks, filtered here: one scan each beats
    # repeating the deadline subquery inside an IN (...).
    for task_id, unit_id, name, kind in db.execute(
        "SELECT tu.task_id, u.id, u.name, u.kind FROM task_units tu JOIN units u ON u.id = tu.unit_id "
        "JOIN tasks t ON t.id = tu.task_id " + _ACTIVE_TASK + " WHERE tu.role = 'lead' AND t.done_at IS NULL AND t.removed = 0 "
        "ORDER BY tu.task_id, tu.ord"
    ).fetchall():
        if task_id in tasks:
            tasks[task_id].lead_units.append(UnitRef(unit_id, name, kind))
    for task_id, name in db.execute(
        "SELECT tl.task_id, l.name FROM task_leaders tl JOIN leaders l ON l.id = tl.leader_id "
        "JOIN tasks t ON t.id = tl.task_id WHERE t.done_at IS NULL AND t.removed = 0 ORDER BY tl.task_id, tl.ord"
    ).fetchall():
        if task_id in tasks:
            tasks[task_id].leaders.append(name)
    return list(tasks.values())


def collective_members(db: sqlite_utils.Database) -> dict[int, list[UnitRef]]:
    members: dict[int, list[UnitRef]] = defaultdict(list)
    for coll, unit_id, name, kind in db.execute(
        "SELECT m.collective_id, u.id, u.name, u.kind FROM unit_members m JOIN units u ON u.id = m.member_id ORDER BY m.collective_id, u.id"
    ).fetchall():
        members[coll].append(UnitRef(unit_id, name, kind))
    return dict(members)


def active_chats(db: sqlite_utils.Database) -> dict[int, int]:
    """unit id -> chat id of its active binding (the most recently bound one if several)."""
    chats: dict[int, int] = {}
    for unit_id, chat_id in db.execute(
        "SELECT unit_id, chat_id FROM bindings WHERE active = 1 ORDER BY bound_at, rowid"
    ).fetchall():
        chats[unit_id] = chat_id
    return chats


def recent_progress(db: sqlite_utils.Database, since: dt.date) -> set[tuple[int, int | None]]:
    """(task id, unit id) pairs with a progress report on or after `since`; unit id None
    for reports not attributed to a unit (they count for every lead unit of the task)."""
    return {
        (task_id, unit_id)
        for task_id, unit_id in db.execute(
            "SELECT DISTINCT task_id, unit_id FROM progress WHERE substr(reported_at, 1, 10) >= ?",
            [since.isoformat()],
        ).fetchall()
    }


@dataclass
class BoardRow:
    code: str
    text: str
    due: dt.date | None
    status: str  # 未开始 / 推进中 / 已完成 / 逾期 / 待审核
    lead_units: list[str]
    done_at: str | None


def board(db: sqlite_utils.Database, today: dt.date) -> list[BoardRow]:
    """Every live task with its status as of `today`, for the digest and the chart."""
    progressed = {r[0] for r in db.execute("SELECT DISTINCT task_id FROM progress").fetchall()}
    # a unit's completion claim awaiting the office (store/claims.py): neither late nor done yet
    claimed = {r[0] for r in db.execute("SELECT task_id FROM completion_claims WHERE state = 'pending'").fetchall()}
    units: dict[int, list[str]] = defaultdict(list)
    for task_id, name in db.execute(
        "SELECT tu.task_id, u.name FROM task_units tu JOIN units u ON u.id = tu.unit_id WHERE tu.role = 'lead' ORDER BY tu.task_id, tu.ord"
    ).fetchall():
        units[task_id].append(name)
    rows = []
    for task_id, code, text, done_at, due in db.execute(_EFFECTIVE + "SELECT id, code, text, done_at, due FROM eff ORDER BY id").fetchall():
        day = stored_date(due)
        status = status_of(day, today, done=bool(done_at), has_progress=task_id in progressed)
        if task_id in claimed and not done_at:
            status = "待审核"
        rows.append(BoardRow(code, text, day, status, units.get(task_id, []), done_at))
    return rows


def unbound_lead_units(db: sqlite_utils.Database) -> list[str]:
    """Lead units of unfinished tasks that no active binding reaches: a single unit without
    a chat, or a collective none of whose members (nor itself) has one."""
    return [
        r[0]
        for r in db.execute(
            """
            SELECT DISTINCT u.name FROM task_units tu
            JOIN tasks t ON t.id = tu.task_id AND t.done_at IS NULL AND t.removed = 0
            JOIN plans p ON p.id = t.plan_id AND p.status = 'active'
            JOIN units u ON u.id = tu.unit_id
            WHERE tu.role = 'lead'
              AND NOT EXISTS (SELECT 1 FROM bindings b WHERE b.unit_id = u.id AND b.active = 1)
              AND NOT EXISTS (SELECT 1 FROM unit_members m JOIN bindings b ON b.unit_id = m.member_id AND b.active = 1
                              WHERE m.collective_id = u.id)
            ORDER BY u.name
            """
        ).fetchall()
    ]
