"""The scheduler: a real AsyncIOScheduler with the SQLite job store. A run missed while the
bot was down runs once on start (coalesced); a fresh start does not replace the stored
job (that would forget the missed run); unsent rows are recovered at start."""
from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from reminders import scheduler as sched
from reminders.daily_pass import run_pass
from tests.support import reminders_fixtures as fx

FakeBot = fx.FakeBot

SUPERVISION = -100900


def real_now_minus(minutes: int) -> str:
    """DUCHA_REMIND_AT a few minutes before the real clock (the scheduler runs on it)."""
    t = dt.datetime.now(dt.timezone.utc).astimezone(dt.timezone(dt.timedelta(hours=8))) - dt.timedelta(minutes=minutes)
    return t.strftime("%H:%M")


@pytest.fixture
def setup(make_ctx):
    def _setup(remind_at: str):
        ctx = make_ctx(now="2024-06-28T09:00", DUCHA_SUPERVISION_CHAT_ID=str(SUPERVISION), DUCHA_REMIND_AT=remind_at)
        fx.bind(ctx.db, "市发展改革委", 1001)
        fx.task(ctx.db, "1.1", due="2024-06-28", lead=["市发展改革委"])
        fx.task(ctx.db, "1.2", due="2024-06-21", lead=["市发展改革委"])  # 5th working day late: escalation
        return ctx
    return _setup


async def wait_until(predicate, timeout: float = 10.0) -> None:
    end = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > end:
            raise AssertionError("timed out waiting for the scheduler")
        await asyncio.sleep(0.05)


async def test_missed_runs_run_once_on_start(setup):
    ctx = setup(real_now_minus(30))  # today's run time passed 30 min ago
    # First life: the job is stored; then the process "dies" with its next run 3 days back
    # (three daily runs missed: two days ago, yesterday and today).
    first = sched.build_scheduler(ctx)
    first.start(paused=True)
    sched.ensure_daily_job(first, ctx.settings)
    job = first.get_job(sched.JOB_ID)
    assert job is not None and job.coalesce and job.misfire_grace_time == sched.MISFIRE_GRACE
    first.modify_job(sched.JOB_ID, next_run_time=job.next_run_time - dt.timedelta(days=3))
    first.shutdown(wait=False)
    await asyncio.sleep(0.1)
    assert not first.running

    bot = FakeBot()
    ran = []
    real = sched.run_daily

    async def counting(ctx_, day, **kw):
        ran.append(dt.datetime.now())
        return await real(ctx_, day, **kw)

    sched.run_daily = counting
    try:
        second = sched.start(ctx, bot)
        await wait_until(lambda: len(bot.photos) == 1)
        await asyncio.sleep(0.5)  # give a second (wrong) run the chance to happen
        next_run = second.get_job(sched.JOB_ID).next_run_time
        second.shutdown(wait=False)
    finally:
        sched.run_daily = real
    assert len(ran) == 1  # coalesced: once, not three times
    # The unit's two reminders in one message; the escalation and the digest to supervision.
    assert sorted(c for c, _ in bot.sent) == [SUPERVISION, SUPERVISION, 1001]
    unit_msg = [t for c, t in bot.sent if c == 1001][0]
    assert "督办提醒 2 项" in unit_msg and "1.1" in unit_msg and "1.2" in unit_msg
    assert next_run > dt.datetime.now(dt.timezone.utc)


async def test_start_without_a_missed_run_does_nothing_until_the_time(setup):
    ctx = setup(real_now_minus(-120))  # two hours from now
    bot = FakeBot()
    s = sched.start(ctx, bot)
    await asyncio.sleep(0.3)
    job = s.get_job(sched.JOB_ID)
    s.shutdown(wait=False)
    assert bot.sent == [] and bot.photos == []
    assert job.next_run_time > dt.datetime.now(dt.timezone.utc)
    # A restart keeps the stored job (same id, one row), it does not add a second one.
    rows = ctx.db.execute("SELECT id FROM apscheduler_jobs").fetchall()
    assert rows == [(sched.JOB_ID,)]


