"""SQL for the reminder outbox: the pass inserts rows (the unique key (task, unit, kind,
date) makes a second pass the same day a no-op), the sender reads pending rows and marks
each one as soon as Telegram accepted it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from store.db import transaction


@dataclass
class OutboxRow:
    id: int
    task_id: int
    task: str
    unit: str
    kind: str
    date: str
    due: str
    chat_id: int | None
    text: str
    status: str
    attempts: int


_COLUMNS = "id, task_id, task, unit, kind, date, due, chat_id, text, status, attempts"


def insert_new(db: sqlite_utils.Database, rows: list[dict]) -> list[bool]:
    """Insert reminders in one transaction; for each row, True when it was new.
    Rows must carry task_id, task, unit, unit_id, kind, date, due, chat_id, text, status,
    created_at."""
    fresh: list[bool] = []
    with transaction(db):
        cur = db.conn.cursor()
        for r in rows:
            cur.execute(
                "INSERT OR IGNORE INTO outbox (task_id, task, unit, unit_id, kind, date, due, chat_id, text, status, created_at) "
                "VALUES (:task_id, :task, :unit, :unit_id, :kind, :date, :due, :chat_id, :text, :status, :created_at)",
                r,
            )
            fresh.append(cur.rowcount == 1)
    return fresh


def last_overdue(db: sqlite_utils.Database, since: dt.date, before: dt.date) -> set[tuple[int, str]]:
    """(task id, unit) that got an overdue reminder in [since, before)."""
    return {
        (t, u)
        for t, u in db.execute(
            "SELECT DISTINCT task_id, unit FROM outbox WHERE kind = 'overdue' AND date >= ? AND date < ? AND status != 'unbound'",
            [since.isoformat(), before.isoformat()],
        ).fetchall()
    }


def pending(db: sqlite_utils.Database) -> list[OutboxRow]:
    """Rows recorded but not yet accepted by Telegram, oldest first."""
    return [
        OutboxRow(*r)
        for r in db.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE status = 'pending' AND chat_id IS NOT NULL ORDER BY id"
        ).fetchall()
    ]


def mark_sent(db: sqlite_utils.Database, row_ids: list[int], at: dt.datetime) -> None:
    """The rows of one delivered message, together."""
    with transaction(db):
        db.conn.executemany(
            "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?",
            [(at.isoformat(), i) for i in row_ids],
        )


def mark_attempt(db: sqlite_utils.Database, row_ids: list[int], error: str, *, failed: bool) -> None:
    with transaction(db):
        db.conn.executemany(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?, status = CASE WHEN ? THEN 'failed' ELSE status END WHERE id = ?",
            [(error[:500], 1 if failed else 0, i) for i in row_ids],
        )


def fail_chat(db: sqlite_utils.Database, chat_id: int, error: str) -> int:
    """Give up every pending row for a chat that blocked the bot or no longer exists."""
    with transaction(db):
        cur = db.execute(
            "UPDATE outbox SET status = 'failed', last_error = ? WHERE status = 'pending' AND chat_id = ?",
            [error[:500], chat_id],
        )
        return cur.rowcount


def stats_for_day(db: sqlite_utils.Database, day: dt.date) -> dict[str, int]:
    return {
        s: n for s, n in db.execute("SELECT status, COUNT(*) FROM outbox WHERE date = ? GROUP BY status", [day.isoformat()]).fetchall()
    }


def record_digest(db: sqlite_utils.Database, day: dt.date, text: str, at: dt.datetime) -> bool:
    """Claim the day's digest; False when it was already sent (never twice)."""
    with transaction(db):
        cur = db.execute("INSERT OR IGNORE INTO digests (date, sent_at, text) VALUES (?, ?, ?)", [day.isoformat(), at.isoformat(), text])
        return cur.rowcount == 1


def unclaim_digest(db: sqlite_utils.Database, day: dt.date) -> None:
    """The digest could not be delivered: let the next run try again."""
    with transaction(db):
        db.execute("DELETE FROM digests WHERE date = ?", [day.isoformat()])
