"""The outbox and the sender: one transaction per pass, never twice, never lost (a crash
between writing and sending), Telegram's RetryAfter, network errors and lost chats."""
from __future__ import annotations

from tests.support.paths import PROJECT

import asyncio
import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from reminders.daily_pass import run_pass
from reminders.sender import deliver_pending
from tests.support import reminders_fixtures as fx

FakeBot = fx.FakeBot
Crash = fx.Crash

SUPERVISION = -100900
DAY = dt.date(2024, 6, 28)


@pytest.fixture
def ctx(make_ctx):
    ctx = make_ctx(now="2024-06-28T09:00", DUCHA_SUPERVISION_CHAT_ID=str(SUPERVISION))
    for i, name in enumerate(["市发展改革委", "市教育局", "市财政局", "市商务局"]):
        fx.bind(ctx.db, name, 1001 + i)
    fx.task(ctx.db, "1.1", due="2024-06-28", lead=["市发展改革委", "市教育局"])
    fx.task(ctx.db, "1.2", due="2024-07-03", lead=["市财政局"])
    fx.task(ctx.db, "1.3", due="2024-06-21", lead=["市商务局", "市统计局"], leaders=["王五"])  # 5th working day late
    return ctx


def outbox(ctx, status=None):
    sql = "SELECT task, unit, kind, chat_id, status FROM outbox" + (" WHERE status = ?" if status else "") + " ORDER BY id"
    return ctx.db.execute(sql, [status] if status else []).fetchall()


async def no_sleep(seconds):
    no_sleep.calls.append(seconds)


@pytest.fixture(autouse=True)
def _reset_sleep():
    no_sleep.calls = []


def test_pass_records_once_and_a_rerun_adds_nothing(ctx):
    dry = run_pass(ctx, DAY, dry_run=True)
    assert len(dry.reminders) == 6 and outbox(ctx) == []  # dry run records nothing
    first = run_pass(ctx, DAY, dry_run=False)
    assert [r.to_dict() for r in first.reminders] == [r.to_dict() for r in dry.reminders]
    rows = outbox(ctx)
    assert len(rows) == 6
    assert Counter(r[4] for r in rows) == {"pending": 5, "unbound": 1}  # 市统计局 has no chat
    again = run_pass(ctx, DAY, dry_run=False)
    assert again.reminders == [] and outbox(ctx) == rows
    assert len(run_pass(ctx, DAY, dry_run=True).reminders) == 6  # the dry run still shows the full ladder


