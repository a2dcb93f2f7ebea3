"""`ducha tasks`, `task`, `due`, `progress`, `bind`, `unit`: parse the arguments, call the
use case (writes) or the store (reads), print plain text or JSON."""
from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bot.cli import int_arg, print_json
from core.context import Context
from core.dates import parse_date
from core.errors import UserError
from prompts import exports as office_texts
from prompts import registry as msg

if TYPE_CHECKING:  # use cases and store load in the command that runs, not for every `ducha …`
    from store.tasks import TaskDetail

PLAN_ID = int_arg("方案 ID", 1, 2**31)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tasks", help="列出任务（可按单位、领导、状态、时限筛选）")
    p.add_argument("--unit", help="单位（全称、简称均可，如 发改委、人社厅）")
    p.add_argument("--leader", help="牵头领导姓名")
    p.add_argument("--status", help="未开始 / 推进中 / 已完成 / 逾期 / 待审核")
    p.add_argument("--due-before", help="完成时限不晚于该日 YYYY-MM-DD")
    p.add_argument("--overdue", action="store_true", help="只列逾期任务（以 --date 为今天）")
    p.add_argument("--date", help="按该日计算状态 YYYY-MM-DD（默认今天）")
    p.add_argument("--plan", type=PLAN_ID, help="只看某个方案（方案 ID）")
    p.add_argument("--limit", type=int_arg("条数", 1, 10_000), help="只列出这么多项（分页；与 --offset 合用）")
    p.add_argument("--offset", type=int_arg("偏移", 0, 2**31), default=0, help="跳过前面多少项（分页）")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_tasks)

    p = sub.add_parser("task", help="查看一项任务的全部信息")
    p.add_argument("code", help="任务编号，如 3.4")
    p.add_argument("--date", help="按该日计算状态 YYYY-MM-DD（默认今天）")
    p.add_argument("--plan", type=PLAN_ID, help="方案 ID（多个方案有同一编号时）")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_task)

    p = sub.add_parser("due", help="调整任务完成时限（记录调整人和时间）")
    p.add_argument("code", help="任务编号，如 3.4")
    p.add_argument("date", help="新的完成时限 YYYY-MM-DD")
    p.add_argument("--note", help="调整说明")
    p.add_argument("--plan", type=PLAN_ID, help="方案 ID")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_due)

    p = sub.add_parser("progress", help="记录任务进展")
    p.add_argument("code", help="任务编号，如 3.4")
    p.add_argument("text", help="进展内容")
    p.add_argument("--unit", help="报送单位")
    p.add_argument("--done", action="store_true", help="标记为已完成")
    p.add_argument("--plan", type=PLAN_ID, help="方案 ID")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_progress)

    p = sub.add_parser("bind", help="把单位绑定到接收提醒的 Telegram 聊天；--list 查看绑定")
    p.add_argument("unit", nargs="?", help="单位（全称或简称）")
    p.add_argument("chat_id", nargs="?", help="聊天 ID（整数，群组为负数）")
    p.add_argument("--list", action="store_true", help="列出所有绑定")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_bind)

    p = sub.add_parser("unit", help="单位与简称")
    usub = p.add_subparsers(dest="unit_command", metavar="操作", required=True)
    a = usub.add_parser("alias", help="添加简称：ducha unit alias 短名 全称")
    a.add_argument("alias", help="简称")
    a.add_argument("full", help="单位全称（或已知的简称）")
    a.add_argument("--json", action="store_true", help="输出 JSON")
    a.set_defaults(func=cmd_unit_alias)
    s = usub.add_parser("show", help="查看单位：全称、类型、简称、成员")
    s.add_argument("name", help="单位名称或简称")
    s.add_argument("--json", action="store_true", help="输出 JSON")
    s.set_defaults(func=cmd_unit_show)
    ls = usub.add_parser("list", help="列出全部单位")
    ls.add_argument("--json", action="store_true", help="输出 JSON")
    ls.set_defaults(func=cmd_unit_list)


def _today(ctx: Context, value: str | None):
    return parse_date(value) if value is not None else ctx.today()


