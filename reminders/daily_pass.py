"""The daily pass: compute the reminder ladder for a day and record it in the outbox.

All of a day's reminders are inserted in ONE transaction with the unique key
(task, unit, kind, date), so a crash leaves either all or none, and a second pass the same
day inserts nothing. The returned plan lists only the reminders this pass added (a rerun
shows an empty list); a dry run records nothing and shows the whole ladder for the day.
Delivery is the sender's job (reminders.sender), which reads the pending rows."""
from __future__ import annotations

import datetime as dt

from core.context import Context
from reminders.ladder import RemindPlan, compute
from store import outbox as store_outbox


def run_pass(ctx: Context, day: dt.date, *, dry_run: bool) -> RemindPlan:
    plan = compute(ctx, day)
    if dry_run or not plan.reminders:
        return plan
    created = ctx.now().isoformat()
    rows = [
        {
            "task_id": r.task_id, "task": r.task, "unit": r.unit, "unit_id": r.unit_id, "kind": r.kind,
            "date": day.isoformat(), "due": r.due.isoformat(), "chat_id": r.chat_id, "text": r.text,
            # Unbound rows are kept (so a rerun stays quiet) but never picked up by the sender.
            "status": "pending" if r.chat_id is not None else "unbound", "created_at": created,
        }
        for r in plan.reminders
    ]
    fresh = store_outbox.insert_new(ctx.db, rows)
    plan.reminders = [r for r, new in zip(plan.reminders, fresh) if new]
    return plan
