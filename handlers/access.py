"""Who may talk to the bot and who may change things.

Checked before any handler runs (handler group -2 and -1): a chat that is not allowed
gets one refusal with its id and never any data; a user sending a flood is throttled.
Allowed chats: DUCHA_ALLOWED_CHAT_IDS, the supervision group, admins' private chats, and
chats an admin bound to a unit (they receive that unit's reminders anyway).
"""
from __future__ import annotations

import collections
import logging
import time

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from core.context import Context
from core.errors import UserError
from handlers.context import BotContext
from handlers.render import esc
from handlers.replies import reply_html
from prompts import bot as texts
from store import audit, bindings, units
from store.tasks import TaskView

log = logging.getLogger(__name__)


def is_admin(ctx: Context, user_id: int | None) -> bool:
    return user_id is not None and user_id in ctx.settings.admin_ids


def chat_units(ctx: Context, chat_id: int) -> list[str]:
    """Canonical names of the units this chat is bound to."""
    return [u.name for u in bindings.units_for_chat(ctx.db, chat_id)]


def chat_allowed(ctx: Context, chat_id: int) -> bool:
    s = ctx.settings
    if chat_id in s.allowed_chat_ids or chat_id == s.supervision_chat_id:
        return True
    if chat_id > 0 and chat_id in s.admin_ids:  # an admin's private chat
        return True
    return bool(chat_units(ctx, chat_id))


def _is_admin_bind(update: Update, ctx: Context) -> bool:
    """An admin may bind a chat that is not yet allowed: binding is what allows it."""
    msg = update.effective_message
    text = (msg.text or "") if msg else ""
    first = text.split(maxsplit=1)[0] if text else ""
    return first.split("@")[0] == "/bind" and is_admin(ctx, update.effective_user and update.effective_user.id)


async def gate(update: Update, context: BotContext) -> None:
    """Handler group -2: stop every update from a chat that is not allowed. Fails closed:
    if the check itself breaks (database locked, ...), the update is dropped, never answered."""
    chat = update.effective_chat
    if chat is None:
        return
    ctx = context.ducha
    try:
        if chat_allowed(ctx, chat.id) or _is_admin_bind(update, ctx):
            return
    except Exception:
        log.exception("access check failed for chat %s; update dropped", chat.id)
        raise ApplicationHandlerStop from None
    try:
        await _refuse(update, context, ctx)
    except Exception:
        log.exception("could not refuse chat %s", chat.id)
    raise ApplicationHandlerStop


async def _refuse(update: Update, context: BotContext, ctx: Context) -> None:
    chat = update.effective_chat
    first_time = audit.note_refused(ctx.db, chat.id, chat_type=chat.type, title=chat.title or chat.full_name, now=ctx.now())
    log.warning("refused chat %s (%s, %r); first time: %s", chat.id, chat.type, chat.title, first_time)
    if update.callback_query:
        await update.callback_query.answer()
    elif first_time and update.effective_message:
        await reply_html(update, context, texts.REFUSE_CHAT.format(chat_id=esc(chat.id)))


class FloodGuard:
    """At most `limit` updates per user in `window` seconds; beyond that, one notice, then silence
    until the window has room again. Runs as handler group -1, after the chat gate."""

    def __init__(self, limit: int = 20, window: float = 60.0) -> None:
        self.limit = limit
        self.window = window
        self._seen: dict[int, collections.deque[float]] = collections.defaultdict(collections.deque)
        self._warned: set[int] = set()

    def allow(self, user_id: int, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        seen = self._seen[user_id]
        while seen and now - seen[0] > self.window:
            seen.popleft()
        if len(seen) >= self.limit:
            return False
        seen.append(now)
        self._warned.discard(user_id)
        return True

    async def __call__(self, update: Update, context: BotContext) -> None:
        user = update.effective_user
        if user is None or self.allow(user.id):
            return
        log.info("throttled user %s", user.id)
        if update.callback_query:
            await update.callback_query.answer(texts.FLOOD)
        elif user.id not in self._warned:
            self._warned.add(user.id)
            await reply_html(update, context, texts.FLOOD)
        raise ApplicationHandlerStop


def require_admin(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if not is_admin(context.ducha, user.id if user else None):
        raise UserError(texts.REFUSE_ADMIN)


def reporting_unit(ctx: Context, chat_id: int, user_id: int | None, task: TaskView) -> str | None:
    """The lead unit a report from this chat speaks for. Members of a chat bound to one of the
    task's lead units (or to a member of a collective lead unit) may report; admins may
    always report (as their chat's lead unit if it has one). Others get a UserError."""
    leads = list(task.lead_units)
    allowed = set(leads)
    for name in leads:
        try:
            allowed.update(u.name for u in units.expand(ctx.db, units.resolve_unit(ctx.db, name)))
        except UserError:
            pass
    mine = [u for u in chat_units(ctx, chat_id) if u in allowed]
    if mine:
        return mine[0]
    if is_admin(ctx, user_id):
        return None
    raise UserError(texts.REFUSE_REPORT.format(code=task.code, units="、".join(leads) or "无"))
