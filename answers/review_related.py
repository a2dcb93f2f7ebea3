"""A second reading of the tasks the lexical matcher finds unnamed: the review often reports a
task's result in its own words ("启动制造业产业链提升'八大行动'" for "开展制造业强链补链行动",
"生猪产能全面恢复" for "推动生猪产业稳定健康发展"), which outside labellers count as a mention.

A review clause is a related mention of a task when both hold:
- the dense model puts it closest to the task among the review's clauses, at cosine
  `RELATED_SIM` or more (task and clause embedded alike, as passages, cached by content hash;
  the dense phase of ingest embeds a report's review clauses, so a review embeds only tasks), and
- it shares with the task a run of `RELATED_MIN_RUN` or more characters that is not made of
  generic words ("碳达峰", "退役军人", "赣南等原中央苏区") — similarity alone cannot tell
  "海绵小镇" from "海绵城市", and a shared run alone matches look-alikes.
Such a mention is `progress`, never `done`: the review names something of the task, not its
commitment met. Measured on four label sets and an outsider's fictional pair
(docs/benchmarks/review.md, "Related mentions"); without a dense model nothing changes.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from answers.review_match import Sentence
from answers.review_text import AREA_WORDS, GENERIC_BIGRAMS, GENERIC_WORDS, norm
from retrieval.review_part import review_clauses

log = logging.getLogger(__name__)

RELATED_SIM = 0.93
RELATED_MIN_RUN = 3
_SPLIT = re.compile(
    "|".join(re.escape(w) for w in sorted({*GENERIC_WORDS, *AREA_WORDS}, key=len, reverse=True) if len(w) >= 2)
    + r"|[^\u4e00-\u9fffA-Za-z0-9+]"
)


@dataclass
class Related:
    sentence: Sentence
    clause: str
    term: str  # the shared run that makes it about the same thing
    similarity: float


def shared_run(task: str, clause: str, min_len: int = RELATED_MIN_RUN) -> str:
    """The longest run of the task's content words (generic and area words cut out) that
    stands in the clause, if it is `min_len` characters or more and not generic itself."""
    best = ""
    for run in _SPLIT.split(task):
        for i in range(len(run)):
            for j in range(len(run), i + max(min_len, len(best) + 1) - 1, -1):
                piece = run[i:j]
                if piece in clause:
                    if not all(piece[k : k + 2] in GENERIC_BIGRAMS for k in range(len(piece) - 1)):
                        best = piece
                    break
    return best if len(best) >= min_len else ""


def related_mentions(db: Any, embedder: Any, tasks: dict[str, str], sentences: list[Sentence]) -> dict[str, Related]:
    """For each task (code → text) the review clause that speaks of it in other words, if any."""
    if embedder is None or not tasks:
        return {}
    from retrieval.embed import embed_passages  # numpy and the model only when a review asks

    clauses = [(c, sentences[i]) for c, i in review_clauses(sentences)]
    if not clauses:
        return {}
    codes = list(tasks)
    try:
        clause_vecs = embed_passages(db, embedder, [c for c, _ in clauses])
        task_vecs = embed_passages(db, embedder, [norm(tasks[code]) for code in codes])
    except Exception as exc:  # optional reading: the lexical labels stand without it
        log.warning("review: related mentions skipped (%s)", type(exc).__name__)
        return {}
    out: dict[str, Related] = {}
    sims = task_vecs @ clause_vecs.T
    for row, code in enumerate(codes):
        j = int(sims[row].argmax())
        similarity = float(sims[row, j])
        if similarity < RELATED_SIM:
            continue
        clause, sentence = clauses[j]
        term = shared_run(norm(tasks[code]), clause)
        if term:
            out[code] = Related(sentence, clause, term, similarity)
    return out
