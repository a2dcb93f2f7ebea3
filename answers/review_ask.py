""""2021年的X兑现了吗": a question answered by the commitment check of one task.

The year names the plan (the 分工方案 for 2021; "去年" is the year before today), X names
the task (its code, or words of its text), and the answer is that task's label with the
review's own sentence, from the report of the following year.
"""
from __future__ import annotations

import datetime as dt
from core import lazy_re as re
from typing import Any

from answers.compose import Answer
from prompts import review as msg
from store.review import PlanRef, plans_newest_first, report_for
from store.tasks import TaskView, list_tasks

# Asked as a question about delivery, not a name that holds the word ("惠企政策兑现帮办机制").
_ASKS = re.compile(r"(?:是否|有没有|有无)兑现|兑现(?:了吗|了没|了么|没有|情况|得怎么样|得如何|如何|了[?？]?$)")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_RELATIVE = {"去年": 1, "上年": 1, "上一年": 1, "前年": 2}
_CODE = re.compile(r"(?<![\d.])(\d{1,2})\s*[.．]\s*(\d{1,3})(?![\d.])")
_FILLER = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?:省|市|县)(?=\d{4}年|去年|的)|((?:19|20)\d{2})\s*年度?|去年|上一年|上年|前年|的|是否|有没有|到底|兑现了?吗?|兑现情况|兑现得?怎么样|兑现没有|"
    r"承诺|任务|工作|情况|了吗|吗|呢|[?？。!！,，\s]"
)
MIN_TOPIC_COVERAGE = 0.5
_REPORT_NAMED = re.compile(r"(报告|回顾)")
_PLAN_NAMED = re.compile(r"(分工方案|方案|台账|分工)")


def review_answer(ctx: Any, question: str, *, region: str | None = None, today: dt.date | None = None) -> Answer | None:
    """The answer when `question` asks whether a plan's task was delivered; else None."""
    from answers.promises import delivery_question  # "21年分工方案提的X，后来上线了没有"

    asked = question or ""
    question = delivery_question(asked) or question
    if not _ASKS.search(question or ""):
        return None
    today = today or ctx.today()
    year = _year(question, today)
    plans = [p for p in plans_newest_first(ctx.db) if year is None or p.year == year]
    named = [p for p in plans if p.region and _core(p.region) in question]
    region = region or getattr(ctx.settings, "default_region", None)
    if named:
        plans = named
    elif region:
        plans = [p for p in plans if p.region and (_core(region) in p.region)] or plans
    if not plans and (_REPORT_NAMED.search(asked) or question != asked) and not _PLAN_NAMED.search(asked):
        return None  # "2024年报告回顾里，年初定的民生实事兑现了吗": the review says, no plan to check
    if not plans:
        return Answer(msg.ASK_NO_PLAN.format(year=year or ""), "none")
    if year is None:  # the newest year whose plan can be checked
        checkable = [p for p in plans if report_for(ctx.db, p.region, p.year + 1)]
        newest = (checkable or plans)[0].year
        plans = [p for p in plans if p.year == newest]
    per_region: dict[str | None, PlanRef] = {}
    for p in plans:
        per_region.setdefault(p.region, p)
    answers = [_one(ctx, p, question, today) for p in per_region.values()]
    found = [(p, a) for p, a in zip(per_region.values(), answers) if a.intent != "none"]
    if len(answers) == 1 or not found:
        return answers[0]
    if len(found) == 1:
        return found[0][1]
    # Several regions' plans hold such a task: each answered, labelled, none picked silently.
    text = "\n\n".join(msg.ASK_REGION.format(region=p.region or "") + a.answer for p, a in found)
    return Answer(text, "review", [x for _, a in found for x in a.sources], [x for _, a in found for x in a.tasks])


def _one(ctx: Any, plan: PlanRef, question: str, today: dt.date) -> Answer:
    from answers.review_run import run_review  # loaded only for a question about delivery

    tasks = list_tasks(ctx.db, plan_id=plan.id, today=today)
    topic = _FILLER.sub("", question)
    task = _task(tasks, question, topic)
    if task is None:
        return Answer(msg.ASK_NO_TASK.format(plan=plan.title, what=topic or question.strip()), "none")
    if report_for(ctx.db, plan.region, plan.year + 1) is None:
        return Answer(msg.ASK_NO_REPORT.format(plan=plan.title, region=plan.region or "", next=plan.year + 1),
                      "none", tasks=[task.to_dict()])
    review = run_review(ctx, plan.id, codes=[task.code])
    return _compose(plan, review, task, topic)