def test_pass_is_one_transaction(ctx):
    # A failure on the third insert must leave no row of the pass behind.
    ctx.db.execute(
        "CREATE TRIGGER boom BEFORE INSERT ON outbox WHEN (SELECT COUNT(*) FROM outbox) >= 2 "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(Exception, match="disk full"):
        run_pass(ctx, DAY, dry_run=False)
    assert outbox(ctx) == []


async def test_sender_delivers_each_pending_row_once(ctx):
    run_pass(ctx, DAY, dry_run=False)
    bot = FakeBot()
    assert await deliver_pending(ctx, bot, sleep=no_sleep) == 5
    assert Counter(c for c, _ in bot.sent) == {1001: 1, 1002: 1, 1003: 1, 1004: 1, SUPERVISION: 1}
    assert all(r[4] != "pending" for r in outbox(ctx))
    assert await deliver_pending(ctx, FakeBot(), sleep=no_sleep) == 0


async def test_crash_after_first_send_then_restart_sends_each_exactly_once(ctx, make_ctx):
    run_pass(ctx, DAY, dry_run=False)
    dying = FakeBot(die_after=1)
    with pytest.raises(Crash):
        await deliver_pending(ctx, dying, sleep=no_sleep)
    assert len(dying.sent) == 1
    ctx.close()
    restarted = make_ctx(now="2024-06-28T09:05", DUCHA_SUPERVISION_CHAT_ID=str(SUPERVISION))
    assert run_pass(restarted, DAY, dry_run=False).reminders == []  # the job reruns: nothing new
    bot = FakeBot()
    assert await deliver_pending(restarted, bot, sleep=no_sleep) == 4
    every = dying.sent + bot.sent
    assert len(every) == len(set(every)) == 5


def test_killed_sender_process_then_restart_sends_each_exactly_once(ctx, tmp_path, make_ctx):
    """A real crash: a process writes the pass, sends two messages and is SIGKILLed while
    sending the third; a fresh process delivers the rest."""
    ctx.close()
    log = tmp_path / "sent.jsonl"
    script = textwrap.dedent(f"""
        import asyncio, datetime as dt, json, os, signal
        from bot.wiring import new_context
        from core.settings import load_settings
        from reminders.daily_pass import run_pass
        from reminders.sender import deliver_pending
        ctx = new_context(load_settings(DUCHA_DATA_DIR={str(tmp_path / 'var')!r}, DUCHA_SUPERVISION_CHAT_ID="{SUPERVISION}"),
                      frozen_now=dt.datetime.fromisoformat("2024-06-28T09:00+08:00"))
        run_pass(ctx, dt.date(2024, 6, 28), dry_run=False)
        class DyingBot:
            n = 0
            async def send_message(self, chat_id, text, **kw):
                if self.n == 2:
                    os.kill(os.getpid(), signal.SIGKILL)
                self.n += 1
                with open({str(log)!r}, "a") as f:
                    f.write(json.dumps([chat_id, text], ensure_ascii=False) + "\\n")
        asyncio.run(deliver_pending(ctx, DyingBot()))
    """)
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    proc = subprocess.run([sys.executable, "-c", script], env=env, cwd=tmp_path, capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()[-2000:]
    before = [tuple(json.loads(line)) for line in log.read_text(encoding="utf-8").splitlines()]
    assert len(before) == 2

    restarted = make_ctx(now="2024-06-28T09:10", DUCHA_SUPERVISION_CHAT_ID=str(SUPERVISION))
    assert len(outbox(restarted)) == 6
    bot = FakeBot()
    assert asyncio.run(deliver_pending(restarted, bot, sleep=no_sleep)) == 3
    every = before + bot.sent
    assert len(every) == len(set(every)) == 5
    assert outbox(restarted, "pending") == []


async def test_retry_after_waits_and_retries(ctx):
    run_pass(ctx, DAY, dry_run=False)
    bot = FakeBot(fail={1: RetryAfter(dt.timedelta(seconds=7))})
    assert await deliver_pending(ctx, bot, sleep=no_sleep) == 5
    assert no_sleep.calls == [pytest.approx(7.0, abs=0.5)]  # the other chats went on meanwhile
    assert len(bot.sent) == 5 and len(set(bot.sent)) == 5
    assert bot.sent[-1][0] == 1001, "the flooded chat is retried after the others"


async def test_network_errors_back_off_then_succeed(ctx):
    run_pass(ctx, DAY, dry_run=False)
    bot = FakeBot(fail={1: TimedOut(), 2: NetworkError("connection reset")})
    assert await deliver_pending(ctx, bot, sleep=no_sleep, backoff=0.5) == 5
    assert no_sleep.calls == [0.5, 1.0]


async def test_network_down_leaves_rows_pending_for_the_next_run(ctx):
    run_pass(ctx, DAY, dry_run=False)
    bot = FakeBot(fail={1001: [NetworkError("down")] * 10})
    assert await deliver_pending(ctx, bot, sleep=no_sleep, attempts=3) == 0
    assert len(outbox(ctx, "pending")) == 5
    row = ctx.db.execute("SELECT attempts, last_error FROM outbox WHERE chat_id = 1001").fetchone()
    assert row == (1, "down")
    assert await deliver_pending(ctx, FakeBot(), sleep=no_sleep) == 5


@pytest.mark.parametrize("error, reason", [
    (Forbidden("Forbidden: bot was kicked from the group chat"), "机器人被移出或被拉黑"),
    (BadRequest("Chat not found"), "群聊不存在"),
])
async def test_lost_chat_deactivates_binding_and_tells_supervision(ctx, error, reason):
    fx.task(ctx.db, "1.4", due="2024-06-28", lead=["市教育局"])
    run_pass(ctx, DAY, dry_run=False)
    bot = FakeBot(fail={1002: error})
    assert await deliver_pending(ctx, bot, sleep=no_sleep) == 4
    assert ctx.db.execute("SELECT active, inactive_reason FROM bindings WHERE chat_id = 1002").fetchone() == (0, reason)
    assert Counter(r[4] for r in outbox(ctx) if r[3] == 1002) == {"failed": 2}  # both rows for that chat
    notices = [t for c, t in bot.sent if c == SUPERVISION and "绑定失效" in t]
    assert len(notices) == 1 and "市教育局" in notices[0] and reason in notices[0]
    # From now on the unit is unbound.
    plan = run_pass(ctx, dt.date(2024, 7, 1), dry_run=True)
    assert "市教育局" in plan.unbound


async def test_other_bad_request_fails_only_that_row(ctx):
    run_pass(ctx, DAY, dry_run=False)
    bot = FakeBot(fail={1: BadRequest("Message is too long")})
    assert await deliver_pending(ctx, bot, sleep=no_sleep) == 4
    assert len(outbox(ctx, "failed")) == 1
    assert ctx.db.execute("SELECT COUNT(*) FROM bindings WHERE active = 0").fetchone()[0] == 0


async def test_a_unit_with_many_reminders_gets_them_in_few_messages(make_ctx):
    ctx = make_ctx(now="2024-07-01T09:00")
    fx.bind(ctx.db, "市农业农村局", 5001)
    for n in range(1, 81):
        fx.task(ctx.db, f"6.{n}", due="2024-06-28", lead=["市农业农村局"], text=f"推进第{n}项农业农村重点工作，确保按期完成。")
    assert len(run_pass(ctx, dt.date(2024, 7, 1), dry_run=False).reminders) == 80
    bot = FakeBot()
    assert await deliver_pending(ctx, bot, sleep=no_sleep) == 80
    assert 2 <= len(bot.sent) <= 4 and all(len(t) <= 4096 for _, t in bot.sent)
    body = "\n".join(t for _, t in bot.sent)
    assert all(f"6.{n} " in body for n in range(1, 81))
    assert outbox(ctx, "pending") == []


async def test_a_refused_batch_is_retried_row_by_row(make_ctx):
    ctx = make_ctx(now="2024-07-01T09:00")
    fx.bind(ctx.db, "市农业农村局", 5001)
    for n in range(1, 4):
        fx.task(ctx.db, f"6.{n}", due="2024-06-28", lead=["市农业农村局"])
    run_pass(ctx, dt.date(2024, 7, 1), dry_run=False)
    bot = FakeBot(fail={1: BadRequest("Can't parse entities"), 3: BadRequest("Can't parse entities")})
    assert await deliver_pending(ctx, bot, sleep=no_sleep) == 2
    assert len(outbox(ctx, "failed")) == 1 and len(outbox(ctx, "sent")) == 2
