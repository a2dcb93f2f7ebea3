"""The registry writes, each with its audit row in the same transaction: who set a deadline,
reported progress, bound a chat or named a unit, whether from the CLI or from Telegram.

Validation stays in the store functions (an unknown code or unit is a `UserError` and writes
nothing, the audit row included, because both sit in one transaction).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from core.context import Context
from store import audit, bindings, deadlines, progress, units
from store.db import transaction
from usecases.actor import Actor


def _audit(ctx: Context, actor: Actor, action: str, target: str, detail: str | None) -> None:
    audit.record(ctx.db, action, now=ctx.now(), user_id=actor.user_id, user_name=actor.audit_name,
                 chat_id=actor.chat_id, target=target, detail=detail)


def set_due(ctx: Context, actor: Actor, code: str, date: str | dt.date, *, note: str | None = None,
            plan_id: int | None = None) -> dict[str, Any]:
    """A task's new deadline (history kept); returns code, due, old, set_by."""
    with transaction(ctx.db):
        result = deadlines.set_due(ctx.db, code, date, by=actor.signature, now=ctx.now(), note=note, plan_id=plan_id)
        _audit(ctx, actor, "due", result["code"], result["due"])
    return result


def report_progress(ctx: Context, actor: Actor, code: str, text: str, *, unit: str | None = None,
                    done: bool = False, plan_id: int | None = None) -> dict[str, Any]:
    """One progress report (`done` also marks the task completed); `unit` is who reports."""
    with transaction(ctx.db):
        result = progress.add_progress(ctx.db, code, text, unit=unit, done=done, reporter=actor.signature,
                                       now=ctx.now(), plan_id=plan_id)
        _audit(ctx, actor, "done" if done else "progress", result["code"], result["text"])
    return result


def bind_unit(ctx: Context, actor: Actor, unit: str, chat_id: int | str) -> dict[str, Any]:
    """The chat that receives `unit`'s reminders from now on (any alias names the unit)."""
    with transaction(ctx.db):
        result = bindings.bind(ctx.db, units.resolve_unit(ctx.db, unit), chat_id, by=actor.signature, now=ctx.now())
        _audit(ctx, actor, "bind", result["unit"], str(result["chat_id"]))
    return result


def add_unit_alias(ctx: Context, actor: Actor, alias: str, full: str) -> units.Unit:
    """Make `alias` name the unit `full` resolves to (an admin's alias settles ambiguity)."""
    with transaction(ctx.db):
        unit = units.add_alias(ctx.db, alias, full, source="admin")
        _audit(ctx, actor, "alias", alias, unit.name)
    return unit


def set_plan_status(ctx: Context, actor: Actor, ref: str | int, status: str) -> dict[str, Any]:
    """Close ("closed") or reopen ("active") a plan; audited only when it changed anything."""
    from store.plans import set_plan_status as store_set_status

    with transaction(ctx.db):
        plan = store_set_status(ctx.db, ref, status, by=actor.signature, now=ctx.now())
        if plan["changed"]:
            _audit(ctx, actor, "plan_close" if status == "closed" else "plan_open", str(plan["id"]), plan["title"])
    return plan
