"""`ducha export FILE [--date D] [--plan P]`: the 台账 (.xlsx) or the 督查通报 (.docx)."""
from __future__ import annotations

import argparse
from pathlib import Path

from bot.cli import print_json
from core.context import Context
from core.errors import UserError
from prompts import exports as texts


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="导出督查台账（.xlsx）或督查通报（.docx）")
    p.add_argument("file", help="输出文件：以 .xlsx 结尾为台账，以 .docx 结尾为通报")
    p.add_argument("--date", help="统计日期 YYYY-MM-DD（默认今天）")
    p.add_argument("--plan", help="只导出某个方案（方案 ID，或唯一的年份）")
    p.add_argument("--json", action="store_true", help="输出 JSON 摘要")
    p.set_defaults(func=cmd_export)


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    from core.dates import parse_date
    from reminders.exports import KINDS, build_export, export_kind, write_atomically
    from store.office import resolve_plan

    suffix = export_kind(args.file)
    day = parse_date(args.date) if args.date is not None else ctx.today()
    plan_id = resolve_plan(ctx.db, args.plan)
    data, ledger = build_export(ctx.db, suffix, day, plan_id=plan_id)
    path = Path(args.file)
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise UserError(texts.EXPORT_WRITE_FAILED.format(path=path, reason=exc.strerror or exc)) from None
    if args.json:
        print_json({"file": str(path), "kind": suffix[1:], "date": day.isoformat(), "total": ledger.total,
                    "counts": ledger.counts, "overdue": ledger.overdue, "bytes": len(data)})
    else:
        print(texts.EXPORT_DONE.format(kind=KINDS[suffix], path=path, total=ledger.total, overdue=ledger.overdue))
    return 0
