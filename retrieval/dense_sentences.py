"""Dense ranking alone, and the dense model's reading of single clauses.

`search` fuses BM25 with dense ranks, so a chunk that shares no word with a question
("帮企业省了多少钱" for "为经营主体减负1630亿元") stays behind the chunks that share its
framing words. `answers.dense_answer` wants the dense model's own order of the chunks, then
its similarity of the question to each clause of the first few (a chunk holds ten figures,
the question asks one). Measured on benchmarks/data/plain_words_calibration.json
(docs/benchmarks.md, "plain words"): the chunk score of e5 sits in 0.86–0.95 for questions
answered and not alike, so it can only rank, never decide on its own.

Clause vectors are kept in a bounded in-process cache keyed by the text: the same clauses
come back for questions about one section, and encoding is the cost (~10 ms a clause).
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Any

from retrieval.normalize import normalize_query
from retrieval.search import Hit, _allowed, _hit, _where

_CACHE_SIZE = 4096
_vectors: OrderedDict[tuple[str, str], Any] = OrderedDict()


_queries: OrderedDict[tuple[str, str], Any] = OrderedDict()


def _query_vector(embedder: Any, text: str) -> Any:
    """The question's vector, encoded once for the ranking and the clauses (~25 ms each)."""
    import numpy as np

    k = (embedder.key, text)
    if k not in _queries:
        _queries[k] = np.asarray(embedder.query(text), dtype=np.float32)
        while len(_queries) > 64:
            _queries.popitem(last=False)
    return _queries[k]


def dense_hits(ctx: Any, query: str, *, k: int = 4, region: str | None = None, kind: str | None = "report") -> list[Hit]:
    """The k chunks the dense model ranks first for `query` (best first, `dense_score` set);
    empty when dense search is off or the index has no vectors."""
    index = ctx.index
    if index.embedder is None:
        return []
    lexical = index.lexical()
    if not lexical.rows or not query.strip():
        return []
    allowed = _allowed(lexical.rows, region=region, year=None, kind=kind)
    if not any(allowed):
        return []
    normalized = normalize_query(query, today=ctx.today(), db=ctx.db)
    where = _where(lexical.rows, allowed, region=region, year=None, kind=kind)
    collection = index.collection()
    if collection is None:
        return []
    result = collection.query(query_embeddings=[_query_vector(index.embedder, normalized)],
                              n_results=min(k, sum(allowed)), where=where or None, include=["distances"])
    ranked = [(i, 1.0 - float(d)) for i, d in zip(result["ids"][0], result["distances"][0])] if result["ids"] else []
    out = []
    for cid, sim in ranked:
        i = lexical.position.get(cid)
        if i is not None and allowed[i]:
            out.append(_hit(lexical.rows[i], sim, 0.0, sim))
    return out[:k]


def similarities(ctx: Any, query: str, texts: list[str]) -> list[float]:
    """Cosine of the question to each text (as passages, e5's asymmetric reading); [] when
    dense is off."""
    embedder = ctx.index.embedder
    if embedder is None or not texts:
        return []
    import numpy as np  # vectors only: a lexical question never loads it

    key = embedder.key
    todo = [t for t in dict.fromkeys(texts) if (key, t) not in _vectors]
    if todo:
        fresh = embedder.passages(todo)
        for t, v in zip(todo, fresh):
            _vectors[(key, t)] = v / (np.linalg.norm(v) or 1.0)
        while len(_vectors) > _CACHE_SIZE:
            _vectors.popitem(last=False)
    q = _query_vector(embedder, normalize_query(query, today=ctx.today(), db=ctx.db))
    q = q / (np.linalg.norm(q) or 1.0)
    out = []
    for t in texts:
        v = _vectors[(key, t)]
        _vectors.move_to_end((key, t))
        out.append(float(v @ q))
    return out
