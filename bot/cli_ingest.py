"""`ducha ingest` and `ducha search`: thin wrappers over retrieval.ingest / retrieval.search."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Any

from bot.cli import int_arg, print_json
from core.errors import UserError
from prompts import ingest as msg

log = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("ingest", help="导入政府工作报告或责任分工方案（文件或文件夹）")
    p.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹")
    p.add_argument("--region", help="文件未写明地区时使用的地区，如 江西省（不覆盖文件自己写明的地区）")
    p.add_argument("--year", type=int, help="文件未写明年份时使用的年份，如 2025")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    wait = p.add_mutually_exclusive_group()
    wait.add_argument("--wait", dest="wait", action="store_true", default=True, help="导入后在本命令内算完语义向量（默认）")
    wait.add_argument("--no-wait", dest="wait", action="store_false", help="只做关键词索引就返回；语义向量由 ducha embed 或 ducha run 后台补算")
    p.set_defaults(func=cmd_ingest)

    e = subparsers.add_parser("embed", help="为已导入、尚未计算语义向量的报告计算向量（可中断，下次续算）")
    e.set_defaults(func=cmd_embed)

    s = subparsers.add_parser("search", help="在已导入的报告中检索段落")
    s.add_argument("query", help="检索内容")
    s.add_argument("--k", type=int_arg("条数", 1, 100), default=5, help="返回条数（默认 5）")
    s.add_argument("--region", help="地区，如 南昌市")
    s.add_argument("--year", type=int_arg("年份", 1990, 2099), help="年份，如 2024")
    s.add_argument("--kind", choices=["report", "plan"], help="文档类型")
    s.add_argument("--json", action="store_true", help="输出 JSON")
    s.set_defaults(func=cmd_search)


def cmd_ingest(ctx: Any, args: argparse.Namespace) -> int:
    from retrieval.ingest import Given, ingest_paths

    if any(not str(p).strip() for p in args.paths):
        raise UserError(msg.EMPTY_PATH)  # `ingest ""` used to ingest the current folder

    # Bulk embedding is faster with spinning OpenMP threads (see retrieval/embed.py).
    os.environ.setdefault("OMP_WAIT_POLICY", "ACTIVE")

    from core.locks import exclusive

    def waiting(holder: str) -> None:
        print(msg.WAIT_LOCK.format(pid=holder), file=sys.stderr, flush=True)

    # Phase one: every file is answerable (BM25, registry) when this summary prints.
    given = Given(region=(args.region or "").strip() or None, year=args.year)
    with exclusive(ctx.settings.data_dir / "ingest.lock", on_wait=waiting):
        results = ingest_paths(ctx, args.paths, progress=not args.json and sys.stderr.isatty(), given=given, embed=False)
    if args.json:
        print_json({"files": [r.to_dict() for r in results]})
    else:
        for r in results:
            print(format_result(r))
        counts = {s: sum(1 for r in results if r.status == s) for s in ("ingested", "unchanged", "error", "skipped")}
        total = msg.TOTAL_WITH_SKIPPED if counts["skipped"] else msg.TOTAL
        print(total.format(n=len(results), ingested=counts["ingested"], unchanged=counts["unchanged"],
                           failed=counts["error"], skipped=counts["skipped"]))
        sys.stdout.flush()
    # Phase two: dense vectors, after the summary.
    if args.wait:
        run_dense_phase(ctx, quiet=args.json)
    elif not args.json:
        print(msg.DENSE_LATER, file=sys.stderr)
    return 2 if any(r.status == "error" for r in results) else 0


def cmd_embed(ctx: Any, args: argparse.Namespace) -> int:
    os.environ.setdefault("OMP_WAIT_POLICY", "ACTIVE")
    if ctx.index.embedder is None:
        print(msg.DENSE_OFF)
        return 0
    if not run_dense_phase(ctx, quiet=False):
        print(msg.DENSE_NOTHING)
    return 0


def run_dense_phase(ctx: Any, *, quiet: bool) -> int:
    """Embed pending documents with a progress bar on a terminal; a failure is one line on
    stderr (the documents stay answerable by BM25 and pending for `ducha embed`)."""
    from retrieval.dense_phase import embed_pending, pending_documents

    try:
        docs = pending_documents(ctx)
        if not docs or ctx.index.embedder is None:  # nothing pending, or the model did not load (one warning said why)
            return 0
        total = sum(d["chunks"] for d in docs)
        if quiet or not sys.stderr.isatty():
            n = embed_pending(ctx)
        else:
            from rich.console import Console
            from rich.progress import Progress

            with Progress(console=Console(stderr=True), transient=True) as bar:
                task = bar.add_task(msg.DENSE_PROGRESS, total=total)
                n = embed_pending(ctx, on_progress=lambda doc, done, _: bar.update(task, completed=done, description=f"{msg.DENSE_PROGRESS} {doc['file']}"))
    except KeyboardInterrupt:
        print("\n" + msg.DENSE_LATER, file=sys.stderr)
        return 0
    except Exception as exc:  # a dead embedding endpoint or Chroma server: phase one stands
        log.warning("dense phase failed", exc_info=True)
        print(msg.DENSE_FAILED.format(reason=f"{type(exc).__name__}: {exc}".splitlines()[0][:160]), file=sys.stderr)
        return 0
    if not quiet:
        print(msg.DENSE_DONE.format(docs=n, chunks=total), file=sys.stderr)
    return n


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
    for warning in getattr(r, "warnings", []):
        line += "\n" + msg.COUNT_WARNING_LINE.format(warning=warning)
    for note in getattr(r, "notes", []):
        line += "\n" + msg.NOTE_LINE.format(note=note)
    if getattr(r, "supersedes", None):
        line += "\n" + msg.SUPERSEDES.format(files="、".join(r.supersedes))
    return line


def cmd_search(ctx: Any, args: argparse.Namespace) -> int:
    from retrieval.search import search

    hits = search(ctx, args.query, k=args.k, region=args.region, year=args.year, kind=args.kind)
    if args.json:
        from retrieval.dense_phase import pending_documents

        # Documents whose vectors are not computed yet were searched by BM25 alone.
        pending = [d["file"] for d in pending_documents(ctx)]
        print_json({"query": args.query, "hits": [h.to_dict() for h in hits], "lexical_only": pending})
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
