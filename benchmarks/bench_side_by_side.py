"""ducha's retrieval beside what a developer builds in an afternoon, on the same questions.

    pip install -e '.[bench]'
    /work/venv/bin/python benchmarks/bench_side_by_side.py [--corpus ../shared/corpus] [--json]

Three pipelines over the same corpus and tests/data/retrieval_questions.json:
- ducha: `ingest_paths` + `search` (bigram BM25 fused with the shipped e5 model);
- LangChain + Chroma: files read as they are, RecursiveCharacterTextSplitter (500/50, with
  Chinese sentence separators), the SAME e5 model for passages and queries, a Chroma
  collection with cosine distance;
- jieba + BM25: the same splitter's chunks, jieba words, rank-bm25's Okapi BM25.
A question is a hit when a returned chunk comes from the expected file and contains the
expected phrase (whitespace removed); the section is not required, so the baselines, which
have none, are judged alike. Reported: hit@1, hit@5, MRR@10, query p50/p95, ingest seconds,
and ducha's ratio to each baseline.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

QUESTIONS = PROJECT / "tests" / "data" / "retrieval_questions.json"


def _metrics(ranks: list[int | None], latencies: list[float], ingest_s: float) -> dict:
    n = len(ranks)
    latencies = sorted(latencies)
    return {
        "hit@1": round(sum(1 for r in ranks if r == 1) / n, 3),
        "hit@5": round(sum(1 for r in ranks if r and r <= 5) / n, 3),
        "mrr@10": round(sum(1 / r for r in ranks if r) / n, 3),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p95_ms": round(latencies[min(n - 1, int(n * 0.95))] * 1000, 1),
        "ingest_s": round(ingest_s, 1),
    }


def _rank(results: list[tuple[str, str]], item: dict) -> int | None:
    """results: (file name, chunk text) best first."""
    for i, (file, text) in enumerate(results[:10], 1):
        if file == item["file"] and item["answer"] in "".join(text.split()):
            return i
    return None


def run_ducha(corpus: Path, items: list[dict], today: str) -> dict:
    from bot.wiring import new_context
    from core.settings import load_settings
    from retrieval.ingest import ingest_paths
    from retrieval.search import search

    with tempfile.TemporaryDirectory() as tmp:
        ctx = new_context(load_settings(DUCHA_DATA_DIR=tmp), frozen_now=dt.datetime.fromisoformat(today + "T09:00+08:00"))
        start = time.perf_counter()
        ingest_paths(ctx, [corpus])
        ingest_s = time.perf_counter() - start
        ranks, latencies = [], []
        for item in items:
            start = time.perf_counter()
            hits = search(ctx, item["question"], k=10)
            latencies.append(time.perf_counter() - start)
            ranks.append(_rank([(Path(h.file).name, h.text) for h in hits], item))
        ctx.close()
    return _metrics(ranks, latencies, ingest_s)


def _baseline_chunks(corpus: Path) -> list[tuple[str, str]]:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=50, separators=["\n\n", "\n", "。", "；", "，", ""])
    chunks = []
    for path in sorted(corpus.glob("*.txt")):
        if path.name == "README.md":
            continue
        for piece in splitter.split_text(path.read_text(encoding="utf-8")):
            chunks.append((path.name, piece))
    return chunks


def run_langchain_chroma(corpus: Path, items: list[dict]) -> dict:
    import chromadb

    from retrieval.embed import make_embedder

    embedder = make_embedder("default")
    start = time.perf_counter()
    chunks = _baseline_chunks(corpus)
    vectors = embedder.passages([text for _, text in chunks])
    client = chromadb.EphemeralClient()
    collection = client.create_collection("baseline", configuration={"hnsw": {"space": "cosine"}}, embedding_function=None)
    ids = [str(i) for i in range(len(chunks))]
    for s in range(0, len(ids), 500):
        collection.add(ids=ids[s : s + 500], embeddings=[v for v in vectors[s : s + 500]], documents=[t for _, t in chunks[s : s + 500]])
    ingest_s = time.perf_counter() - start
    ranks, latencies = [], []
    for item in items:
        start = time.perf_counter()
        result = collection.query(query_embeddings=[embedder.query(item["question"])], n_results=10)
        latencies.append(time.perf_counter() - start)
        ranks.append(_rank([chunks[int(i)] for i in result["ids"][0]], item))
    return _metrics(ranks, latencies, ingest_s)


def run_jieba_bm25(corpus: Path, items: list[dict]) -> dict:
    import jieba
    from rank_bm25 import BM25Okapi

    jieba.setLogLevel(60)
    start = time.perf_counter()
    chunks = _baseline_chunks(corpus)
    bm25 = BM25Okapi([jieba.lcut(text) for _, text in chunks])
    ingest_s = time.perf_counter() - start
    ranks, latencies = [], []
    for item in items:
        start = time.perf_counter()
        scores = bm25.get_scores(jieba.lcut(item["question"]))
        order = sorted(range(len(chunks)), key=lambda i: -scores[i])[:10]
        latencies.append(time.perf_counter() - start)
        ranks.append(_rank([chunks[i] for i in order], item))
    return _metrics(ranks, latencies, ingest_s)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=PROJECT.parent / "shared" / "corpus")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    data = json.loads(QUESTIONS.read_text(encoding="utf-8"))
    items = data["questions"]
    results = {
        "ducha": run_ducha(args.corpus, items, data.get("today", "2024-03-01")),
        "langchain_chroma": run_langchain_chroma(args.corpus, items),
        "jieba_bm25": run_jieba_bm25(args.corpus, items),
    }
    ours = results["ducha"]
    ratios = {
        name: {k: (round(ours[k] / v, 2) if v else None) for k, v in base.items()}
        for name, base in results.items() if name != "ducha"
    }
    report = {
        "date": dt.date.today().isoformat(),
        "machine": f"{platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}",
        "load": round(os.getloadavg()[0], 1),
        "questions": len(items),
        "results": results,
        "ducha_over_baseline": ratios,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    print(f"{report['date']} · {report['machine']} · load {report['load']} · {len(items)} questions")
    print("| pipeline | hit@1 | hit@5 | MRR@10 | p50 ms | p95 ms | ingest s |\n|---|---|---|---|---|---|---|")
    for name, m in results.items():
        print(f"| {name} | {m['hit@1']} | {m['hit@5']} | {m['mrr@10']} | {m['p50_ms']} | {m['p95_ms']} | {m['ingest_s']} |")
    for name, r in ratios.items():
        print(f"ducha / {name}: " + ", ".join(f"{k} {v}" for k, v in r.items()))


if __name__ == "__main__":
    main()
