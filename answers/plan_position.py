"""A task asked by its place in the whole table: "第61项是什么任务 谁牵头", "方案里第12条谁负责".

Tables often number their tasks 1…60 straight through the parts, while the registry codes them
by part ("4.3"). Read as words, "第61项" found whatever task held "第…项" (round 31b: a
60-task table answered with a task about "第二批重点事项15项"). Here the place is counted in
the table's own order: a place beyond the table's last task is "not found", saying how many
tasks the table has; a place within it is that task, said as the table's N-th so the code
shown is not mistaken for the number asked. Only the table itself may stand before "第N项" (a
list's name, "10件民生实事第9件", or a part, "第六部分第20项", are other readings).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from answers import backends as B
from answers.compose import Answer, task_block
from answers.registry_answers import list_registry_tasks
from core import lazy_re as re
from core.numerals import cn_number
from prompts import answers as P

_PLACE = re.compile(r"第\s*(?P<n>\d{1,4}|[一二三四五六七八九十百零〇两]{1,6})\s*(?:项|条|个|件)(?:重点)?(?:工作)?(?:任务)?(?:民生)?(?:实事)?")
# "第3件实事" / "民生实事第3项": the place in a table of livelihood projects (round 64g)
_LIVELIHOOD = re.compile(r"实事")
# all that may stand before the place: the table named, a year, "里 / 中 / 的"
_BEFORE = re.compile(r"^(?:(?:(?:19|20)?\d{2}|今|去)年(?:的|度)?|省|市|县|区|政府|工作报告|重点工作|责任|分工方案|分工表|"
                     r"任务分解表|方案|分工|分解|台账|台帐|表格|表|清单|里面|里头|里|中|上|的|任务|一共|共|\s)*$")
# (the words of a list of livelihood projects, read only when such a list is a loaded table)
_BEFORE_LIVELIHOOD = re.compile(r"^(?:(?:(?:19|20)?\d{2}|今|去)年(?:的|度)?|(?:十件|十大)?(?:民生)?实事(?:项目)?(?:清单|表)?|那个|里|的|\s)*$")
# what may follow: an ask about the task (its words, owner, deadline, progress)
_AFTER = re.compile(r"^[\s，,]*(?:是|讲|说|写|的|具体|内容|任务|干|做|谁|由|哪|牵头|负责|什么|啥|完成|时限|截止|进展|进度|情况|状态|"
                    r"怎么|到期|逾期|$)")
_YEAR = re.compile(r"((?:19|20)?\d{2})年")


def place_asked(question: str, *, livelihood: bool = False) -> int | None:
    """The place in the table the question asks for, or None when it names none (or names
    it inside a list or a part). "第3件实事" / "民生实事第3项" is a place only in a loaded table
    of livelihood projects (`livelihood`); else it is the report's list's."""
    m = _PLACE.search(question or "")
    if not m or _PLACE.search(question, m.end()):
        return None
    before = question[: m.start()]
    if not (_BEFORE.match(before) or (livelihood and _BEFORE_LIVELIHOOD.match(before))):
        return None
    if not _AFTER.match(question[m.end():]) or (not livelihood and _LIVELIHOOD.search(m.group(0))):
        return None
    n = cn_number(m.group("n"))
    return n if n and n > 0 else None


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", code or ""))


def plan_position_answer(ctx: Any, question: str, today: dt.date) -> Answer | None:
    """The task at the place asked, or "not found" with the table's count when it has fewer
    tasks; None when no place is asked, or several tables could be meant and one has it."""
    if not _PLACE.search(question or "") or B.registry_empty(ctx, today):
        return None
    tasks = list_registry_tasks(ctx, today)
    livelihood = bool(_LIVELIHOOD.search(question)) and any("实事" in (t.get("plan_title") or "") for t in tasks)
    n = place_asked(question, livelihood=livelihood)
    if n is None:
        return None
    plans: dict[str, list[dict]] = {}
    for task in tasks:
        if str(task.get("code", "")).startswith("0."):
            continue  # an indicator annex (附件1 主要预期目标, section 0) is no place among the key tasks
        plans.setdefault(task.get("plan_title") or "", []).append(task)
    if y := _YEAR.search(question[: _PLACE.search(question).start()]):
        year = int(y.group(1)) + (2000 if len(y.group(1)) == 2 else 0)
        plans = {t: ts for t, ts in plans.items() if ts[0].get("year") == year} or plans
    if not plans:
        return None
    if livelihood:
        plans = {t: ts for t, ts in plans.items() if "实事" in t}
    if all(len(ts) < n for ts in plans.values()):
        counts = "；".join(P.PLAN_PLACE_COUNT.format(plan=t, count=len(ts)) for t, ts in plans.items())
        return Answer(P.NONE_PLAN_PLACE.format(n=n, counts=counts), "none")
    if len(plans) > 1:
        return None
    (title, held), = plans.items()
    task = sorted(held, key=lambda t: _code_key(t.get("code", "")))[n - 1]
    text = P.PLAN_PLACE_IS.format(n=n, code=task["code"]) + "\n" + task_block(task, plan_title=title)
    return Answer(text, "owner", [], [task])
