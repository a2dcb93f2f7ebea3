"""The commitment check as one act, shared by `ducha review`, `/review` and `ask`.

`run_review(ctx, plan, against=None)` holds every task of a plan (year N) against the
review part of the report that plans year N+1 for the same region, or against the report
`against` names (ingested on the spot when it is a file not yet in the index). The
labelling itself is `answers.review_match.judge`; this module finds the documents, reads
the review part, and shapes the result for the contract's JSON.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from answers.review_match import LIST_MIN, Verdict, judge, prepare, weights_for
from answers.review_claims import claims, drop_outclaimed, word_claimed
from answers.review_related import related_mentions
from answers.review_related_label import figure_in, related_label
from answers.review_text import norm
from core.errors import UserError
from prompts import review as msg
from retrieval.review_part import ReviewPart, review_part
from store.review import (
    PlanRef,
    ReportRef,
    document_by_hash,
    document_by_name,
    find_plan,
    plans_newest_first,
    report_for,
)
from store.tasks import TaskView, list_tasks, normalize_code

log = logging.getLogger(__name__)

LABELS = ("done", "progress", "not_mentioned")


@dataclass
class ReviewItem:
    code: str
    text: str
    lead_units: list[str]
    label: str
    evidence: str
    section: str  # the report's section the evidence stands in
    note: str = ""
    items: int = 0
    items_mentioned: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "label": self.label,
            "evidence": self.evidence,
            "section": self.section,
            "text": self.text,
            "lead_units": list(self.lead_units),
            "note": self.note,
        }


@dataclass
class Review:
    plan: PlanRef
    report: ReportRef
    items: list[ReviewItem] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counts = {label: 0 for label in LABELS}
        for item in self.items:
            counts[item.label] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON (`ducha review --json`)."""
        return {
            "plan": {"id": self.plan.id, "title": self.plan.title, "year": self.plan.year, "region": self.plan.region},
            "against": {"file": self.report.file, "title": self.report.title, "year": self.report.year,
                        "region": self.report.region},
            "items": [i.to_dict() for i in self.items],
            "counts": self.counts,
        }


def run_review(ctx: Any, plan: str | int, against: str | None = None, *, codes: list[str] | None = None,
               llm: bool = False) -> Review:
    """Every task of `plan` (id, year or file name), or only `codes`, labelled. `llm`: the
    configured chat model reads the tasks still unnamed (answers.review_llm)."""
    if llm and not ctx.settings.llm_enabled:
        raise UserError(msg.LLM_NOT_CONFIGURED)
    ref = find_plan(ctx.db, plan)
    report = _report(ctx, ref, against)
    return _check(ctx, ref, report, codes, llm_settings=ctx.settings if llm else None)


def review_task(ctx: Any, code: str, *, plan: str | int | None = None) -> Review:
    """One task's verdict. Without `plan`, the newest plan that has this code and whose
    following year's report is in the index."""
    code = normalize_code(code)
    if plan is not None:
        ref = find_plan(ctx.db, plan)
        return _check(ctx, ref, _report(ctx, ref, None), [code])
    candidates = [p for p in plans_newest_first(ctx.db) if _has_code(ctx, p, code)]
    if not candidates:
        raise UserError(msg.TASK_NOT_IN_ANY.format(code=code))
    for ref in candidates:
        report = report_for(ctx.db, ref.region, ref.year + 1)
        if report is not None:
            return _check(ctx, ref, report, [code])
    ref = candidates[0]
    return _check(ctx, ref, _report(ctx, ref, None), [code])


def newest_reviewable_plan(ctx: Any) -> PlanRef | None:
    """The newest plan whose following year's report is in the index (what `/review` checks)."""
    for ref in plans_newest_first(ctx.db):
        if report_for(ctx.db, ref.region, ref.year + 1) is not None:
            return ref
    return None


def _has_code(ctx: Any, ref: PlanRef, code: str) -> bool:
    return ctx.db.execute(
        "SELECT 1 FROM tasks WHERE plan_id = ? AND code = ? AND removed = 0", [ref.id, code]
    ).fetchone() is not None


def _report(ctx: Any, ref: PlanRef, against: str | None) -> ReportRef:
    if against:
        report = document_by_name(ctx.db, against)
        if report is None:
            report = _ingest(ctx, against)
        if report.kind != "report":
            raise UserError(msg.AGAINST_NOT_REPORT.format(file=report.file))
        return report
    report = report_for(ctx.db, ref.region, ref.year + 1)
    if report is None and not ref.region:
        raise UserError(msg.NO_REPORT_NO_REGION.format(plan=ref.title, year=ref.year + 1))
    if report is None:
        raise UserError(msg.NO_REPORT.format(region=ref.region, year=ref.year + 1, plan_year=ref.year))
    return report


def _ingest(ctx: Any, against: str) -> ReportRef:
    """A report named by path but not yet ingested: ingest it, as `ducha ingest` would."""
    from retrieval.ingest import ingest_file

    path = Path(against).expanduser()
    if not path.is_file():
        raise UserError(msg.AGAINST_UNKNOWN.format(file=against))
    result = ingest_file(ctx, path)
    if result.status == "error":
        raise UserError(msg.AGAINST_FAILED.format(file=path.name, reason=result.error))
    log.info("review: ingested %s for --against", path.name)
    report = document_by_name(ctx.db, str(path)) or document_by_hash(ctx.db, path.read_bytes())
    if report is None:
        raise UserError(msg.AGAINST_UNKNOWN.format(file=against))
    return report


