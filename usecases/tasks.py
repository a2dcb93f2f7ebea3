"""A task in full, for `ducha task` and `/task` alike (the answers' 进展 replies read the same
record through `store.tasks.task_detail`)."""
from __future__ import annotations

import datetime as dt

from core.context import Context
from store import tasks as task_store
from store.tasks import TaskDetail


def show_task(ctx: Context, code: str, *, today: dt.date | None = None, plan_id: int | None = None) -> TaskDetail:
    """The task `code` (newest plan that has it, or `plan_id`'s) with its deadline history,
    progress and reminders; status as of `today` (default: the context's today)."""
    return task_store.task_detail(ctx.db, code, today=today or ctx.today(), plan_id=plan_id)