async def test_start_recovers_unsent_rows(setup):
    ctx = setup(real_now_minus(-120))
    run_pass(ctx, dt.date(2024, 6, 28), dry_run=False)  # written, never sent (the crash)
    bot = FakeBot()
    s = sched.start(ctx, bot)
    await wait_until(lambda: len(bot.sent) == 2)  # the unit's message + the escalation
    s.shutdown(wait=False)
    assert ctx.db.execute("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").fetchone()[0] == 0


async def test_install_hooks_into_a_ptb_application(setup):
    from telegram.ext import ApplicationBuilder

    ctx = setup(real_now_minus(-120))
    app = ApplicationBuilder().token("123:ABC").build()
    s = sched.install(app, ctx).scheduler  # inside a running loop: starts at once
    assert s.running and s.get_job(sched.JOB_ID) is not None
    await app.post_shutdown(app)
    await asyncio.sleep(0.1)  # AsyncIOScheduler shuts down on its loop's next turn
    assert not s.running


def test_install_before_the_loop_waits_for_post_init(setup):
    from telegram.ext import ApplicationBuilder

    ctx = setup(real_now_minus(-120))
    called = []

    async def their_post_init(app):
        called.append("theirs")

    app = ApplicationBuilder().token("123:ABC").post_init(their_post_init).build()
    installed = sched.install(app, ctx)
    assert installed.scheduler is None

    async def life():
        await app.post_init(app)
        s = installed.scheduler
        assert s.running
        await app.post_shutdown(app)
        await asyncio.sleep(0.1)
        return s

    s = asyncio.run(life())
    assert called == ["theirs"] and not s.running


def test_bad_remind_at_is_a_user_error(make_ctx):
    from core.errors import UserError

    ctx = make_ctx(DUCHA_REMIND_AT="9点")
    with pytest.raises(UserError, match="DUCHA_REMIND_AT"):
        sched.daily_trigger(ctx.settings)


async def test_a_job_stored_by_the_older_sqlalchemy_store_is_kept(setup):
    """Registries written before issue 15 hold the daily job in SQLAlchemyJobStore's table:
    the store that replaced it (no SQLAlchemy import at start) reads that row, missed run
    time included, instead of adding a second job. The row is written here exactly as
    APScheduler 3's SQLAlchemyJobStore wrote it (its DDL on SQLite; id, UTC timestamp, the
    pickled job state), since SQLAlchemy is no longer installed."""
    import pickle

    from apscheduler.util import datetime_to_utc_timestamp

    ctx = setup(real_now_minus(-120))
    first = sched.build_scheduler(ctx)
    first.start(paused=True)
    sched.ensure_daily_job(first, ctx.settings)
    job = first.get_job(sched.JOB_ID)
    first.shutdown(wait=False)
    ctx.db.execute("DROP TABLE apscheduler_jobs")
    ctx.db.execute("CREATE TABLE apscheduler_jobs (\n\tid VARCHAR(191) NOT NULL, \n\tnext_run_time FLOAT, "
                   "\n\tjob_state BLOB NOT NULL, \n\tPRIMARY KEY (id)\n)")
    ctx.db.execute("CREATE INDEX ix_apscheduler_jobs_next_run_time ON apscheduler_jobs (next_run_time)")
    job.next_run_time = stored = job.next_run_time - dt.timedelta(days=2)
    ctx.db.execute("INSERT INTO apscheduler_jobs (id, next_run_time, job_state) VALUES (?, ?, ?)",
                   [job.id, datetime_to_utc_timestamp(job.next_run_time), pickle.dumps(job.__getstate__(), pickle.HIGHEST_PROTOCOL)])
    ctx.db.conn.commit()

    new = sched.build_scheduler(ctx)
    new.start(paused=True)
    sched.ensure_daily_job(new, ctx.settings)
    kept = new.get_job(sched.JOB_ID)
    new.shutdown(wait=False)
    assert kept.next_run_time == stored and kept.func is sched.daily_job
    assert ctx.db.execute("SELECT id FROM apscheduler_jobs").fetchall() == [(sched.JOB_ID,)]
