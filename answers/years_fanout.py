"""A figure asked with no year, of a region whose reports of several years print it.

"装配式建筑 目标" / "小巨人 总数" / "5020项目 目标" (round 43b): the 2022 and the 2024 reports
both set a target (both review a year); answering the newest alone picks one year silently, as
answering one region of several would (`answers.regions_fanout`). So each other report of the
region that answered is asked the same question for its own year (the year the first answer
speaks of, moved by the years between the reports), and every answer that names the indicator
as well as the first, with a figure of its own, is shown under it, newest first, each labelled
with its year as every answer is. A year said, 今年/去年, or a term or an office asked: the first
answer alone.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from answers import backends as B
from answers.compose import Answer, fit
from answers.question import Question
from answers.regions import RegionRef, same_region
from answers.evidence import coverage
from answers.regions_fanout import SAME_INDICATOR, match_forms, matched
from answers.report_facts import answer_from_reports
from answers.years import YearRef
from core import lazy_re as re

# reports shown at most: the newest and two before it
MAX_YEARS = 3


def across_years(ctx: Any, q: Question, docs: list[B.Doc], today: dt.date, first: Answer) -> Answer:
    """`first`, with the same figure from the region's reports of other years beneath it."""
    if (not q.years.empty or q.term or q.office or q.meta or first.intent not in ("fact", "target") or first.tasks
            or not first.sources or len(first.evidence) != 1 or not re.search(r"\d", first.evidence[0].clause)):
        return first  # (a figure stated: a passage that is no figure answers alone)
    ev, src = first.evidence[0], first.sources[0]
    region, doc_year = src.get("region"), src.get("year")
    if not region or not doc_year or ev.year is None:
        return first
    others = sorted({d.year for d in docs if d.year and d.year != doc_year and (d.kind or "report") == "report"
                     and same_region(d.region, region)}, reverse=True)
    if not others:
        return first
    forms = match_forms(q, today)
    bar = _named(first, forms) - SAME_INDICATOR
    found = [(doc_year, first)]
    for year in others[: MAX_YEARS - 1]:
        sub = replace(q, region=RegionRef(region, q.region.mentioned), years=YearRef(explicit=[ev.year + year - doc_year]))
        ans = answer_from_reports(ctx, sub, docs, today, dense=False)
        if (ans.intent == first.intent and len(ans.evidence) == 1 and ans.sources
                and ans.sources[0].get("year") == year and ans.evidence[0].sentence != ev.sentence
                and _named(ans, forms) >= bar):
            found.append((year, ans))
    if len(found) == 1:
        return first
    found.sort(key=lambda x: -x[0])
    answers = [a for _, a in found]
    return Answer(fit("\n".join(a.answer for a in answers), limit=900), first.intent,
                  [s for a in answers for s in a.sources[:1]], evidence=[a.evidence[0] for a in answers])


def _named(ans: Answer, forms: list) -> float:
    """How well the answer names the asked indicator: its line, or the sentence it quotes when
    the line is only the figure's clause ("总数达144家" of "新增…“小巨人”企业109家，总数达144家")."""
    sentence = ans.evidence[0].sentence if ans.evidence else ""
    return max(matched(ans, forms), max((coverage(f, sentence, None, joints) for f, joints in forms if f), default=0.0))
