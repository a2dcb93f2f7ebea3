"""`ask` latency in-process over a question set (p50/p95 per intent and overall), accuracy, and
peak RSS (target: p95 ≤ 150 ms extractive on a 2-core machine).

    /work/venv/bin/python benchmarks/bench_ask.py [--set tests/data/questions.json]
        [--embedding none|default] [--repeat 3] [--clock wall|cpu] [--json]

Ingests the sample corpus (../shared/corpus, or DUCHA_CORPUS_DIR) into a temporary data dir
with the chosen embedding, warms up with one question, then times every question of the set
`--repeat` times through `answers.ask.ask`, the function `ducha ask` and the bot call.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answers.ask import ask  # noqa: E402
from answers.evaluate import load_set, score  # noqa: E402
from bot.wiring import new_context  # noqa: E402
from core.settings import load_settings  # noqa: E402


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default=str(ROOT / "tests" / "data" / "questions.json"))
    ap.add_argument("--embedding", default="none", help="none (BM25 only) or default (BM25 + e5)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--data-dir", help="reuse an already ingested data dir (skips the ingest)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                    help="wall: elapsed time (the figure users feel, on an idle machine); cpu: this process's "
                         "CPU time, which other processes on a busy machine do not inflate (to compare two versions there)")
    args = ap.parse_args()
    clock = time.perf_counter if args.clock == "wall" else time.process_time

    corpus = Path(os.environ.get("DUCHA_CORPUS_DIR", ROOT.parent / "shared" / "corpus"))
    items = load_set(args.set)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(DUCHA_DATA_DIR=args.data_dir or tmp, DUCHA_EMBEDDING=args.embedding)
        ctx = new_context(settings)
        from retrieval.ingest import ingest_paths

        t0 = time.perf_counter()
        ingest_paths(ctx, [corpus])  # "unchanged" for a reused data dir
        ingest_s = time.perf_counter() - t0
        today = dt.date(2026, 1, 1)
        ask(ctx, "24年GDP目标多少", today=today)  # warm: index, caches
        ask(ctx, "2024年江西新能源汽车产量目标是多少", today=today)  # warm the dense fallback (loads the model)

        by_intent: dict[str, list[float]] = defaultdict(list)
        all_ms: list[float] = []
        ok = 0
        for r in range(args.repeat):
            for item in items:
                t = clock()
                ans = ask(ctx, item["question"], today=today)
                ms = (clock() - t) * 1000
                all_ms.append(ms)
                by_intent[ans.intent].append(ms)
                if r == 0:
                    ok += score(item, ans.answer, ans.intent)
        ctx.close()

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "date": dt.datetime.now().isoformat(timespec="minutes"),
        "machine": f"{os.cpu_count()} cores, {sys.platform}, Python {sys.version.split()[0]}",
        "embedding": args.embedding,
        "clock": args.clock,
        "questions": len(items),
        "timed_asks": len(all_ms),
        "accuracy": round(ok / len(items), 4),
        "ingest_s": round(ingest_s, 2),
        "p50_ms": round(statistics.median(all_ms), 1),
        "p95_ms": round(pct(all_ms, 95), 1),
        "max_ms": round(max(all_ms), 1),
        "by_intent": {k: {"n": len(v), "p50_ms": round(statistics.median(v), 1), "p95_ms": round(pct(v, 95), 1)}
                      for k, v in sorted(by_intent.items())},
        "peak_rss_mb": round(rss_mb, 1),
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(f"{result['questions']} questions × {args.repeat}, embedding={args.embedding}, accuracy {result['accuracy']:.1%}")
        print(f"ask latency: p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, max {result['max_ms']} ms")
        for k, v in result["by_intent"].items():
            print(f"  {k:<13} n={v['n']:<4} p50 {v['p50_ms']} ms  p95 {v['p95_ms']} ms")
        print(f"ingest {result['ingest_s']} s, peak RSS {result['peak_rss_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
