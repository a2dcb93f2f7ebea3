"""`ducha export FILE [--date D] [--plan P] [--review [PLAN]] [--against F]`: the 台账 (.xlsx) or the
督查通报 (.docx), with the commitment check (兑现核查) of a plan when --review is given."""
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
    p.add_argument("--review", nargs="?", const="", metavar="PLAN",
                   help="附上兑现核查（方案编号或年份；默认 --plan 的方案，其下一年报告未导入时用最新一个可核查的方案）")
    p.add_argument("--against", help="兑现核查对照的报告文件（默认：同一地区下一年的报告）")
    p.add_argument("--json", action="store_true", help="输出 JSON 摘要")
    p.set_defaults(func=cmd_export)


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    from core.dates import parse_date
    from reminders.exports import KINDS, export_kind, write_atomically
    from store.office import resolve_plan
    from usecases.exporting import office_file

    suffix = export_kind(args.file)
    day = parse_date(args.date) if args.date is not None else ctx.today()
    plan_id = resolve_plan(ctx.db, args.plan)
    wants_review = args.review is not None or bool(args.against)
    data, ledger, review = office_file(ctx, suffix, day, plan_id=plan_id, review=wants_review,
                                       review_plan=args.review, against=args.against)
    path = Path(args.file)
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise UserError(texts.EXPORT_WRITE_FAILED.format(path=path, reason=exc.strerror or exc)) from None
    if args.json:
        out = {"file": str(path), "kind": suffix[1:], "date": day.isoformat(), "total": ledger.total,
               "counts": ledger.counts, "overdue": ledger.overdue, "bytes": len(data)}
        if review is not None:
            out["review"] = {"plan": review.plan_title, "year": review.year, "against": review.report_file,
                             "counts": review.counts}
        print_json(out)
    else:
        done = texts.EXPORT_DONE.format(kind=KINDS[suffix], path=path, total=ledger.total, overdue=ledger.overdue)
        print(done + (texts.REVIEW_CAPTION.format(**review.counts) if review is not None else ""))
    return 0
