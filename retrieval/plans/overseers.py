"""Leaders a plan names in its prose instead of a column.

A list of 民生实事 ends "省政府领导同志按分工督办：常务副省长杨志诚督办第五件…、第九件…；副省长韩立新督办
第二件…" (round 68h), a plan's notice says "副市长王某负责第一、二部分": each leader is tied to items
or parts by their ordinal, never printed beside the task. Read here, a leader's tasks and a task's
leader are answered as from a leader column. A row whose own cells name a leader keeps it.
"""
from __future__ import annotations

from core import lazy_re as re
from core.numerals import cn_number
from core.plan_records import PlanRow

_OFFICE = r"(?:常务)?副?(?:省长|市长|县长|区长|州长|旗长)"
# "常务副省长杨志诚督办第五件…、第九件…" / "吴佩兰副省长负责第一、二部分": who, then what, to the clause's end
_ASSIGNED = re.compile(
    rf"(?:(?P<office>{_OFFICE})\s*(?P<name>[\u4e00-\u9fff]{{2,3}}?)|(?P<name2>[\u4e00-\u9fff]{{2,3}}?)\s*(?P<office2>{_OFFICE}))"
    r"(?:同志)?\s*(?:督办|负责|牵头|分管|联系|领衔|包抓)(?P<what>[^；;。\n]*)")
# "第五件" / "第一、二部分" / "第3项": the ordinals and what they count
_ORDINALS = re.compile(r"第\s*([一二三四五六七八九十\d]{1,3}(?:\s*[、和及]\s*(?:第)?\s*[一二三四五六七八九十\d]{1,3})*)\s*(件|项|条|个|部分|方面|板块)")


def _numbers(run: str) -> list[int]:
    out = []
    for part in re.split(r"[、和及第\s]+", run):
        value = int(part) if part.isdigit() else cn_number(part) if part else None
        if value:
            out.append(value)
    return out


def assign_overseers(rows: list[PlanRow], text: str) -> None:
    """Give each row its leader from the prose assignments of `text` (module doc), in place."""
    if not rows or any(r.leaders for r in rows):
        return  # a leader column, or a leader row above the tasks: the table says who
    sections = sorted({r.section_number for r in rows})
    for m in _ASSIGNED.finditer(text or ""):
        name = m.group("name") or m.group("name2")
        office = m.group("office") or m.group("office2")
        for o in _ORDINALS.finditer(m.group("what")):
            numbers, counted = _numbers(o.group(1)), o.group(2)
            if counted in ("部分", "方面", "板块"):
                chosen = [r for r in rows if r.section_number in numbers]
            elif len(sections) == 1:
                chosen = [rows[n - 1] for n in numbers if 0 < n <= len(rows)]
            else:
                continue  # "第五件" of a plan in parts: which part's fifth is not said
            for row in chosen:
                if name not in row.leaders:
                    row.leaders.append(name)
                    row.offices[name] = office
