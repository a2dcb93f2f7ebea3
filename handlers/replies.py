"""Sending: HTML replies split under the limit, a typing indicator, user errors as replies.

Every handler replies through `reply_html`, so no message ever goes out in Markdown or
unescaped, and no message is ever longer than Telegram accepts.
"""
from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from typing import Any, AsyncIterator, Awaitable, Callable

from telegram import LinkPreviewOptions, Message, Update
from telegram.constants import ChatAction, ParseMode
from core.errors import UserError
from handlers.context import BotContext
from handlers.render import esc, split_html
from usecases.actor import TELEGRAM, Actor

log = logging.getLogger(__name__)

Handler = Callable[[Update, BotContext], Awaitable[Any]]

_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
TYPING_EVERY = 4.5  # Telegram shows "typing…" for about 5 seconds


async def reply_html(update: Update, context: BotContext, text: str, **kwargs: Any) -> list[Message]:
    """Send `text` (already-escaped HTML) to the update's chat, in as many parts as needed.
    Extra kwargs (a keyboard) go on the last part."""
    chat = update.effective_chat
    if chat is None:
        return []
    parts = split_html(text)
    sent: list[Message] = []
    thread_id = update.effective_message.message_thread_id if update.effective_message and update.effective_message.is_topic_message else None
    for i, part in enumerate(parts):
        extra = kwargs if i == len(parts) - 1 else {}
        sent.append(
            await context.bot.send_message(
                chat.id,
                part,
                parse_mode=ParseMode.HTML,
                link_preview_options=_NO_PREVIEW,
                message_thread_id=thread_id,
                **extra,
            )
        )
    return sent


@contextlib.asynccontextmanager
async def typing(context: BotContext, chat_id: int) -> AsyncIterator[None]:
    """Show "typing…" while a slow answer is being prepared."""

    async def keep_typing() -> None:
        while True:
            await asyncio.sleep(TYPING_EVERY)
            with contextlib.suppress(Exception):
                await context.bot.send_chat_action(chat_id, ChatAction.TYPING)

    with contextlib.suppress(Exception):  # best effort: the answer matters, not the indicator
        await context.bot.send_chat_action(chat_id, ChatAction.TYPING)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def user_errors(handler: Handler) -> Handler:
    """A `UserError` is the user's to fix: reply its one-line message instead of apologising."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: BotContext) -> Any:
        try:
            return await handler(update, context)
        except UserError as exc:
            if update.callback_query:
                await update.callback_query.answer(str(exc)[:190], show_alert=True)
            else:
                await reply_html(update, context, esc(str(exc)))
            return None

    return wrapper


def command_text(update: Update) -> str:
    """The text after `/command` (or `/command@bot`), keeping the user's spacing and newlines."""
    message = update.effective_message
    text = (message.text or message.caption or "") if message else ""
    if text.startswith("/"):
        parts = text.split(maxsplit=1)
        return parts[1].strip() if len(parts) > 1 else ""
    return text.strip()


def actor(update: Update) -> Actor:
    """Who did it, for the audit trail and the registry's `by`/`reporter`: the Telegram user
    (id and @username or full name) and the chat it was done in."""
    user = update.effective_user
    chat = update.effective_chat
    chat_id = chat.id if chat else None
    if user is None:
        return Actor(TELEGRAM, chat_id=chat_id)
    name = f"@{user.username}" if user.username else user.full_name
    return Actor(TELEGRAM, name, user.id, chat_id)
