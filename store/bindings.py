"""Which Telegram chat receives a unit's reminders. One active chat per unit: binding again
moves the unit to the new chat (the old row is kept, inactive, for history). A chat that
blocked the bot or was deleted is deactivated by the sender, not forgotten."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from core.numbers import parse_chat_id
from store.db import transaction
from store.units import Unit, resolve_unit

if TYPE_CHECKING:
    import sqlite_utils

REBOUND = "改绑到其他聊天"
MIGRATED = "群已升级为超级群，改用新 ID"


def bind(db: sqlite_utils.Database, unit: str | Unit, chat_id: int | str, *, by: str, now: dt.datetime) -> dict[str, Any]:
    u = unit if isinstance(unit, Unit) else resolve_unit(db, unit)
    chat = parse_chat_id(chat_id)
    stamp = now.isoformat(timespec="seconds")
    with transaction(db):
        db.execute(
            "UPDATE bindings SET active = 0, inactive_reason = ? WHERE unit_id = ? AND chat_id != ? AND active = 1",
            [REBOUND, u.id, chat],
        )
        db.execute(
            "INSERT INTO bindings (unit_id, chat_id, active, bound_by, bound_at) VALUES (?, ?, 1, ?, ?) "
            "ON CONFLICT (unit_id, chat_id) DO UPDATE SET active = 1, bound_by = excluded.bound_by, "
            "bound_at = excluded.bound_at, inactive_reason = NULL",
            [u.id, chat, by, stamp],
        )
    return {"unit": u.name, "unit_id": u.id, "chat_id": chat, "bound_by": by, "bound_at": stamp}


def list_bindings(db: sqlite_utils.Database, *, active_only: bool = False) -> list[dict[str, Any]]:
    sql = (
        "SELECT u.name, b.unit_id, b.chat_id, b.active, b.bound_by, b.bound_at, b.inactive_reason "
        "FROM bindings b JOIN units u ON u.id = b.unit_id"
    )
    if active_only:
        sql += " WHERE b.active = 1"
    return [
        {"unit": n, "unit_id": uid, "chat_id": c, "active": bool(a), "bound_by": by, "bound_at": at, "inactive_reason": r}
        for n, uid, c, a, by, at, r in db.execute(sql + " ORDER BY b.active DESC, u.name, b.chat_id")
    ]


def chat_for_unit(db: sqlite_utils.Database, unit_id: int) -> int | None:
    row = db.execute("SELECT chat_id FROM bindings WHERE unit_id = ? AND active = 1 ORDER BY bound_at DESC LIMIT 1", [unit_id]).fetchone()
    return row[0] if row else None


def deactivate_chat(db: sqlite_utils.Database, chat_id: int, reason: str) -> int:
    """Stop sending to a chat (blocked, kicked, deleted); returns how many bindings stopped."""
    with transaction(db):
        return db.execute(
            "UPDATE bindings SET active = 0, inactive_reason = ? WHERE chat_id = ? AND active = 1", [reason, int(chat_id)]
        ).rowcount


def units_for_chat(db: sqlite_utils.Database, chat_id: int) -> list[Unit]:
    rows = db.execute(
        "SELECT u.id, u.name, u.kind FROM bindings b JOIN units u ON u.id = b.unit_id WHERE b.chat_id = ? AND b.active = 1 ORDER BY u.id",
        [int(chat_id)],
    ).fetchall()
    return [Unit(id=r[0], name=r[1], kind=r[2]) for r in rows]


def move_chat(db: sqlite_utils.Database, old: int, new: int) -> int:
    """A group upgraded to a supergroup (Telegram's migrate_to_chat_id): its active bindings
    follow it to the new chat id; returns how many units moved."""
    with transaction(db):
        units = [r[0] for r in db.execute("SELECT unit_id FROM bindings WHERE chat_id = ? AND active = 1", [int(old)]).fetchall()]
        for unit_id in units:
            db.execute(
                "INSERT INTO bindings (unit_id, chat_id, active, bound_by, bound_at) "
                "SELECT unit_id, ?, 1, bound_by, bound_at FROM bindings WHERE unit_id = ? AND chat_id = ? "
                "ON CONFLICT (unit_id, chat_id) DO UPDATE SET active = 1, inactive_reason = NULL",
                [int(new), unit_id, int(old)],
            )
        db.execute("UPDATE bindings SET active = 0, inactive_reason = ? WHERE chat_id = ? AND active = 1", [MIGRATED, int(old)])
        return len(units)