def _print_task_lines(views) -> None:
    several = len({v.plan_id for v in views}) > 1  # the same code may stand in two plans: name each
    plan_id = None
    for v in views:
        if several and v.plan_id != plan_id:
            plan_id = v.plan_id
            print(msg.PLAN_HEADER.format(title=v.plan_title + (msg.CLOSED_PLAN_MARK if v.plan_status == "closed" else "")))
        due = v.due.isoformat() if v.due else msg.NONE_MARK
        if v.role:
            print(msg.TASK_LINE_ROLE.format(code=v.code, status=v.status, due=due, role=msg.ROLE_NAMES[v.role], text=v.text))
        else:
            print(msg.TASK_LINE.format(code=v.code, status=v.status, due=due, text=v.text))


def cmd_tasks(ctx: Context, args: argparse.Namespace) -> int:
    from store.tasks import count_tasks, list_tasks

    today = _today(ctx, args.date)
    status = "逾期" if args.overdue else args.status
    if args.overdue and args.status and args.status != "逾期":
        raise UserError(msg.STATUS_BAD.format(value=args.status))
    due_before = parse_date(args.due_before) if args.due_before is not None else None
    filters = dict(unit=args.unit, leader=args.leader, status=status, due_before=due_before, today=today, plan_id=args.plan)
    views = list_tasks(ctx.db, **filters, limit=args.limit, offset=args.offset)
    if args.json:
        print_json([v.to_dict() for v in views])
        return 0
    if not views:
        print(msg.NO_TASKS_FOUND)
        return 0
    _print_task_lines(views)
    if args.limit:  # one page: say where it is in the whole list
        total = count_tasks(ctx.db, **filters)
        print(msg.TASK_PAGE.format(first=args.offset + 1, last=args.offset + len(views), n=total))
    else:
        print(msg.TASK_COUNT.format(n=len(views)))
    return 0


def cmd_task(ctx: Context, args: argparse.Namespace) -> int:
    from usecases.tasks import show_task

    detail = show_task(ctx, args.code, today=_today(ctx, args.date), plan_id=args.plan)
    if args.json:
        print_json(detail.to_dict())
        return 0
    print(format_detail(detail))
    return 0


def format_detail(detail: TaskDetail) -> str:
    """A task in full as plain text (the bot's HTML card is `handlers.render.task_card`)."""
    from store.evidence import human_size

    t = detail.task
    join = lambda xs: "、".join(xs) if xs else msg.NONE_MARK  # noqa: E731
    last = detail.deadlines[-1] if detail.deadlines else None
    note = msg.DUE_NOTE_ADMIN.format(set_by=last.set_by, set_at=last.set_at) if last else msg.DUE_NOTE_TEXT
    lines = [
        msg.TASK_DETAIL.format(
            code=t.code, plan_title=t.plan_title + (msg.CLOSED_PLAN_MARK if t.plan_status == "closed" else ""),
            section=t.section,
            subsection_line=msg.SUBSECTION_LINE.format(subsection=t.subsection) if t.subsection else "",
            text=t.text, leaders=join(t.leaders), lead_units=join(t.lead_units), co_units=join(t.co_units),
            due=t.due.isoformat() if t.due else msg.NONE_MARK, due_note=note, status=t.status,
        )
    ]
    if detail.other_plans:
        lines.append(msg.OTHER_PLANS.format(code=t.code, plans="；".join(f"{p.id} {p.title}" for p in detail.other_plans)))
    if detail.progress:
        lines.append(msg.PROGRESS_HEADER)
        for p in detail.progress:
            lines.append(msg.PROGRESS_LINE.format(reported_at=p.reported_at, unit=(p.unit + "：") if p.unit else "",
                                                  text=p.text, done=msg.PROGRESS_LINE_DONE if p.done else "", reporter=p.reporter))
    else:
        lines.append(msg.NO_PROGRESS)
    if detail.evidence:
        lines.append(office_texts.EVIDENCE_HEADER)
        for f in detail.evidence:
            lines.append(office_texts.EVIDENCE_LINE.format(name=f.file_name, size=human_size(f.size),
                                                           unit=(f.unit + "，") if f.unit else "", at=f.uploaded_at[:10]))
    if detail.reminders:
        lines.append(msg.REMINDERS_HEADER)
        for r in detail.reminders:
            lines.append(msg.REMINDER_LINE.format(date=r.date, kind=r.kind, unit=r.unit, status=r.status))
    return "\n".join(lines)


