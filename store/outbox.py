"""SQL for the reminder outbox: the pass inserts rows (the unique key (task, unit, kind,
date) makes a second pass the same day a no-op); a sender claims pending rows under a
lease (owner + expiry, in one transaction) and marks each one as soon as Telegram accepted
it, so any number of senders never send one row twice."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from core.dates import stored_date

from store.db import transaction

if TYPE_CHECKING:
    import sqlite_utils


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


def claim(db: sqlite_utils.Database, owner: str, *, now: float, lease: float,
          dead: Callable[[str], bool] = lambda owner: False) -> list[OutboxRow]:
    """Take every pending row nobody holds (no lease, an expired lease, or the lease of an
    owner `dead` says is gone, e.g. a killed process on this host) and return the rows this
    owner now holds, oldest first. One transaction: two senders never hold one row."""
    with transaction(db):
        holders = [o for (o,) in db.execute(
            "SELECT DISTINCT claimed_by FROM outbox WHERE status = 'pending' AND claimed_by IS NOT NULL AND claim_until >= ?",
            [now]).fetchall()]
        for other in holders:
            if other != owner and dead(other):
                db.execute("UPDATE outbox SET claimed_by = NULL, claim_until = NULL WHERE claimed_by = ? AND status = 'pending'", [other])
        db.execute(
            "UPDATE outbox SET claimed_by = ?, claim_until = ? WHERE status = 'pending' AND chat_id IS NOT NULL "
            "AND (claimed_by IS NULL OR claim_until < ? OR claimed_by = ?)",
            [owner, now + lease, now, owner],
        )
        return [
            OutboxRow(*r)
            for r in db.execute(
                f"SELECT {_COLUMNS} FROM outbox WHERE status = 'pending' AND claimed_by = ? ORDER BY id", [owner]
            ).fetchall()
        ]


def renew(db: sqlite_utils.Database, row_ids: list[int], owner: str, until: float) -> bool:
    """Extend the lease on the rows of the message about to be sent; False when any of them
    is no longer this owner's pending row (its lease ran out and another sender took it)."""
    with transaction(db):
        cur = db.conn.executemany(
            "UPDATE outbox SET claim_until = ? WHERE id = ? AND claimed_by = ? AND status = 'pending'",
            [(until, i, owner) for i in row_ids],
        )
        return cur.rowcount == len(row_ids)


def release(db: sqlite_utils.Database, owner: str) -> int:
    """Give back what this owner still holds (the run ended or gave up on a chat)."""
    with transaction(db):
        return db.execute("UPDATE outbox SET claimed_by = NULL, claim_until = NULL WHERE claimed_by = ?", [owner]).rowcount


def move_chat(db: sqlite_utils.Database, old: int, new: int) -> int:
    """A group became a supergroup: its pending reminders go to the new chat id."""
    with transaction(db):
        return db.execute("UPDATE outbox SET chat_id = ? WHERE chat_id = ? AND status = 'pending'", [new, old]).rowcount


def adopt_bound(db: sqlite_utils.Database, since: dt.date) -> int:
    """Reminders recorded while their unit had no chat, for units bound since: the newest row
    per (task, unit) from `since` on becomes pending at the unit's chat, unless the task is
    done by now. Older rows of the same task stay as they were (no backlog flood)."""
    with transaction(db):
        return db.execute(
            """
            UPDATE outbox SET status = 'pending',
              chat_id = (SELECT b.chat_id FROM bindings b WHERE b.unit_id = outbox.unit_id AND b.active = 1
                         ORDER BY b.bound_at DESC LIMIT 1)
            WHERE status = 'unbound' AND kind != 'escalation' AND date >= ? AND unit_id IS NOT NULL
              AND EXISTS (SELECT 1 FROM bindings b WHERE b.unit_id = outbox.unit_id AND b.active = 1)
              AND id = (SELECT MAX(o.id) FROM outbox o WHERE o.task_id = outbox.task_id AND o.unit = outbox.unit)
              AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.id = outbox.task_id AND t.done_at IS NOT NULL)
            """,
            [since.isoformat()],
        ).rowcount


