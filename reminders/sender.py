"""Delivering the outbox: the sender first claims the pending rows (a lease with its owner
id and an expiry, in one transaction), so any number of senders — the bot's start-up
recovery, its daily job, `ducha remind` in a terminal — never send one row twice. Claimed
rows are grouped per chat into messages; each message's lease is renewed right before it is
sent and its rows are marked sent right after Telegram accepts it. A crash (kill -9)
therefore re-sends at most the one message in flight, and loses none: a dead owner's lease
is taken over at once on the same host, any other lease when it expires.

Telegram failures:
- RetryAfter (flood control): that chat is set aside for `retry_after` seconds while the
  other chats go on, then retried; a chat still flooded after FLOOD_ROUNDS tries (or asked
  to wait longer than MAX_FLOOD_WAIT) keeps its rows pending for the next run;
- ChatMigrated (a group upgraded to a supergroup): the chat's bindings and pending rows move
  to the new chat id and the message is sent there;
- NetworkError / TimedOut: retry with exponential back-off; after `attempts` tries the row
  stays pending for the next run and this run stops (the network is down for everyone).
  A timeout after Telegram received the message, like a kill mid-send, can deliver that one
  message twice (at-least-once); never more;
- Forbidden, or BadRequest "chat not found": the chat is gone: its bindings are marked
  inactive, its pending rows failed, and the supervision chat told;
- any other BadRequest: that row is marked failed (retrying cannot fix it).
After the run, rows that could not be delivered (unit not bound, chat lost) and that the
admins were not yet told about are reported to each admin in private, once.
Works with a `telegram.Bot` or anything with the same async `send_message`."""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import socket
import time
import uuid
import warnings
import weakref
from collections import Counter, defaultdict
from typing import Any, Awaitable, Callable

from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter

from core.context import Context
from prompts import reminders as texts
from store import bindings
from store import outbox as store_outbox
from store.db import transaction

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[Any]]
BATCH_CHARS = 3500  # Telegram allows 4096 characters per message
LEASE_SECONDS = 300.0  # a claim not renewed for this long is free for another sender
FLOOD_ROUNDS = 10  # 429s for one chat in one run before its rows wait for the next run
MAX_FLOOD_WAIT = 900.0  # a longer retry_after: leave the chat for the next run
ADOPT_DAYS = 14  # reminders held for an unbound unit are delivered if bound within this
# One delivery at a time per event loop: the start-up recovery and the daily job must not
# both send the same pending row.
_locks: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]" = weakref.WeakKeyDictionary()
_stopping: "weakref.WeakSet[asyncio.AbstractEventLoop]" = weakref.WeakSet()


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
                          backoff: float = 1.0, sleep: Sleep = asyncio.sleep, wait_floods: bool = True) -> None:
    """Run one Telegram call until it succeeds; raises ChatGone, Undeliverable, ChatMigrated,
    or the last NetworkError when retries ran out. RetryAfter waits do not count as attempts
    (Telegram promises the call will pass after the wait), but are capped at 10 per message;
    with wait_floods=False a RetryAfter is raised at once (the caller sets the chat aside)."""
    tries = floods = 0
    while True:
        try:
            await send()
            return
        except RetryAfter as exc:
            floods += 1
            if floods > 10 or not wait_floods:
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
                          sleep: Sleep = asyncio.sleep, lease: float = LEASE_SECONDS,
                          owner: str | None = None) -> int:
    """Claim and send every pending outbox row, oldest first, grouped per chat; returns how
    many rows (reminders) were sent. Then tell the admins about rows that cannot be sent."""
    lock = _locks.setdefault(asyncio.get_running_loop(), asyncio.Lock())
    async with lock:
        owner = owner or owner_id()
        store_outbox.adopt_bound(ctx.db, ctx.today() - dt.timedelta(days=ADOPT_DAYS))
        rows = store_outbox.claim(ctx.db, owner, now=time.time(), lease=lease, dead=owner_dead)
        try:
            sent = await _deliver(ctx, bot, rows, owner, attempts=attempts, backoff=backoff, sleep=sleep, lease=lease)
        finally:
            store_outbox.release(ctx.db, owner)
        if asyncio.get_running_loop() not in _stopping:
            await report_undelivered(ctx, bot, sleep=sleep)
        return sent


