"""Progress reports (`ducha progress CODE "…" [--unit U] [--done]`): appended with time and
reporter; a report marked done sets tasks.done_at (first completion wins), which makes the
task 已完成 whatever its deadline."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from core.errors import UserError
from prompts import registry as msg
from store.db import transaction
from store.tasks import task_id_for
from store.units import resolve_unit

if TYPE_CHECKING:
    import sqlite_utils


def add_progress(
    db: sqlite_utils.Database, code: str, text: str, *, unit: str | None = None, done: bool = False,
    reporter: str, now: dt.datetime, plan_id: int | None = None,
) -> dict[str, Any]:
    """Record one report. Unknown code/unit or empty text → UserError, nothing written."""
    body = (text or "").strip()
    if not body:
        raise UserError(msg.PROGRESS_EMPTY)
    task_id = task_id_for(db, code, plan_id=plan_id)
    unit_row = resolve_unit(db, unit) if unit else None
    stamp = now.isoformat(timespec="seconds")
    with transaction(db):
        progress_id = db.execute(
            "INSERT INTO progress (task_id, unit_id, text, reported_at, reporter, done) VALUES (?, ?, ?, ?, ?, ?)",
            [task_id, unit_row.id if unit_row else None, body, stamp, reporter, int(done)],
        ).lastrowid
        if done:
            db.execute("UPDATE tasks SET done_at = ? WHERE id = ? AND done_at IS NULL", [stamp, task_id])
    code_norm = db.execute("SELECT code FROM tasks WHERE id = ?", [task_id]).fetchone()[0]
    return {"id": progress_id, "code": code_norm, "task_id": task_id, "unit": unit_row.name if unit_row else None,
            "text": body, "done": bool(done), "reported_at": stamp, "reporter": reporter}
