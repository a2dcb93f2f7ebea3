"""Admin deadline overrides (`ducha due CODE DATE`): appended to `deadlines` with who and
when, never overwritten, so the history shows every change. The latest row wins (see the
deadline rule in store/tasks.py)."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from core.dates import parse_date
from core.errors import UserError
from prompts import registry as msg
from store.db import transaction
from store.plans import plan_year_of_task
from store.tasks import DUE_SQL, task_id_for

if TYPE_CHECKING:
    import sqlite_utils

def current_due(db: sqlite_utils.Database, task_id: int) -> str | None:
    return db.execute(f"SELECT {DUE_SQL} FROM tasks t WHERE t.id = ?", [task_id]).fetchone()[0]


def set_due(
    db: sqlite_utils.Database, code: str, date: str | dt.date, *, by: str, now: dt.datetime,
    note: str | None = None, plan_id: int | None = None,
) -> dict[str, Any]:
    """Record a new deadline for a task. Refused (nothing written) for an unknown code, an
    impossible date, or a date before the task's plan year."""
    due = parse_date(date)
    task_id = task_id_for(db, code, plan_id=plan_id)
    year = plan_year_of_task(db, task_id)
    if due.year < year:
        raise UserError(msg.DATE_BEFORE_PLAN.format(value=due.isoformat(), year=year))
    with transaction(db):
        old = current_due(db, task_id)
        db.execute(
            "INSERT INTO deadlines (task_id, due, set_by, set_at, note) VALUES (?, ?, ?, ?, ?)",
            [task_id, due.isoformat(), by, now.isoformat(timespec="seconds"), note],
        )
    code_norm = db.execute("SELECT code FROM tasks WHERE id = ?", [task_id]).fetchone()[0]
    return {"code": code_norm, "task_id": task_id, "due": due.isoformat(), "old": old, "set_by": by}
