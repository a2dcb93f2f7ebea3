"""`ducha ingest` and `ducha search`: thin wrappers over retrieval.ingest / retrieval.search."""
from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from bot.cli import int_arg, print_json
from core.errors import UserError
from prompts import ingest as msg


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("ingest", help="导入政府工作报告或责任分工方案（文件或文件夹）")
    p.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_ingest)

    s = subparsers.add_parser("search", help="在已导入的报告中检索段落")
    s.add_argument("query", help="检索内容")
    s.add_argument("--k", type=int_arg("条数", 1, 100), default=5, help="返回条数（默认 5）")
    s.add_argument("--region", help="地区，如 南昌市")
    s.add_argument("--year", type=int_arg("年份", 1990, 2099), help="年份，如 2024")
    s.add_argument("--kind", choices=["report", "plan"], help="文档类型")
    s.add_argument("--json", action="store_true", help="输出 JSON")
    s.set_defaults(func=cmd_search)


def cmd_ingest(ctx: Any, args: argparse.Namespace) -> int:
    from retrieval.ingest import ingest_paths

    if any(not str(p).strip() for p in args.paths):
        raise UserError(msg.EMPTY_PATH)  # `ingest ""` used to ingest the current folder

    # Bulk embedding is faster with spinning OpenMP threads (see retrieval/embed.py).
    os.environ.setdefault("OMP_WAIT_POLICY", "ACTIVE")

    results = ingest_paths(ctx, args.paths, progress=not args.json and sys.stderr.isatty())
    if args.json:
        print_json({"files": [r.to_dict() for r in results]})
    else:
        for r in results:
            print(format_result(r))
        counts = {s: sum(1 for r in results if r.status == s) for s in ("ingested", "unchanged", "error", "skipped")}
        total = msg.TOTAL_WITH_SKIPPED if counts["skipped"] else msg.TOTAL
        print(total.format(n=len(results), ingested=counts["ingested"], unchanged=counts["unchanged"],
                           failed=counts["error"], skipped=counts["skipped"]))
    return 2 if any(r.status == "error" for r in results) else 0


def format_result(r: Any) -> str:
    if r.status == "error":
        return msg.LINE_ERROR.format(file=r.file, error=r.error)
    if r.status == "skipped":
        return msg.LINE_SKIPPED.format(file=r.file, error=r.error)
    template = msg.LINE_PLAN if r.kind == "plan" else msg.LINE_REPORT
    line = template.format(
        status=msg.STATUS[r.status],
        file=r.file,
        kind=msg.KIND.get(r.kind or "", r.kind),
        region=r.region or msg.UNKNOWN,
        year=r.year or msg.UNKNOWN,
        title=r.title or msg.UNKNOWN,
        chunks=r.chunks,
        tasks=r.tasks,
    )
    missing = [msg.FIELD_NAMES.get(m, m) for m in r.missing]
    if missing:
        line += "（" + msg.MISSING_NOTE.format(fields="、".join(missing)) + "）"
    return line


def cmd_search(ctx: Any, args: argparse.Namespace) -> int:
    from retrieval.search import search

    hits = search(ctx, args.query, k=args.k, region=args.region, year=args.year, kind=args.kind)
    if args.json:
        print_json({"query": args.query, "hits": [h.to_dict() for h in hits]})
        return 0
    if not hits:
        print(msg.SEARCH_NONE)
        return 0
    for rank, h in enumerate(hits, 1):
        text = h.text.replace("\n", " ")
        dense = msg.SEARCH_DENSE.format(value=h.dense_score) if h.dense_score is not None else ""
        print(
            msg.SEARCH_HIT.format(
                rank=rank, score=h.score, lexical=h.lexical_score, dense=dense, title=h.title,
                section=h.section or "—", text=text[:160] + ("…" if len(text) > 160 else ""),
            )
        )
    return 0
