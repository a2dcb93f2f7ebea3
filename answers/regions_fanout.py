"""A question that names no region, asked of documents from several regions.

"24年GDP增长目标是多少" fits the province's 2024 report and every city's; picking one
silently is a wrong answer for the others. So: answer for each region whose report holds the
indicator as well as the best one does, each answer labelled with its region; when too many
regions fit to list, ask which one is meant (intent `clarify`). A configured default region
(`DUCHA_DEFAULT_REGION`, the chat's setting) or a region named in the question answers alone.
"""
from __future__ import annotations

import datetime as dt
from core import lazy_re as re
from dataclasses import replace
from typing import Any

from answers import backends as B
from answers.compose import Answer, fit
from answers.evidence import coverage, grams, topic_joints
from answers.question import Question
from answers.regions import RegionRef, city_level_said, home_province, of_level_said, province_said, same_region
from answers.years import resolve_years
from answers.report_facts import answer_from_reports, place_led
from core.places import is_province
from prompts import answers as P

# more regions than this and the answer would be a page: ask which one is meant
MAX_REGIONS = 4
# a region's answer is shown beside the best one when its indicator matches nearly as well
SAME_INDICATOR = 0.15
# a list item measured with its whole sentence counts this much less than its own words
SHARED_VERB = 0.05


def fitting_regions(q: Question, docs: list[B.Doc], today: dt.date) -> list[str]:
    """Regions with a report the question may be about: of its years (a report speaks of its
    own year and, in its review, of the year before), cities only for "我市/全市"."""
    reports = [d for d in docs if (d.kind or "report") != "plan" and d.region]
    if city_level_said(q.text):
        reports = [d for d in reports if not is_province(d.region)] or reports
        leveled = of_level_said(q.text, [d.region for d in reports])
        reports = [d for d in reports if d.region in leveled] or reports
    elif province_said(q.text):  # "全省…" / "省里…": the province's reports
        reports = [d for d in reports if is_province(d.region)] or reports
    years = set(q.years.explicit)
    if q.years.relative and not years:
        # "今年" is the home province's newest report year, as for the answer itself
        years = set(resolve_years(q.years, today_year=today.year, doc_years=_home_years(docs))[0])
    if years:
        reports = [d for d in reports if d.year and (d.year in years or d.year - 1 in years)]
    return sorted({d.region for d in reports})


def _home_years(docs: list[B.Doc]) -> list[int]:
    home = home_province(d.region for d in docs)
    return [d.year for d in docs if d.year and (d.kind or "report") != "plan" and (not home or d.region == home)]


def across_regions(ctx: Any, q: Question, docs: list[B.Doc], today: dt.date) -> Answer:
    """The answer for every region the question fits, labelled; one region answers alone."""
    # a lead word that is an indicator's short form ("社零今年…") names no place: every region's
    # report may answer it (r61c-040/041)
    if q.region.name or q.term or q.office or place_led(q):
        # a named place or a term: the best passage answers
        return answer_from_reports(ctx, q, docs, today)
    first = answer_from_reports(ctx, q, docs, today)
    if not (q.numeric or q.mode == "target") and not (
            len(first.evidence) == 1 and re.search(r"\d", first.evidence[0].clause)):
        # a fact that is no figure ("企业开办时间" is one: "1.5个工作日"): the best passage answers
        return first
    regions = fitting_regions(q, docs, today)
    if first.tasks and not first.sources:
        # a responsibility table's task answered: each table's region, not the reports'
        from answers.plan_named import plan_across_regions

        return plan_across_regions(ctx, q, docs, today, first)
    if len(regions) <= 1 or first.intent == "none":
        return first
    forms = match_forms(q, today)
    bar = matched(first, forms) - SAME_INDICATOR
    first_region = first.sources[0].get("region") if first.sources else None
    answers = [(first_region, first)]
    for r in regions:
        if same_region(r, first_region):
            continue
        ans = answer_from_reports(ctx, replace(q, region=RegionRef(r, None)), docs, today, dense=False)
        # naming the indicator as well; of the same kind (a target beside a target) when the
        # question says which kind, each labelled as what it is when it does not
        same_kind = ans.intent == first.intent or not q.mode
        figure = P.NOTE_NO_FIGURE not in ans.answer or not q.numeric
        if ans.intent not in ("none", "clarify") and same_kind and figure and matched(ans, forms) >= bar:
            answers.append((r, ans))
    if len(answers) == 1:
        return first
    if len(answers) > MAX_REGIONS:
        found = [r for r, _ in answers if r]
        example = f"{found[0]}{q.text}"[:30]
        return Answer(P.CLARIFY_REGION.format(regions="、".join(found), example=example), "clarify")
    return _labelled(answers)


def match_forms(q: Question, today: dt.date) -> list[tuple[list[str], dict[str, tuple[str, str]]]]:
    """The asked indicator's forms an answer's line is measured against (`matched`): "GDP" ~
    "地区生产总值"; a bigram across two typed words, missing, counts less (evidence.topic_joints)."""
    topic = q.topic or q.text
    return [(grams(t), topic_joints(t)) for t in (topic, B.normalize(topic, today=today))]


def matched(ans: Answer, forms: list[tuple[list[str], dict[str, tuple[str, str]]]]) -> float:
    """How well the answer's first line (the clause it gives) names the asked indicator; a
    clause that is one item of a list whose verb stands before it ("开工改造城镇老旧小区1062个、
    棚户区7.91万套": "棚户区7.91万套" is 开工改造) is measured with its sentence, a little less."""
    line = ans.answer.split("\n", 1)[0]
    own = max((coverage(f, line, None, joints) for f, joints in forms if f), default=0.0)
    whole = max((coverage(f, e.sentence, None, joints) - SHARED_VERB for e in ans.evidence[:1]
                 if e.sentence and e.clause and e.clause in e.sentence and _listed(e.clause, e.sentence)
                 for f, joints in forms if f), default=0.0)
    return max(own, whole)


def _listed(clause: str, sentence: str) -> bool:
    """The clause follows a list's 、 in its sentence: one item of a list sharing a verb."""
    at = sentence.find(clause)
    return at > 0 and sentence[at - 1] == "、"


def _labelled(answers: list[tuple[str | None, Answer]]) -> Answer:
    """One block per region, each starting with its name, its quoted sentence left out."""
    context = P.FACT_CONTEXT.format(sentence="")
    blocks = []
    for region, ans in answers:
        lines = [ln for ln in ans.answer.splitlines() if not ln.startswith(context)]
        if region and lines and not lines[0].startswith(region):
            lines[0] = P.REGION_LABEL.format(region=region) + lines[0]
        blocks.append("\n".join(lines))
    sources = [s for _, a in answers for s in a.sources[:1]]
    intent = "target" if all(a.intent == "target" for _, a in answers) else "fact"
    return Answer(fit("\n".join(blocks), limit=900), intent, sources)
