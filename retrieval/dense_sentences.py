"""Dense ranking alone, and the dense model's reading of single clauses.

`search` fuses BM25 with dense ranks, so a chunk that shares few words with a question
("帮经营主体省了多少钱" for "为经营主体减负1630亿元") can stay behind the chunks that share
its framing words. `answers.dense_answer` wants the dense model's own order of the chunks,
then its similarity of the question to each of a few clauses (a chunk holds ten figures, the
question asks one). Measured on benchmarks/data/plain_words_calibration.json
(docs/benchmarks.md, "plain words"): the chunk score of e5 sits in 0.85–0.95 both for the
right chunk and for questions the documents do not answer, so it only ranks, never decides.

The question's vector is the one `search` already encoded (`retrieval.embed.query_vector`);
clause vectors are kept in a bounded in-process cache keyed by the text: encoding is the cost
(15–70 ms a clause on two shared cores).
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from retrieval.embed import query_vector
from retrieval.normalize import normalize_query
from retrieval.search import Hit, _allowed, _hit, _where

_CACHE_SIZE = 4096
_vectors: OrderedDict[tuple[str, str], Any] = OrderedDict()
_lock = threading.Lock()


def dense_hits(ctx: Any, query: str, *, k: int = 4, region: str | None = None, kind: str | None = "report") -> list[Hit]:
    """The k chunks the dense model ranks first for `query` (best first, `dense_score` set);
    empty when dense search is off or the index has no vectors. `query` is read as `search`
    reads it, so the same question is encoded once."""
    index = ctx.index
    if index.embedder is None or not query.strip():
        return []
    lexical = index.lexical()
    if not lexical.rows:
        return []
    allowed = _allowed(lexical.rows, region=region, year=None, kind=kind)
    if not any(allowed):
        return []
    normalized = normalize_query(query, today=ctx.today(), db=ctx.db)
    where = _where(lexical.rows, allowed, region=region, year=None, kind=kind)
    out = []
    for cid, sim in index.dense_ranking(normalized, n=min(k, sum(allowed)), where=where):
        i = lexical.position.get(cid)
        if i is not None and allowed[i]:
            out.append(_hit(lexical.rows[i], sim, 0.0, sim))
    return out[:k]


def similarities(ctx: Any, query: str, texts: list[str]) -> list[float]:
    """Cosine of the question (read as `search` reads it) to each text, the texts read as
    passages (e5's asymmetric reading); [] when dense is off."""
    embedder = ctx.index.embedder
    if embedder is None or not texts:
        return []
    import numpy as np  # vectors only: a lexical question never loads it

    key = embedder.key
    with _lock:
        todo = [t for t in dict.fromkeys(texts) if (key, t) not in _vectors]
    if todo:
        fresh = embedder.passages(todo)
        with _lock:
            for t, v in zip(todo, fresh):
                _vectors[(key, t)] = v / (np.linalg.norm(v) or 1.0)
            while len(_vectors) > _CACHE_SIZE:
                _vectors.popitem(last=False)
    q = np.asarray(query_vector(embedder, normalize_query(query, today=ctx.today(), db=ctx.db)), dtype=np.float32)
    q = q / (np.linalg.norm(q) or 1.0)
    with _lock:
        vectors = [_vectors.get((key, t)) for t in texts]
    if any(v is None for v in vectors):  # evicted meanwhile by another thread: read them again
        vectors = list(embedder.passages(texts))
        vectors = [v / (np.linalg.norm(v) or 1.0) for v in vectors]
    return [float(v @ q) for v in vectors]
