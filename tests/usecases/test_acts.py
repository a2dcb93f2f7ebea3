"""The audited writes: the change and its audit row commit together or not at all, whichever
front end (Actor) did it."""
from __future__ import annotations

import sqlite3

import pytest

from core.errors import UserError
from store.audit import list_audit
from tests.support import reminders_fixtures as fx
from usecases import acts
from usecases.actor import CLI, TELEGRAM, Actor
from usecases.tasks import show_task

ADMIN = Actor(TELEGRAM, "@admin_li", 1001, -100500)


@pytest.fixture
def ctx(make_ctx):
    ctx = make_ctx(now="2024-06-03T10:00")
    fx.task(ctx.db, "1.1", due="2024-06-28", lead=["市发展改革委"])
    return ctx


def rows(ctx, table: str) -> int:
    return ctx.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_signatures_say_who_and_how():
    assert ADMIN.signature == "telegram:1001 @admin_li" and ADMIN.audit_name == "@admin_li"
    assert Actor(CLI, "zhang").signature == "cli:zhang" == Actor(CLI, "zhang").audit_name
    assert Actor(CLI).signature == "cli" and Actor(TELEGRAM).signature == "telegram"


def test_a_write_and_its_audit_row(ctx):
    acts.set_due(ctx, ADMIN, "1.1", "2024-07-15")
    acts.report_progress(ctx, ADMIN, "1.1", "已完成立项", unit="发展改革委", done=True)
    trail = [(a.action, a.target, a.detail, a.user_id, a.user_name, a.chat_id) for a in reversed(list_audit(ctx.db))]
    assert trail == [
        ("due", "1.1", "2024-07-15", 1001, "@admin_li", -100500),
        ("done", "1.1", "已完成立项", 1001, "@admin_li", -100500),
    ]
    detail = show_task(ctx, "1.1")
    assert detail.deadlines[-1].set_by == "telegram:1001 @admin_li" and detail.task.status == "已完成"
    assert [(p.unit, p.reporter) for p in detail.progress] == [("市发展改革委", "telegram:1001 @admin_li")]


def test_refused_input_writes_neither(ctx):
    with pytest.raises(UserError):
        acts.set_due(ctx, ADMIN, "1.1", "2024-02-30")
    with pytest.raises(UserError):
        acts.bind_unit(ctx, ADMIN, "宇宙管理局", -100600)
    assert rows(ctx, "deadlines") == rows(ctx, "bindings") == rows(ctx, "bot_audit") == 0


def test_no_change_without_its_audit_row(ctx):
    """When the audit row cannot be written, the change it records is rolled back too."""
    ctx.db.execute("DROP TABLE bot_audit")
    with pytest.raises(sqlite3.OperationalError):
        acts.set_due(ctx, ADMIN, "1.1", "2024-07-15")
    with pytest.raises(sqlite3.OperationalError):
        acts.bind_unit(ctx, ADMIN, "市发展改革委", -100600)
    assert rows(ctx, "deadlines") == rows(ctx, "bindings") == 0
