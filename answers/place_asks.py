"""What a report asks of a place inside its region ("24年省政府报告对赣州提的啥要求", round 50a):
the sentences of the report's plan part that name the place, quoted.

A provincial report sets tasks for its cities in its own words ("支持赣州建设省域副中心城市…"); staff
preparing a meeting ask for them by the place, not by a topic, so no figure or task word is
there to search for. The place is the subject asked; the answer is every sentence of the year's
work (never the review) that names it, as printed.
"""
from __future__ import annotations

from typing import Any

from answers import backends as B
from answers.compose import Answer, fit, source_dict, source_line
from answers.evidence import section_period, split_sentences
from answers.years import parse_years
from core import lazy_re as re
from prompts import answers as P

_ASK = re.compile(r"对(?:我们)?(?P<place>[\u4e00-\u9fff]{2,5}?)(?:这边|那边)?(?:提|定|讲|说|布置|部署|安排|有)(?:了|的|出)?"
                  r"(?:啥|什么|哪些|些)?(?:要求|任务|目标|工作)")
MAX_SENTENCES = 4


def place_asks_answer(ctx: Any, question: str, region: str | None) -> Answer | None:
    """The plan-part sentences of the report asked of that name the place, or None when the
    question asks no such thing or no sentence names the place."""
    m = _ASK.search(question or "")
    if not m:
        return None
    place = m.group("place")
    if not _a_place(ctx, place):
        return None  # "对企业有什么要求": a topic, asked as any other
    years = set(parse_years(question).explicit)
    found: list[tuple[str, Any]] = []
    # the reports of other regions (the place's own speaks of itself throughout: not what a
    # higher one asks), of the year said when one is
    others = sorted({d.region for d in B.documents(ctx) if (d.kind or "report") == "report" and d.region
                     and not d.region.startswith(place) and (not years or d.year in years)})
    hits = [h for r in others for h in B.search(ctx, place, k=8, region=r, kind="report", dense=False)]
    for hit in hits:
        doc_year = B.field(hit, "year")
        if years and doc_year not in years:
            continue
        if section_period(B.field(hit, "section") or "", doc_year, B.field(hit, "span_year")).mode == "result":
            continue  # the review tells what was done, not what is asked
        for sentence in split_sentences(B.field(hit, "text") or ""):
            if place in sentence and all(sentence != s for s, _ in found):
                found.append((sentence, hit))
    if not found:
        return None
    hit = found[0][1]
    lines = [P.PLACE_ASKS_HEAD.format(title=B.field(hit, "title") or "", place=place)]
    lines += [fit(s) for s, _ in found[:MAX_SENTENCES]]
    lines.append(source_line(B.field(hit, "title"), B.field(hit, "section")))
    return Answer("\n".join(lines), "fact", [source_dict(h, s) for s, h in found[:MAX_SENTENCES]])


def _a_place(ctx: Any, name: str) -> bool:
    """A region's name as the documents or the place list know it, or a name of a kind of place."""
    from core.places import place_pattern

    if re.search(r"(?:省|市|县|区|州|镇|乡|街道)$", name) or place_pattern().fullmatch(name):
        return True
    return any((d.region or "").startswith(name) for d in B.documents(ctx))
