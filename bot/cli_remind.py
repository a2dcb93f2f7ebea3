"""`ducha remind` (the reminder pass for any date) and `ducha calendar` (holidays and
make-up workdays for years the official package does not know)."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from bot.cli import int_arg, print_json
from core.context import Context
from core.errors import UserError
from prompts import reminders as texts

if TYPE_CHECKING:  # the Bot API client loads only when a run delivers
    from reminders.daily_run import BotOpener


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("remind", help="按某日运行提醒：哪个单位收到哪项任务的哪类提醒")
    p.add_argument("--date", help="日期 YYYY-MM-DD（默认今天）")
    p.add_argument("--dry-run", action="store_true", help="只演练：不记录、不发送，列出当天完整提醒")
    p.add_argument("--force", action="store_true", help="允许为已过去的日期真正记录并发送提醒")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_remind)

    c = sub.add_parser("calendar", help="工作日历：补录法定节假日与调休")
    csub = c.add_subparsers(dest="calendar_command", metavar="操作", required=True)
    a = csub.add_parser("add", help="录入一天：holiday（放假）或 workday（调休上班）")
    a.add_argument("date", help="日期 YYYY-MM-DD")
    a.add_argument("kind", help="holiday 或 workday")
    a.add_argument("--note", help="备注，如 元旦")
    a.set_defaults(func=cmd_calendar_add)
    s = csub.add_parser("show", help="显示某年与周一至周五不同的日子")
    s.add_argument("year", type=int_arg("年份", 1990, 2099), help="年份，如 2027")
    s.add_argument("--json", action="store_true", help="输出 JSON")
    s.set_defaults(func=cmd_calendar_show)


def cmd_remind(ctx: Context, args: argparse.Namespace) -> int:
    import asyncio

    from telegram.error import InvalidToken

    from core.dates import parse_date
    from usecases.actor import cli_actor
    from usecases.reminding import remind

    day = parse_date(args.date) if args.date is not None else ctx.today()
    token = ctx.settings.telegram_bot_token
    has_token = token is not None and bool(token.get_secret_value().strip())
    # A past date is a what-if: its reminders must not go out to real chats unless asked
    # (--force). With a token this run would send them: refuse. Without one, the pass is
    # recorded (the contract's rerun-adds-nothing holds) but held, so the bot never sends it.
    past = day < ctx.today() and not args.dry_run and not args.force
    if past and has_token:
        raise UserError(texts.CLI_PAST_DATE.format(date=day.isoformat()))
    open_bot = None if args.dry_run else _bot_opener(ctx)
    try:
        run = asyncio.run(remind(ctx, cli_actor(), day, open_bot=open_bot, dry_run=args.dry_run))
    except InvalidToken:
        raise UserError(texts.CLI_BAD_TOKEN) from None
    plan = run.plan
    if past:
        from store import outbox as store_outbox

        store_outbox.hold(ctx.db, [(r.task_id, r.unit, r.kind) for r in plan.reminders], day, texts.CLI_PAST_HELD_NOTE, ctx.now())
        print(texts.CLI_PAST_HELD.format(date=day.isoformat()), file=sys.stderr)
    for note in plan.notes:
        print(note, file=sys.stderr)
    if run.network_error is not None:  # could not reach the Bot API: recorded, left pending
        print(texts.CLI_NETWORK.format(error=run.network_error), file=sys.stderr)
    if args.json:
        print_json(plan.to_dict())
        return 0
    header = texts.CLI_HEADER.format(date=day.isoformat(), weekday=texts.weekday(day), n=len(plan.reminders),
                                     workday=texts.CLI_WORKDAY if plan.workday else texts.CLI_DAY_OFF)
    print(header + (texts.CLI_DRY_RUN if args.dry_run else ""))
    if plan.unbound:
        print(texts.CLI_UNBOUND_UNITS.format(units="、".join(plan.unbound)))
    for r in plan.reminders:
        chat = str(r.chat_id) if r.chat_id is not None else texts.CLI_UNBOUND
        print(texts.CLI_LINE.format(label=texts.KIND_LABEL[r.kind], code=r.task, unit=r.unit, chat=chat))
        print("  " + r.text.replace("\n", "\n  "))
    if not args.dry_run:
        print(texts.CLI_RECORDED.format(n=len(plan.reminders)))
        print(texts.CLI_SENT.format(n=run.sent or 0) if open_bot is not None else texts.CLI_NO_TOKEN)
        if run.digest:
            print(texts.CLI_DIGEST_SENT)
        _print_undelivered(ctx, day)
    return 0


def _bot_opener(ctx: Context) -> BotOpener | None:
    """A real Bot for delivery and the digest, when a token is set (opened after the pass
    is recorded, so a rejected token leaves the record behind), through DUCHA_PROXY_URL
    when one is set."""
    from bot.api import plain_bot

    token = ctx.settings.telegram_bot_token
    value = token.get_secret_value().strip() if token is not None else ""
    if not value:
        return None
    return lambda: plain_bot(ctx.settings, value)


def _print_undelivered(ctx: Context, day: dt.date) -> None:
    """Reminders of the day that did not reach a chat (unit not bound, chat lost), per unit."""
    from reminders.sender import undelivered_lines
    from store import outbox as store_outbox

    candidates = store_outbox.undelivered_on(ctx.db, day)
    errors = store_outbox.errors(ctx.db, [r.id for r in candidates])  # one query, not one per row
    rows = [r for r in candidates if errors.get(r.id) != texts.CLI_PAST_HELD_NOTE]
    if rows:
        print(texts.CLI_UNDELIVERED)
        for line in undelivered_lines(rows, errors, ctx.settings.supervision_chat_id):
            print(line)


def cmd_calendar_add(ctx: Context, args: argparse.Namespace) -> int:
    from core.dates import parse_date
    from reminders.calendar import add_day

    day = parse_date(args.date)
    add_day(ctx.db, day, args.kind, note=args.note, by="cli", now=ctx.now())
    note = f"（{args.note}）" if args.note else ""
    print(texts.CAL_ADDED.format(date=day.isoformat(), weekday=texts.weekday(day), kind=texts.CAL_KIND[args.kind], note=note))
    return 0


def cmd_calendar_show(ctx: Context, args: argparse.Namespace) -> int:
    from reminders.calendar import year_view

    view = year_view(ctx.db, args.year)
    if args.json:
        print_json(view)
        return 0
    if view["package_knows"]:
        source = texts.CAL_SOURCE_PACKAGE + (f"；{texts.CAL_SOURCE_ADMIN_DAYS.format(n=view['overrides'])}" if view["overrides"] else "")
    elif view["overrides"]:
        source = texts.CAL_SOURCE_ADMIN.format(n=view["overrides"])
    else:
        source = texts.CAL_SOURCE_FALLBACK
    print(texts.CAL_SHOW_HEADER.format(year=args.year, source=source))
    from core.dates import stored_date

    for d in view["days"]:
        day = stored_date(d["date"])
        note = f" {d['note']}" if d["note"] else ""
        print(texts.CAL_SHOW_LINE.format(date=d["date"], weekday=texts.weekday(day), kind=texts.CAL_KIND[d["kind"]], note=note))
    if not view["days"]:
        print(texts.CAL_SHOW_NONE)
    return 0
