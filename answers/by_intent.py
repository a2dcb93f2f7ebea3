"""A question understood (`answers.understanding.understand`) is answered by its intent: owner /
unit / leader / task / status questions by the task registry (`answers.registry_answers`), target
and fact questions by the reports (`answers.report_facts`; several asks at once in
`answers.multipart`; several regions in `answers.regions_fanout`), facts about a document by
`answers.document_facts`. This is the stage after the steps of `answers.pipeline` found no
answer of their own, and before its checks.

The modules only one branch needs (a moved deadline, a list after a colon, two figures
compared, numbers requested after the question) are imported in that branch: a registry
question does not pay for the report path's imports.
"""
from __future__ import annotations

import datetime as dt
from core import lazy_re as re
from dataclasses import replace
from typing import Any

from answers import backends as B
from answers.compose import Answer
from answers.document_facts import document_facts_answer, with_document_facts
from answers.multipart import per_ask, per_region, separate_asks, separate_subjects
from answers.question import Question, as_figure
from answers.regions_fanout import across_regions
from answers.years_fanout import across_years
from answers.registry_answers import owner_answer, plan_count_answer, plan_year_missing, status_answer
from answers.unit_roles import leader_tasks_read, unit_tasks_read
from prompts import answers as P


def answer_by_intent(ctx: Any, q: Question, docs: list[B.Doc], today: dt.date, region: str | None) -> Answer:
    """The answer of the intent `q` was read as, from the registry, the reports or the documents'
    own facts."""
    if q.intent == "owner" and len(pair := owned_pair(q.topic)) == 2:
        # "X和Y，这两项分别是哪个厅牵头的": each task's owner, one after the other
        answers = [owner_answer(ctx, replace(q, topic=t), today, docs) for t in pair]
        ans = answers[0] if any(a.intent == "none" for a in answers) else Answer(
            "\n".join(a.answer for a in answers), "owner", [s for a in answers for s in a.sources],
            tasks=[t for a in answers for t in a.tasks])
    elif q.intent in ("owner", "task"):
        ans = owner_answer(ctx, q, today, docs)
    elif q.intent == "unit_tasks":
        # "23年省里的分工方案 交通厅牵头了哪些" with only 2021's table loaded (round 67f)
        ans = plan_year_missing(q, docs) or unit_tasks_read(ctx, q, today, docs)
    elif q.intent == "plan_count":
        ans = with_document_facts(ctx, q, plan_count_answer(ctx, q, today))
    elif q.intent == "leader_tasks":
        ans = plan_year_missing(q, docs) or leader_tasks_read(ctx, q, today)
    elif q.intent == "status" and _reports_not_registry(q, docs):
        ans = with_document_facts(ctx, q, _from_reports(ctx, as_figure(q), docs, today, region))
    elif q.intent == "status":
        ans = status_answer(ctx, q, today)
        if ans.intent == "none" and q.status_what == "due" and not ans.tasks:
            # no task of that name: the reports may still say when ("昌景黄高铁什么时候通车")
            ans = _from_reports(ctx, replace(q, intent="fact"), docs, today, region)
        if q.status_what == "due":
            from answers.moved_deadline import with_moved_note  # "X延期到哪年": no moved time is written

            ans = with_moved_note(q.text, ans)
    elif q.meta:
        ans = document_facts_answer(ctx, q, today)
    elif re.search(r"(牵头|分管|配合单位|责任单位)", q.text) and B.registry_empty(ctx, today):
        ans = Answer(P.NONE_NO_REGISTRY, "none")
    else:
        ans = with_document_facts(ctx, q, _from_reports(ctx, q, docs, today, region))
    return ans


_TASK_UNITS = ("项", "条", "件")
# "X和Y 这两项" / "X和Y 分别": two tasks named, each asked of
_TWO_NAMED = re.compile(r"^(?P<a>[^和与及、\s]{4,30}?)(?:和|与|及|、)(?P<b>[^和与及、\s]{4,30}?)\s*(?:这两项|这两条|这两个|两项|两条|分别|各自)")


def owned_pair(topic: str) -> list[str]:
    """The two tasks an owner question names side by side ("增加城市公共停车泊位和高速公路服务区
    品质提升 这两项"), or [] for one task ("新能源和新能源汽车产业" has no 这两项/分别)."""
    m = _TWO_NAMED.match(topic or "")
    return [m.group("a"), m.group("b")] if m else []


def _reports_not_registry(q: Any, docs: list[B.Doc]) -> bool:
    """"南昌市2023年老旧小区改造的完成情况，共改造了多少个": a task's progress is asked only
    when a loaded plan can hold it. A region or year named that no plan covers, or a figure
    asked of the work ("多少个"), is a result the reports' review gives, not a task status."""
    if q.status_what != "progress" or q.code:
        return False
    plans = [d for d in docs if d.kind == "plan"]
    if q.years.explicit and not any(d.year in q.years.explicit for d in plans):
        return True
    if q.region.mentioned and not q.region.default_used and not any(d.region == q.region.name for d in plans):
        return True
    return bool(q.unit_asked and q.unit_asked not in _TASK_UNITS and re.search(r"(多少|几)", q.text))


def _regions_missed(q: Any, ans: Answer) -> bool:
    """Whether a region the question names has no figure in `ans`."""
    said = {ev.region for ev in ans.evidence if ev.region}
    return ans.intent == "none" or any(r.name and r.name not in said for r in [q.region, *q.also_regions])


def _from_reports(ctx: Any, q: Any, docs: list[B.Doc], today: dt.date, region: str | None) -> Answer:
    """Named regions one by one; several asks one by one; else every region the question fits."""
    from answers.enumerated import answer_listed, listed_parts  # "X：A、B、C，分别多少"

    from answers.comparison import answer_compared, compared  # "…多少？比21年实际的多了还是少了"

    if (cmp := compared(q.text)) is not None:
        ans = answer_compared(ctx, q, cmp, docs, today, region)
        if ans is not None and q.also_regions and _regions_missed(q, ans):
            # "23年gdp增速 南昌和全省比 哪个高" (round 69b): a comparison that found one region's
            # figure only; each region's own answer, as "…各多少" gets
            each = per_region(ctx, q, docs, today)
            if not _regions_missed(q, each):
                return each
        if ans is not None:
            return ans
    if listed := listed_parts(ctx, q, region=region):
        ans = answer_listed(ctx, q, listed, docs, today, region)
        if ans.intent != "none":
            return ans
    if q.also_regions:
        return per_region(ctx, q, docs, today)
    from answers.ellipsis import numbers_requested  # "…多少个？另请报出22年完成的数"
    from answers.measure_pairs import measures_asked, nouns_listed

    # "X多少，Y多少" / "X的增速和总量分别" (answers.measure_pairs) / "X和Y分别"
    # (two measures of one subject first: "GDP总量多少，增速多少" is no two subjects)
    parts = (measures_asked(q.text) or separate_asks(numbers_requested(q.text)) or separate_subjects(q.text)
             or nouns_listed(q.text))
    if parts:
        ans = per_ask(ctx, q, parts, docs, today, region)
        if ans.intent != "none":
            return ans
    # no year said: each year's report of the region that answered, as each region is above
    return across_years(ctx, q, docs, today, across_regions(ctx, q, docs, today))