def cmd_due(ctx: Context, args: argparse.Namespace) -> int:
    from usecases import acts
    from usecases.actor import cli_actor

    result = acts.set_due(ctx, cli_actor(), args.code, args.date, note=args.note, plan_id=args.plan)
    if args.json:
        print_json(result)
    else:
        print(msg.DUE_SET.format(code=result["code"], due=result["due"], old=result["old"] or msg.NONE_MARK))
    return 0


def cmd_progress(ctx: Context, args: argparse.Namespace) -> int:
    from usecases import acts
    from usecases.actor import cli_actor

    result = acts.report_progress(ctx, cli_actor(), args.code, args.text, unit=args.unit, done=args.done, plan_id=args.plan)
    if args.json:
        print_json(result)
    else:
        print(msg.PROGRESS_ADDED.format(code=result["code"], done=msg.PROGRESS_DONE_MARK if args.done else ""))
    return 0


def cmd_bind(ctx: Context, args: argparse.Namespace) -> int:
    from store.bindings import list_bindings
    from usecases import acts
    from usecases.actor import cli_actor

    if args.list or (args.unit is None and args.chat_id is None):
        rows = list_bindings(ctx.db)
        if args.json:
            print_json(rows)
        elif not rows:
            print(msg.NO_BINDINGS)
        else:
            for r in rows:
                state = msg.BINDING_ACTIVE if r["active"] else msg.BINDING_INACTIVE.format(reason=r["inactive_reason"] or "")
                print(msg.BINDING_LINE.format(unit=r["unit"], chat_id=r["chat_id"], state=state, bound_by=r["bound_by"], bound_at=r["bound_at"]))
        return 0
    if args.unit is None or args.chat_id is None:
        raise UserError(msg.CHAT_ID_BAD.format(value=args.chat_id or ""))
    result = acts.bind_unit(ctx, cli_actor(), args.unit, args.chat_id)
    if args.json:
        print_json(result)
    else:
        print(msg.BOUND.format(unit=result["unit"], chat_id=result["chat_id"]))
    return 0


def cmd_unit_alias(ctx: Context, args: argparse.Namespace) -> int:
    from usecases import acts
    from usecases.actor import cli_actor

    unit = acts.add_unit_alias(ctx, cli_actor(), args.alias, args.full)
    if args.json:
        print_json({"alias": args.alias, "unit": unit.name, "unit_id": unit.id})
    else:
        print(msg.ALIAS_ADDED.format(alias=args.alias, unit=unit.name))
    return 0


def cmd_unit_show(ctx: Context, args: argparse.Namespace) -> int:
    from store.units import expand, resolve_unit

    u = resolve_unit(ctx.db, args.name)
    aliases = [r[0] for r in ctx.db.execute("SELECT alias FROM unit_aliases WHERE unit_id = ? ORDER BY alias", [u.id])]
    members = [m.name for m in expand(ctx.db, u) if m.id != u.id]
    data = {"id": u.id, "name": u.name, "kind": u.kind, "aliases": aliases, "members": members}
    if args.json:
        print_json(data)
    else:
        print(msg.UNIT_SHOW.format(name=u.name, kind=msg.UNIT_KINDS.get(u.kind, u.kind), aliases="、".join(aliases) or msg.NONE_MARK))
        if members:
            print(msg.UNIT_MEMBERS.format(members="、".join(members)))
    return 0


def cmd_unit_list(ctx: Context, args: argparse.Namespace) -> int:
    from store.units import list_units

    rows = list_units(ctx.db)
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(msg.UNIT_LIST_LINE.format(name=r["name"], kind=msg.UNIT_KINDS.get(r["kind"], r["kind"]), aliases="、".join(r["aliases"])))
    return 0
