"""The daily run (reminders.daily_run.run_daily), the one function behind the scheduler's
job, `ducha remind` and `/remind_now`: days off, the digest once a day, a dry run that
touches nothing, and a Bot API that cannot be reached."""
from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from telegram.error import NetworkError

from reminders.daily_run import run_daily, running_bot
from tests.support import reminders_fixtures as fx

SUPERVISION = -100900
FRIDAY = dt.date(2024, 6, 28)


@pytest.fixture
def ctx(make_ctx):
    ctx = make_ctx(now="2024-06-28T09:00", DUCHA_SUPERVISION_CHAT_ID=str(SUPERVISION))
    fx.bind(ctx.db, "市发展改革委", 1001)
    fx.task(ctx.db, "1.1", due="2024-06-28", lead=["市发展改革委"])
    fx.task(ctx.db, "1.2", due="2024-06-21", lead=["市发展改革委"])  # 5th working day late: escalation
    return ctx


def pending(ctx) -> int:
    return ctx.db.execute("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").fetchone()[0]


async def test_days_off_workdays_and_the_digest_once(ctx):
    bot = fx.FakeBot()
    opener = running_bot(bot)
    result = (await run_daily(ctx, dt.date(2024, 10, 3), open_bot=opener)).summary()
    assert result["workday"] is False and bot.sent == [] and bot.photos == []
    result = (await run_daily(ctx, FRIDAY, open_bot=opener)).summary()
    assert result == {"date": "2024-06-28", "workday": True, "new": 3, "sent": 3, "digest": True}
    assert [c for c, _, _ in bot.photos] == [SUPERVISION]
    again = (await run_daily(ctx, FRIDAY, open_bot=opener)).summary()
    assert again["new"] == 0 and again["sent"] == 0 and again["digest"] is False


async def test_dry_run_records_nothing_and_opens_no_bot(ctx):
    def never():
        raise AssertionError("a dry run must not open the bot")

    run = await run_daily(ctx, FRIDAY, open_bot=never, dry_run=True)
    assert run.new == 3 and run.sent is None and not run.digest
    assert ctx.db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 0


async def test_no_bot_records_for_later(ctx):
    run = await run_daily(ctx, FRIDAY, open_bot=None)
    assert run.new == 3 and run.sent is None and pending(ctx) == 3


async def test_unreachable_bot_api_keeps_the_record_pending(ctx):
    @contextlib.asynccontextmanager
    async def offline():
        raise NetworkError("getMe: connection refused")
        yield  # pragma: no cover

    run = await run_daily(ctx, FRIDAY, open_bot=offline)
    assert run.new == 3 and run.sent == 0 and not run.digest
    assert "connection refused" in (run.network_error or "")
    assert pending(ctx) == 3
    # The next run (Telegram back) delivers them and sends the digest.
    bot = fx.FakeBot()
    again = await run_daily(ctx, FRIDAY, open_bot=running_bot(bot))
    assert again.new == 0 and again.sent == 3 and again.digest and pending(ctx) == 0