def unreported(db: sqlite_utils.Database) -> list[OutboxRow]:
    """Rows that could not be delivered (unbound unit, lost chat) the admins were not told of."""
    return [
        OutboxRow(*r)
        for r in db.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE status IN ('unbound', 'failed') AND reported_at IS NULL ORDER BY id"
        ).fetchall()
    ]


def mark_reported(db: sqlite_utils.Database, row_ids: list[int], at: dt.datetime) -> None:
    with transaction(db):
        db.conn.executemany("UPDATE outbox SET reported_at = ? WHERE id = ?", [(at.isoformat(), i) for i in row_ids])


def undelivered_since(db: sqlite_utils.Database, since: dt.date, before: dt.date, *, held_note: str = "") -> dict[str, list[str]]:
    """Units whose reminders in [since, before) were not delivered, by status
    ('failed' / 'unbound'): what the digest tells once the supervision chat is back. Rows
    held on purpose (`hold`, last_error = held_note) are not news."""
    out: dict[str, list[str]] = {"failed": [], "unbound": []}
    for status, unit in db.execute(
        "SELECT status, unit FROM outbox WHERE status IN ('failed', 'unbound') AND date >= ? AND date < ? "
        "AND COALESCE(last_error, '') != ? GROUP BY status, unit ORDER BY status, MIN(id)",
        [since.isoformat(), before.isoformat(), held_note],
    ).fetchall():
        out[status].append(unit)
    return out


def last_digest_day(db: sqlite_utils.Database, before: dt.date) -> dt.date | None:
    row = db.execute("SELECT MAX(date) FROM digests WHERE date < ?", [before.isoformat()]).fetchone()
    return stored_date(row[0]) if row else None


def mark_sent(db: sqlite_utils.Database, row_ids: list[int], at: dt.datetime) -> None:
    """The rows of one delivered message, together."""
    with transaction(db):
        db.conn.executemany(
            "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL, "
            "claimed_by = NULL, claim_until = NULL WHERE id = ?",
            [(at.isoformat(), i) for i in row_ids],
        )


def mark_attempt(db: sqlite_utils.Database, row_ids: list[int], error: str, *, failed: bool) -> None:
    with transaction(db):
        db.conn.executemany(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?, status = CASE WHEN ? THEN 'failed' ELSE status END, "
            "claimed_by = NULL, claim_until = NULL WHERE id = ?",
            [(error[:500], 1 if failed else 0, i) for i in row_ids],
        )


def fail_chat(db: sqlite_utils.Database, chat_id: int, error: str) -> int:
    """Give up every pending row for a chat that blocked the bot or no longer exists."""
    with transaction(db):
        cur = db.execute(
            "UPDATE outbox SET status = 'failed', last_error = ?, claimed_by = NULL, claim_until = NULL "
            "WHERE status = 'pending' AND chat_id = ?",
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


def errors(db: sqlite_utils.Database, row_ids: list[int]) -> dict[int, str]:
    """last_error of the given rows (why they failed)."""
    out: dict[int, str] = {}
    for i in range(0, len(row_ids), 500):
        chunk = row_ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        out.update({r[0]: r[1] for r in db.execute(f"SELECT id, last_error FROM outbox WHERE id IN ({marks}) AND last_error IS NOT NULL", chunk)})
    return out


def undelivered_on(db: sqlite_utils.Database, day: dt.date) -> list[OutboxRow]:
    """The day's reminders that did not reach a chat (unit not bound, chat lost)."""
    return [
        OutboxRow(*r)
        for r in db.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE status IN ('unbound', 'failed') AND date = ? ORDER BY id", [day.isoformat()]
        ).fetchall()
    ]


def hold(db: sqlite_utils.Database, keys: list[tuple[int, str, str]], day: dt.date, note: str, at: dt.datetime) -> int:
    """Never send these (task id, unit, kind) rows of `day` (a what-if run for a past date):
    marked failed with the note, and as already reported so nobody is alerted about them."""
    with transaction(db):
        cur = db.conn.executemany(
            "UPDATE outbox SET status = 'failed', last_error = ?, reported_at = ? "
            "WHERE task_id = ? AND unit = ? AND kind = ? AND date = ? AND status = 'pending' AND claimed_by IS NULL",
            [(note, at.isoformat(), t, u, k, day.isoformat()) for t, u, k in keys],
        )
        return cur.rowcount
