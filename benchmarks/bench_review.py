"""Commitment check (兑现核查): agreement with a hand-labelled set, and time.

    python benchmarks/bench_review.py --plan 2021 --labels LABELS.json [--against FILE] [--failures]

Runs `ducha review` in process on the data dir in use ($DUCHA_DATA_DIR, ingested
beforehand) and compares with hand labels, a JSON list of {"code", "label", "phrase"}
(label done/progress/not_mentioned; phrase: the report's words the labeller relied on,
empty when not mentioned). Three figures, as the issue defines them:
- mentioned vs not mentioned agree (done and progress both count as mentioned);
- the evidence shown contains the labeller's phrase (spaces ignored), over the items
  the labeller marked as mentioned;
- the full three-way label agrees.
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


def flat(text: str) -> str:
    return "".join((text or "").split())


def score(items: list[dict], labels: list[dict]) -> dict:
    got = {i["code"]: i for i in items}
    rows = [(x, got.get(x["code"])) for x in labels]
    mentioned = [(x, g) for x, g in rows if x["label"] != "not_mentioned"]
    agree_mention = sum(1 for x, g in rows if g and (x["label"] == "not_mentioned") == (g["label"] == "not_mentioned"))
    phrase_ok = sum(1 for x, g in mentioned if g and flat(x.get("phrase")) and flat(x["phrase"]) in flat(g["evidence"]))
    agree_full = sum(1 for x, g in rows if g and x["label"] == g["label"])
    return {
        "n": len(rows),
        "mentioned_vs_not": agree_mention / len(rows),
        "evidence_has_phrase": phrase_ok / len(mentioned) if mentioned else 1.0,
        "three_way": agree_full / len(rows),
        "n_mentioned": len(mentioned),
        "confusion": _confusion(rows),
    }


def _confusion(rows: list[tuple[dict, dict | None]]) -> dict:
    out: dict[str, int] = {}
    for x, g in rows:
        key = f"{x['label']}->{g['label'] if g else 'missing'}"
        out[key] = out.get(key, 0) + 1
    return dict(sorted(out.items()))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plan", required=True)
    parser.add_argument("--against")
    parser.add_argument("--labels")
    parser.add_argument("--failures", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

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
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "bot.cli", "review", "--plan", args.plan, "--json"]
    if args.against:
        cmd += ["--against", args.against]
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    cold = time.perf_counter() - start
    result = {
        "embedding": settings.embedding,
        "tasks": len(review.items),
        "counts": review.counts,
        "in_process_seconds": round(min(times), 3),
        "cold_cli_seconds": round(cold, 3),
    }
    if args.labels:
        labels = json.loads(Path(args.labels).read_text(encoding="utf-8"))
        if isinstance(labels, dict):
            labels = labels.get("items") or labels.get("labels") or []
        items = [i.to_dict() for i in review.items]
        result["agreement"] = score(items, labels)
        if args.failures:
            got = {i["code"]: i for i in items}
            for x in labels:
                g = got.get(x["code"], {})
                bad_label = g.get("label") != x["label"]
                bad_phrase = x["label"] != "not_mentioned" and flat(x.get("phrase")) not in flat(g.get("evidence"))
                if bad_label or bad_phrase:
                    print(f"{x['code']}: hand {x['label']} 「{x.get('phrase', '')}」 / ours {g.get('label')} 「{g.get('evidence', '')[:160]}」")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
