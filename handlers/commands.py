"""The slash commands: each reads its arguments, calls the library function the CLI uses,
and renders the result as HTML. Writes are recorded in the audit trail in the same
transaction as the change itself."""
from __future__ import annotations

import asyncio
import datetime as dt

from telegram import Update
from telegram.ext import ContextTypes

from core.dates import stored_date
from core.errors import UserError
from handlers.access import reporting_unit, require_admin
from handlers.paging import send_paged
from handlers.render import esc, task_card, task_line
from handlers.replies import actor, command_text, ctx_of, reply_html, reporter, typing, user_errors
from prompts import bot as texts
from store.db import transaction


def _code(arg: str, usage: str) -> str:
    """A task code as the registry spells it ("3．4" → "3.4"); no code → the usage line."""
    from store.tasks import normalize_code

    if not arg.strip():
        raise UserError(usage)
    return normalize_code(arg.strip().rstrip("。,，"))


def _audit(update: Update, context: ContextTypes.DEFAULT_TYPE, action: str, target: str, detail: str | None = None) -> None:
    from store.audit import record

    ctx = ctx_of(context)
    uid, name = actor(update)
    record(ctx.db, action, now=ctx.now(), user_id=uid, user_name=name, chat_id=update.effective_chat.id, target=target, detail=detail)


@user_errors
async def cmd_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await reply_html(update, context, texts.START)


@user_errors
async def cmd_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await reply_html(update, context, texts.HELP.format(username=esc(context.bot.username)))


