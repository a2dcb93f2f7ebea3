"""How many tasks a year's report set, asked of a year whose table is not loaded: "24年那份报告分了
多少项重点任务？今年分工方案是多少项" (round 24b). Only the 2025 table is loaded; its 70 is no
answer for 2024. The 2025 report's review says what became of 2024's report: "对年度《政府工作
报告》确定的81项重点任务逐项明确责任领导…". So a count asked of a typed year no loaded table is
of is read from the next year's report, from a review sentence stating "N项重点任务/重点工作"
of the report; when none states it, the answer says that year's table is not there. Never
another year's count. Each count asked in one message is answered in its place, in order.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

from answers import backends as B
from answers.compose import Answer, fit, source_dict, source_line
from answers.regions import same_region
from answers.years import parse_years
from core import lazy_re as re
from prompts import answers as P

# "24年那份报告分了多少项重点任务" / "2024年政府工作报告确定了几项重点工作": the tasks a report set,
# which its table breaks down, asked as a count
REPORT_TASKS_COUNTED = re.compile(
    r"报告[^，,。？?；;]{0,6}?(?:分|分解|确定|部署|列|安排|明确)(?:了|成|为|出)?[^，,。？?；;]{0,3}?(?:多少|几)\s*(?:项|条)")
# a count of a table's tasks, one ask of the message
_COUNT = re.compile(r"(?:多少|几)\s*(?:项|条|个任务|件)|任务数")
_PIECE_STOP = re.compile(r"[？?；;。！!]+")
# a review sentence stating how many tasks that year's report set ("确定的81项重点任务")
_STATED = re.compile(r"(\d+)\s*项(?:重点)?(?:任务|工作|事项)")
_OF_REPORT = re.compile(r"政府工作报告|报告》?(?:确定|部署|提出)|重点(?:任务|工作)")
_SENTENCE = re.compile(r"[^。；;！!？?]+[。；;！!？?]?")
_QUERY = "政府工作报告确定的重点任务 项 逐项明确责任"


def count_pieces(text: str) -> list[str]:
    """The asks of a message that each ask a count of tasks, in order."""
    return [p.strip() for p in _PIECE_STOP.split(text or "") if p.strip() and _COUNT.search(p)]


def counted_by_year(ctx: Any, q: Any, plan_years: set[int], count: Callable[[Any], Answer]) -> Answer | None:
    """The count asked of each piece of `q`, when some piece names a typed year no loaded table
    is of (`plan_years`); None otherwise (the tables' own counts answer). `count` answers a
    piece that a loaded table answers (its question as given)."""
    pieces = count_pieces(q.text) or [q.text]
    # (a piece naming a loaded table's year is that table's, whatever other year it says:
    # "2021年方案里恢复到2019年水平的有几项")
    missing = [[] if set(named) & plan_years else named for named in (parse_years(p).explicit for p in pieces)]
    if not any(missing):
        return None
    parts: list[Answer] = []
    for piece, absent in zip(pieces, missing):
        if absent:
            parts.append(_from_review(ctx, q, absent[0], plan_years))
        else:
            parts.append(count(replace(q, text=piece, years=parse_years(piece), topic="")))
    found = [a for a in parts if a.intent != "none"]
    if not found:
        return parts[0]
    return Answer("\n".join(a.answer for a in parts), found[0].intent,
                  [s for a in found for s in a.sources], tasks=[t for a in found for t in (a.tasks or [])])


def _from_review(ctx: Any, q: Any, year: int, plan_years: set[int]) -> Answer:
    """The next year's report's review sentence stating how many tasks `year`'s report set."""
    region = q.region.name if q.region.mentioned else None
    for hit in B.search(ctx, _QUERY, k=20, kind="report", dense=False):
        if B.field(hit, "year") is None or int(B.field(hit, "year")) != year + 1:
            continue
        if region and not same_region(B.field(hit, "region"), region):
            continue  # "南昌24年报告分了多少项": that region's report only
        for sentence in _SENTENCE.findall(B.field(hit, "text") or ""):
            m = _STATED.search(sentence)
            if m and _OF_REPORT.search(sentence[:m.start()] + sentence[m.end():]) and "报告" in sentence:
                clause = _clause(sentence, m.start())
                text = P.YEAR_COUNT_FROM_REVIEW.format(year=year, count=m.group(1), clause=clause)
                src = source_line(B.field(hit, "title"), B.field(hit, "section"))
                return Answer(fit(text) + "\n" + src, "fact", [source_dict(hit, sentence)])
    there = "、".join(f"{y}年" for y in sorted(plan_years)) or "无"
    return Answer(P.NONE_NO_PLAN_YEAR.format(year=year, available=there), "none")


def _clause(sentence: str, at: int) -> str:
    """The clause of `sentence` holding the count (between the commas around it)."""
    start = max(sentence.rfind(c, 0, at) for c in "，,") + 1
    ends = [i for i in (sentence.find(c, at) for c in "，,。；;") if i >= 0]
    return sentence[start:min(ends) if ends else len(sentence)].strip()


__all__ = ["REPORT_TASKS_COUNTED", "count_pieces", "counted_by_year"]
