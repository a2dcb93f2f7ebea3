"""Retrieval benchmark: ingest time (cold / unchanged), query latency, peak RSS, and
hit@1 / hit@5 / MRR@10 of BM25 alone vs BM25 fused with the dense model.

    /work/venv/bin/python benchmarks/bench_retrieval.py                 # corpus + question set
    /work/venv/bin/python benchmarks/bench_retrieval.py --embedding none
    /work/venv/bin/python benchmarks/bench_retrieval.py --sweep 150,200,300,450,600 --embedding none

Each run uses a fresh temporary data dir, so "cold" means no embedding cache.
Results go to stdout (markdown rows, or JSON with --json); docs/benchmarks/retrieval.md
keeps the figures with date and machine.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bot.wiring import new_context  # noqa: E402
from core.settings import load_settings  # noqa: E402
from retrieval import chunk as chunking  # noqa: E402
from retrieval.ingest import ingest_paths  # noqa: E402
from retrieval.quality import evaluate  # noqa: E402


def run(corpus: Path, questions: Path, embedding: str, max_chars: int) -> dict:
    chunking.MAX_CHARS = max_chars
    today = json.loads(questions.read_text(encoding="utf-8")).get("today", "2024-03-01")
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(DUCHA_DATA_DIR=tmp, DUCHA_EMBEDDING=embedding)
        ctx = new_context(settings, frozen_now=dt.datetime.fromisoformat(today + "T09:00+08:00"))
        start = time.perf_counter()
        results = ingest_paths(ctx, [corpus])
        cold = time.perf_counter() - start
        errors = [r for r in results if r.status == "error"]
        start = time.perf_counter()
        again = ingest_paths(ctx, [corpus])
        unchanged = time.perf_counter() - start
        assert all(r.status == "unchanged" for r in again), again
        sizes = [len(t) for (t,) in ctx.db.execute("SELECT text FROM chunks").fetchall()]
        lexical = evaluate(ctx, questions, dense=False)
        dense_on = ctx.index.embedder is not None
        fused = evaluate(ctx, questions, dense=True) if dense_on else None
        ctx.close()
    row = {
        "embedding": embedding if dense_on else "none",
        "max_chars": max_chars,
        "files": len(results),
        "errors": [f"{r.file}: {r.error}" for r in errors],
        "chunks": len(sizes),
        "chunk_chars_median": statistics.median(sizes) if sizes else 0,
        "chunk_chars_p90": sorted(sizes)[int(len(sizes) * 0.9)] if sizes else 0,
        "cold_ingest_s": round(cold, 2),
        "unchanged_ingest_s": round(unchanged, 3),
        "bm25": {k: round(v, 3) for k, v in lexical.items() if k != "misses"},
        "fused": {k: round(v, 3) for k, v in fused.items() if k != "misses"} if fused else None,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "misses_bm25": [m["id"] for m in lexical["misses"]],
        "misses_fused": [m["id"] for m in fused["misses"]] if fused else None,
    }
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path(os.environ.get("DUCHA_CORPUS_DIR", PROJECT.parent / "shared" / "corpus")))
    parser.add_argument("--questions", type=Path, default=PROJECT / "tests" / "data" / "retrieval_questions.json")
    parser.add_argument("--embedding", default="default", help="default | none | local dir | openai:MODEL@URL")
    parser.add_argument("--sweep", default="", help="comma-separated chunk sizes to compare (chars)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    sizes = [int(s) for s in args.sweep.split(",") if s] or [chunking.MAX_CHARS]
    rows = [run(args.corpus, args.questions, args.embedding, size) for size in sizes]
    meta = {
        "date": dt.date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }
    if args.json:
        print(json.dumps({"meta": meta, "runs": rows}, ensure_ascii=False, indent=1))
        return 0
    print(f"{meta['date']} · {meta['machine']}")
    print("| emb | max chars | chunks | median/p90 chars | cold s | unchanged s | BM25 hit@1/@5/MRR | fused hit@1/@5/MRR | p50/p95 ms (fused) | RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        b, f = r["bm25"], r["fused"]
        lat = f or b
        print(
            f"| {r['embedding']} | {r['max_chars']} | {r['chunks']} | {r['chunk_chars_median']}/{r['chunk_chars_p90']} | {r['cold_ingest_s']} | "
            f"{r['unchanged_ingest_s']} | {b['hit@1']:.3f}/{b['hit@5']:.3f}/{b['mrr@10']:.3f} | "
            + (f"{f['hit@1']:.3f}/{f['hit@5']:.3f}/{f['mrr@10']:.3f}" if f else "—")
            + f" | {lat['p50_ms']:.1f}/{lat['p95_ms']:.1f} | {r['peak_rss_mb']} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
