"""A part of the year asked ("上半年固投增长多少", "前三季度通报里滞后几项"): the notice of that
part answers it, never the year's report, which speaks of the whole year and of its targets.
A part no loaded notice covers, asked of a notice, is said to be missing rather than answered
from another part's notice (a 上半年 figure is no 前三季度 one)."""
from __future__ import annotations

from pathlib import Path

from typing import Any, Iterable

from core import lazy_re as re

_PART = re.compile(r"前三季度|前三个季度|第?[一二三四1-4]季度|上半年|下半年|前\s*\d{1,2}\s*个?月|1\s*[-—~～至到]\s*\d{1,2}\s*月|"
                   # "截至6月底累计完成多少" / "到9月末": so far this year, up to that month's end
                   r"(?:截至|截止到?|到)\s*(?:20\d{2}\s*年\s*)?\d{1,2}\s*月(?:底|末|30日|31日)(?!前)")
_QUARTER = {"1": "一", "2": "二", "3": "三", "4": "四"}
# the months a part ends with, so "1-6月" and "上半年" are one part
_BY_MONTHS = {6: "上半年", 9: "前三季度", 3: "一季度", 12: "全年"}
# the question asks of a notice, not of the work's own time ("是不是上半年投用")
# ("三季度末省重点项目完成投资多少了", round 60d: what was done by then, which only that part's notice states)
# ("今年上半年gdp增速出来没", round 64b: whether the figure is out yet is a notice's)
_NOTICE_ASKED = re.compile(r"通报|督查|进展|进度|情况|完成|到位|(?:多少|几[个项家]?)了|出来(?:没|了|没有)|出了没|公布")


def part_said(text: str) -> str:
    """The words naming a part of the year, as typed ("1-6月", "上半年"), or ""."""
    m = _PART.search(text or "")
    return m.group(0) if m else ""


def part_of_year(text: str) -> str | None:
    """The part of the year `text` names first, in one spelling ("1-6月" → "上半年"), or None."""
    m = _PART.search(re.sub(r"\s+", "", text or ""))
    if not m:
        return None
    said = m.group(0)
    months = re.search(r"(\d{1,2})\s*个?月(?:底|末|30日|31日)?$", said)
    if months:
        # "截至2025年11月30日" / "到11月底" / "1-11月": one part, the year so far
        return _BY_MONTHS.get(int(months.group(1)), f"1-{int(months.group(1))}月")
    if "三个季度" in said:
        return "前三季度"
    q = re.search(r"([一二三四1-4])季度", said)
    if q and not said.startswith("前"):
        return _QUARTER.get(q.group(1), q.group(1)) + "季度"
    return said


_MONTHLY_LEDGER = re.compile(r"台账|月调度|月报")


def period_scope(text: str, docs: Iterable[Any]) -> tuple[list[Any], str | None]:
    """(the documents to answer from first, the part asked when no notice covers it and a notice
    was asked). A part named: that part's notices. A notice named ("督查通报里…"): the notices.
    Neither: the whole-year documents, since a 上半年 figure is no answer to "今年…多少" while the
    year's report states one. The caller falls back to every document when these say nothing."""
    docs = list(docs)
    parted = [(d, part_of_year(getattr(d, "title", "") or "")) for d in docs]
    part = part_of_year(text)
    if not any(p for _, p in parted):
        # "今年上半年规上增加值完成多少了" with no notice of any part loaded: a year's report states
        # no half-year figure, and its target is no answer to what was done (round 61b); a
        # document whose file names a part (its title read otherwise) may be that notice
        named = any(part_of_year(Path(getattr(d, "file", "") or "").name) for d in docs)
        # a ledger kept month by month ("…月调度台账", one sheet a month, round 63g) reports each
        # month to its last: a part of the year asked may be in it
        named = named or any(_MONTHLY_LEDGER.search(getattr(d, "title", "") or "") for d in docs)
        return (docs, None) if part is None or named or not _NOTICE_ASKED.search(text) else ([], part)
    if part is None:
        if _NOTICE_NAMED.search(text or ""):
            return [d for d in docs if _NOTICE_NAMED.search(getattr(d, "title", "") or "")] or docs, None
        if _NOW_ASKED.search(text or "") and not _YEAR_SAID.search(text or ""):
            # "X现在咋样了" / "和美乡村示范村现在验收了几个": the latest word on it is the notice's;
            # the report's review is of the year before
            return [d for d, p in parted if p] or docs, None
        if _PROGRESS_ASKED.search(text or "") or _DAY_HAPPENED.search(text or ""):
            # "X进度咋样了": the latest word on it, a notice's as much as a report's; "鹤川港三期
            # 具体哪天开的工" (round 60d): the day a thing happened this year is a notice's news
            return docs, None
        return [d for d, p in parted if not p] or docs, None
    same = [d for d, p in parted if _same_part(p, part)]
    if same:
        return same, None
    if _NOTICE_ASKED.search(text):
        return [], part
    return docs, None


# a quarter's notice reports the year so far: "第三季度重点工作督查通报" gives 前三季度 figures, and
# a second quarter's notice the 上半年 ones (round 59c)
_SAME_PARTS = ({"三季度", "前三季度"}, {"二季度", "上半年"})


def _same_part(a: str | None, b: str | None) -> bool:
    return bool(a and b) and (a == b or any({a, b} <= pair for pair in _SAME_PARTS))


# ("台账上X完成几个": the progress ledger named, round 60h)
_NOTICE_NAMED = re.compile(r"通报|台账|问题清单")
# a day asked ("哪天", "几月几号"; never 几号线/几号楼), and asked of a thing that happened ("哪天开的工")
_DAY_WORDS = r"哪天|哪一天|几月几[号日]|几号"
DAY_ASKED = re.compile(rf"(?:{_DAY_WORDS})(?!线|楼|地块)")
_DAY_HAPPENED = re.compile(rf"(?:{_DAY_WORDS})[\u4e00-\u9fff]{{0,3}}的")
# ("溪口大桥桩基打了多少根了", round 64d: a count ending in 了 is what stands so far)
_NOW_ASKED = re.compile(r"现在|目前|眼下|如今|最新|当前|到哪|哪一步|进度|进展|还没|拖后腿|卡在|卡哪|难点|"
                        r"(?:多少|几)[\u4e00-\u9fff]{0,2}了(?![\u4e00-\u9fff])")
_YEAR_SAID = re.compile(r"去年|前年|(?<!今)\d{2,4}\s*年")
_PROGRESS_ASKED = re.compile(r"进度|进展|咋样|怎么样|如何|到哪|哪一步|完成没|完成了没|干完|滞后|情况|还没|拖后腿|卡在|卡哪|难点")
