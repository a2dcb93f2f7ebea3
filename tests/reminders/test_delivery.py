"""Delivery under contention and Telegram's awkward answers: leases (two senders, a killed
sender, an expired lease), a group upgraded to a supergroup, one chat under flood control,
a lost supervision chat and reminders for units that were not bound yet."""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
import time
from collections import Counter

import pytest
from telegram.error import ChatMigrated, Forbidden, RetryAfter

from reminders import sender
from reminders.digest import build_digest
from reminders.daily_pass import run_pass
from reminders.sender import deliver_pending
from store import outbox as store_outbox
from tests.support import reminders_fixtures as fx
from tests.support.paths import PROJECT

FakeBot = fx.FakeBot
SUPERVISION = -100900
ADMIN = 7001
DAY = dt.date(2024, 6, 28)


@pytest.fixture
def ctx(make_ctx):
    ctx = make_ctx(now="2024-06-28T09:00", DUCHA_SUPERVISION_CHAT_ID=str(SUPERVISION), DUCHA_ADMIN_IDS=str(ADMIN))
    for i, name in enumerate(["市发展改革委", "市教育局", "市财政局", "市商务局"]):
        fx.bind(ctx.db, name, 1001 + i)
    fx.task(ctx.db, "1.1", due="2024-06-28", lead=["市发展改革委", "市教育局"])
    fx.task(ctx.db, "1.2", due="2024-07-03", lead=["市财政局"])
    fx.task(ctx.db, "1.3", due="2024-06-21", lead=["市商务局", "市统计局"], leaders=["王五"])  # 市统计局: no chat
    return ctx


async def no_sleep(seconds):
    no_sleep.calls.append(seconds)


@pytest.fixture(autouse=True)
def _reset_sleep():
    no_sleep.calls = []


def statuses(ctx):
    return Counter(s for (s,) in ctx.db.execute("SELECT status FROM outbox"))


def to_units(bot):
    return [(c, t) for c, t in bot.sent if c != ADMIN]


# ---- leases -----------------------------------------------------------------------------

def test_two_sender_processes_at_once_send_each_reminder_exactly_once(make_ctx, tmp_path):
    """Two real processes (like the bot's recovery and a `ducha remind` in a terminal) start
    delivering the same 60 pending reminders at the same moment."""
    ctx = make_ctx(now="2024-07-01T09:00")
    for n in range(1, 61):
        fx.bind(ctx.db, f"测试单位{n}局", 3000 + n)
        fx.task(ctx.db, f"5.{n}", due="2024-06-28", lead=[f"测试单位{n}局"])
    assert len(run_pass(ctx, dt.date(2024, 7, 1), dry_run=False).reminders) == 60
    ctx.close()
    log, go = tmp_path / "sent.jsonl", tmp_path / "go"
    script = textwrap.dedent(f"""
        import asyncio, datetime as dt, json, os, time
        from bot.wiring import new_context
        from core.settings import load_settings
        from reminders.sender import deliver_pending
        ctx = new_context(load_settings(DUCHA_DATA_DIR={str(tmp_path / 'var')!r}),
                          frozen_now=dt.datetime.fromisoformat("2024-07-01T09:00+08:00"))
        class SlowBot:
            async def send_message(self, chat_id, text, **kw):
                await asyncio.sleep(0.01)
                with open({str(log)!r}, "a") as f:
                    f.write(json.dumps([os.getpid(), chat_id]) + "\\n")
        while not os.path.exists({str(go)!r}):
            time.sleep(0.005)
        print(asyncio.run(deliver_pending(ctx, SlowBot())))
    """)
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    procs = [subprocess.Popen([sys.executable, "-c", script], env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(2)]
    time.sleep(2.0)  # both imported and waiting
    go.touch()
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1].decode()[-1500:] for o in outs]
    counts = [int(o[0]) for o in outs]
    chats = [json.loads(line)[1] for line in log.read_text().splitlines()]
    assert sum(counts) == 60 and len(chats) == 60 and len(set(chats)) == 60, (counts, Counter(chats).most_common(3))


async def test_a_live_senders_lease_is_respected_an_expired_one_taken_over(ctx):
    run_pass(ctx, DAY, dry_run=False)
    other = sender.owner_id()  # this process: alive
    held = store_outbox.claim(ctx.db, other, now=time.time(), lease=60)
    assert len(held) == 5
    bot = FakeBot()
    assert await deliver_pending(ctx, bot, sleep=no_sleep) == 0 and to_units(bot) == []
    store_outbox.claim(ctx.db, other, now=time.time() - 120, lease=60)  # the holder stopped renewing
    assert await deliver_pending(ctx, bot, sleep=no_sleep) == 5


