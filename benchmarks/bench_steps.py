"""Where `ask` spends its time, step by step: each step of `answers.pipeline.STEPS` (and the
understanding, the answer by intent, the checks) timed over question sets, self time only
(a step that asks a part again through `Turn.sub` is not charged for the steps that part runs).

    /work/venv/bin/python benchmarks/bench_steps.py --data-dir D [--set FILE ...] [--top 15] [--json]

A step that only passes should cost next to nothing: the table shows, per step, the total
self time, the mean per call and how often it answered, rewrote or passed. Not a timed test:
figures depend on the machine and its load (docs/benchmarks.md says which were measured where).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answers import pipeline  # noqa: E402
from answers.ask import ask  # noqa: E402
from answers.compose import Answer  # noqa: E402
from answers.evaluate import load_set  # noqa: E402
from bot.wiring import new_context  # noqa: E402
from core.settings import load_settings  # noqa: E402


class _Clock:
    """Self time per label: time spent under a label less the time of labels nested in it."""

    def __init__(self) -> None:
        self.self_s: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.outcomes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self._stack: list[list[float]] = []  # [start, child seconds]

    def timed(self, label: str, run):
        def wrapper(*args, **kwargs):
            self._stack.append([time.process_time(), 0.0])
            try:
                out = run(*args, **kwargs)
            finally:
                start, child = self._stack.pop()
                spent = time.process_time() - start
                self.self_s[label] += spent - child
                self.calls[label] += 1
                if self._stack:
                    self._stack[-1][1] += spent
            kind = "answer" if isinstance(out, Answer) else "rewrite" if isinstance(out, str) else "pass"
            self.outcomes[label][kind] += 1
            return out
        return wrapper


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", required=True, help="an ingested data dir (the sample corpus)")
    ap.add_argument("--set", nargs="*", default=[str(ROOT / "tests" / "data" / "questions.json")])
    ap.add_argument("--embedding", default="default")
    ap.add_argument("--top", type=int, default=0, help="only the N costliest rows")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    clock = _Clock()
    pipeline.STEPS = tuple(replace(s, run=clock.timed(s.handles, s.run)) for s in pipeline.STEPS)
    pipeline.CHECKS = tuple(replace(c, run=clock.timed("check: " + c.handles, c.run)) for c in pipeline.CHECKS)
    pipeline.understand = clock.timed("understanding", pipeline.understand)
    pipeline.answer_by_intent = clock.timed("answer by intent", pipeline.answer_by_intent)
    timed_ask = clock.timed("ask (outside the steps)", ask)

    ctx = new_context(load_settings(DUCHA_DATA_DIR=a.data_dir, DUCHA_EMBEDDING=a.embedding))
    today = dt.date(2026, 1, 1)
    ask(ctx, "24年GDP目标多少", today=today)  # warm: index, caches, the model
    ask(ctx, "2024年江西新能源汽车产量目标是多少", today=today)
    questions = [item["question"] for path in a.set for item in load_set(path)]
    clock.self_s.clear(), clock.calls.clear(), clock.outcomes.clear()
    t0 = time.process_time()
    for q in questions:
        timed_ask(ctx, q, today=today)
    total = time.process_time() - t0
    ctx.close()

    rows = sorted(clock.self_s, key=lambda k: -clock.self_s[k])[: a.top or None]
    result = {"questions": len(questions), "total_ms": round(total * 1000, 1),
              "rows": [{"label": k, "self_ms": round(clock.self_s[k] * 1000, 1), "calls": clock.calls[k],
                        "mean_ms": round(clock.self_s[k] * 1000 / max(1, clock.calls[k]), 2),
                        **dict(clock.outcomes[k])} for k in rows]}
    if a.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"{result['questions']} questions, {result['total_ms']:.0f} ms in all "
          f"({result['total_ms'] / max(1, len(questions)):.1f} ms a question)")
    print(f"{'self ms':>9} {'share':>6} {'calls':>6} {'mean ms':>8}  outcome (answer/rewrite/pass)  step")
    for r in result["rows"]:
        share = 100 * r["self_ms"] / result["total_ms"]
        outs = f"{r.get('answer', 0)}/{r.get('rewrite', 0)}/{r.get('pass', 0)}"
        print(f"{r['self_ms']:9.1f} {share:5.1f}% {r['calls']:6d} {r['mean_ms']:8.2f}  {outs:<29}  {r['label']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
