"""Which of the loaded tables a question names ("民生实事里民政局牵头的是哪几件", "发改在分工里
牵头几项"): a district loads its 重点任务分工 and its 民生实事项目安排表 side by side, and a list
asked "in" one of them must keep to that table's tasks (round 66h).

A table is named by words of its title that no other loaded title holds: what the titles share
(the region, the year, 2026年…) names none of them. The longest such run of characters the
question holds decides; a question naming none, or naming two tables alike, keeps every task.
"""
from __future__ import annotations

from core import lazy_re as re

# the shortest run of a title's own characters that names it ("民生", "分工")
MIN_CHARS = 2
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# words of any table's title that name no table alone ("重点项目谁牵头" is no 民生实事项目安排表)
_GENERIC = frozenset({"项目", "任务", "工作", "重点", "政府", "报告", "安排", "清单", "方案", "责任", "分解", "目标", "年度",
                      "实施", "建设", "推进", "计划"})


def tasks_of_plan_named(question: str, tasks: list[dict]) -> tuple[list[dict], str | None]:
    """`tasks` kept to the table the question names, with that table's title; (tasks, None)
    when it names none, or fewer than two tables are loaded."""
    titles = list(dict.fromkeys(t.get("plan_title") or "" for t in tasks))
    if len(titles) < 2 or not question:
        return tasks, None
    best: dict[str, int] = {}
    for title in titles:
        others = [o for o in titles if o != title]
        longest = 0
        for run in _CJK_RUN.findall(question):
            for size in range(min(len(run), 12), MIN_CHARS - 1, -1):
                if size <= longest:
                    break
                if any(run[i:i + size] in title and run[i:i + size] not in _GENERIC
                       and not any(run[i:i + size] in o for o in others) for i in range(len(run) - size + 1)):
                    longest = size
                    break
        if longest >= MIN_CHARS:
            best[title] = longest
    if not best:
        return tasks, None
    top = max(best.values())
    named = [t for t, n in best.items() if n == top]
    if len(named) != 1:
        return tasks, None
    return [t for t in tasks if (t.get("plan_title") or "") == named[0]], named[0]
