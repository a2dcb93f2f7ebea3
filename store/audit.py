"""The bot's own records: the audit trail, refused chats (refuse once), and stored list pages.

The registry functions record *what* changed; the audit trail adds *who* asked for it and
where (a Telegram user and chat, or `cli:<login>` at a terminal), so a supervisor can answer
"who marked 3.4 done?". The use cases (usecases/acts.py) write both in one transaction.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
import json
from dataclasses import dataclass

from store.db import transaction

if TYPE_CHECKING:
    import sqlite_utils

PAGES_KEEP_DAYS = 7


@dataclass
class AuditEntry:
    at: str
    user_id: int | None
    user_name: str | None
    chat_id: int | None
    action: str
    target: str | None
    detail: str | None


def record(
    db: sqlite_utils.Database,
    action: str,
    *,
    now: dt.datetime,
    user_id: int | None,
    user_name: str | None,
    chat_id: int | None,
    target: str | None = None,
    detail: str | None = None,
) -> None:
    """Append one entry; joins the caller's transaction so the change and its record commit together."""
    with transaction(db):
        db.execute(
            "INSERT INTO bot_audit (at, user_id, user_name, chat_id, action, target, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [now.isoformat(timespec="seconds"), user_id, user_name, chat_id, action, target, detail],
        )


def list_audit(db: sqlite_utils.Database, *, action: str | None = None, target: str | None = None, limit: int = 100) -> list[AuditEntry]:
    sql = "SELECT at, user_id, user_name, chat_id, action, target, detail FROM bot_audit WHERE 1=1"
    args: list[object] = []
    if action:
        sql += " AND action = ?"
        args.append(action)
    if target:
        sql += " AND target = ?"
        args.append(target)
    sql += " ORDER BY id DESC LIMIT ?"
    args.append(limit)
    return [AuditEntry(*row) for row in db.execute(sql, args).fetchall()]


def note_refused(db: sqlite_utils.Database, chat_id: int, *, chat_type: str | None, title: str | None, now: dt.datetime) -> bool:
    """Remember a chat we refused. True the first time only, so the refusal is sent once."""
    stamp = now.isoformat(timespec="seconds")
    with transaction(db):
        seen = db.execute("SELECT 1 FROM bot_refused_chats WHERE chat_id = ?", [chat_id]).fetchone()
        if seen:
            db.execute(
                "UPDATE bot_refused_chats SET last_seen = ?, attempts = attempts + 1 WHERE chat_id = ?", [stamp, chat_id]
            )
            return False
        db.execute(
            "INSERT INTO bot_refused_chats (chat_id, chat_type, title, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)",
            [chat_id, chat_type, title, stamp, stamp],
        )
        return True


def refused_chats(db: sqlite_utils.Database) -> list[dict[str, object]]:
    cols = ["chat_id", "chat_type", "title", "first_seen", "last_seen", "attempts"]
    rows = db.execute(f"SELECT {', '.join(cols)} FROM bot_refused_chats ORDER BY last_seen DESC").fetchall()
    return [dict(zip(cols, r)) for r in rows]


def save_pages(db: sqlite_utils.Database, chat_id: int, pages: list[str], *, now: dt.datetime) -> int:
    """Store a paged list for the 上一页/下一页 buttons; old lists are dropped."""
    cutoff = (now - dt.timedelta(days=PAGES_KEEP_DAYS)).isoformat(timespec="seconds")
    with transaction(db):
        db.execute("DELETE FROM bot_pages WHERE created_at < ?", [cutoff])
        cur = db.execute(
            "INSERT INTO bot_pages (chat_id, pages, created_at) VALUES (?, ?, ?)",
            [chat_id, json.dumps(pages, ensure_ascii=False), now.isoformat(timespec="seconds")],
        )
        return int(cur.lastrowid)


def load_pages(db: sqlite_utils.Database, page_id: int, chat_id: int) -> list[str] | None:
    """The stored pages, only for the chat they were made for (no list leaks across chats)."""
    row = db.execute("SELECT pages FROM bot_pages WHERE id = ? AND chat_id = ?", [page_id, chat_id]).fetchone()
    return json.loads(row[0]) if row else None
