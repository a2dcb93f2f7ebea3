"""A group upgraded to a supergroup gets a new chat id. Telegram says so with a service
message in the old group (`migrate_to_chat_id`) and one in the new supergroup
(`migrate_from_chat_id`); either one moves the group's unit bindings and pending reminders
to the new id at once. Runs before the access gate (the new id is not allowed yet, and must
not get a refusal); the reminder sender handles the same move when it meets a ChatMigrated
error first."""
from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from handlers.context import BotContext
from store import bindings
from store import outbox as store_outbox
from store.db import transaction

log = logging.getLogger(__name__)


async def on_migrate(update: Update, context: BotContext) -> None:
    msg = update.effective_message
    if msg is None:
        return
    if msg.migrate_to_chat_id:
        old, new = msg.chat.id, msg.migrate_to_chat_id
    elif msg.migrate_from_chat_id:
        old, new = msg.migrate_from_chat_id, msg.chat.id
    else:
        return
    ctx = context.ducha
    with transaction(ctx.db):
        units = bindings.move_chat(ctx.db, old, new)
        rows = store_outbox.move_chat(ctx.db, old, new)
    if units or rows:
        log.warning("chat %s became supergroup %s: %d bindings and %d pending reminders moved", old, new, units, rows)
    settings = ctx.settings
    if old == settings.supervision_chat_id or old in settings.allowed_chat_ids:
        log.error("chat %s is now %s: change DUCHA_SUPERVISION_CHAT_ID / DUCHA_ALLOWED_CHAT_IDS", old, new)
    raise ApplicationHandlerStop
