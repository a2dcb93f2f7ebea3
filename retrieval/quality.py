"""Retrieval quality on a question set (tests/data/retrieval_questions.json format):
hit@1, hit@5 and MRR@10, so chunking and fusion choices are made by measurement."""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from retrieval.search import search


def is_hit(hit: Any, item: dict) -> bool:
    text = "".join(hit.text.split())
    return (
        Path(hit.file).name == item["file"]
        and item["answer"] in text
        and item.get("section", "") in (hit.section or "")
    )


def evaluate(ctx: Any, questions_path: Path | str, *, dense: bool = True, k: int = 10) -> dict:
    data = json.loads(Path(questions_path).read_text(encoding="utf-8"))
    items = data["questions"] if isinstance(data, dict) else data
    ranks: list[int | None] = []
    latencies: list[float] = []
    misses: list[dict] = []
    for item in items:
        start = time.perf_counter()
        hits = search(ctx, item["question"], k=k, dense=dense)
        latencies.append(time.perf_counter() - start)
        rank = next((i for i, h in enumerate(hits, 1) if is_hit(h, item)), None)
        ranks.append(rank)
        if rank is None or rank > 5:
            misses.append({"id": item["id"], "question": item["question"], "rank": rank,
                           "top": [f"{h.file}|{h.section}" for h in hits[:3]]})
    n = len(items)
    latencies.sort()
    return {
        "questions": n,
        "hit@1": sum(1 for r in ranks if r == 1) / n,
        "hit@5": sum(1 for r in ranks if r and r <= 5) / n,
        "mrr@10": sum(1 / r for r in ranks if r) / n,
        "p50_ms": latencies[n // 2] * 1000,
        "p95_ms": latencies[min(n - 1, int(n * 0.95))] * 1000,
        "misses": misses,
    }
