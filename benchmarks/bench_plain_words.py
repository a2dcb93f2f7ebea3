"""Plain-word questions (few words shared with the documents) and their look-alikes: where the
dense model stands, and what `ask` answers.

    /work/venv/bin/python benchmarks/bench_plain_words.py [--split tune|heldout|all]
        [--set benchmarks/data/plain_words_calibration.json] [--data-dir DIR]
        [--embedding default|none] [--diag] [--json]

The set (benchmarks/data/plain_words_calibration.json) holds paraphrases of targets, facts and
owners of the sample corpus written in other words than the documents' ("翻新老小区" for
"改造城镇老旧小区"), and look-alikes whose answer the documents do not hold (a measure never
given, another line number, 常住 for 户籍). Each item carries its half ("tune" / "heldout"),
fixed before any result was looked at; thresholds are set on "tune" only.

Outcomes: right; false not found (answerable, intent none); wrong (answerable, answered
without the expected string); answered where none (a look-alike not refused). `--diag` adds,
per item, the dense ranking of the chunks (dense score of the top one, margin to the second,
rank of the first chunk holding an expected string) and what `answers.dense_answer` saw.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answers.ask import ask  # noqa: E402
from answers.evaluate import load_set, score  # noqa: E402
from bot.wiring import new_context  # noqa: E402
from core.settings import load_settings  # noqa: E402

SET = ROOT / "benchmarks" / "data" / "plain_words_calibration.json"


def outcome(item: dict, answer: str, intent: str) -> str:
    ok = score(item, answer, intent)
    if item.get("kind") == "none":
        return "right" if ok else "answered_where_none"
    if ok:
        return "right"
    return "false_not_found" if intent == "none" else "wrong"


def dense_diag(ctx, item: dict) -> dict:
    """The dense ranking of report chunks for the question as typed (normalized as search does)."""
    from retrieval.normalize import normalize_query

    index = ctx.index
    lexical = index.lexical()
    q = normalize_query(item["question"], today=ctx.today(), db=ctx.db)
    ranked = index.dense_ranking(q, n=20, where=None)
    want = [re.sub(r"\s+", "", s) for s in (item.get("must_contain_any") or []) + (item.get("must_contain_all") or [])]
    rank = None
    for r, (cid, _sim) in enumerate(ranked):
        row = lexical.rows[lexical.position[cid]] if cid in lexical.position else None
        if row is not None and want and any(w in re.sub(r"\s+", "", row.text) for w in want):
            rank = r + 1
            break
    top = ranked[0][1] if ranked else None
    margin = ranked[0][1] - ranked[1][1] if len(ranked) > 1 else None
    return {"dense_top": None if top is None else round(top, 4),
            "dense_margin": None if margin is None else round(margin, 4), "right_chunk_rank": rank}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default=str(SET))
    ap.add_argument("--split", default="heldout", choices=("tune", "heldout", "all"))
    ap.add_argument("--embedding", default="default")
    ap.add_argument("--data-dir", help="reuse an already ingested data dir (skips the ingest)")
    ap.add_argument("--diag", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    corpus = Path(os.environ.get("DUCHA_CORPUS_DIR", ROOT.parent / "shared" / "corpus"))
    items = [i for i in load_set(args.set) if args.split == "all" or i.get("split") == args.split]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(DUCHA_DATA_DIR=args.data_dir or tmp, DUCHA_EMBEDDING=args.embedding)
        ctx = new_context(settings)
        from retrieval.ingest import ingest_paths

        ingest_paths(ctx, [corpus])
        today = dt.date(2026, 1, 1)
        for item in items:
            ans = ask(ctx, item["question"], today=today)
            row = {"id": item["id"], "kind": item["kind"], "question": item["question"],
                   "outcome": outcome(item, ans.answer, ans.intent), "intent": ans.intent,
                   "answer": ans.answer.split("\n")[0][:120]}
            if args.diag and args.embedding != "none":
                from answers import dense_answer

                row["dense_answer"] = list(dense_answer.LAST_TRACE)
                dense_answer.LAST_TRACE.clear()
                row.update(dense_diag(ctx, item))
            rows.append(row)
        ctx.close()

    answerable = [r for r in rows if r["kind"] != "none"]
    none = [r for r in rows if r["kind"] == "none"]
    summary = {
        "date": dt.datetime.now().isoformat(timespec="minutes"),
        "machine": f"{os.cpu_count()} cores, {sys.platform}, Python {sys.version.split()[0]}",
        "split": args.split, "embedding": args.embedding,
        "answerable": len(answerable),
        "right": sum(r["outcome"] == "right" for r in answerable),
        "false_not_found": sum(r["outcome"] == "false_not_found" for r in answerable),
        "wrong": sum(r["outcome"] == "wrong" for r in answerable),
        "lookalikes": len(none),
        "refused": sum(r["outcome"] == "right" for r in none),
        "answered_where_none": sum(r["outcome"] == "answered_where_none" for r in none),
    }
    if args.json:
        print(json.dumps({"summary": summary, "items": rows}, ensure_ascii=False, indent=1))
    else:
        for r in rows:
            if r["outcome"] != "right" or args.diag:
                extra = {k: r[k] for k in ("dense_top", "dense_margin", "right_chunk_rank", "dense_answer") if k in r}
                print(f"{r['outcome']:<20} {r['id']} {r['question']} | {r['answer']} {extra or ''}")
        print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
