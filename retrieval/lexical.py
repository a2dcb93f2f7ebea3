"""BM25 over character bigrams: the lexical half of search.

Chinese has no spaces, and government text is made of fixed four-character
phrases ("固定资产投资"); overlapping bigrams match them without a word
segmenter and beat jieba words on our questions (see docs/benchmarks/retrieval.md).
Latin words and numbers are kept whole ("gdp", "5.5%").
"""
from __future__ import annotations

import math
from array import array
from core import lazy_re as re
from collections import Counter
from dataclasses import dataclass

from core.bigrams import bigrams

_WORD = re.compile(r"[a-z]+|\d+(?:\.\d+)?%?")

# The version of `tokens`: postings persisted at ingest (retrieval/postings.py) are kept under
# it, so a changed tokenizer rebuilds them instead of mixing two cuts of the text. Bump it with
# any change to `tokens`, `core.bigrams` or `chunk_text` (tests/retrieval/test_postings.py
# pins a digest of their output to this value).
TOKENIZER = "bigram1"


def chunk_text(header: str, text: str) -> str:
    """What BM25 indexes of a chunk: its "title｜section" header (it carries the region and
    year a question names) and its text."""
    return f"{header}\n{text}"


def tokens(text: str) -> list[str]:
    """Character bigrams of each CJK run (a lone character stays a unigram), plus Latin words and numbers."""
    text = text.lower()
    out = bigrams(text)
    out.extend(_WORD.findall(text))
    return out


def f32(values: list[float]) -> array:
    """`values` rounded to float32, as numpy float32 arithmetic rounds each result.

    Scores are float32 without numpy (its import was ~0.08 CPU-s of a one-shot `ducha ask`,
    docs/benchmarks.md issue 15): every step below is done in float64 and rounded to float32.
    For + - * / of float32 operands that double rounding equals float32's own correctly
    rounded result (float64 has more than 2x24+2 bits), so scores, and thus rankings and ties,
    are bit for bit those of the numpy code they replace (tests/retrieval/test_lexical.py)."""
    return array("f", values)


@dataclass
class Segment:
    """One document's postings: built once when the document is ingested (or first seen by
    this process) and kept while it stays, so an ingest re-tokenizes only what it added."""

    lengths: list[int]  # tokens per chunk
    postings: dict[str, tuple[list[int], list[int]]]  # term -> (chunk ids local to the segment, tf)

    @property
    def size(self) -> int:
        return len(self.lengths)


def build_segment(documents: list[str]) -> Segment:
    lengths: list[int] = []
    postings: dict[str, tuple[list[int], list[int]]] = {}
    for i, doc in enumerate(documents):
        counts = Counter(tokens(doc))
        lengths.append(sum(counts.values()))
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
    +66 MB on the first query after every ingest (docs/benchmarks.md).

    Arithmetic is float32 (see `f32`), in the order of the numpy expressions it replaced:
    norm = k1 * (1 - b + b * length / avg), score += w * tf * (k1 + 1) / (tf + norm)."""

    def __init__(self, documents: list[str] | None = None, k1: float = 1.2, b: float = 0.75, *, segments: list[Segment] | None = None) -> None:
        self.k1, self.b = k1, b
        self.segments = segments if segments is not None else [build_segment(list(documents or []))]
        self.offsets: list[int] = []
        start = 0
        for seg in self.segments:
            self.offsets.append(start)
            start += seg.size
        self.n = start
        total = float(sum(sum(seg.lengths) for seg in self.segments))
        avg = total / self.n if self.n else 1.0
        k1_32, b_32, avg_32 = f32([k1, b, max(avg, 1e-9)])
        rest = 1 - b
        self._norms: list[array] = []
        for seg in self.segments:
            ratio = f32([x / avg_32 for x in f32([b_32 * length for length in seg.lengths])])
            self._norms.append(f32([k1_32 * x for x in f32([rest + x for x in ratio])]))
        self._k1_plus_1 = f32([k1 + 1])[0]
        self._idf: dict[str, float] = {}

    def idf(self, term: str) -> float:
        value = self._idf.get(term)
        if value is None:
            df = sum(len(seg.postings[term][0]) for seg in self.segments if term in seg.postings)
            value = self._idf[term] = math.log(1 + (self.n - df + 0.5) / (df + 0.5))
        return value

    def scores(self, query: str) -> array:
        """float32 score per chunk (an `array("f")`), in the order of the segments."""
        scores = array("f", bytes(4 * self.n))
        k = self._k1_plus_1
        for term, qtf in Counter(tokens(query)).items():
            weight = None
            for seg, start, norm in zip(self.segments, self.offsets, self._norms):
                posting = seg.postings.get(term)
                if posting is None:
                    continue
                if weight is None:
                    weight = f32([qtf * self.idf(term)])[0]
                ids, tfs = posting
                numerator = f32([x * k for x in f32([weight * tf for tf in tfs])])
                denominator = f32([tf + norm[i] for tf, i in zip(tfs, ids)])
                for i, part in zip(ids, f32([num / den for num, den in zip(numerator, denominator)])):
                    scores[start + i] += part  # float64 sum of two float32s, stored rounded to float32
        return scores
