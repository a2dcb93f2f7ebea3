""""产业引导基金今年做到多大规模": a result asked of the year a report plans, before any report
has reviewed that year.

A report's own year has no result yet: what was done in 2025 is written only in the 2026 report's
review. Until that report is loaded, the year's target is the one figure the documents hold for
the ask, and staff asking "今年做到多少" in spring mean it ("to be made this big"). So the target
answers, labelled as the year's target with a note that no result can be written yet, instead of
"not found". It never stands in for a result a review could hold (a year already reviewed, or a
next report loaded), nor when the question insists on what was actually done (实际, 完成了).
"""
from __future__ import annotations

from typing import Any

from answers import backends as B
from answers.evidence import coverage, grams
from core import lazy_re as re
from core.aim_verbs_data import AIM_VERBS

# the words that insist on what was done, not what is planned
# (a verb said done right before the figure asked, "建成了几个": what was done, answered by a
# clause that says it done with that verb, `report_facts`, or not at all)
_ACTUAL_INSISTED = re.compile(r"实际|完成了|实现了|完成情况|做到了|达到了|已经|了\s*(?=多少|几|多大)")


MIN_COVERAGE = 0.75  # of the asked measure's bigrams (its verb of reaching aside), in the clause
_AIM = re.compile("|".join(sorted(AIM_VERBS, key=len, reverse=True)))


def target_for_unreviewed_year(ctx: Any, near: Any, topic: str, years: list[int], question: str) -> bool:
    """Whether `near` (a candidate clause) is the target of the year its report plans, of the
    measure asked (`topic`, its verb of reaching aside), that year is the one asked, and no report
    reviewing it is loaded."""
    if near.period.mode != "target" or not near.numbers or near.head_missing:
        return False
    # the clause's sentence counts too: "坚持过紧日子，一般性支出压减5%以上" answers "紧日子 一般性支出压减比例"
    asked = grams(_AIM.sub(" ", topic or ""))
    if max(coverage(asked, near.clause), coverage(asked, near.sentence or "")) < MIN_COVERAGE:
        return False
    year, doc_year, region = near.period.year, B.field(near.hit, "year"), B.field(near.hit, "region")
    if not year or not doc_year or int(doc_year) != year or years != [year]:
        return False
    if _ACTUAL_INSISTED.search(question or ""):
        return False
    return not any((d.kind or "report") == "report" and d.region == region and d.year == year + 1
                   for d in B.documents(ctx))
