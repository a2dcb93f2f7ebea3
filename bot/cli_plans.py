"""`ducha plan list|close|open`: responsibility plans as objects with a life after their year.

Thin calls into store/plans.py; a close or reopen is recorded in the audit trail in the same
transaction, as the bot's /plan_close and /plan_open do.
"""
from __future__ import annotations

import argparse

from bot.cli import print_json
from core.context import Context
from prompts import registry as msg


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plan", help="分工方案：列出、关闭（归档）、重新打开")
    psub = p.add_subparsers(dest="plan_command", metavar="操作", required=True)
    ls = psub.add_parser("list", help="列出已导入的方案")
    ls.add_argument("--json", action="store_true", help="输出 JSON")
    ls.set_defaults(func=cmd_plan_list)
    for name, status, help_text in (("close", "closed", "关闭方案：不再提醒、不计逾期，任务仍可查询"),
                                    ("open", "active", "重新打开已关闭的方案")):
        c = psub.add_parser(name, help=help_text)
        c.add_argument("plan", metavar="PLAN", help="方案编号，或年份（只有一个该年方案时）")
        c.add_argument("--json", action="store_true", help="输出 JSON")
        c.set_defaults(func=cmd_plan_status, status=status)


def _public(plan: dict) -> dict:
    return {k: plan[k] for k in ("id", "title", "region", "year", "tasks", "status", "file", "warnings")}


def cmd_plan_list(ctx: Context, args: argparse.Namespace) -> int:
    from store.plans import list_plans

    plans = list_plans(ctx.db)
    if args.json:
        print_json({"plans": [_public(p) for p in plans]})
        return 0
    if not plans:
        print(msg.NO_PLANS)
        return 0
    for p in plans:
        print(msg.PLAN_LINE.format(id=p["id"], year=p["year"], status=msg.PLAN_STATUS[p["status"]], tasks=p["tasks"],
                                   region=p["region"] or msg.NONE_MARK, title=p["title"]))
        for warning in p["warnings"]:
            print(msg.PLAN_WARNING_LINE.format(warning=warning))
    return 0


def cmd_plan_status(ctx: Context, args: argparse.Namespace) -> int:
    from usecases.acts import set_plan_status
    from usecases.actor import cli_actor

    plan = set_plan_status(ctx, cli_actor(), args.plan, args.status)
    if args.json:
        print_json({**_public(plan), "changed": plan["changed"]})
    elif not plan["changed"]:
        print(msg.PLAN_ALREADY[args.status].format(id=plan["id"], title=plan["title"]))
    else:
        print((msg.PLAN_CLOSED if args.status == "closed" else msg.PLAN_OPENED).format(id=plan["id"], title=plan["title"]))
    return 0
