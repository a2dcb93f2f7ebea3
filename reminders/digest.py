"""The daily supervision digest: counts by status, due this week, overdue, done since the
last working day, units without a bound chat (未绑定), today's reminder count, and — once
per year — the notice that a year's holidays are unknown and Mon-Fri is assumed."""
from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from typing import Any

from telegram.error import ChatMigrated

from core.context import Context
from prompts import reminders as texts
from reminders.calendar import WorkCalendar
from store import calendar as store_calendar
from store import outbox as store_outbox
from store import reminder_queries as q

log = logging.getLogger(__name__)

MAX_ITEMS = 15
TELEGRAM_LIMIT = 4000


def _code_key(code: str) -> tuple:
    """'1.7' before '1.10'."""
    return tuple(int(p) if p.isdigit() else 0 for p in code.split("."))


def _units(names: list[str]) -> str:
    return "、".join(names[:3]) + ("等" if len(names) > 3 else "") if names else "（无牵头单位）"


def _section(header: str, items: list[str]) -> list[str]:
    lines = [header]
    lines += items[:MAX_ITEMS] or [texts.DIGEST_NONE]
    if len(items) > MAX_ITEMS:
        lines.append(texts.DIGEST_MORE.format(n=len(items) - MAX_ITEMS))
    return lines


def build_digest(ctx: Context, day: dt.date, *, cal: WorkCalendar | None = None) -> str:
    cal = cal or WorkCalendar(ctx.db)
    rows = q.board(ctx.db, day)
    counts = Counter(r.status for r in rows)
    lines = [texts.DIGEST_TITLE.format(date=day.isoformat(), weekday=texts.weekday(day))]
    lines.append(texts.DIGEST_COUNTS.format(total=len(rows), **{s: counts[s] for s in ("未开始", "推进中", "已完成", "逾期")}))
    if counts["待审核"]:
        lines.append(texts.DIGEST_CLAIMED.format(n=counts["待审核"]))

    week_end = day + dt.timedelta(days=6 - day.weekday())
    week = sorted((r for r in rows if r.status != "已完成" and r.due and day <= r.due <= week_end), key=lambda r: (r.due, _code_key(r.code)))
    lines += _section(texts.DIGEST_WEEK.format(n=len(week)), [
        texts.DIGEST_ITEM_DUE.format(code=r.code, title=texts.short_title(r.text, 18), due=r.due.isoformat(), units=_units(r.lead_units))
        for r in week
    ])

    late = sorted(((cal.count_between(r.due, day), r) for r in rows if r.status == "逾期"), key=lambda x: (-x[0], _code_key(x[1].code)))
    lines += _section(texts.DIGEST_OVERDUE.format(n=len(late)), [
        texts.DIGEST_ITEM_LATE.format(code=r.code, title=texts.short_title(r.text, 18), late=n, units=_units(r.lead_units))
        for n, r in late
    ])

    since = cal.shift(day, -1)
    done = [r for r in rows if r.done_at and since.isoformat() <= r.done_at[:10] < day.isoformat()]
    lines += _section(texts.DIGEST_DONE.format(n=len(done)), [
        texts.DIGEST_ITEM_DONE.format(code=r.code, title=texts.short_title(r.text, 18), units=_units(r.lead_units))
        for r in done
    ])

    unbound = q.unbound_lead_units(ctx.db)
    if unbound:
        shown = "、".join(unbound[:30]) + (f"…（共 {len(unbound)} 个）" if len(unbound) > 30 else "")
        lines.append(texts.DIGEST_UNBOUND.format(n=len(unbound), units=shown))
    last = store_outbox.last_digest_day(ctx.db, day)
    since = last + dt.timedelta(days=1) if last else day - dt.timedelta(days=7)
    missed = store_outbox.undelivered_since(ctx.db, since, day, held_note=texts.CLI_PAST_HELD_NOTE)
    if missed["failed"] or missed["unbound"]:
        lines.append(texts.DIGEST_UNDELIVERED.format(
            since=since.isoformat(), failed="、".join(missed["failed"][:10]) or "无", unbound="、".join(missed["unbound"][:10]) or "无"))
    sent = store_outbox.stats_for_day(ctx.db, day)
    lines.append(texts.DIGEST_SENT.format(n=sum(sent.values()), **{k: sent.get(k, 0) for k in ("sent", "pending", "unbound", "failed")}))

    cal.is_workday(day)
    cal.shift(day, 7)  # touch the coming week so a year switch is noticed in time
    years = store_calendar.notice_pending(ctx.db, sorted(cal.fallback_years))
    if years:
        lines.append(texts.FALLBACK_NOTE.format(years="、".join(map(str, years))))
    if ctx.settings.supervision_chat_id is None:
        lines.append(texts.NO_SUPERVISION_CHAT)
    text = "\n".join(lines)
    return text if len(text) <= TELEGRAM_LIMIT else text[: TELEGRAM_LIMIT - 1] + "…"


async def send_digest(ctx: Context, bot: Any, day: dt.date) -> bool:
    """Send the digest and the chart to the supervision chat, once per day. Returns True
    when sent now; False when there is no supervision chat or it was already sent."""
    from reminders.chart import chart_caption, render_board
    from reminders.sender import send_with_retry

    chat = ctx.settings.supervision_chat_id
    if chat is None:
        return False
    cal = WorkCalendar(ctx.db)
    text = build_digest(ctx, day, cal=cal)
    if not store_outbox.record_digest(ctx.db, day, text, ctx.now()):
        return False
    try:
        try:
            await send_with_retry(bot, lambda: bot.send_message(chat_id=chat, text=text))
        except ChatMigrated as exc:  # the group became a supergroup: its new id (the admins are told to update the setting)
            log.error("DUCHA_SUPERVISION_CHAT_ID %s is now %s: change the setting", chat, exc.new_chat_id)
            chat = exc.new_chat_id
            await send_with_retry(bot, lambda: bot.send_message(chat_id=chat, text=text))
    except Exception:
        store_outbox.unclaim_digest(ctx.db, day)  # not delivered: the next run tries again
        raise
    store_calendar.mark_noticed(ctx.db, sorted(cal.fallback_years), day)
    try:  # the chart is a bonus: its failure must not resend the text tomorrow
        png = render_board(ctx, day)
        caption = chart_caption(ctx, day)
        await send_with_retry(bot, lambda: bot.send_photo(chat_id=chat, photo=png, caption=caption))
    except Exception:
        log.exception("status chart not sent")
    return True
