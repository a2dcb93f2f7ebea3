"""Rows straight into the registry tables, so reminder tests need not wait for (or depend
on) the registry's loaders. Each helper returns the new row id."""
from __future__ import annotations

import datetime as dt
from typing import Any

import sqlite_utils



def plan(db: sqlite_utils.Database, title: str = "2024年重点工作责任分工方案") -> int:
    row = db.execute("SELECT id FROM plans WHERE title = ?", [title]).fetchone()
    if row:
        return row[0]
    return db.execute("INSERT INTO plans (title, region, year) VALUES (?, '某市', 2024)", [title]).lastrowid


def _unit_key(name: str) -> str:
    try:
        from store.units import norm
    except ImportError:
        return name
    return norm(name)


def unit(db: sqlite_utils.Database, name: str, *, kind: str = "single", members: list[str] = ()) -> int:
    row = db.execute("SELECT id FROM units WHERE name = ?", [name]).fetchone()
    if row:
        unit_id = row[0]
    elif "key" in {c.name for c in db["units"].columns}:
        unit_id = db.execute("INSERT INTO units (name, key, kind) VALUES (?, ?, ?)", [name, _unit_key(name), kind]).lastrowid
    else:
        unit_id = db.execute("INSERT INTO units (name, kind) VALUES (?, ?)", [name, kind]).lastrowid
    for m in members:
        db.execute("INSERT OR IGNORE INTO unit_members (collective_id, member_id) VALUES (?, ?)", [unit_id, unit(db, m)])
    return unit_id


def leader(db: sqlite_utils.Database, name: str) -> int:
    row = db.execute("SELECT id FROM leaders WHERE name = ?", [name]).fetchone()
    return row[0] if row else db.execute("INSERT INTO leaders (name) VALUES (?)", [name]).lastrowid


def task(db: sqlite_utils.Database, code: str, *, due: str | dt.date | None, lead: list[str] = (),
         co: list[str] = (), leaders: list[str] = (), text: str | None = None, done_at: str | None = None,
         plan_title: str = "2024年重点工作责任分工方案") -> int:
    section, number = (int(p) for p in code.split("."))
    task_id = db.execute(
        "INSERT INTO tasks (plan_id, code, section_number, number, section, text, text_due, done_at) "
        "VALUES (?, ?, ?, ?, '一、稳增长', ?, ?, ?)",
        [plan(db, plan_title), code, section, number, text or f"推进第{code}项重点工作，确保按期完成。",
         str(due) if due else None, done_at],
    ).lastrowid
    for role, names in (("lead", lead), ("co", co)):
        for i, name in enumerate(names):
            db.execute("INSERT INTO task_units (task_id, unit_id, role, ord) VALUES (?, ?, ?, ?)", [task_id, unit(db, name), role, i])
    for i, name in enumerate(leaders):
        db.execute("INSERT INTO task_leaders (task_id, leader_id, ord) VALUES (?, ?, ?)", [task_id, leader(db, name), i])
    return task_id


def bind(db: sqlite_utils.Database, name: str, chat_id: int, *, active: bool = True) -> None:
    db.execute(
        "INSERT INTO bindings (unit_id, chat_id, active, bound_by, bound_at) VALUES (?, ?, ?, 'test', '2024-01-01T00:00:00+08:00')",
        [unit(db, name), chat_id, 1 if active else 0],
    )


def set_due(db: sqlite_utils.Database, task_id: int, due: str) -> None:
    db.execute("INSERT INTO deadlines (task_id, due, set_by, set_at) VALUES (?, ?, 'test', '2024-01-01T00:00:00+08:00')", [task_id, due])


def progress(db: sqlite_utils.Database, task_id: int, on: str, *, unit_name: str | None = None, done: bool = False) -> None:
    db.execute(
        "INSERT INTO progress (task_id, unit_id, text, reported_at, reporter, done) VALUES (?, ?, '已完成阶段任务', ?, 'test', ?)",
        [task_id, unit(db, unit_name) if unit_name else None, on, 1 if done else 0],
    )
    if done:
        db.execute("UPDATE tasks SET done_at = ? WHERE id = ?", [on, task_id])


class FakeBot:
    """Records send_message/send_photo calls; `fail` maps a call number (1-based) or a chat id
    to an exception (or a list of exceptions raised one per call) to simulate Telegram errors."""

    def __init__(self, fail: dict[Any, Any] | None = None, die_after: int | None = None) -> None:
        self.sent: list[tuple[int, str]] = []
        self.photos: list[tuple[int, bytes, str]] = []
        self.calls = 0
        self.fail = dict(fail or {})
        self.die_after = die_after

    def _maybe_fail(self, chat_id: int) -> None:
        self.calls += 1
        for key in (self.calls, chat_id):
            exc = self.fail.get(key)
            if isinstance(exc, list):
                if exc:
                    raise exc.pop(0)
            elif exc is not None:
                raise exc

    async def send_message(self, chat_id: int, text: str, **kwargs: Any) -> None:
        if self.die_after is not None and len(self.sent) >= self.die_after:
            raise Crash("sender killed")
        self._maybe_fail(chat_id)
        self.sent.append((chat_id, text))

    async def send_photo(self, chat_id: int, photo: bytes, caption: str = "", **kwargs: Any) -> None:
        self._maybe_fail(chat_id)
        self.photos.append((chat_id, photo if isinstance(photo, bytes) else photo.read(), caption))


class Crash(BaseException):
    """Stands for the process dying: not an Exception, so nothing in the sender catches it."""