@user_errors
async def cmd_task(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    from store.tasks import get_task, task_detail

    code = _code(command_text(update), texts.USAGE["task"])
    ctx = ctx_of(context)
    task = get_task(ctx.db, code, today=ctx.today())
    detail = task_detail(ctx.db, code, today=ctx.today())
    await reply_html(update, context, task_card(task, detail))


@user_errors
async def cmd_unit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    from store.tasks import list_tasks
    from store.units import resolve_unit

    name = command_text(update)
    if not name:
        raise UserError(texts.USAGE["unit"])
    ctx = ctx_of(context)
    unit = resolve_unit(ctx.db, name)
    tasks = list_tasks(ctx.db, unit=unit.name, today=ctx.today())
    if not tasks:
        await reply_html(update, context, texts.NO_TASKS)
        return
    lead = sum(1 for t in tasks if getattr(t, "role", None) == "lead")
    header = texts.LIST_UNIT.format(unit=esc(unit.name), lead=lead, co=len(tasks) - lead)
    await send_paged(update, context, header, [task_line(t) for t in tasks])


@user_errors
async def cmd_leader(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    from store.tasks import list_tasks

    name = command_text(update)
    if not name:
        raise UserError(texts.USAGE["leader"])
    ctx = ctx_of(context)
    tasks = list_tasks(ctx.db, leader=name, today=ctx.today())
    if not tasks:
        await reply_html(update, context, texts.NO_TASKS)
        return
    await send_paged(update, context, texts.LIST_LEADER.format(leader=esc(name), n=len(tasks)), [task_line(t) for t in tasks])


@user_errors
async def cmd_overdue(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    from store.tasks import list_tasks

    ctx = ctx_of(context)
    tasks = list_tasks(ctx.db, status="逾期", today=ctx.today())
    if not tasks:
        await reply_html(update, context, texts.NO_TASKS)
        return
    header = texts.LIST_OVERDUE.format(n=len(tasks), today=ctx.today().isoformat())
    await send_paged(update, context, header, [task_line(t) for t in tasks])


@user_errors
async def cmd_due(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`/due 7`: tasks due within 7 days. `/due 3.4 2026-06-30` (admin): set a deadline."""
    args = command_text(update).split()
    if len(args) == 2:
        await _set_due(update, context, args[0], args[1])
        return
    if len(args) != 1 or not args[0].isdigit():
        raise UserError(texts.USAGE["due"])
    days = int(args[0])
    if not 1 <= days <= 366:
        raise UserError(texts.BAD_DAYS)
    from store.tasks import list_tasks

    ctx = ctx_of(context)
    today = ctx.today()
    until = today + dt.timedelta(days=days)
    tasks = [
        t
        for t in list_tasks(ctx.db, due_before=until, today=today)
        if t.due and today <= stored_date(t.due) <= until and t.status != "已完成"
    ]
    if not tasks:
        await reply_html(update, context, texts.NO_TASKS)
        return
    header = texts.LIST_DUE.format(days=days, n=len(tasks), today=today.isoformat(), until=until.isoformat())
    await send_paged(update, context, header, [task_line(t) for t in tasks])


async def _set_due(update: Update, context: ContextTypes.DEFAULT_TYPE, code_arg: str, date_arg: str) -> None:
    require_admin(update, context)
    from store.deadlines import set_due

    code = _code(code_arg, texts.USAGE["due"])
    ctx = ctx_of(context)
    with transaction(ctx.db):
        result = set_due(ctx.db, code, date_arg, by=reporter(update), now=ctx.now())
        _audit(update, context, "due", result["code"], result["due"])
    await reply_html(update, context, texts.DUE_OK.format(code=esc(result["code"]), due=esc(result["due"])))


async def _report(update: Update, context: ContextTypes.DEFAULT_TYPE, *, done: bool) -> None:
    from store.progress import add_progress
    from store.tasks import get_task

    usage = texts.USAGE["done" if done else "progress"]
    raw = command_text(update)
    if not raw:
        raise UserError(usage)
    parts = raw.split(maxsplit=1)
    code = _code(parts[0], usage)
    text = parts[1].strip() if len(parts) > 1 else ""
    if not text:
        if not done:
            raise UserError(usage)
        text = texts.DONE_DEFAULT_TEXT
    ctx = ctx_of(context)
    user = update.effective_user
    task = get_task(ctx.db, code, today=ctx.today())
    unit = reporting_unit(ctx, update.effective_chat.id, user.id if user else None, task)
    with transaction(ctx.db):
        add_progress(ctx.db, task.code, text, unit=unit, done=done, reporter=reporter(update), now=ctx.now())
        _audit(update, context, "done" if done else "progress", task.code, text)
    await reply_html(update, context, (texts.DONE_OK if done else texts.PROGRESS_OK).format(code=esc(task.code)))


@user_errors
async def cmd_progress(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _report(update, context, done=False)


@user_errors
async def cmd_done(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _report(update, context, done=True)


@user_errors
async def cmd_bind(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    require_admin(update, context)
    from store.bindings import bind
    from store.units import resolve_unit

    name = command_text(update)
    if not name:
        raise UserError(texts.USAGE["bind"])
    ctx = ctx_of(context)
    unit = resolve_unit(ctx.db, name)
    with transaction(ctx.db):
        bind(ctx.db, unit.name, update.effective_chat.id, by=reporter(update), now=ctx.now())
        _audit(update, context, "bind", unit.name, str(update.effective_chat.id))
    await reply_html(update, context, texts.BIND_OK.format(unit=esc(unit.name)))


@user_errors
async def cmd_board(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    from reminders.chart import chart_caption, render_board

    ctx = ctx_of(context)
    day = ctx.today()
    async with typing(context, update.effective_chat.id):
        png = await asyncio.to_thread(render_board, ctx, day)
    # The caption is plain text (no parse mode): unit names in it need no escaping.
    await context.bot.send_photo(update.effective_chat.id, png, caption=chart_caption(ctx, day))


@user_errors
async def cmd_remind_now(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The scheduled daily run, now: pass, delivery, supervision digest (days off: delivery only)."""
    require_admin(update, context)
    from reminders.scheduler import run_daily

    ctx = ctx_of(context)
    day = ctx.today()
    result = await run_daily(ctx, context.bot, day)
    _audit(update, context, "remind_now", day.isoformat(), f"new={result['new']} sent={result['sent']}")
    if not result["workday"]:
        await reply_html(update, context, texts.REMIND_NOT_WORKDAY.format(day=day.isoformat(), sent=result["sent"]))
        return
    text = texts.REMIND_DONE.format(day=day.isoformat(), planned=result["new"], sent=result["sent"])
    if result["sent"] < result["new"]:
        text += "\n" + texts.REMIND_UNSENT_HINT
    if result.get("digest"):
        text += "\n" + texts.REMIND_DIGEST_SENT
    await reply_html(update, context, text)
