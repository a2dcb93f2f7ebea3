"""BM25 over character bigrams: the lexical half of search.

Chinese has no spaces, and government text is made of fixed four-character
phrases ("固定资产投资"); overlapping bigrams match them without a word
segmenter and beat jieba words on our questions (see docs/benchmarks/retrieval.md).
Latin words and numbers are kept whole ("gdp", "5.5%").
"""
from __future__ import annotations

import math
from core import lazy_re as re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from core.bigrams import bigrams

_WORD = re.compile(r"[a-z]+|\d+(?:\.\d+)?%?")


def tokens(text: str) -> list[str]:
    """Character bigrams of each CJK run (a lone character stays a unigram), plus Latin words and numbers."""
    text = text.lower()
    out = bigrams(text)
    out.extend(_WORD.findall(text))
    return out


@dataclass
class Segment:
    """One document's postings: built once when the document is ingested (or first seen by
    this process) and kept while it stays, so an ingest re-tokenizes only what it added.

    Postings stay plain lists until a query reads the term: a one-shot `ducha ask` touches a
    few dozen of ~25 000 terms, and making two arrays per term up front was most of the time
    of opening the index (docs/benchmarks.md, issue 15)."""

    lengths: np.ndarray  # tokens per chunk
    postings: dict[str, tuple[list[int], list[int]]]  # term -> (chunk ids local to the segment, tf)
    _arrays: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict, repr=False)

    @property
    def size(self) -> int:
        return len(self.lengths)

    def posting(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(chunk ids, tf) of `term` as arrays, made on first use; None when absent."""
        arrays = self._arrays.get(term)
        if arrays is None:
            raw = self.postings.get(term)
            if raw is None:
                return None
            arrays = self._arrays[term] = (np.array(raw[0], dtype=np.int32), np.array(raw[1], dtype=np.float32))
        return arrays


def build_segment(documents: list[str]) -> Segment:
    lengths = np.zeros(len(documents), dtype=np.float32)
    postings: dict[str, tuple[list[int], list[int]]] = {}
    for i, doc in enumerate(documents):
        counts = Counter(tokens(doc))
        lengths[i] = sum(counts.values())
        for term, tf in counts.items():
            entry = postings.get(term)
            if entry is None:
                postings[term] = ([i], [tf])
            else:
                entry[0].append(i)
                entry[1].append(tf)
    return Segment(lengths, postings)


class BM25:
    """Okapi BM25 over segments (one per document) merged at query time.

    Collection statistics (N, average length, document frequency) are summed over the
    segments when a query asks for them, so adding or dropping a document costs its own
    postings only: at 16x the sample corpus a rebuild of all postings took 0.56 s and
    +66 MB on the first query after every ingest (docs/benchmarks.md)."""

    def __init__(self, documents: list[str] | None = None, k1: float = 1.2, b: float = 0.75, *, segments: list[Segment] | None = None) -> None:
        self.k1, self.b = k1, b
        self.segments = segments if segments is not None else [build_segment(list(documents or []))]
        self.offsets = np.cumsum([0] + [seg.size for seg in self.segments])[:-1].tolist()
        self.n = int(sum(seg.size for seg in self.segments))
        total = float(sum(float(seg.lengths.sum()) for seg in self.segments))
        avg = total / self.n if self.n else 1.0
        self._norms = [k1 * (1 - b + b * seg.lengths / max(avg, 1e-9)) for seg in self.segments]
        self._idf: dict[str, float] = {}

    def idf(self, term: str) -> float:
        value = self._idf.get(term)
        if value is None:
            df = sum(len(seg.postings[term][0]) for seg in self.segments if term in seg.postings)
            value = self._idf[term] = math.log(1 + (self.n - df + 0.5) / (df + 0.5))
        return value

    def scores(self, query: str) -> np.ndarray:
        scores = np.zeros(self.n, dtype=np.float32)
        for term, qtf in Counter(tokens(query)).items():
            weight = None
            for seg, start, norm in zip(self.segments, self.offsets, self._norms):
                posting = seg.posting(term)
                if posting is None:
                    continue
                if weight is None:
                    weight = qtf * self.idf(term)
                ids, tf = posting
                scores[start + ids] += weight * tf * (self.k1 + 1) / (tf + norm[ids])
        return scores
