"""The review part of a report: what it says about the year before the one it plans.

A 政府工作报告 opens by reviewing the past year ("一、2021年工作回顾", "过去一年") and
then plans the new one; a commitment check must read only the first part, or a project
merely planned again ("确保新院区上半年投入使用") would count as reported. Ingest already
tags every chunk with the year its section speaks of (`retrieval.chunk`, `span_year`),
so the review is the chunks whose span is the plan's year. A report whose review has no
heading at all (a county report that starts "2024年，我们…" and whose first heading is
"一、2025年工作的总体要求") keeps that untitled opening in chunks without a section; it
counts as the review when it speaks of the past year.
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import dataclass, field

from prompts import review as msg
from retrieval.chunk import GLOSSARY, split_sentences
from store.documents import ChunkRow
from store.review import ReportRef, report_chunks

# The paragraph where a report turns to its shortcomings ("我们也清醒看到…问题"): a
# project named there is not reported as achieved.
_SHORTCOMINGS = re.compile(r"清醒(?:地)?(?:看到|认识到)|问题和不足|困难和问题|不足和差距|差距和不足|短板弱项|问题和挑战")
_PAST_CUES = r"过去一年|过去的一年|一年来|去年|上年|{year}年"


@dataclass
class ReviewSentence:
    text: str  # the report's own words, one sentence (cut at 。；！？)
    section: str
    seq: int  # the chunk's position in the report
    shortcoming: bool = False  # inside the paragraph on problems and gaps


@dataclass
class ReviewPart:
    report: ReportRef
    year: int
    sentences: list[ReviewSentence] = field(default_factory=list)
    headed: bool = True  # found by a review heading (False: the untitled opening)


def review_part(db, report: ReportRef, year: int) -> ReviewPart:
    """The sentences of `report` that review `year`, in reading order (empty when none)."""
    chunks = [c for c in report_chunks(db, report.id) if not c.section.startswith(GLOSSARY)]
    chosen = [c for c in chunks if c.span_year == year]
    headed = True
    if not chosen:
        chosen = _untitled_opening(chunks, year)
        headed = False
    part = ReviewPart(report=report, year=year, headed=headed)
    in_shortcomings = False
    section = None
    for chunk in chosen:
        if chunk.section != section:
            section, in_shortcomings = chunk.section, False
        for paragraph in chunk.text.split("\n"):
            if _SHORTCOMINGS.search(paragraph):
                in_shortcomings = True
            for sentence in split_sentences(paragraph):
                where = chunk.section or msg.UNTITLED_REVIEW.format(year=year)
                part.sentences.append(ReviewSentence(sentence, where, chunk.seq, in_shortcomings))
    return part


def opens_shortcomings(text: str) -> bool:
    """Whether `text` holds the words that open the paragraph on problems and gaps."""
    return bool(_SHORTCOMINGS.search(text or ""))


MIN_CLAUSE = 6  # characters; shorter clauses ("成效明显") say nothing of their own
_CLAUSE = re.compile(r"[，；,;：:]")


def review_clauses(sentences: list) -> list[tuple[str, int]]:
    """The clauses of the review's sentences (objects with `text` and `shortcoming`) as
    (clause without spaces, sentence index): what the commitment check embeds to find a
    task reported in other words. The dense phase of ingest embeds them once, so the first
    review of a report reads them from the cache."""
    out = []
    for i, s in enumerate(sentences):
        if s.shortcoming:
            continue
        for piece in _CLAUSE.split(s.text):
            clause = "".join(piece.split())
            if len(clause) >= MIN_CLAUSE:
                out.append((clause, i))
    return out


def _untitled_opening(chunks: list[ChunkRow], year: int) -> list[ChunkRow]:
    """The chunks before the first heading, when they speak of the past year."""
    opening: list[ChunkRow] = []
    for chunk in chunks:
        if chunk.section:
            break
        opening.append(chunk)
    text = "".join(c.text for c in opening)
    if re.search(_PAST_CUES.format(year=year), text):
        return opening
    return []
