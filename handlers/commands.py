"""The slash commands: each reads its arguments, calls the use case the CLI calls too
(`usecases/`: writes audited in the same transaction as the change), and renders the
result as HTML."""
from __future__ import annotations

import asyncio
import datetime as dt

from telegram import Update

from core.errors import UserError
from handlers.access import reporting_unit, require_admin
from handlers.context import BotContext
from handlers.paging import send_paged
from handlers.render import esc, task_card, task_line
from handlers.replies import actor, command_text, reply_html, typing, user_errors
from prompts import bot as texts
from reminders.daily_run import running_bot
from store import tasks as task_store
from store import units
from store.tasks import TaskView
from usecases import acts
from usecases.reminding import remind
from usecases.tasks import show_task


def _code(arg: str, usage: str) -> str:
    """A task code as the registry spells it ("3．4" → "3.4"); no code → the usage line."""
    if not arg.strip():
        raise UserError(usage)
    return task_store.normalize_code(arg.strip().rstrip("。,，"))


def _chat_plan(ctx, update: Update) -> dict[str, int]:
    """`plan_id=` for the registry call when this chat chose a plan with `/plan 2024`."""
    from store.plans import chat_plan

    plan_id = chat_plan(ctx.db, update.effective_chat.id)
    return {"plan_id": plan_id} if plan_id is not None else {}


@user_errors
async def cmd_start(update: Update, context: BotContext) -> None:
    await reply_html(update, context, texts.START)


@user_errors
async def cmd_help(update: Update, context: BotContext) -> None:
    await reply_html(update, context, texts.HELP.format(username=esc(context.bot.username)))


@user_errors
async def cmd_task(update: Update, context: BotContext) -> None:
    code = _code(command_text(update), texts.USAGE["task"])
    ctx = context.ducha
    # `/plan 2024` chose what codes mean in this chat
    await reply_html(update, context, task_card(show_task(ctx, code, **_chat_plan(ctx, update))))


async def _send_tasks(update: Update, context: BotContext, header: str, tasks: list[TaskView]) -> None:
    """A task list under its header, paged; an empty list is one short line."""
    if not tasks:
        await reply_html(update, context, texts.NO_TASKS)
        return
    await send_paged(update, context, header, [task_line(t) for t in tasks])


@user_errors
async def cmd_unit(update: Update, context: BotContext) -> None:
    name = command_text(update)
    if not name:
        raise UserError(texts.USAGE["unit"])
    ctx = context.ducha
    unit = units.resolve_unit(ctx.db, name)
    tasks = task_store.list_tasks(ctx.db, unit=unit.name, today=ctx.today())
    lead = sum(1 for t in tasks if t.role == "lead")
    await _send_tasks(update, context, texts.LIST_UNIT.format(unit=esc(unit.name), lead=lead, co=len(tasks) - lead), tasks)


@user_errors
async def cmd_leader(update: Update, context: BotContext) -> None:
    name = command_text(update)
    if not name:
        raise UserError(texts.USAGE["leader"])
    ctx = context.ducha
    tasks = task_store.list_tasks(ctx.db, leader=name, today=ctx.today())
    await _send_tasks(update, context, texts.LIST_LEADER.format(leader=esc(name), n=len(tasks)), tasks)


@user_errors
async def cmd_overdue(update: Update, context: BotContext) -> None:
    ctx = context.ducha
    tasks = task_store.list_tasks(ctx.db, status="逾期", today=ctx.today())
    await _send_tasks(update, context, texts.LIST_OVERDUE.format(n=len(tasks), today=ctx.today().isoformat()), tasks)


@user_errors
async def cmd_due(update: Update, context: BotContext) -> None:
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
    ctx = context.ducha
    today = ctx.today()
    until = today + dt.timedelta(days=days)
    tasks = [
        t
        for t in task_store.list_tasks(ctx.db, due_before=until, today=today)
        if t.due and today <= t.due <= until and t.status != "已完成"
    ]
    header = texts.LIST_DUE.format(days=days, n=len(tasks), today=today.isoformat(), until=until.isoformat())
    await _send_tasks(update, context, header, tasks)


async def _set_due(update: Update, context: BotContext, code_arg: str, date_arg: str) -> None:
    require_admin(update, context)
    code = _code(code_arg, texts.USAGE["due"])
    result = acts.set_due(context.ducha, actor(update), code, date_arg, **_chat_plan(context.ducha, update))
    await reply_html(update, context, texts.DUE_OK.format(code=esc(result["code"]), due=esc(result["due"])))


async def _report(update: Update, context: BotContext, *, done: bool) -> None:
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
    ctx = context.ducha
    user = update.effective_user
    in_plan = _chat_plan(ctx, update)
    task = task_store.get_task(ctx.db, code, today=ctx.today(), **in_plan)
    unit = reporting_unit(ctx, update.effective_chat.id, user.id if user else None, task)
    acts.report_progress(ctx, actor(update), task.code, text, unit=unit, done=done, **in_plan)
    await reply_html(update, context, (texts.DONE_OK if done else texts.PROGRESS_OK).format(code=esc(task.code)))


@user_errors
async def cmd_progress(update: Update, context: BotContext) -> None:
    await _report(update, context, done=False)


@user_errors
async def cmd_done(update: Update, context: BotContext) -> None:
    await _report(update, context, done=True)


@user_errors
async def cmd_bind(update: Update, context: BotContext) -> None:
    require_admin(update, context)
    name = command_text(update)
    if not name:
        raise UserError(texts.USAGE["bind"])
    result = acts.bind_unit(context.ducha, actor(update), name, update.effective_chat.id)
    await reply_html(update, context, texts.BIND_OK.format(unit=esc(result["unit"])))


@user_errors
async def cmd_board(update: Update, context: BotContext) -> None:
    from reminders.chart import chart_caption, render_board  # matplotlib loads only when a chart is asked for

    ctx = context.ducha
    day = ctx.today()
    async with typing(context, update.effective_chat.id):
        png = await asyncio.to_thread(render_board, ctx, day)
    # The caption is plain text (no parse mode): unit names in it need no escaping.
    await context.bot.send_photo(update.effective_chat.id, png, caption=chart_caption(ctx, day))


@user_errors
async def cmd_remind_now(update: Update, context: BotContext) -> None:
    """The scheduled daily run, now: pass, delivery, supervision digest (days off: delivery only)."""
    require_admin(update, context)
    ctx = context.ducha
    day = ctx.today()
    result = (await remind(ctx, actor(update), day, open_bot=running_bot(context.bot))).summary()
    if not result["workday"]:
        await reply_html(update, context, texts.REMIND_NOT_WORKDAY.format(day=day.isoformat(), sent=result["sent"]))
        return
    text = texts.REMIND_DONE.format(day=day.isoformat(), planned=result["new"], sent=result["sent"])
    if result["sent"] < result["new"]:
        text += "\n" + texts.REMIND_UNSENT_HINT
    if result["digest"]:
        text += "\n" + texts.REMIND_DIGEST_SENT
    await reply_html(update, context, text)
