"""Completion review (销号): a unit claims a task is done, the office approves or returns it.

A claim appends a progress report ("申请销号：…", so the 台账's latest progress shows it)
and opens a pending row; while it is pending the task's status is 待审核 and its reminders
pause (store.tasks.STATUS_SQL, store.reminder_queries.open_tasks_due_by). Approval closes
the task as `ducha progress --done` does; a return reopens it with the reason kept. Every
write is one transaction; deciding twice (two admins pressing at once) finds the claim no
longer pending and raises UserError, so a task is never approved and returned both.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
from dataclasses import dataclass

from core.errors import UserError
from prompts import exports as texts
from store.db import transaction
from store import progress, tasks, units

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class Claim:
    id: int
    task_id: int
    code: str
    task_text: str
    unit: str | None
    text: str
    state: str
    claimed_by: str
    claimed_at: str
    claim_chat_id: int | None
    review_chat_id: int | None
    review_message_id: int | None
    prompt_message_id: int | None
    decided_by: str | None
    decided_at: str | None
    reason: str | None


_SELECT = (
    "SELECT c.id, c.task_id, t.code, t.text, u.name, c.text, c.state, c.claimed_by, c.claimed_at, c.claim_chat_id, "
    "c.review_chat_id, c.review_message_id, c.prompt_message_id, c.decided_by, c.decided_at, c.reason "
    "FROM completion_claims c JOIN tasks t ON t.id = c.task_id LEFT JOIN units u ON u.id = c.unit_id"
)


def get_claim(db: sqlite_utils.Database, claim_id: int) -> Claim:
    row = db.execute(_SELECT + " WHERE c.id = ?", [claim_id]).fetchone()
    if not row:
        raise UserError(texts.REVIEW_UNKNOWN)
    return Claim(*row)


def claim_for_prompt(db: sqlite_utils.Database, chat_id: int, message_id: int) -> Claim | None:
    row = db.execute(_SELECT + " WHERE c.review_chat_id = ? AND c.prompt_message_id = ?", [chat_id, message_id]).fetchone()
    return Claim(*row) if row else None


def pending_claim(db: sqlite_utils.Database, task_id: int) -> Claim | None:
    row = db.execute(_SELECT + " WHERE c.task_id = ? AND c.state = 'pending'", [task_id]).fetchone()
    return Claim(*row) if row else None


def submit_claim(
    db: sqlite_utils.Database, code: str, text: str, *, unit: str | None, by: str, now: dt.datetime,
    chat_id: int | None, plan_id: int | None = None,
) -> Claim:
    """Open a claim for the task. Done or already claimed → UserError, nothing written."""
    task_id = tasks.task_id_for(db, code, plan_id=plan_id)
    code_norm, done_at = db.execute("SELECT code, done_at FROM tasks WHERE id = ?", [task_id]).fetchone()
    if done_at:
        raise UserError(texts.REVIEW_ALREADY_DONE.format(code=code_norm))
    if pending_claim(db, task_id):
        raise UserError(texts.REVIEW_ALREADY_PENDING.format(code=code_norm))
    unit_row = units.resolve_unit(db, unit) if unit else None
    with transaction(db):
        progress.add_progress(db, code_norm, texts.REVIEW_CLAIM_PROGRESS.format(text=text), unit=unit, reporter=by, now=now,
                     plan_id=_plan_of(db, task_id))
        claim_id = db.execute(
            "INSERT INTO completion_claims (task_id, unit_id, text, claimed_by, claimed_at, claim_chat_id) VALUES (?, ?, ?, ?, ?, ?)",
            [task_id, unit_row.id if unit_row else None, text, by, now.isoformat(timespec="seconds"), chat_id],
        ).lastrowid
    return get_claim(db, claim_id)


def set_review_message(db: sqlite_utils.Database, claim_id: int, chat_id: int, message_id: int) -> None:
    with transaction(db):
        db.execute("UPDATE completion_claims SET review_chat_id = ?, review_message_id = ? WHERE id = ?", [chat_id, message_id, claim_id])


def set_prompt(db: sqlite_utils.Database, claim_id: int, message_id: int) -> None:
    with transaction(db):
        db.execute("UPDATE completion_claims SET prompt_message_id = ? WHERE id = ?", [message_id, claim_id])


def _pending_or_raise(db: sqlite_utils.Database, claim_id: int) -> Claim:
    claim = get_claim(db, claim_id)
    if claim.state != "pending":
        raise UserError(texts.REVIEW_NOT_PENDING)
    return claim


def approve(db: sqlite_utils.Database, claim_id: int, *, by: str, now: dt.datetime) -> Claim:
    """Close the task (done_at set, a done progress report appended) and the claim."""
    with transaction(db):
        claim = _pending_or_raise(db, claim_id)
        db.execute(
            "UPDATE completion_claims SET state = 'approved', decided_by = ?, decided_at = ? WHERE id = ?",
            [by, now.isoformat(timespec="seconds"), claim_id],
        )
        progress.add_progress(db, claim.code, texts.REVIEW_APPROVED_PROGRESS, unit=claim.unit, done=True, reporter=by, now=now,
                     plan_id=_plan_of(db, claim.task_id))
    return get_claim(db, claim_id)


def return_claim(db: sqlite_utils.Database, claim_id: int, reason: str, *, by: str, now: dt.datetime) -> Claim:
    """Reopen the task (推进中 again, reminders resume) with the office's reason."""
    reason = (reason or "").strip()
    if not reason:
        raise UserError(texts.REVIEW_REASON_EMPTY)
    with transaction(db):
        _pending_or_raise(db, claim_id)
        db.execute(
            "UPDATE completion_claims SET state = 'returned', decided_by = ?, decided_at = ?, reason = ? WHERE id = ?",
            [by, now.isoformat(timespec="seconds"), reason, claim_id],
        )
    return get_claim(db, claim_id)


def _plan_of(db: sqlite_utils.Database, task_id: int) -> int:
    return db.execute("SELECT plan_id FROM tasks WHERE id = ?", [task_id]).fetchone()[0]
