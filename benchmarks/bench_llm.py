"""The LLM path on the eval sets, against stand-in models: does any lie reach an answer, do
faithful rewordings get through, and does the LLM path score at least what the extractive
path scores?

    /work/venv/bin/python benchmarks/bench_llm.py [--set tests/data/questions.json ...]
        [--embedding none|default] [--share 0.5] [--json]

Ingests the sample corpus into a temporary data dir, then for each set runs `run_eval(…,
llm=True)` (what `ducha eval --llm` runs) twice: against a stand-in model that rewords the
evidence faithfully, and against one that, for `--share` of the questions, tells one lie of
the kinds hosted models tell (tests/support/llm_standin.py). Both are real HTTP servers on
127.0.0.1 speaking the OpenAI chat API. A lie "leaks" when the text the stand-in served is
the text ducha sent.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answers.evaluate import run_eval  # noqa: E402
from bot.wiring import new_context  # noqa: E402
from core.settings import load_settings  # noqa: E402
from tests.support.llm_standin import ChatStandin, Liar, faithful  # noqa: E402

SETS = ["questions.json", "questions_blind2.json", "questions_blind3.json", "questions_blind4.json",
        "questions_heldout.json"]
# the held-out set also asks about the fictional documents of tests/data/heldout
HELDOUT = ["qingxi_report_2025.txt", "qingxi_plan_2025.docx", "yunze_report_2024.txt"]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def run(data_dir: str, embedding: str, path: Path, model, name: str) -> dict:
    with ChatStandin(model) as standin:
        settings = load_settings(DUCHA_DATA_DIR=data_dir, DUCHA_EMBEDDING=embedding,
                                 DUCHA_LLM_BASE_URL=standin.base_url, DUCHA_LLM_MODEL=f"standin-{name}")
        ctx = new_context(settings)
        try:
            t0 = time.perf_counter()
            result = run_eval(ctx, path, llm=True)
            seconds = time.perf_counter() - t0
        finally:
            ctx.close()
        answers = {_flat(i["answer"]) for i in result["items"]}
        lies = [s for s in standin.served if s.kind != "faithful"]
        leaked = [s for s in lies if _flat(s.reply) and _flat(s.reply) in "".join(answers)]
        faithful_served = [s for s in standin.served if s.kind == "faithful"]
    m = result["metrics"]
    return {
        "model": name, "n": m["n"], "accuracy": m["accuracy"], "extractive_accuracy": m["llm"]["extractive_accuracy"],
        "tried": m["llm"]["tried"], "used": m["llm"]["used"], "fallback": m["llm"]["fallback"],
        "fallback_by_reason": m["llm"]["fallback_by_reason"], "lies_told": len(lies),
        "lies_by_kind": {k: sum(1 for s in lies if s.kind == k) for k in sorted({s.kind for s in lies})},
        "lies_leaked": len(leaked), "faithful_served": len(faithful_served), "seconds": round(seconds, 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", action="append", help="question set(s); default: every tests/data set")
    ap.add_argument("--embedding", default="none")
    ap.add_argument("--share", type=float, default=0.5, help="share of questions the lying model lies on")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    corpus = Path(os.environ.get("DUCHA_CORPUS_DIR", ROOT.parent / "shared" / "corpus"))
    sets = [Path(s) for s in args.set] if args.set else [ROOT / "tests" / "data" / s for s in SETS]
    rows = []
    with tempfile.TemporaryDirectory() as plain, tempfile.TemporaryDirectory() as with_heldout:
        from retrieval.ingest import ingest_paths

        for data_dir, extra in ((plain, []), (with_heldout, [ROOT / "tests" / "data" / "heldout" / f for f in HELDOUT])):
            ctx = new_context(load_settings(DUCHA_DATA_DIR=data_dir, DUCHA_EMBEDDING=args.embedding))
            ingest_paths(ctx, [corpus, *extra])
            ctx.close()
        for path in sets:
            data_dir = with_heldout if "heldout" in path.name else plain
            for name, model in (("faithful", faithful), ("liar", Liar(share=args.share))):
                row = run(data_dir, args.embedding, path, model, name)
                row["set"] = path.name
                rows.append(row)
                if not args.json:
                    print(f"{path.name:<24} {name:<9} n={row['n']:<4} llm path {row['accuracy']:.1%}  "
                          f"extractive {row['extractive_accuracy']:.1%}  tried {row['tried']}  used {row['used']}  "
                          f"fallback {row['fallback']} {row['fallback_by_reason']}  lies told {row['lies_told']} "
                          f"{row['lies_by_kind']}  leaked {row['lies_leaked']}  ({row['seconds']} s)", flush=True)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    return 1 if any(r["lies_leaked"] for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
