"""`ducha remind` (the reminder pass for any date) and `ducha calendar` (holidays and
make-up workdays for years the official package does not know)."""
from __future__ import annotations

import argparse
import asyncio
import sys

from bot.cli import int_arg, print_json
from core.context import Context
from prompts import reminders as texts


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("remind", help="按某日运行提醒：哪个单位收到哪项任务的哪类提醒")
    p.add_argument("--date", help="日期 YYYY-MM-DD（默认今天）")
    p.add_argument("--dry-run", action="store_true", help="只演练：不记录、不发送，列出当天完整提醒")
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
    from core.dates import parse_date
    from reminders.outbox import run_pass

    day = parse_date(args.date) if args.date is not None else ctx.today()
    plan = run_pass(ctx, day, dry_run=args.dry_run)
    sent = None
    token = ctx.settings.telegram_bot_token
    if not args.dry_run and token is not None and token.get_secret_value().strip():
        sent = asyncio.run(_send(ctx, token.get_secret_value().strip()))
    for note in plan.notes:
        print(note, file=sys.stderr)
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
        print(texts.CLI_SENT.format(n=sent) if sent is not None else texts.CLI_NO_TOKEN)
    return 0


async def _send(ctx: Context, token: str) -> int:
    """Deliver what is pending (this pass and any earlier unsent rows) with a real Bot."""
    from telegram import Bot
    from telegram.error import InvalidToken, NetworkError

    from core.errors import UserError
    from reminders.sender import deliver_pending

    try:
        async with Bot(token, base_url=ctx.settings.telegram_api_base_url) as bot:
            return await deliver_pending(ctx, bot)
    except InvalidToken:
        raise UserError(texts.CLI_BAD_TOKEN) from None
    except NetworkError as exc:  # could not even reach the Bot API (getMe)
        print(texts.CLI_NETWORK.format(error=exc), file=sys.stderr)
        return 0


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
        source = texts.CAL_SOURCE_PACKAGE + (f"；{texts.CAL_SOURCE_ADMIN.format(n=view['overrides']).split('，')[0]}" if view["overrides"] else "")
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
