"""The python-telegram-bot `Application`, wired from settings.

Robustness lives here, not in handlers: AIORateLimiter (global and per-group limits,
RetryAfter waited out and retried), updates processed concurrently but one at a time per
chat, a gate that refuses unknown chats and throttles floods before any handler runs, an
error handler that apologises instead of staying silent, and detection of a second
instance polling the same token (Telegram answers 409 Conflict), which stops this one.
"""
from __future__ import annotations

import asyncio
import logging
import sys
import urllib.parse
from typing import Any, Awaitable

from telegram import BotCommand, Update
from telegram.error import Conflict, Forbidden, InvalidToken, NetworkError, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from core.context import Context
from bot.logs import describe_update, masked_update
from core.errors import UserError
from handlers import commands, paging, questions
from handlers.access import FloodGuard, chat_allowed, gate
from prompts import bot as texts

log = logging.getLogger("ducha.bot")

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
MAX_CONCURRENT_UPDATES = 32
RATE_LIMIT_RETRIES = 3


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Concurrent across chats, sequential within one chat: a slow question in one group does
    not hold up another, and two messages in the same chat are answered in order."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        self._waiting[chat.id] = self._waiting.get(chat.id, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._waiting[chat.id] -= 1
            if not self._waiting[chat.id]:
                del self._waiting[chat.id]
                del self._locks[chat.id]

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log every error; tell the user a short apology; stop on a second polling instance."""
    error = context.error
    app = context.application
    if isinstance(error, Conflict):
        log.error("%s (%s)", texts.CONFLICT, error)
        app.bot_data["conflict"] = True
        app.stop_running()
        return
    if update is None and isinstance(error, (NetworkError, TimedOut)):
        log.warning("polling: %s", error)
        return
    if isinstance(error, Forbidden):
        chat = update.effective_chat if isinstance(update, Update) else None
        log.warning("chat %s refused the bot: %s", chat.id if chat else "?", error)
        if chat is not None:
            try:
                _deactivate(app.bot_data["ctx"], chat.id, str(error))
            except Exception:  # noqa: BLE001
                log.exception("could not deactivate chat %s", chat.id)
        return
    # Ids and the command word only: message text and Update dumps stay out of the log.
    log.error("error while handling %s", describe_update(update), exc_info=error)
    log.debug("update: %s", masked_update(update))
    if isinstance(update, Update) and update.effective_chat:
        try:
            if not chat_allowed(app.bot_data["ctx"], update.effective_chat.id):
                return
            if update.callback_query:
                await update.callback_query.answer(texts.APOLOGY)
            else:
                await context.bot.send_message(update.effective_chat.id, texts.APOLOGY)
        except Exception as exc:  # noqa: BLE001 - the apology is best effort
            log.warning("could not send the apology: %s", exc)


def _deactivate(ctx: Context, chat_id: int, reason: str) -> None:
    try:
        from store.bindings import deactivate_chat
    except ModuleNotFoundError:
        return
    deactivate_chat(ctx.db, chat_id, reason)


async def on_startup(app: Application) -> None:
    """post_init: publish the command menu and start the reminder scheduler."""
    await app.bot.set_my_commands([BotCommand(name, desc) for name, desc in texts.COMMANDS])
    log.info("bot @%s ready", app.bot.username)
    mode = app.bot_data.get("mode")
    if mode:  # `ducha run` in a terminal: say it is up (stderr; stdout stays for data)
        print(texts.STARTED.format(username=app.bot.username, mode=mode), file=sys.stderr, flush=True)


def install_scheduler(app: Application, ctx: Context) -> bool:
    """Run the daily reminder pass inside the bot process, when the reminders part is there."""
    try:
        from reminders.scheduler import install
    except ModuleNotFoundError as exc:
        if exc.name not in ("reminders.scheduler", "reminders"):
            raise
        log.warning("reminders.scheduler not available; no scheduled reminders")
        return False
    install(app, ctx)
    return True


def add_handlers(app: Application, flood: FloodGuard | None = None) -> None:
    app.add_handler(TypeHandler(Update, gate), group=-2)
    app.add_handler(TypeHandler(Update, flood or FloodGuard()), group=-1)
    only_new = filters.UpdateType.MESSAGE
    for name, callback in [
        ("start", commands.cmd_start),
        ("help", commands.cmd_help),
        ("ask", questions.cmd_ask),
        ("task", commands.cmd_task),
        ("unit", commands.cmd_unit),
        ("leader", commands.cmd_leader),
        ("overdue", commands.cmd_overdue),
        ("due", commands.cmd_due),
        ("progress", commands.cmd_progress),
        ("done", commands.cmd_done),
        ("bind", commands.cmd_bind),
        ("board", commands.cmd_board),
        ("remind_now", commands.cmd_remind_now),
    ]:
        app.add_handler(CommandHandler(name, callback, filters=only_new))
    text = filters.TEXT & ~filters.COMMAND & only_new
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & text, questions.on_text))
    app.add_handler(MessageHandler(filters.ChatType.GROUPS & text & questions.ADDRESSED, questions.on_text))
    app.add_handler(CallbackQueryHandler(paging.on_page, pattern=f"^{paging.CALLBACK_PREFIX}"))
    app.add_error_handler(on_error)


def build_application(
    ctx: Context,
    *,
    token: str | None = None,
    base_url: str | None = None,
    flood: FloodGuard | None = None,
    scheduler: bool = True,
) -> Application:
    """The Application for `ducha run` (and for tests, which pass a stand-in's base_url)."""
    settings = ctx.settings
    if token is None:
        if settings.telegram_bot_token is None or not settings.telegram_bot_token.get_secret_value():
            raise UserError(texts.NO_TOKEN)
        token = settings.telegram_bot_token.get_secret_value()
    base = base_url or settings.telegram_api_base_url
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(base)
        .base_file_url(_file_url(base))
        .rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .concurrent_updates(PerChatUpdateProcessor())
        .post_init(on_startup)
        .build()
    )
    app.bot_data["ctx"] = ctx
    add_handlers(app, flood)
    if scheduler:
        install_scheduler(app, ctx)
    return app


