"""BM25 scores without numpy must be the numpy float32 scores bit for bit: answers pick the
best chunk by score, and a tie broken differently (or a last bit off) changes an answer."""
from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from retrieval.lexical import BM25, tokens
from tests.support.paths import DATA, EXAMPLES


class _NumpyBM25:
    """The numpy BM25 `retrieval.lexical` used before (main 43bbf0f), one segment."""

    def __init__(self, documents: list[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.postings: dict[str, tuple[list[int], list[int]]] = {}
        lengths = []
        for i, doc in enumerate(documents):
            counts = Counter(tokens(doc))
            lengths.append(sum(counts.values()))
            for term, tf in counts.items():
                ids, tfs = self.postings.setdefault(term, ([], []))
                ids.append(i)
                tfs.append(tf)
        lengths = np.array(lengths, dtype=np.float32)
        self.n = len(documents)
        avg = float(lengths.sum()) / self.n
        self.norm = k1 * (1 - b + b * lengths / max(avg, 1e-9))

    def scores(self, query: str) -> np.ndarray:
        scores = np.zeros(self.n, dtype=np.float32)
        for term, qtf in Counter(tokens(query)).items():
            if term not in self.postings:
                continue
            raw_ids, raw_tf = self.postings[term]
            ids, tf = np.array(raw_ids, dtype=np.int32), np.array(raw_tf, dtype=np.float32)
            weight = qtf * math.log(1 + (self.n - len(ids) + 0.5) / (len(ids) + 0.5))
            scores[ids] += weight * tf * (self.k1 + 1) / (tf + self.norm[ids])
        return scores


def _paragraphs(folder: Path) -> list[str]:
    out: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        out.extend(p.strip() for p in text.split("\n") if p.strip())
    return out


def _questions() -> list[str]:
    out: list[str] = []
    for path in sorted(DATA.glob("questions*.json")):
        items = json.loads(path.read_text(encoding="utf-8"))
        items = items.get("questions", items) if isinstance(items, dict) else items
        out.extend(q["question"] for q in items if isinstance(q, dict) and q.get("question"))
    return out


def _check(documents: list[str], queries: list[str]) -> int:
    bm25 = BM25(documents)
    # several segments (one per document of an index) sum the same statistics
    half = len(documents) // 2
    from retrieval.lexical import build_segment

    split = BM25(segments=[build_segment(documents[:half]), build_segment(documents[half:])])
    reference = _NumpyBM25(documents)
    ties = 0
    for query in queries:
        expected = reference.scores(query)
        for got in (bm25.scores(query), split.scores(query)):
            assert got.tobytes() == expected.tobytes(), query
            order = sorted(range(len(got)), key=lambda i: -got[i])
            assert order == np.argsort(-expected, kind="stable").tolist(), query
        ties += len(expected[expected > 0]) - len(set(expected[expected > 0].tolist()))
    return ties


def test_scores_are_numpys_float32_bit_for_bit_on_the_examples() -> None:
    documents = _paragraphs(EXAMPLES) * 2  # duplicated paragraphs: equal scores, ties kept in order
    assert len(documents) > 10
    ties = _check(documents, _questions()[:300] + ["城镇新增就业", "GDP增长5.5%", "不存在的词语"])
    assert ties > 0


def test_scores_are_numpys_float32_bit_for_bit_on_the_corpus(corpus_dir: Path) -> None:
    documents = _paragraphs(corpus_dir)
    if len(documents) < 50:
        pytest.skip("corpus without text files")
    _check(documents, _questions())
