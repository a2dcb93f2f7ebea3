"""Which report a question about a report's own text means: "24年省报告里讲的困难", "赣州23年
报告重点抓的八个方面". Its region is the one said, else the chat's, else the home province; its
year is the report's when the year names the report ("24年省报告"), else the report that
reviews that year or plans it. Shared by the answers that quote a part of one report.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from answers import backends as B
from answers.compose import Answer
from prompts import answers as P


@dataclass
class Asked:
    report: Any | None  # store.review.ReportRef
    refusal: Answer | None  # when a year was said that no report of the region has


def report_asked(ctx: Any, question: str, q: Any, docs: list[B.Doc], today_year: int) -> Asked:
    """The report `question` (parsed as `q`) asks about; a refusal naming the years there are
    when the year said has none; (None, None) when the question names no report one can read."""
    from answers.regions import home_province, level_said
    from answers.understanding import available

    name = q.region.name if (q.region.mentioned or q.region.default_used) else None
    reports = [d for d in docs if (d.kind or "report") == "report"]
    if not name and (level := level_said(question)):
        # "县里的困难和短板": the one region of that level the reports are of
        of_level = {d.region for d in reports if d.region and d.region.endswith(level)}
        name = of_level.pop() if len(of_level) == 1 else None
    if not name:
        name = home_province(d.region for d in reports) or (max(reports, key=lambda d: d.year or 0).region
                                                             if reports else None)
    report, tried = _report(ctx, question, name, today_year)
    if report is None and tried:
        own = [d for d in reports if d.region == name]
        return Asked(None, Answer(P.NONE_NO_YEAR.format(region=name or "", year=tried[-1],
                                                        available=available(own, with_region=False)), "none"))
    return Asked(report, None)


def _report(ctx: Any, question: str, region: str | None, today_year: int) -> tuple[Any | None, list[int]]:
    """The report of `region` asked (or None) and the years tried."""
    from answers.years import names_report, parse_years, resolve_years
    from store.review import report_for

    reports = [d for d in B.documents(ctx) if (d.kind or "report") == "report" and d.year and d.region == region]
    ref = parse_years(question)
    if ref.empty:
        newest = max((d.year for d in reports), default=None)
        return (report_for(ctx.db, region, newest) if newest else None), []
    years, _ = resolve_years(ref, today_year=today_year, doc_years=[d.year for d in reports])
    tried = [years[0]] if names_report(question, ref) else [years[0] + 1, years[0]]
    for y in tried:
        found = report_for(ctx.db, region, y)
        if found is not None:
            return found, tried
    return None, tried
