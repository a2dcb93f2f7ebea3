"""A task answer from another region's plan is no answer for the region asked.

"云岫区老年大学新校区建设谁牵头" shared 新校区建设 with a task of 澜州市's plan, and was
answered with it (dev round 37a): the question named 云岫区, whose plan has no such task. When
the question names its region itself (typed, not a default) and every task an answer holds
belongs to another city's, county's or district's plan, the reply is "not found", naming where
the near task stands. A province's plan is no other region's: it covers its cities.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from answers.compose import Answer
from core.places import is_province
from prompts import answers as P

_ANSWERS_FROM_TASKS = ("owner", "task", "status", "target", "fact")


def _same_place(a: str, b: str) -> bool:
    """"晏城市云岫区" and "云岫区" are one place; "澜州市" and "云岫区" are not."""
    return a == b or a.endswith(b) or b.endswith(a)


def other_region_checked(q: Any, ans: Answer) -> Answer:
    """`ans` unchanged unless its tasks all stand in plans of regions the question did not name."""
    if ans.intent not in _ANSWERS_FROM_TASKS or not ans.tasks:
        return ans
    region = getattr(q, "region", None)
    if region is None or not region.name or not region.mentioned or region.default_used or is_province(region.name):
        # (a province named: its cities' plans are its own, and a province's name typed inside a
        # project's, "岚江西岸CBD", is no place asked)
        return ans
    asked = [region.name] + [r.name for r in getattr(q, "also_regions", []) if r.name]
    held = [str(t.get("region") or "") for t in ans.tasks]
    if not all(held) or any(_same_place(h, a) for h in held for a in asked):
        return ans
    if any(is_province(h) for h in held):
        return ans  # a province's plan covers its cities ("宜春二手车出口归哪个部门牵头": 省商务厅)
    what = (getattr(q, "topic", "") or "").strip() or region.mentioned
    return replace(ans, answer=P.NONE_TASK_OTHER_REGION.format(region=region.name, what=what, other="、".join(dict.fromkeys(held))),
                   intent="none", tasks=[], evidence=[], sources=[])