async def stop_delivering(timeout: float = 20.0) -> bool:
    """On a graceful stop (SIGTERM): let the message in flight finish and be recorded, and
    start no new one. Returns False when a delivery was still running after `timeout`."""
    loop = asyncio.get_running_loop()
    _stopping.add(loop)  # the running delivery stops after its message in flight
    lock = _locks.setdefault(loop, asyncio.Lock())
    try:
        await asyncio.wait_for(lock.acquire(), timeout)
    except asyncio.TimeoutError:
        return False
    return True  # kept: this process delivers nothing more


def owner_id() -> str:
    """host:pid:nonce — unique per sender run, and enough to tell a dead process's lease."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def owner_dead(owner: str) -> bool:
    """True when the owner is a process on this host that no longer runs (killed mid-run).
    Another host's lease cannot be checked: it is taken over only when it expires."""
    try:
        host, pid, _ = owner.rsplit(":", 2)
        pid_n = int(pid)
    except ValueError:
        return False
    if host != socket.gethostname() or pid_n == os.getpid():
        return False
    try:
        os.kill(pid_n, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return _zombie(pid_n)


def _zombie(pid: int) -> bool:
    """A killed child not yet reaped by its parent still answers kill(0): read its state."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except (OSError, IndexError):
        return False


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


def _send_kwargs(bot: Any) -> dict[str, Any]:
    """In the bot process the rate limiter would wait out a 429 itself (holding this chat's
    whole run); ask it not to retry, so the sender can set the chat aside instead."""
    return {"rate_limit_args": {"max_retries": 0}} if getattr(bot, "rate_limiter", None) is not None else {}


async def _deliver(ctx: Context, bot: Any, rows: list[store_outbox.OutboxRow], owner: str, *,
                   attempts: int, backoff: float, sleep: Sleep, lease: float) -> int:
    sent = 0
    gone: set[int] = set()
    moved: dict[int, int] = {}
    floods: Counter[int] = Counter()
    held_until: dict[int, float] = {}  # chat -> loop time before which it is not tried
    loop = asyncio.get_running_loop()
    queue = batches(rows)
    extra = _send_kwargs(bot)
    while queue and loop not in _stopping:
        now = loop.time()
        index = next((i for i, b in enumerate(queue) if held_until.get(b[0].chat_id, 0) <= now), None)
        if index is None:  # every chat left is under flood control: wait for the first one
            chat = min((b[0].chat_id for b in queue), key=lambda c: held_until[c])
            await sleep(max(0.0, held_until[chat] - now))
            held_until.pop(chat)
            continue
        batch = queue.pop(index)
        chat, ids = batch[0].chat_id, [r.id for r in batch]
        chat = moved.get(chat, chat)
        if chat in gone:
            continue
        if not store_outbox.renew(ctx.db, ids, owner, time.time() + lease):
            log.warning("outbox %s: lease lost to another sender; skipped", ids)
            continue
        text = batch_text(batch)
        try:
            await send_with_retry(bot, lambda: bot.send_message(chat_id=chat, text=text, **extra),
                                  attempts=attempts, backoff=backoff, sleep=sleep, wait_floods=False)
        except RetryAfter as exc:
            floods[chat] += 1
            wait = _retry_after_seconds(exc)
            if floods[chat] > FLOOD_ROUNDS or wait > MAX_FLOOD_WAIT:
                log.error("chat %s still under flood control (retry after %.0f s): its reminders wait for the next run", chat, wait)
                store_outbox.mark_attempt(ctx.db, [r.id for b in [batch, *queue] if moved.get(b[0].chat_id, b[0].chat_id) == chat for r in b],
                                          str(exc), failed=False)
                queue = [b for b in queue if moved.get(b[0].chat_id, b[0].chat_id) != chat]
                continue
            log.warning("chat %s under flood control: retry in %.1f s, other chats go on", chat, wait)
            held_until[batch[0].chat_id] = loop.time() + wait
            queue.insert(index, batch)
            continue
        except ChatMigrated as exc:
            new = int(exc.new_chat_id)
            if new in moved or new == chat or batch[0].chat_id in moved:
                store_outbox.mark_attempt(ctx.db, ids, str(exc), failed=True)
                continue
            await _chat_migrated(ctx, bot, chat, new, sleep=sleep)
            moved[chat] = new
            queue.insert(index, batch)
            continue
        except ChatGone as exc:
            gone.add(chat)
            await _chat_lost(ctx, bot, chat, exc.reason, sleep=sleep)
            continue
        except Undeliverable as exc:
            if len(batch) > 1:  # find the one row Telegram refuses; send the others
                queue[index:index] = [[r] for r in batch]
                continue
            log.error("outbox %s to %s refused: %s", ids, chat, exc)
            store_outbox.mark_attempt(ctx.db, ids, str(exc), failed=True)
            continue
        except NetworkError as exc:
            log.error("outbox %s to %s: network still failing (%s); left pending", ids, chat, exc)
            store_outbox.mark_attempt(ctx.db, ids, str(exc), failed=False)
            break
        store_outbox.mark_sent(ctx.db, ids, ctx.now())
        sent += len(ids)
    if sent:
        log.info("sent %d reminders", sent)
    return sent


async def _chat_migrated(ctx: Context, bot: Any, old: int, new: int, *, sleep: Sleep) -> None:
    """Move the bindings and pending rows of a group that became a supergroup."""
    with transaction(ctx.db):
        units = bindings.move_chat(ctx.db, old, new)
        rows = store_outbox.move_chat(ctx.db, old, new)
    log.warning("chat %s migrated to %s: %d bindings and %d pending reminders moved", old, new, units, rows)
    if ctx.settings.supervision_chat_id == old:
        log.error("DUCHA_SUPERVISION_CHAT_ID %s is now %s: change the setting", old, new)
        await tell_admins(ctx, bot, texts.SUPERVISION_MIGRATED.format(new=new), sleep=sleep)


async def tell_admins(ctx: Context, bot: Any, text: str, *, sleep: Sleep = asyncio.sleep) -> int:
    """A private message to every admin (DUCHA_ADMIN_IDS); best effort. Returns how many got it."""
    told = 0
    for admin in ctx.settings.admin_ids:
        try:
            await send_with_retry(bot, lambda: bot.send_message(chat_id=admin, text=text), attempts=2, sleep=sleep)
            told += 1
        except Exception as exc:  # noqa: BLE001 - an admin who never opened the bot, a network error
            log.warning("could not tell admin %s: %s", admin, exc)
    return told


def undelivered_lines(rows: list[store_outbox.OutboxRow], reasons: dict[int, str] | None = None,
                      supervision: int | None = None) -> list[str]:
    """One line per unit (and chat) whose reminders could not be delivered."""
    groups: dict[tuple[str, str, int | None], list[store_outbox.OutboxRow]] = defaultdict(list)
    for r in rows:
        unit = texts.SUPERVISION_ESCALATIONS if r.kind == "escalation" and r.chat_id == supervision and r.chat_id is not None else r.unit
        groups[(r.status, unit, r.chat_id)].append(r)
    lines = []
    for (status, unit, chat), items in groups.items():
        if status == "unbound":
            lines.append(texts.UNDELIVERED_UNBOUND.format(unit=unit, n=len(items)))
        else:
            reason = (reasons or {}).get(items[0].id) or texts.REASON_FORBIDDEN
            lines.append(texts.UNDELIVERED_FAILED.format(unit=unit, n=len(items), chat_id=chat, reason=reason))
    return lines


async def report_undelivered(ctx: Context, bot: Any, *, sleep: Sleep = asyncio.sleep) -> int:
    """Tell the admins, once per row, which reminders could not be delivered and why."""
    rows = store_outbox.unreported(ctx.db)
    if not rows or not ctx.settings.admin_ids:
        return 0
    reasons = store_outbox.errors(ctx.db, [r.id for r in rows])
    lines = undelivered_lines(rows, reasons, ctx.settings.supervision_chat_id)
    shown = lines[:40] + ([texts.DIGEST_MORE.format(n=len(lines) - 40)] if len(lines) > 40 else [])
    text = texts.ADMIN_UNDELIVERED.format(n=len(rows), lines="\n".join(shown))
    if await tell_admins(ctx, bot, text, sleep=sleep):
        store_outbox.mark_reported(ctx.db, [r.id for r in rows], ctx.now())
    return len(rows)


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
