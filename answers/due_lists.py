"""Tasks asked by their deadline, as a leader's secretary asks them (round 65b):
"10月底前要完成的有哪些", "年底前到期的有几项", "时限写第三季度的那个是啥任务", "民生那张表
已经过了时限的有哪几项".

The registry keeps each task's deadline as printed (完成时限 "第三季度", "10月底前") and as a
date (the last day it allows). A deadline printed is matched as printed; a month said is every
task due by that month's end, not yet done; a part of the table said ("民生那张表", "城建那部分")
narrows either list to that part. The overdue list itself is `answers.registry_answers`'.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from answers import backends as B
from answers.compose import Answer, task_block, task_list
from answers.evidence import coverage, grams
from answers.lagging_tasks import ledger_rows
from answers.plan_parts import parts_named
from answers.question import OVERDUE_WORDS
from answers.registry_answers import list_registry_tasks
from answers.table_named import tasks_of_plan_named
from core import lazy_re as re
from core.ledger_words import done
from core.numerals import cn_number
from prompts import answers as P

# a list or one task asked by its deadline
_LIST_ASK = re.compile(r"哪些|哪几|几项|多少项|有哪|是哪项|是哪个|是啥|是什么|什么任务|啥任务")
# "时限写第三季度的" / "时间节点是10月底前的" / "完成时限填的“持续推进”的"
_PRINTED = re.compile(r"(?:完成时限|时间节点|时限|期限|截止时间|完成时间)(?:上|里)?(?:写(?:的是|着|的)?|是|为|填(?:的是|的)?)\s*"
                      r"[“\"「]?(?P<due>[^”\"」，,。？?\s]{2,12}?)[”\"」]?的")
# "10月底前要完成的" / "年底前到期的" / "9月底以前得完成的"
_BY_MONTH = re.compile(r"(?P<month>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九]|年)\s*(?:月)?(?:底|末)?\s*(?:前|之前|以前)"
                       r"\s*(?:就)?\s*(?:要|得|需要|必须|该|应该|应当|应)?\s*(?:完成|到期|截止|办结)的")
# "12月才到期的" / "9月份截止的" (round 66h): the tasks due within that month, not by its end
_IN_MONTH = re.compile(r"(?<![\d月])(?P<month>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份)?(?:底|末)?\s*(?:才|要|就)?\s*"
                       r"(?:到期|截止)的")
# "6月30号到期的有哪些" / "6月30号那批都是哪几项" (round 69c): the tasks due on that day
_ON_DAY = re.compile(r"(?:(?P<year>20\d{2})\s*年)?(?<!\d)(?P<month>1[0-2]|[1-9])\s*月\s*(?P<day>[12]\d|3[01]|[1-9])\s*[日号]"
                     r"\s*(?:前|之前|以前)?\s*(?:要|得|才)?\s*(?:到期|截止|完成|办结|那批|这批|那一批|的那些|的任务)")
# a leader said by surname and title ("郭副县长那几项里…"): the leader's list is the registry's
_LEADER_TITLED = re.compile(r"[\u4e00-\u9fff](?:常务)?副?(?:省长|市长|县长|区长|州长|书记|主任)")
_OVERDUE = re.compile(OVERDUE_WORDS)
_LEDGER_SAID = re.compile(r"台账|台帐")
# how much of a ledger row's task name a plan task's text must hold to be that row
LEDGER_FIT = 0.6


def due_list_answer(ctx: Any, question: str, today: dt.date) -> Answer | None:
    """The tasks of the deadline asked; None when the question asks no list by deadline."""
    q = question or ""
    printed, by_month, in_month = _PRINTED.search(q), _BY_MONTH.search(q), _IN_MONTH.search(q)
    on_day = _ON_DAY.search(q)
    if not ((printed or by_month or in_month or on_day or _OVERDUE.search(q)) and _LIST_ASK.search(q)):
        return None
    if B.units_in_text(ctx, q) or B.leaders_in_text(ctx, q) or _LEADER_TITLED.search(q):
        return None
    tasks = list_registry_tasks(ctx, today)
    tasks = tasks_of_plan_named(q, tasks)[0] or tasks  # "民生实事里…到期的是哪几件" (round 66h)
    if not tasks:
        return None
    # the part of the table said ("民生那张表", "城建生态那部分"), read as the unit and leader lists read it
    _names, fitting = parts_named(q, list(dict.fromkeys(t.get("section") or "" for t in tasks)))
    if not (printed or by_month or in_month or on_day or fitting or re.search(r"过了|超过", q)):
        # (the overdue list of the whole registry, said in its own words, is the registry's)
        return None
    said = "、".join(f"“{h}”" for h in fitting)
    if fitting:
        tasks = [t for t in tasks if t.get("section") in fitting]
    if on_day and not printed:
        try:
            day = dt.date(int(on_day.group("year") or today.year), int(on_day.group("month")), int(on_day.group("day")))
        except ValueError:  # "2月30号": no such day
            return None
        found = [t for t in tasks if str(t.get("due") or "") == day.isoformat()]
        what = P.DUE_ON.format(date=f"{day.month}月{day.day}日")
    elif printed:
        wanted = _plain(printed.group("due"))
        found = [t for t in tasks if wanted and wanted in _plain(t.get("due_printed") or "")]
        what = P.DUE_PRINTED.format(due=printed.group("due"))
    elif in_month and not by_month:
        end = _month_end(in_month.group("month"), today.year)
        if end is None:
            return None
        found = [t for t in tasks if t.get("due") and str(t["due"])[:7] == end.isoformat()[:7]]
        what = P.DUE_IN.format(month=end.month)
    elif by_month:
        end = _month_end(by_month.group("month"), today.year)
        if end is None:
            return None
        found = [t for t in tasks if t.get("due") and str(t["due"]) <= end.isoformat() and t.get("status") != "已完成"]
        what = P.DUE_BY.format(date=f"{end.month}月底")
    else:
        found = [t for t in tasks if t.get("status") == "逾期"]
        what = P.STATUS_OVERDUE
        if _LEDGER_SAID.search(q) and (rows := [task for task, status in ledger_rows(ctx) if not done(status)]):
            # "台账里过了时限还没干完的有哪几项" (round 66b): the overdue tasks the ledger shows unfinished
            found = [t for t in found if any(coverage(grams(row), t.get("text", "")) >= LEDGER_FIT for row in rows)]
            what = P.STATUS_OVERDUE_IN_LEDGER
    head = P.DUE_LIST_HEAD.format(part=said, what=what, count=len(found))
    if not found:
        return Answer(head.rstrip("：") + "。", "status")
    if len(found) <= 2:  # "…的是哪项 谁牵头": the task's whole block, its owners with it
        body = "\n".join(task_block(t, plan_title=t.get("plan_title")) for t in found)
        return Answer(head + "\n" + body, "status", [], found)
    return Answer(task_list(head, found, plan_title=found[0].get("plan_title")), "status", [], found)


def _plain(text: str) -> str:
    """A deadline without spaces and its closing 前/以前/之前 ("10月底前" and "10月底" are one)."""
    text = re.sub(r"(?<=\d)号", "日", re.sub(r"\s+", "", text))  # "6月30号" is 6月30日
    return re.sub(r"(?:之前|以前|前)$", "", text)


def _month_end(said: str, year: int) -> dt.date | None:
    month = 12 if said == "年" else (int(said) if said.isdigit() else cn_number(said))
    if not month or not 1 <= month <= 12:
        return None
    after = dt.date(year, month, 28) + dt.timedelta(days=4)
    return after - dt.timedelta(days=after.day)