def _file_url(base: str) -> str:
    """https://host/bot → https://host/file/bot (the layout of Telegram and telegram-bot-api)."""
    parts = urllib.parse.urlsplit(base)
    path = parts.path.rstrip("/")
    head, _, last = path.rpartition("/")
    return urllib.parse.urlunsplit(parts._replace(path=f"{head}/file/{last}"))


def run(ctx: Context) -> int:
    """Block until stopped: long polling, or a webhook server when TELEGRAM_WEBHOOK_URL is set.
    Returns 1 when a second instance took over the token."""
    try:
        return _run(ctx)
    except InvalidToken:
        # PTB's message quotes the token; ours does not.
        raise UserError(texts.BAD_TOKEN) from None


def _run(ctx: Context) -> int:
    settings = ctx.settings
    app = build_application(ctx)
    if settings.telegram_webhook_url:
        url = settings.telegram_webhook_url
        secret = settings.telegram_webhook_secret.get_secret_value() if settings.telegram_webhook_secret else None
        log.info("webhook mode on port %s", settings.telegram_webhook_port)
        app.bot_data["mode"] = texts.MODE_WEBHOOK.format(port=settings.telegram_webhook_port)
        app.run_webhook(
            listen="0.0.0.0",
            port=settings.telegram_webhook_port,
            url_path=urllib.parse.urlsplit(url).path.lstrip("/"),
            webhook_url=url,
            secret_token=secret,
            allowed_updates=ALLOWED_UPDATES,
            bootstrap_retries=3,
            close_loop=False,
        )
    else:
        log.info("long polling %s", _host(settings.telegram_api_base_url))
        app.bot_data["mode"] = texts.MODE_POLLING.format(host=_host(settings.telegram_api_base_url))
        app.run_polling(allowed_updates=ALLOWED_UPDATES, bootstrap_retries=3, close_loop=False)
    return 1 if app.bot_data.get("conflict") else 0


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc
