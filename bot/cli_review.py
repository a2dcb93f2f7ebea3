"""`ducha review --plan PLAN [--against FILE] [--json]`: the commitment check (兑现核查)."""
from __future__ import annotations

import argparse

from bot.cli import print_json
from prompts import review as P


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("review", help="兑现核查：上一年分工方案的每项任务，在下一年报告的工作回顾里是否兑现")
    p.add_argument("--plan", required=True, help="分工方案：编号或年份，如 2021")
    p.add_argument("--against", help="对照的政府工作报告文件（默认：同一地区下一年的报告）")
    p.add_argument("--task", help="只核查一项任务，如 3.2")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.add_argument("--llm", action="store_true",
                   help="另请已配置的大模型（DUCHA_LLM_*）阅读仍判为未提及的任务；其摘抄须逐字见于报告")
    p.set_defaults(func=cmd_review)


def cmd_review(ctx, args: argparse.Namespace) -> int:
    from answers.review_run import run_review
    from store.tasks import normalize_code

    codes = [normalize_code(args.task)] if args.task else None
    review = run_review(ctx, args.plan, args.against, codes=codes, llm=args.llm)
    if args.json:
        print_json(review.to_dict())
        return 0
    print(P.CLI_HEAD.format(plan=review.plan.title, year=review.plan.year, n=len(review.items),
                            report=review.report.title, file=review.report.file))
    print(P.CLI_COUNTS.format(**review.counts))
    for item in review.items:
        print(P.CLI_ITEM.format(code=item.code, label=P.LABELS[item.label], text=_short(item.text)))
        if item.note:
            print(P.CLI_NOTE.format(note=item.note))
        if item.evidence:
            print(P.CLI_EVIDENCE.format(evidence=item.evidence, section=item.section))
    return 0


def _short(text: str, width: int = 60) -> str:
    text = "".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
