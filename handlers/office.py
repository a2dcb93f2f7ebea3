"""The supervision office's own commands: /export sends the 台账 (.xlsx), /report the
督查通报 (.docx), both built by reminders.exports exactly as `ducha export` builds them.
The files cover every unit's tasks, so only admins (anywhere allowed) and the supervision
chat may ask for them. Building runs in a worker thread: a big registry never stalls the
bot's other chats."""
from __future__ import annotations

import asyncio
import datetime as dt

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from core.errors import UserError
from handlers.access import is_admin
from handlers.replies import actor, command_text, ctx_of, typing, user_errors
from prompts import exports as texts


def _may_export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    ctx = ctx_of(context)
    user = update.effective_user
    if is_admin(ctx, user.id if user else None):
        return
    if update.effective_chat and update.effective_chat.id == ctx.settings.supervision_chat_id and ctx.settings.supervision_chat_id:
        return
    raise UserError(texts.EXPORT_REFUSED)


def _day(update: Update, command: str, today: dt.date) -> dt.date:
    arg = command_text(update)
    if not arg:
        return today
    try:
        return dt.date.fromisoformat(arg.split()[0])
    except ValueError:
        raise UserError(texts.EXPORT_USAGE.format(command=command)) from None


async def _send_export(update: Update, context: ContextTypes.DEFAULT_TYPE, suffix: str, command: str) -> None:
    from reminders.exports import KINDS, build_export
    from store.audit import record

    _may_export(update, context)
    ctx = ctx_of(context)
    day = _day(update, command, ctx.today())
    chat_id = update.effective_chat.id
    async with typing(context, chat_id):
        data, ledger = await asyncio.to_thread(build_export, ctx.db, suffix, day)
    name = (texts.EXPORT_FILENAME_LEDGER if suffix == ".xlsx" else texts.EXPORT_FILENAME_REPORT).format(date=day.isoformat())
    caption = texts.EXPORT_CAPTION.format(kind=KINDS[suffix], date=day.isoformat(), total=ledger.total, overdue=ledger.overdue)
    await context.bot.send_document(chat_id, data, filename=name, caption=caption)
    uid, uname = actor(update)
    record(ctx.db, command, now=ctx.now(), user_id=uid, user_name=uname, chat_id=chat_id, target=day.isoformat(), detail=name)


@user_errors
async def cmd_export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _send_export(update, context, ".xlsx", "export")


@user_errors
async def cmd_report(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _send_export(update, context, ".docx", "report")


def add_handlers(app: Application) -> None:
    """Called by bot.app.add_handlers before the free-text handlers."""
    only_new = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("export", cmd_export, filters=only_new))
    app.add_handler(CommandHandler("report", cmd_report, filters=only_new))
