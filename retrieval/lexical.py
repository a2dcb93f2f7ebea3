"""BM25 over character bigrams: the lexical half of search.

Chinese has no spaces, and government text is made of fixed four-character
phrases ("固定资产投资"); overlapping bigrams match them without a word
segmenter and beat jieba words on our questions (see docs/benchmarks/retrieval.md).
Latin words and numbers are kept whole ("gdp", "5.5%").
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

import numpy as np

from core.bigrams import bigrams

_WORD = re.compile(r"[a-z]+|\d+(?:\.\d+)?%?")


def tokens(text: str) -> list[str]:
    """Character bigrams of each CJK run (a lone character stays a unigram), plus Latin words and numbers."""
    text = text.lower()
    out = bigrams(text)
    out.extend(_WORD.findall(text))
    return out


class BM25:
    """Okapi BM25 with postings in numpy arrays; built once per index generation."""

    def __init__(self, documents: list[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.n = len(documents)
        lengths = np.zeros(self.n, dtype=np.float32)
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, doc in enumerate(documents):
            counts = Counter(tokens(doc))
            lengths[i] = sum(counts.values())
            for term, tf in counts.items():
                postings[term].append((i, tf))
        avg = float(lengths.mean()) if self.n else 1.0
        self._norm = k1 * (1 - b + b * lengths / max(avg, 1e-9))
        self._postings = {
            t: (np.array([d for d, _ in p], dtype=np.int32), np.array([f for _, f in p], dtype=np.float32))
            for t, p in postings.items()
        }
        self._idf = {t: math.log(1 + (self.n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in postings.items()}

    def scores(self, query: str) -> np.ndarray:
        scores = np.zeros(self.n, dtype=np.float32)
        for term, qtf in Counter(tokens(query)).items():
            posting = self._postings.get(term)
            if posting is None:
                continue
            ids, tf = posting
            scores[ids] += qtf * self._idf[term] * tf * (self.k1 + 1) / (tf + self._norm[ids])
        return scores
