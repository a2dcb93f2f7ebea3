"""Commitment check (兑现核查): agreement with a hand-labelled set, and time.

    python benchmarks/bench_review.py --plan 2021 --labels LABELS.json [--against FILE] [--json-only]

Runs `ducha review` in process on the data dir in use ($DUCHA_DATA_DIR, ingested
beforehand) and compares with hand labels: a JSON list of {"code", "task_gist", "label",
"phrase", "sentence"} (label done/progress/not_mentioned; phrase: the report's words the
labeller relied on, empty when not mentioned; see answers/review_agreement.py). Prints the
three figures the issue defines (mentioned vs not mentioned, evidence holds the phrase,
three-way label), then one line per task where we disagree, then the JSON summary.
Time: the whole review (every task of the plan), in process, after the context is open;
and the same from a cold process (`ducha review --json` as a user runs it).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plan", required=True)
    parser.add_argument("--against")
    parser.add_argument("--labels")
    parser.add_argument("--failures", action="store_true", help="(kept for old commands: disagreements are always listed)")
    parser.add_argument("--no-cold", action="store_true", help="skip the cold-process timing")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from answers.review_agreement import agreement, disagreements, load_labels
    from answers.review_run import run_review
    from bot.wiring import new_context
    from core.settings import load_settings

    settings = load_settings()
    ctx = new_context(settings)
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        review = run_review(ctx, args.plan, args.against)
        times.append(time.perf_counter() - start)
    result = {
        "embedding": settings.embedding,
        "plan": review.plan.title,
        "against": review.report.file,
        "tasks": len(review.items),
        "counts": review.counts,
        "in_process_seconds": round(min(times), 3),
    }
    if not args.no_cold:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        cmd = [sys.executable, "-m", "bot.cli", "review", "--plan", args.plan, "--json"]
        if args.against:
            cmd += ["--against", args.against]
        start = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
        result["cold_cli_seconds"] = round(time.perf_counter() - start, 3)
    if args.labels:
        labels = load_labels(args.labels)
        items = [i.to_dict() for i in review.items]
        score = agreement(items, labels)
        result["agreement"] = score
        print(f"labels: {args.labels} ({score['n']} tasks, {score['n_mentioned']} labelled mentioned)")
        print(f"mentioned vs not mentioned agree: {score['mentioned_vs_not']:.1%} "
              f"({score['mentioned_vs_not_count']}/{score['n']})")
        print(f"evidence contains the phrase:     {score['evidence_has_phrase']:.1%} "
              f"({score['evidence_has_phrase_count']}/{score['n_mentioned']})")
        print(f"three-way label agrees:           {score['three_way']:.1%} ({score['three_way_count']}/{score['n']})")
        if score["missing_codes"]:
            print("codes not in the plan:", " ".join(score["missing_codes"]))
        wrong = disagreements(items, labels)
        print(f"disagreements ({len(wrong)}):")
        for d in wrong:
            shown = "" if d["phrase_shown"] else "  [phrase not in evidence]"
            print(f"  {d['code']} {d['gist']}: hand {d['hand']} 「{d['phrase']}」 / ours {d['ours']} "
                  f"「{d['evidence'][:160]}」{shown}")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