def _core(region: str) -> str:
    return re.sub(r"(省|市|县|区|自治区|自治州)$", "", region)


def _year(question: str, today: dt.date) -> int | None:
    m = _YEAR.search(question)
    if m:
        return int(m.group(1))
    for word, back in _RELATIVE.items():
        if word in question:
            return today.year - back
    return None


def _task(tasks: list[TaskView], question: str, topic: str) -> TaskView | None:
    """The task a question names: by code ("3.4"), else the one whose text holds most of
    the topic's weight."""
    from answers.review_text import Weights, content_grams, norm

    m = _CODE.search(re.sub(_YEAR, "", question))
    if m:
        code = f"{int(m.group(1))}.{int(m.group(2))}"
        found = [t for t in tasks if t.code == code]
        if found:
            return found[0]
    grams = content_grams(norm(topic))
    if not grams:
        return None
    texts = {t.code: norm(t.text) for t in tasks}
    weights = Weights(texts.values())
    total = sum(weights(g) for g in grams) or 1.0
    best, best_score = None, 0.0
    for t in tasks:
        text = texts[t.code]
        score = 1.0 if norm(topic) in text else sum(weights(g) for g in grams if g in text) / total
        if score > best_score:
            best, best_score = t, score
    return best if best_score >= MIN_TOPIC_COVERAGE else None


# the share of a task's words a question must name to ask the whole task, not one of its parts
WHOLE_TASK_SHARE = 0.6


def asked_part(topic: str, task_text: str, evidence: str) -> str | None:
    """"2021年方案说高标准农田建设317万亩，完成没有" of a task that also sets the grain output: the
    clause of the task the question names, when the question names only a part of the task and
    the review's sentence holds none of that part's words (its verdict is another part's);
    else None."""
    from answers.review_text import content_grams, norm

    from answers.evidence import NUMBER

    # (the figures offered are no words of the part: "317万亩" would meet "35万亩")
    text, asked = norm(task_text), content_grams(norm(NUMBER.sub(" ", topic)))
    named = [g for g in asked if g in text]
    whole = content_grams(text)
    if len(named) < 2 or not whole or len(named) / len(whole) >= WHOLE_TASK_SHARE:
        return None
    said = norm(evidence)
    if any(g in said for g in named):  # a word of the part there ("人工造林" for "造林绿化"): it is reported
        return None
    clauses = [c for c in re.split(r"[,，;；。]", task_text) if c.strip()]
    best = max(clauses, key=lambda c: sum(g in norm(c) for g in named))
    return "".join(best.split())


def _compose(plan: PlanRef, review: Any, task: TaskView, topic: str = "") -> Answer:
    item = review.items[0]
    part = asked_part(topic, task.text, item.evidence) if item.evidence and topic else None
    if part is not None:
        # the review's verdict is of another part of the task: the asked part is not reported
        head = msg.ASK_PART_HEAD.format(year=plan.year, code=item.code, text=_short(task.text), part=part)
        body = msg.ASK_PART_OTHER.format(report=review.report.title, year=plan.year, evidence=item.evidence)
        sources = [{
            "file": review.report.file, "title": review.report.title, "region": review.report.region or "",
            "year": review.report.year, "section": item.section, "text": item.evidence,
        }]
        return Answer(head + "\n" + body, "review", sources, [task.to_dict()])
    head = msg.ASK_HEAD.format(year=plan.year, code=item.code, text=_short(task.text), label=msg.LABELS[item.label])
    if item.note:
        head += msg.ASK_NOTE.format(note=item.note)
    if item.evidence:
        body = msg.ASK_EVIDENCE.format(report=review.report.title, year=plan.year, evidence=item.evidence)
        sources = [{
            "file": review.report.file, "title": review.report.title, "region": review.report.region or "",
            "year": review.report.year, "section": item.section, "text": item.evidence,
        }]
    else:
        body = msg.ASK_NOT_MENTIONED.format(report=review.report.title, year=plan.year)
        sources = []
    return Answer(head + "\n" + body, "review", sources, [task.to_dict()])


def _short(text: str, width: int = 40) -> str:
    text = "".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
