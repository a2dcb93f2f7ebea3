"""Questions: any text in a private chat, `/ask`, and in groups a mention of the bot or a reply
to it. The answer comes from `answers.ask.ask`, the same function as `ducha ask`."""
from __future__ import annotations

import asyncio
import re

from telegram import Message, MessageEntity, Update
from telegram.ext import filters

from answers import ask as answering
from handlers.context import BotContext
from handlers.render import answer_html
from handlers.replies import command_text, reply_html, typing, user_errors
from prompts import bot as texts


class AddressedToBot(filters.MessageFilter):
    """A group message meant for the bot: it @mentions the bot, or replies to one of its messages.
    Anything else in a group is chatter the bot stays out of."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        reply = message.reply_to_message
        if reply and reply.from_user and reply.from_user.id == bot.id:
            return True
        username = (bot.username or "").lower()
        for entity, value in message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
            if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot.id:
                return True
            if username and value.lower() == f"@{username}":
                return True
        return False


ADDRESSED = AddressedToBot(name="addressed_to_bot")


def strip_mention(text: str, username: str | None) -> str:
    if username:
        text = re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.I)
    return " ".join(text.split()) if "\n" not in text else text.strip()


async def answer_question(update: Update, context: BotContext, question: str) -> None:
    """Ask in a worker thread (retrieval is slow and blocking) while showing "typing…"."""
    ctx = context.ducha
    async with typing(context, update.effective_chat.id):
        answer = await asyncio.to_thread(answering.ask, ctx, question)
    await reply_html(update, context, answer_html(answer))


@user_errors
async def on_text(update: Update, context: BotContext) -> None:
    question = strip_mention(update.effective_message.text or "", context.bot.username)
    if not question:
        await reply_html(update, context, texts.START)
        return
    await answer_question(update, context, question)


@user_errors
async def cmd_ask(update: Update, context: BotContext) -> None:
    question = command_text(update)
    if not question:
        await reply_html(update, context, texts.THINKING_EMPTY)
        return
    await answer_question(update, context, question)
