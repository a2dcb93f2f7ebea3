"""The daily run, the one function behind the scheduler's job, `ducha remind` and `/remind_now`:
the day's ladder recorded in the outbox (reminders.daily_pass), then — when a bot is at hand —
delivery of every pending row and, on working days, the supervision digest.

It lives here, not in `usecases/`, because the scheduler (this package) calls it too, and
nothing below `usecases/` may import it. The bot comes as an opener (an async context
manager factory): the scheduler and `/remind_now` pass their running bot
(`running_bot(bot)`), the CLI passes `telegram.Bot(token)`, which is opened only after the
pass is recorded, so a rejected token still leaves the day's record behind.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any, AsyncContextManager, Callable

from telegram.error import NetworkError

from core.context import Context
from reminders.daily_pass import run_pass
from reminders.digest import send_digest
from reminders.ladder import RemindPlan
from reminders.sender import ChatGone, Undeliverable, deliver_pending

log = logging.getLogger(__name__)

BotOpener = Callable[[], AsyncContextManager[Any]]


def running_bot(bot: Any) -> BotOpener:
    """An opener for a bot that is already initialised (the application's own)."""
    return lambda: contextlib.nullcontext(bot)


@dataclass
class DailyRun:
    plan: RemindPlan  # the reminders this run added (all of them on a dry run)
    sent: int | None  # reminders delivered; None when nothing was delivered (dry run, no bot)
    digest: bool  # the supervision digest went out now
    network_error: str | None = None  # Telegram could not be reached; rows stay pending

    @property
    def new(self) -> int:
        return len(self.plan.reminders)

    def summary(self) -> dict[str, Any]:
        """What `/remind_now` reports and the log line says."""
        return {"date": self.plan.date.isoformat(), "workday": self.plan.workday, "new": self.new,
                "sent": self.sent or 0, "digest": self.digest}


async def run_daily(ctx: Context, day: dt.date, *, open_bot: BotOpener | None, dry_run: bool = False) -> DailyRun:
    """One day's run. Days off record nothing new but still drain what an earlier run left;
    the digest goes out once per working day when a supervision chat is set."""
    plan = run_pass(ctx, day, dry_run=dry_run)
    if dry_run or open_bot is None:
        return DailyRun(plan, None, False)
    sent, digest = 0, False
    try:
        async with open_bot() as bot:
            sent = await deliver_pending(ctx, bot)
            if plan.workday:
                digest = await send_digest(ctx, bot, day)
    except (NetworkError, ChatGone, Undeliverable) as exc:  # InvalidToken is the caller's to report
        log.error("reminder run %s: Telegram unreachable or refused (%s); what is unsent stays pending", day, exc)
        return DailyRun(plan, sent, digest, network_error=str(exc))
    log.info("reminder run %s: %d new, %d sent, digest %s", day, len(plan.reminders), sent, digest)
    return DailyRun(plan, sent, digest)