async def test_a_killed_senders_lease_is_taken_over_at_once(ctx):
    run_pass(ctx, DAY, dry_run=False)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout.strip()
    owner = f"{sender.socket.gethostname()}:{dead}:deadbeef"
    assert sender.owner_dead(owner)
    store_outbox.claim(ctx.db, owner, now=time.time(), lease=3600)
    assert await deliver_pending(ctx, FakeBot(), sleep=no_sleep) == 5


# ---- Telegram's answers -----------------------------------------------------------------

async def test_migrated_group_gets_its_reminders_at_the_new_id(ctx):
    run_pass(ctx, DAY, dry_run=False)
    bot = FakeBot(fail={1002: ChatMigrated(-1001002)})
    assert await deliver_pending(ctx, bot, sleep=no_sleep) == 5
    assert [c for c, _ in to_units(bot)].count(-1001002) == 1
    assert ctx.db.execute("SELECT chat_id FROM bindings WHERE active = 1 AND chat_id IN (1002, -1001002)").fetchall() == [(-1001002,)]
    # The next day's pass addresses the new chat directly.
    plan = run_pass(ctx, dt.date(2024, 7, 1), dry_run=True)
    assert {r.chat_id for r in plan.reminders if r.unit == "市教育局"} == {-1001002}


async def test_one_chat_under_flood_control_delays_no_other_chat(ctx):
    run_pass(ctx, DAY, dry_run=False)
    events = []

    class Bot(FakeBot):
        async def send_message(self, chat_id, text, **kw):
            await super().send_message(chat_id, text, **kw)
            events.append(("sent", chat_id))

    async def sleep(seconds):
        events.append(("sleep", seconds))

    bot = Bot(fail={1001: [RetryAfter(dt.timedelta(seconds=30))] * 3})
    assert await deliver_pending(ctx, bot, sleep=sleep) == 5
    first_wait = events.index(next(e for e in events if e[0] == "sleep"))
    assert {c for kind, c in events[:first_wait] if kind == "sent"} == {1002, 1003, 1004, SUPERVISION}
    assert [e for e in events if e[0] == "sent" and e[1] != ADMIN][-1] == ("sent", 1001)


async def test_a_chat_flooded_all_run_keeps_its_rows_for_the_next_run(ctx):
    run_pass(ctx, DAY, dry_run=False)
    bot = FakeBot(fail={1001: [RetryAfter(dt.timedelta(seconds=5))] * 50})
    assert await deliver_pending(ctx, bot, sleep=no_sleep) == 4
    assert ctx.db.execute("SELECT status, claimed_by FROM outbox WHERE chat_id = 1001").fetchall() == [("pending", None)]
    assert await deliver_pending(ctx, FakeBot(), sleep=no_sleep) == 1


async def test_lost_supervision_chat_is_told_to_admins_once_and_to_the_next_digest(ctx, make_ctx):
    run_pass(ctx, DAY, dry_run=False)
    bot = FakeBot(fail={SUPERVISION: Forbidden("Forbidden: bot was kicked from the supergroup chat")})
    assert await deliver_pending(ctx, bot, sleep=no_sleep) == 4
    (notice,) = [t for c, t in bot.sent if c == ADMIN]
    assert "督查工作群（逾期督办）" in notice and str(SUPERVISION) in notice and "机器人被移出或被拉黑" in notice
    assert "市统计局" in notice and "/bind 市统计局" in notice  # the unbound unit too
    again = FakeBot()
    await deliver_pending(ctx, again, sleep=no_sleep)
    assert again.sent == [], "each undelivered reminder is reported once"
    later = make_ctx(now="2024-07-01T09:00", DUCHA_SUPERVISION_CHAT_ID=str(SUPERVISION))
    digest = build_digest(later, dt.date(2024, 7, 1))
    assert "未送达" in digest and "市商务局" in digest and "市统计局" in digest


async def test_unbound_units_reminders_are_delivered_once_it_is_bound(ctx):
    run_pass(ctx, DAY, dry_run=False)
    assert statuses(ctx)["unbound"] == 1
    await deliver_pending(ctx, FakeBot(), sleep=no_sleep)
    fx.bind(ctx.db, "市统计局", 1009)
    bot = FakeBot()
    assert await deliver_pending(ctx, bot, sleep=no_sleep) == 1
    ((chat, text),) = to_units(bot)
    assert chat == 1009 and "1.3" in text
    assert await deliver_pending(ctx, FakeBot(), sleep=no_sleep) == 0
