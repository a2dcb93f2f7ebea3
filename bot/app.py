"""The python-telegram-bot `Application`, wired from settings.

Robustness lives here, not in handlers: a per-chat rate limiter (global and per-group
limits, RetryAfter waited out by the chat that got it), updates processed concurrently but
one at a time per chat, a gate that refuses unknown chats and throttles floods before any
handler runs, an error handler that apologises instead of staying silent, and detection of
a second instance polling the same token (Telegram answers 409 Conflict), which stops this
one. Start-up cannot die on the network: while the Bot API is unreachable the bot waits
and retries (one line per attempt, see bot.api); optional calls (the command menu) are
best effort. Only a rejected token or a second instance stops it.
"""
from __future__ import annotations

import asyncio
import logging
import sys
import urllib.parse
from typing import Any, Awaitable

from telegram import BotCommand, Update
from telegram.error import Conflict, Forbidden, InvalidToken, NetworkError, TelegramError, TimedOut
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import api
from bot.ratelimit import PerChatRateLimiter
from core.context import Context
from bot.logs import describe_update, masked_update
from core.errors import UserError
from handlers import commands, migrate, office, paging, plans, questions, review
from handlers.access import FloodGuard, chat_allowed, gate
from handlers.context import CONTEXT_TYPES, BotContext
from prompts import bot as texts
from prompts import exports as office_texts
from reminders.scheduler import install as install_scheduler
from store import bindings

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


async def on_error(update: object, context: BotContext) -> None:
    """Log every error; tell the user a short apology; stop on a second polling instance."""
    error = context.error
    app = context.application
    if isinstance(error, Conflict):
        log.error("%s (%s)", texts.CONFLICT, error)
        app.bot_data.conflict = True
        app.stop_running()
        return
    if update is None and isinstance(error, (NetworkError, TimedOut)):
        log.warning(texts.POLLING_FAILED + api.unreachable_line(app.bot_data.ducha.settings, error))
        return
    if isinstance(error, Forbidden):
        chat = update.effective_chat if isinstance(update, Update) else None
        log.warning("chat %s refused the bot: %s", chat.id if chat else "?", error)
        if chat is not None:
            try:
                bindings.deactivate_chat(context.ducha.db, chat.id, str(error))
            except Exception:  # noqa: BLE001
                log.exception("could not deactivate chat %s", chat.id)
        return
    # Ids and the command word only: message text and Update dumps stay out of the log.
    log.error("error while handling %s", describe_update(update), exc_info=error)
    log.debug("update: %s", masked_update(update))
    if isinstance(update, Update) and update.effective_chat:
        try:
            if not chat_allowed(context.ducha, update.effective_chat.id):
                return
            if update.callback_query:
                await update.callback_query.answer(texts.APOLOGY)
            else:
                await context.bot.send_message(update.effective_chat.id, texts.APOLOGY)
        except Exception as exc:  # noqa: BLE001 - the apology is best effort
            log.warning("could not send the apology: %s", exc)


async def on_startup(app: Application) -> None:
    """post_init: publish the command menu (best effort: a server without setMyCommands,
    or a network blip, costs only the "/" menu) and say the bot is up."""
    try:
        await app.bot.set_my_commands([BotCommand(name, desc) for name, desc in texts.COMMANDS + office_texts.OFFICE_COMMANDS])
    except (TelegramError, OSError) as exc:
        log.warning(texts.OPTIONAL_FAILED.format(method="setMyCommands", error=str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__))
    log.info("bot @%s ready", app.bot.username)
    # Vectors an `ingest --no-wait` left pending are computed while the bot already serves.
    from bot.wiring import new_context
    from retrieval.dense_phase import embed_in_background

    settings = app.bot_data.ducha.settings
    embed_in_background(lambda: new_context(settings))
    mode = app.bot_data.mode
    if mode:  # `ducha run` in a terminal: say it is up (stderr; stdout stays for data)
        print(texts.STARTED.format(username=app.bot.username, mode=mode), file=sys.stderr, flush=True)


async def on_stop(app: Application) -> None:
    """post_stop, before the HTTP clients close: a reminder being sent finishes and is
    recorded as sent, so a graceful stop (SIGTERM) never sends it twice after a restart."""
    from reminders.sender import stop_delivering

    if not await stop_delivering():
        log.warning("reminder delivery still running at shutdown; unsent ones go out after the restart")


def add_handlers(app: Application, flood: FloodGuard | None = None) -> None:
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, migrate.on_migrate), group=-3)
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
        ("done", office.cmd_done),  # a unit's /done is a claim for review; an admin's closes
        ("bind", commands.cmd_bind),
        ("board", commands.cmd_board),
        ("remind_now", commands.cmd_remind_now),
        ("plans", plans.cmd_plans),
        ("plan", plans.cmd_plan),
        ("plan_close", plans.cmd_plan_close),
        ("plan_open", plans.cmd_plan_open),
        ("review", review.cmd_review),
    ]:
        app.add_handler(CommandHandler(name, callback, filters=only_new))
    office.add_handlers(app)  # /export, /report, completion review
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
        .base_file_url(api.file_url(base))
        .request(api.request(settings))
        .get_updates_request(api.request(settings, polling=True))
        .rate_limiter(PerChatRateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .concurrent_updates(PerChatUpdateProcessor())
        .post_init(on_startup)
        .context_types(CONTEXT_TYPES)
        .post_stop(on_stop)
        .build()
    )
    app.bot_data.ducha = ctx
    add_handlers(app, flood)
    if scheduler:
        install_scheduler(app, ctx)  # the daily run inside the bot process
    return app


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
    if settings.telegram_webhook_url and not settings.telegram_webhook_secret and not settings.webhook_insecure:
        raise UserError(texts.WEBHOOK_NO_SECRET)
    app = build_application(ctx)
    # PTB runs on the current event loop: wait for the Bot API on it first (getMe with
    # back-off), so run_polling/run_webhook find the application initialised.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(api.wait_for_api(app, settings))
    except BaseException:
        loop.run_until_complete(_quiet_shutdown(app))
        loop.close()
        raise
    if settings.telegram_webhook_url:
        url = settings.telegram_webhook_url
        secret = settings.telegram_webhook_secret.get_secret_value() if settings.telegram_webhook_secret else None
        if secret is None:
            log.warning(texts.WEBHOOK_INSECURE)
        log.info("webhook mode on %s:%s", settings.telegram_webhook_listen, settings.telegram_webhook_port)
        app.bot_data.mode = texts.MODE_WEBHOOK.format(port=settings.telegram_webhook_port)
        app.run_webhook(
            listen=settings.telegram_webhook_listen,
            port=settings.telegram_webhook_port,
            url_path=urllib.parse.urlsplit(url).path.lstrip("/"),
            webhook_url=url,
            secret_token=secret,
            allowed_updates=ALLOWED_UPDATES,
            bootstrap_retries=-1,
            close_loop=False,
        )
    else:
        log.info("long polling %s", _host(settings.telegram_api_base_url))
        app.bot_data.mode = texts.MODE_POLLING.format(host=_host(settings.telegram_api_base_url))
        app.run_polling(allowed_updates=ALLOWED_UPDATES, bootstrap_retries=-1, close_loop=False)
    return 1 if app.bot_data.conflict else 0


async def _quiet_shutdown(app: Application) -> None:
    try:
        await app.bot.shutdown()
    except Exception:  # noqa: BLE001 - closing HTTP clients on the way out
        pass


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc
