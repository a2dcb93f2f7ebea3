"""The daily reminder job inside the bot process.

APScheduler's AsyncIOScheduler with a persistent job store in the registry's SQLite file
(reminders/jobstore.py, in the table APScheduler's SQLAlchemy store used): the job survives
restarts together with its next run time, so a run missed while the bot was down (misfire)
is found on start and, coalesced, runs once if it is less than MISFIRE_GRACE old. The job is
the module-level `daily_job` (the store pickles a reference to it); the context and bot it
needs live in `_runtime`, set by `start`.

On every start the outbox is also drained once (unsent rows after a crash are delivered;
sent rows never again)."""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from core.context import Context
from core.errors import UserError
from core.settings import Settings
from reminders.daily_run import run_daily, running_bot
from reminders.jobstore import SQLiteJobStore
from reminders.sender import deliver_pending

log = logging.getLogger(__name__)

JOB_ID = "ducha-daily-reminders"
RECOVER_JOB_ID = "ducha-recover-outbox"
RECOVER_EVERY = 600  # seconds between passes over what is still pending
MISFIRE_GRACE = 18 * 3600  # a run missed by up to 18 h still runs (once) when we come back
_runtime: dict[str, Any] = {}


def remind_time(settings: Settings) -> tuple[int, int]:
    try:
        hour, minute = (int(p) for p in settings.remind_at.strip().split(":"))
        dt.time(hour, minute)
    except ValueError:
        raise UserError(f"DUCHA_REMIND_AT 格式不对：{settings.remind_at}（应为 HH:MM，如 09:00）") from None
    return hour, minute


def daily_trigger(settings: Settings) -> CronTrigger:
    hour, minute = remind_time(settings)
    return CronTrigger(hour=hour, minute=minute, timezone=settings.tz)


def build_scheduler(ctx: Context) -> AsyncIOScheduler:
    # Opened with store.db's busy timeout: the CLI writing at the same moment must not make
    # the scheduler see "database is locked".
    store = SQLiteJobStore(ctx.settings.db_path.resolve())
    return AsyncIOScheduler(
        jobstores={"default": store, "memory": MemoryJobStore()},
        timezone=ctx.settings.tz,
        job_defaults={"coalesce": True, "misfire_grace_time": MISFIRE_GRACE, "max_instances": 1},
    )


def ensure_daily_job(scheduler: AsyncIOScheduler, settings: Settings) -> None:
    """Add the daily job unless the store already has it. Keeping the stored job keeps its
    stored next run time, which is how a missed run is noticed; replacing it would forget."""
    trigger = daily_trigger(settings)
    job = scheduler.get_job(JOB_ID, jobstore="default")
    if job is None:
        scheduler.add_job(daily_job, trigger, id=JOB_ID, name="督查提醒", jobstore="default",
                          coalesce=True, misfire_grace_time=MISFIRE_GRACE, replace_existing=True)
    elif str(job.trigger) != str(trigger):
        log.info("reminder time changed to %s", settings.remind_at)
        job.reschedule(trigger)


def start(ctx: Context, bot: Any) -> AsyncIOScheduler:
    """Start the scheduler on the running event loop; call from inside it."""
    _runtime.update(ctx=ctx, bot=bot)
    scheduler = build_scheduler(ctx)
    scheduler.start(paused=True)  # paused: look at the stored job before anything fires
    ensure_daily_job(scheduler, ctx.settings)
    # At once, then every RECOVER_EVERY: rows left pending by a network outage or flood
    # control, and reminders of units bound since, go out without waiting for tomorrow.
    scheduler.add_job(recover_job, IntervalTrigger(seconds=RECOVER_EVERY), id=RECOVER_JOB_ID, jobstore="memory",
                      replace_existing=True, next_run_time=dt.datetime.now(ctx.settings.tz))
    scheduler.resume()
    job = scheduler.get_job(JOB_ID)
    log.info("reminders scheduled daily at %s %s; next run %s", ctx.settings.remind_at, ctx.settings.timezone,
             job.next_run_time if job else None)
    return scheduler


@dataclass
class Installed:
    """The scheduler `install` started (None until the application's post_init ran)."""
    scheduler: AsyncIOScheduler | None = None


def install(application: Any, ctx: Context) -> Installed:
    """Hook the scheduler into a PTB Application (used by `ducha run`): started after the
    bot is initialised, stopped on shutdown. Called inside a running loop (e.g. from the
    application's own post_init), it starts at once."""
    installed = Installed()
    previous_init, previous_shutdown = application.post_init, application.post_shutdown

    async def post_init(app: Any) -> None:
        if previous_init:
            await previous_init(app)
        installed.scheduler = start(ctx, app.bot)

    async def post_shutdown(app: Any) -> None:
        scheduler, installed.scheduler = installed.scheduler, None
        if scheduler is not None and scheduler.running:
            scheduler.shutdown(wait=False)
        if previous_shutdown:
            await previous_shutdown(app)

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        application.post_init = post_init
    else:
        installed.scheduler = start(ctx, application.bot)
    application.post_shutdown = post_shutdown
    return installed


async def daily_job() -> None:
    """The persisted job (referenced as reminders.scheduler:daily_job): the daily run for today."""
    ctx = _runtime["ctx"]
    await run_daily(ctx, ctx.today(), open_bot=running_bot(_runtime["bot"]))


async def recover_job() -> None:
    """At start: deliver rows a crash left unsent."""
    sent = await deliver_pending(_runtime["ctx"], _runtime["bot"])
    if sent:
        log.info("recovered %d unsent reminders", sent)
