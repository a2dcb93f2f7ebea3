"""A year before any report's review year, asked of a figure a later report states in passing
("地区生产总值由2020年的386.2亿元增加到2024年的512.6亿元"): the figure printed right after that
year is the answer; with no such figure the reply stays "not found" (a later year's figure is
never offered for it). Found by outsider round 25c ("2020年我市GDP多少" refused although printed).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any, Callable

from answers import backends as B
from answers.evidence import Candidate, Period, candidates, grams, head_gram
from core import lazy_re as re


def base_year_candidate(ctx: Any, query: str, topic: str, year: int, reports: list[B.Doc], *,
                        numeric: bool, unit_asked: str | None, min_cov: float, today: dt.date) -> Candidate | None:
    """The best clause of `reports` that names the indicator and prints a figure right after
    "`year`年" ("由2020年的386.2亿元…", "2020年底为…"), read as that year's result; None when
    no report states one. Only reports written after the year are asked (they look back)."""
    later = [d for d in reports if d.year and d.year > year + 1]
    if not later or len(later) != len(reports):
        return None
    files = {d.file for d in later}
    doc_years = {d.file: d.year for d in later}
    newest = max(d.year for d in later)
    # the figure right after the year, never a date ("2020年1月15日")
    stated = re.compile(rf"(?<!\d){year}\s*年(?:的|底|末)?(?:为|是|达到|达)?\s*(?!\d{{1,2}}\s*月)\d")
    hits: list[Any] = []
    seen: set = set()
    for region in sorted({d.region for d in later}, key=str):
        for h in B.search(ctx, query, k=10, region=region, kind="report", dense=False):
            if B.field(h, "file") in files and B.field(h, "chunk_id") not in seen:
                hits.append(h)
                seen.add(B.field(h, "chunk_id"))
    best: Candidate | None = None
    for words in dict.fromkeys([topic, B.normalize(topic, today=today, doc_year=newest)]):
        for c in candidates(hits, grams(words), doc_years=doc_years, numeric=numeric, unit_asked=unit_asked,
                            head=head_gram(words)):
            if c.cov < min_cov or not c.numbers or c.head_missing or not stated.search(c.clause):
                continue
            if best is None or c.score > best.score:
                best = c
    return replace(best, period=Period(year, "result")) if best else None


def base_year_answer(ctx: Any, query: str, topic: str, years: list[int], reports: list[B.Doc],
                     build: Callable[[Candidate], Any], *, numeric: bool, unit_asked: str | None,
                     min_cov: float, today: dt.date) -> Any | None:
    """`build(candidate)` (the report answer's composer) for the one asked year, or None."""
    if len(years) != 1:
        return None
    c = base_year_candidate(ctx, query, topic, years[0], reports, numeric=numeric, unit_asked=unit_asked,
                            min_cov=min_cov, today=today)
    return build(c) if c else None
