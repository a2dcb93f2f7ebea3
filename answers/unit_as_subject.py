"""A unit named as the subject of a fact, not asked for its tasks: "去年省政府办了多少件人大代表
建议" counts the proposals the government handled (a figure of the report's review), though
"省政府办" reads as a unit and "多少件" as a count of tasks (round 28d r28d-029).

A unit's tasks are asked with a verb of owning ("牵头", "负责", "参与"…) or by counting tasks
("几项", "哪些任务"). A count whose counter is followed by a noun of its own that is no word
for tasks ("多少件人大代表建议", "几个产业园") counts that noun: the unit is what did it, and
the question is a figure of the reports. The unit's name is then no word the report prints
beside the figure ("办理市人大代表建议386件" names no office): the question is asked without it.
"""
from __future__ import annotations

from typing import Callable

from core import lazy_re as re

# a verb of owning, or the role a unit plays in the table: the unit's tasks are asked
_OWNING = re.compile(r"牵头|负责|参与|配合|协助|承担|分管|主抓|主管|责任|逾期|超期|到期")
# a count and the noun right after its counter
_COUNTED = re.compile(r"(?:多少|几)\s*(?:件|项|个|条|批|家|所|座)(?P<noun>[\u4e00-\u9fffA-Za-z]{2,})")
# nouns that name the table's tasks themselves ("几项任务", "多少件重点工作", "几个事项")
_TASK_NOUN = re.compile(r"^(?:重点)?(?:任务|工作|事项|事情|事|内容|条目|民生实事)|^(?:呀|啊|呢|吗|了|的)")


# "工信局那几项咋样了" (round 68b): the unit's tasks pointed at, their progress asked
_POINTED_TASKS = re.compile(r"[那这]几[项件条个](?![\u4e00-\u9fff]{0,2}(?:企业|项目|园|村|社区|学校|医院))")


def counts_a_thing(raw: str) -> bool:
    """True when `raw` counts a noun of its own and names no verb of owning: a figure asked of
    what a named unit did, not the unit's tasks."""
    if _OWNING.search(raw or "") or _POINTED_TASKS.search(raw or ""):
        return False
    m = _COUNTED.search(raw or "")
    return bool(m) and not _TASK_NOUN.search(m.group("noun"))


# a level or region before the unit's own words ("棠江市文化广电旅游局" is typed "市文化广电旅游局")
_REGION_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:省|市|县|区)(?=[\u4e00-\u9fff]{3,})")


# a unit that is a place inside the region: its figures are its own, never the region's
_PLACE_UNIT = re.compile(r"(?:街道|镇|乡)(?:办事处|人民政府|政府)?$")


def without_unit(question: str, units_in_text: Callable[[str], list[str]]) -> str | None:
    """"去年市信访局化解了多少件信访积案" → "去年化解了多少件信访积案": the question without the
    name of the unit it names as the doer of a counted fact; None when it asks no such fact or
    names no unit as the tables print it (whole, with its level only, or bare)."""
    if not counts_a_thing(question):
        return None
    for unit in units_in_text(question):
        head = _REGION_HEAD.match(unit)
        bare = unit[head.end():] if head else unit
        forms = [unit, *([head.group(0)[-1] + bare, bare] if head else [])]
        typed = next((f for f in forms if len(f) >= 3 and f in question), None)
        if typed and _PLACE_UNIT.search(typed):
            continue  # "桂芳街道去年引了几个…项目" (round 48c): a street office or town is a place with figures of its own
        if typed:
            return question.replace(typed, "", 1)
    return None
