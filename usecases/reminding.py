"""An admin running the day's reminders now (`ducha remind`, `/remind_now`): the same daily
run the scheduler does (`reminders.daily_run.run_daily`), plus the audit row saying who ran
it. A dry run records nothing, so it leaves no audit row either. When Telegram rejects the
token (InvalidToken raises out of here), the pass stays recorded but the run is not audited."""
from __future__ import annotations

import datetime as dt

from core.context import Context
from reminders.daily_run import BotOpener, DailyRun, run_daily
from store import audit
from usecases.actor import Actor


async def remind(ctx: Context, actor: Actor, day: dt.date, *, open_bot: BotOpener | None,
                 dry_run: bool = False) -> DailyRun:
    """The daily run for `day`; delivery and digest only with a bot."""
    run = await run_daily(ctx, day, open_bot=open_bot, dry_run=dry_run)
    if not dry_run:
        audit.record(ctx.db, "remind_now", now=ctx.now(), user_id=actor.user_id, user_name=actor.audit_name,
                     chat_id=actor.chat_id, target=day.isoformat(), detail=f"new={run.new} sent={run.sent or 0}")
    return run