def _check(ctx: Any, ref: PlanRef, report: ReportRef, codes: list[str] | None, llm_settings: Any = None) -> Review:
    part = review_part(ctx.db, report, ref.year)
    if not part.sentences:
        raise UserError(msg.NO_REVIEW_PART.format(title=report.title, year=ref.year))
    tasks = list_tasks(ctx.db, plan_id=ref.id, today=ctx.today())
    wanted = [t for t in tasks if codes is None or t.code in codes]
    if codes and not wanted:
        raise UserError(msg.TASK_NOT_IN_PLAN.format(plan=ref.title, code="、".join(codes)))
    return Review(ref, report, judge_tasks(part, tasks, wanted, db=ctx.db, embedder=ctx.index.embedder,
                                           llm_settings=llm_settings))


def judge_tasks(part: ReviewPart, tasks: list[TaskView], wanted: list[TaskView], *, db: Any = None,
                embedder: Any = None, llm_settings: Any = None) -> list[ReviewItem]:
    """Label `wanted` against the review; all of the plan's `tasks` set the word weights.
    A looser match another task names more fully is that task's (answers.review_claims).
    With a dense model, a task the words miss may still be a related mention (progress, or
    what its sentence settles); with `llm_settings`, the chat model reads what is still
    unnamed (each mention checked)."""
    sentences = prepare([(s.text, s.section, s.shortcoming) for s in part.sentences])
    weights = weights_for([t.text for t in tasks], sentences)
    verdicts = {t.code: judge(t.text, sentences, weights, part.report.region) for t in wanted}
    by_clause = _claims_of_plan(tasks, verdicts, sentences, weights, part.report.region)
    out = []
    for task in wanted:
        verdict = drop_outclaimed(task.code, verdicts[task.code], by_clause, weights)
        evidence = verdict.evidence
        out.append(
            ReviewItem(
                code=task.code,
                text=task.text,
                lead_units=list(task.lead_units),
                label=verdict.label,
                evidence=" …… ".join(s.text for s in evidence) if verdict.label != "not_mentioned" else "",
                section=evidence[0].section if evidence and verdict.label != "not_mentioned" else "",
                note=note(verdict),
                items=verdict.items,
                items_mentioned=verdict.items_mentioned,
            )
        )
    unnamed = {i.code: i.text for i in out if i.label == "not_mentioned"}
    related = (related_mentions(db, embedder, unnamed, sentences, [t.text for t in tasks], part.report.region)
               if db is not None else {})
    for item in out:
        found = related.get(item.code)
        if found and not word_claimed(item.code, found.sentence, found.clause, found.term, by_clause(), norm):
            _named_in_other_words(item, found, verdicts[item.code].commitments)
    if llm_settings is not None:
        from answers.review_llm import llm_mentions  # httpx only when asked

        unnamed = {i.code: i.text for i in out if i.label == "not_mentioned"}
        read = llm_mentions(llm_settings, unnamed, sentences, weights)
        for item in out:
            hit = read.get(item.code)
            if hit:
                item.label, item.evidence, item.section = "progress", hit.sentence.text, hit.sentence.section
                item.note = msg.LLM_RELATED.format(phrase=hit.phrase)
    return out


def _named_in_other_words(item: ReviewItem, found: Any, parts: list) -> None:
    """A related mention's verdict: progress with its sentence, unless the sentence's number
    of the task's unit meets or misses its figure, or the task only kept something going and
    the clause states the result (answers.review_related_label)."""
    item.evidence, item.section = found.sentence.text, found.sentence.section
    item.label = related_label(parts, found.clause, found.sentence.shortcoming)
    item.note = (msg.RELATED_DONE if item.label == "done" else msg.RELATED).format(term=found.term)
    compared = figure_in(parts, found.sentence.text)
    if compared:
        target, reported, ok = compared
        item.label = "done" if ok else "progress"
        figure = (msg.FIGURE_MET if ok else msg.FIGURE_BELOW).format(target=target.text, reported=reported.text)
        item.note = msg.RELATED_FIGURE.format(term=found.term, figure=figure)


def _claims_of_plan(tasks: list[TaskView], verdicts: dict[str, Verdict], sentences: list, weights: Any,
                    region: str | None) -> Any:
    """Which task names which review clause, over the whole plan (answers.review_claims);
    read on first need, so a one-task review judges the rest only when a claim may matter."""
    cache: list[Any] = []

    def get() -> Any:
        if not cache:
            every = [(t.code, verdicts.get(t.code) or judge(t.text, sentences, weights, region)) for t in tasks]
            cache.append(claims(every))
        return cache[0]

    return get


def note(verdict: Verdict) -> str:
    """What stands behind the label in a few words: "8项中提到4项；目标10家左右，报告13家"."""
    bits = []
    if verdict.items >= LIST_MIN:
        bits.append(msg.MENTIONED_OF.format(n=verdict.items, m=verdict.items_mentioned))
    for m in verdict.mentions:
        if m.said:
            bits.append(msg.PARAPHRASED.format(term=m.said))
        fig, target = m.reported, m.commitment.figure
        if fig is None or target is None:
            continue
        if fig.rate:
            bits.append(msg.FIGURE_RATE.format(rate=fig.text))
        elif m.status in ("done", "below"):
            template = msg.FIGURE_MET if m.status == "done" else msg.FIGURE_BELOW
            bits.append(template.format(target=target.text, reported=fig.text))
    return "；".join(dict.fromkeys(bits))
