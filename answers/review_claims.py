"""Whose thing a review clause names, when two tasks of a plan reach for it.

A plan often holds a general task and a specific one on the same subject ("完善国土空间规划
体系" and "完成省级国土空间生态修复规划编制"). The review reports the specific thing
("发布省级国土空间生态修复规划"), and a loose match lets the general task claim it too — a
look-alike the labellers reject: the clause is about the task that names it more fully.
So a looser match (not the whole name) of one task is dropped when another task of the plan
names the same clause more fully — a higher score, and a name holding every word the first
shares with the clause; and a related mention (a word in other company, review_related) is
dropped when its word belongs to another task's name that the clause already names.
"""
from __future__ import annotations

from typing import Callable

from answers.review_match import Mention, Sentence, Verdict, relabel
from answers.review_text import Weights, content_grams

Key = tuple[int, str]  # (sentence index, clause)


def claims(verdicts: list[tuple[str, Verdict]]) -> dict[Key, list[tuple[str, Mention]]]:
    """Every item mention of the plan's tasks, by the clause it names (code, mention)."""
    out: dict[Key, list[tuple[str, Mention]]] = {}
    for code, verdict in verdicts:
        for m in verdict.mentions:
            if m.commitment.kind == "item" and m.clause:
                out.setdefault((m.sentence.index, m.clause), []).append((code, m))
    return out


def _shared(m: Mention, weights: Weights) -> set[str]:
    return {g for g in content_grams(m.commitment.name) if g in m.clause and weights(g) > 0}


def outclaimed(code: str, m: Mention, by_clause: dict[Key, list[tuple[str, Mention]]], weights: Weights) -> bool:
    """A looser match of `code` in a clause another task names more fully."""
    if m.commitment.kind != "item" or not m.clause or m.score >= 1.0:
        return False
    shared = _shared(m, weights)
    for other, o in by_clause.get((m.sentence.index, m.clause), []):
        if other != code and o.score > m.score and shared and shared <= set(content_grams(o.commitment.name)):
            return True
    return False


def drop_outclaimed(code: str, verdict: Verdict, by_clause: Callable[[], dict[Key, list[tuple[str, Mention]]]],
                    weights: Weights) -> Verdict:
    """The verdict without its looser matches that another task outclaims (`by_clause` is
    read only when the verdict has a looser match)."""
    if not any(m.commitment.kind == "item" and m.clause and m.score < 1.0 for m in verdict.mentions):
        return verdict
    table = by_clause()
    kept = [m for m in verdict.mentions if not outclaimed(code, m, table, weights)]
    return verdict if len(kept) == len(verdict.mentions) else relabel(verdict, kept)


def word_claimed(code: str, sentence: Sentence, clause_text: str, term: str,
                 by_clause: dict[Key, list[tuple[str, Mention]]], norm: Callable[[str], str]) -> bool:
    """A related mention's word is another task's name in the very clause it named."""
    plain = norm(clause_text)
    for (index, clause), found in by_clause.items():
        if index != sentence.index or not (clause in plain or plain in clause):
            continue
        if any(other != code and term and term in o.commitment.name for other, o in found):
            return True
    return False
