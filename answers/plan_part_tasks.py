"""The tasks a part of the table lists: "分工方案第七部分“两山”转化通道那一节 列了哪几条任务",
"方案第三部分有哪些任务", "乡村振兴那一节都有啥任务".

Staff name a part by its number (第七部分), by the words of its heading (a part's, or a
subsection's inside it: "“两山”转化通道" for "加快拓展“两山”转化通道。"), or both, and ask for its
list. Before, such a question was read as a count of the whole table (round 31a: "共列166项…分8个
部分"). Here the part is found by rule: the number picks the part, the remaining words must fit
a heading (`answers.plan_parts.section_fits`) of a subsection in it, or of the part itself; the
tasks under it are listed. A count ("几条"), an owner's list ("X在民生那块牵头哪几项": the unit
and leader lists narrow by part themselves) and a report's part are other questions.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from collections import Counter

from answers import backends as B
from answers.compose import Answer, task_list
from answers.plan_parts import section_fits
from answers.registry_answers import list_registry_tasks
from core import lazy_re as re
from core.numerals import cn_number
from prompts import answers as P

# a part said as such: "第七部分", "第7大项", "那一节", "这个板块"
_PART_NUMBER = re.compile(r"第\s*(?P<n>[一二三四五六七八九十\d]{1,3})\s*(?:部分|大项|板块|大块|方面|章|节)")
_PART_WORD = re.compile(r"(?:这|那|该)?(?:一|个)?(?:部分|大项|板块|大块|章|节|小节|块)")
# a list asked, not a count: "列了哪几条", "有哪些任务", "都有啥", "包括什么"
_LIST_ASK = re.compile(r"(?:列了|列出|列|有|包括|包含|安排了?|部署了?|是)?(?:都|具体)?(?:哪几|哪些|什么|啥)(?:条|项|个|件)?(?:重点)?(?:任务|工作|事项?|内容)?"
                       r"|(?:列一下|列出来|都列出来|逐条列)")
_COUNT_ASK = re.compile(r"(?:一共|总共|共|有)?(?:几|多少)(?:项|条|个任务|件)")
_LEADER_ASK = re.compile(r"分管|领导|谁管|谁负责")
# the table named (the report's parts are another question)
_PLAN_WORD = re.compile(r"分工方案|分工表|任务分解|方案|台账|任务")
_REPORT_WORD = re.compile(r"报告")
# the owner asked or narrowed by: the unit and leader lists read parts themselves
_OWNER_WORD = re.compile(r"牵头|负责|配合|参与|分管|主抓|谁")
# words around the part's name that are no part of it
_AROUND = re.compile(r"分工方案|分工表|任务分解表|方案|台账|里面|里头|里的|中的|里|中|的|关于|(?:19|20)?\d{2}年|[“”\"「」『』《》？?，,。\s]")


# the other asks said beside the part: its count, its last item, its leader, and particles
_OTHER_ASKS = re.compile(r"(?:一共|总共|共|有)?(?:几|多少)(?:项|条|个任务|件)|最后(?:一|那)?(?:项|条|个)|第[一二三四五六七八九十\d]{1,3}(?:项|条|个)|"
                         r"(?:分管|负责)?的?(?:县|市|区|省)?(?:级)?领导|分管|谁管|谁负责|是谁|讲的?|说的?|写的?|"
                         r"[啊呀呢吧哈嘛]|那块|这块|那一块|这一块")


def _name_words(question: str) -> str:
    rest = _OTHER_ASKS.sub(" ", _LIST_ASK.sub(" ", _PART_NUMBER.sub(" ", question)))
    rest = _PART_WORD.sub(" ", rest)
    rest = _AROUND.sub("", rest)
    return re.sub(r"^(?:在|从|对)|(?:列了|列出|列|有|都|具体|一共|共|总共)+$", "", rest)


def part_tasks_answer(ctx: Any, question: str, today: dt.date) -> Answer | None:
    """The tasks of the part the question names, listed; None when it names no part of a
    table, asks no list, or the part named fits no heading."""
    q = question or ""
    number_m = _PART_NUMBER.search(q)
    # "第七部分一共几项" / "第三部分…分管县领导是谁" (round 64b): a count or the leaders of a part
    # said by its number ask of the table as much as a list does
    if number_m and re.search(r"第\s*[一二三四五六七八九十\d]{1,3}\s*(?:项|条|个|小项)", q[number_m.end():]):
        return None  # "第一部分第3项谁负责": one task by its place (answers.question.find_code)
    count_asked = bool(_COUNT_ASK.search(q))
    leader_asked = bool(number_m and _LEADER_ASK.search(q))
    if not (number_m or _PART_WORD.search(q)) or not (_LIST_ASK.search(q) or count_asked or leader_asked):
        return None
    if not (_PLAN_WORD.search(q) or (number_m and (count_asked or leader_asked))):
        return None
    if count_asked and _PLAN_WORD.search(q) and not _LIST_ASK.search(q):
        return None  # "分工方案第一部分一共几项": the count alone (answers.plan_parts)
    if _REPORT_WORD.search(q) or (_OWNER_WORD.search(q) and not leader_asked) or (
            re.search(r"(?<!哪)几|多少", q) and not count_asked):
        return None
    if B.registry_empty(ctx, today):
        return None
    number = cn_number(number_m.group("n")) if number_m else None
    name = _name_words(q)
    if number is None and len(name) < 2:
        return None
    tasks = list_registry_tasks(ctx, today)
    if years := [int(y) + (2000 if len(y) == 2 else 0) for y in re.findall(r"((?:19|20)?\d{2})年", q)]:
        tasks = [t for t in tasks if t.get("year") in years] or tasks
    plans: dict[str, list[dict]] = {}
    for t in tasks:
        plans.setdefault(t.get("plan_title") or "", []).append(t)
    out = []
    for title, items in plans.items():
        found = _part_of(items, number, name)
        if found:
            heading, listed = found
            if leader_asked:
                leaders = Counter(name for t in listed for name in t.get("leaders") or [])
                said = "、".join(f"{name}（{n}项）" for name, n in leaders.most_common())
                out.append(P.PLAN_PART_LEADERS.format(plan=title, part=heading, count=len(listed), leaders=said or "未列"))
                continue
            head = P.PLAN_PART_TASKS_HEAD.format(plan=title, part=heading, count=len(listed))
            out.append(task_list(head, listed, plan_title=title))
    return Answer("\n".join(out), "plan_count", [], []) if out else None


def _part_of(tasks: list[dict], number: int | None, name: str) -> tuple[str, list[dict]] | None:
    """(heading, tasks) of the part: the numbered part, narrowed to the subsection the name
    fits, or the part whose heading the name fits; None when the name fits nothing there."""
    if number is not None:
        tasks = [t for t in tasks if _section_number(t) == number]
        if not tasks:
            return None
    if len(name) >= 2:
        subs = list(dict.fromkeys(t.get("subsection") or "" for t in tasks))
        fit = [s for s in subs if s and section_fits(name, s)]
        if len(fit) == 1:
            return _said(fit[0], number, inner=True), [t for t in tasks if t.get("subsection") == fit[0]]
        sections = list(dict.fromkeys(t.get("section") or "" for t in tasks))
        fit = [s for s in sections if s and section_fits(name, s)]
        if len(fit) != 1:
            return None
        tasks = [t for t in tasks if t.get("section") == fit[0]]
    heading = tasks[0].get("section") or ""
    return _said(heading, number, inner=False), tasks


def _section_number(task: dict) -> int | None:
    m = re.match(r"(\d+)\.", task.get("code") or "")
    return int(m.group(1)) if m else None


def _said(heading: str, number: int | None, *, inner: bool) -> str:
    """The part as the answer names it: its number when asked by one (a subsection "in" it),
    and its heading."""
    heading = heading.rstrip("。，,；; ")
    if number is None:
        return P.PLAN_PART_NAMED.format(heading=heading)
    return (P.PLAN_PART_INNER if inner else P.PLAN_PART_NUMBERED).format(n=number, heading=heading)
