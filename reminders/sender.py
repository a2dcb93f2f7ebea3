"""Delivering the outbox: pending rows are grouped per chat into messages, and each
message's rows are marked sent right after Telegram accepts it, so a crash re-sends at
most the one message in flight and never loses one.

Telegram failures:
- RetryAfter (flood control): wait as long as Telegram says, then retry the same message;
- NetworkError / TimedOut: retry with exponential back-off; after `attempts` tries the row
  stays pending for the next run and this run stops (the network is down for everyone);
- Forbidden, or BadRequest "chat not found": the chat is gone: its bindings are marked
  inactive, its pending rows failed, and the supervision chat is told;
- any other BadRequest: that row is marked failed (retrying cannot fix it).
Works with a `telegram.Bot` or anything with the same async `send_message`."""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
import warnings
import weakref
from typing import Any, Awaitable, Callable

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from core.context import Context
from prompts import reminders as texts
from store import bindings
from store import outbox as store_outbox
from store.db import transaction

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[Any]]
BATCH_CHARS = 3500  # Telegram allows 4096 characters per message
# One delivery at a time per event loop: the start-up recovery and the daily job must not
# both send the same pending row.
_locks: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]" = weakref.WeakKeyDictionary()


class ChatGone(Exception):
    """The chat blocked the bot or no longer exists."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Undeliverable(Exception):
    """Telegram refused this message for good (a BadRequest other than a lost chat)."""


def _retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that the int form will become a timedelta
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


def _chat_gone(exc: Exception) -> str | None:
    if isinstance(exc, Forbidden):
        return texts.REASON_FORBIDDEN
    if isinstance(exc, BadRequest) and "chat not found" in str(exc).lower():
        return texts.REASON_NOT_FOUND
    return None


async def send_with_retry(bot: Any, send: Callable[[], Awaitable[Any]], *, attempts: int = 5,
                          backoff: float = 1.0, sleep: Sleep = asyncio.sleep) -> None:
    """Run one Telegram call until it succeeds; raises ChatGone, Undeliverable, or the last
    NetworkError when retries ran out. RetryAfter waits do not count as attempts (Telegram
    promises the call will pass after the wait), but are capped at 10 per message."""
    tries = floods = 0
    while True:
        try:
            await send()
            return
        except RetryAfter as exc:
            floods += 1
            if floods > 10:
                raise
            wait = _retry_after_seconds(exc)
            log.warning("Telegram flood control: waiting %.1f s", wait)
            await sleep(wait)
        except (Forbidden, BadRequest) as exc:  # BadRequest is a NetworkError: check first
            reason = _chat_gone(exc)
            if reason:
                raise ChatGone(reason) from exc
            raise Undeliverable(str(exc)) from exc
        except NetworkError:  # TimedOut included
            tries += 1
            if tries >= attempts:
                raise
            await sleep(backoff * 2 ** (tries - 1))


async def deliver_pending(ctx: Context, bot: Any, *, attempts: int = 5, backoff: float = 1.0,
                          sleep: Sleep = asyncio.sleep) -> int:
    """Send every pending outbox row, oldest first, grouped per chat; returns how many
    rows (reminders) were sent. Each message's rows are marked sent together right after
    Telegram accepted it."""
    lock = _locks.setdefault(asyncio.get_running_loop(), asyncio.Lock())
    async with lock:
        return await _deliver(ctx, bot, attempts=attempts, backoff=backoff, sleep=sleep)


def batches(rows: list[store_outbox.OutboxRow], limit: int = BATCH_CHARS) -> list[list[store_outbox.OutboxRow]]:
    """Group pending rows per chat into messages of at most `limit` characters, so a unit
    with twenty late tasks gets one message listing them, not twenty. Order: by the oldest
    row of each batch."""
    open_batch: dict[int, list[store_outbox.OutboxRow]] = {}
    size: dict[int, int] = {}
    out: list[list[store_outbox.OutboxRow]] = []
    for row in rows:
        chat = row.chat_id
        current = open_batch.get(chat)
        if current is None or size[chat] + len(row.text) + 2 > limit:
            current = open_batch[chat] = []
            size[chat] = len(texts.BATCH_HEADER) + 8
            out.append(current)
        current.append(row)
        size[chat] += len(row.text) + 2
    return out


def batch_text(batch: list[store_outbox.OutboxRow]) -> str:
    body = "\n\n".join(r.text for r in batch)
    return body if len(batch) == 1 else texts.BATCH_HEADER.format(n=len(batch)) + "\n\n" + body


async def _deliver(ctx: Context, bot: Any, *, attempts: int, backoff: float, sleep: Sleep) -> int:
    sent = 0
    gone: set[int] = set()
    queue = batches(store_outbox.pending(ctx.db))
    while queue:
        batch = queue.pop(0)
        chat, ids = batch[0].chat_id, [r.id for r in batch]
        if chat in gone:
            continue
        text = batch_text(batch)
        try:
            await send_with_retry(bot, lambda: bot.send_message(chat_id=chat, text=text),
                                  attempts=attempts, backoff=backoff, sleep=sleep)
        except ChatGone as exc:
            gone.add(chat)
            await _chat_lost(ctx, bot, chat, exc.reason, sleep=sleep)
            continue
        except Undeliverable as exc:
            if len(batch) > 1:  # find the one row Telegram refuses; send the others
                queue[0:0] = [[r] for r in batch]
                continue
            log.error("outbox %s to %s refused: %s", ids, chat, exc)
            store_outbox.mark_attempt(ctx.db, ids, str(exc), failed=True)
            continue
        except (NetworkError, RetryAfter) as exc:
            log.error("outbox %s to %s: network still failing (%s); left pending", ids, chat, exc)
            store_outbox.mark_attempt(ctx.db, ids, str(exc), failed=False)
            break
        store_outbox.mark_sent(ctx.db, ids, ctx.now())
        sent += len(ids)
    if sent:
        log.info("sent %d reminders", sent)
    return sent


async def _chat_lost(ctx: Context, bot: Any, chat_id: int, reason: str, *, sleep: Sleep) -> None:
    with transaction(ctx.db):
        units = [u.name for u in bindings.units_for_chat(ctx.db, chat_id)]
        bindings.deactivate_chat(ctx.db, chat_id, reason)
        failed = store_outbox.fail_chat(ctx.db, chat_id, reason)
    log.warning("chat %s lost (%s): bindings of %s deactivated, %d reminders failed", chat_id, reason, units, failed)
    sup = ctx.settings.supervision_chat_id
    if sup is None or sup == chat_id:
        return
    text = texts.BINDING_LOST.format(chat_id=chat_id, reason=reason, units="、".join(units) or "（无）")
    try:
        await send_with_retry(bot, lambda: bot.send_message(chat_id=sup, text=text), sleep=sleep)
    except Exception as exc:  # the notice is best effort; the binding change is what matters
        log.error("could not tell the supervision chat about chat %s: %s", chat_id, exc)
