"""Deadline words in a task's own text → a date.

A 分工方案 says its tasks are due by the end of the plan year ("确保年底兑现"); a task may say
otherwise in its own words: "6月底前", "9月30日前", "上半年", "三季度", "年底前", "2022年底".
`due_from_text` reads those words; the caller falls back to the end of the plan year when it
returns None (see the deadline rule in store/tasks.py); it sits in the kernel because the registry computes
deadlines when it loads a plan and `store/` may not import the parts above it. When a task names several times
("6月底前启动，年底前建成") the latest is the task's deadline: the task is done when all of
it is done.
"""
from __future__ import annotations

import calendar
import datetime as dt
from core import lazy_re as re

from core.numerals import cn_number

_NUM = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
_YEAR = r"(?:(20\d{2})\s*年\s*)?"

_DAY_RE = re.compile(_YEAR + _NUM + r"\s*月\s*(\d{1,2})\s*[日号]\s*(?:前|之前|以前|底前|止|完成|到期)")
_MONTH_END_RE = re.compile(_YEAR + _NUM + r"\s*月\s*(?:底|末|份|中旬|上旬|下旬)?\s*(?:前|之前|以前|底|末)")
_HALF_RE = re.compile(_YEAR + r"(上|下)半年")
_QUARTER_RE = re.compile(_YEAR + r"(?:第)?([一二三四1-4])\s*季度")
_YEAR_END_RE = re.compile(r"(?:(20\d{2})\s*年\s*)?(?:年底|年末|年内|全年)")
_BY_YEAR_RE = re.compile(r"(?:到|至|于|在)?\s*(20\d{2})\s*年\s*(?:前|底|末|内|以前|之前|完成|建成|实现)")


def _month(token: str) -> int | None:
    value = cn_number(token) or 0
    return value if 1 <= value <= 12 else None


def _end_of_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def due_from_text(text: str, plan_year: int) -> dt.date | None:
    """The deadline a task's words state, in the plan's year unless a year is named; None
    when the text names no time (the caller then uses 31 December of the plan year)."""
    found: list[dt.date] = []
    for m in _DAY_RE.finditer(text):
        month = _month(m.group(2))
        year = int(m.group(1)) if m.group(1) else plan_year
        if month:
            try:
                found.append(dt.date(year, month, int(m.group(3))))
            except ValueError:
                pass
    for m in _MONTH_END_RE.finditer(text):
        month = _month(m.group(2))
        if not month:
            continue
        year = int(m.group(1)) if m.group(1) else plan_year
        words = m.group(0)
        if re.search(r"月\s*前|月之前|月以前", words) and not re.search(r"底|末", words):
            # "6月前": before June begins → end of May.
            if month == 1:
                found.append(dt.date(year - 1, 12, 31))
            else:
                found.append(_end_of_month(year, month - 1))
        else:
            found.append(_end_of_month(year, month))
    for m in _HALF_RE.finditer(text):
        year = int(m.group(1)) if m.group(1) else plan_year
        found.append(dt.date(year, 6, 30) if m.group(2) == "上" else dt.date(year, 12, 31))
    for m in _QUARTER_RE.finditer(text):
        year = int(m.group(1)) if m.group(1) else plan_year
        q = {"一": 1, "二": 2, "三": 3, "四": 4}.get(m.group(2)) or int(m.group(2))
        found.append(_end_of_month(year, q * 3))
    for m in _YEAR_END_RE.finditer(text):
        year = int(m.group(1)) if m.group(1) else plan_year
        found.append(dt.date(year, 12, 31))
    for m in _BY_YEAR_RE.finditer(text):
        year = int(m.group(1))
        if year >= plan_year:
            found.append(dt.date(year, 12, 31))
    found = [d for d in found if d.year >= plan_year]
    return max(found) if found else None


def plan_default_due(plan_year: int) -> dt.date:
    """"确保年底兑现": without words of its own, a task is due on 31 December of the plan year."""
    return dt.date(plan_year, 12, 31)


def text_due(text: str, plan_year: int) -> dt.date:
    return due_from_text(text, plan_year) or plan_default_due(plan_year)


# What a 完成时限 column holds besides the words `due_from_text` reads: bare dates and months
# ("2024年6月30日", "2024-06-30", "2024.6", "6月"), a bare year ("2025年"), and words for
# ongoing work ("长期坚持", "持续推进", "常态化", "每季度") which a plan still reviews at year end.
_ISO_RE = re.compile(r"(20\d{2})\s*[-./]\s*(\d{1,2})(?:\s*[-./]\s*(\d{1,2}))?")
_BARE_DAY_RE = re.compile(_YEAR + _NUM + r"\s*月\s*(\d{1,2})\s*[日号]")
_BARE_MONTH_RE = re.compile(_YEAR + _NUM + r"\s*月(?!\s*\d)")
_BARE_YEAR_RE = re.compile(r"(20\d{2})\s*年(?!\s*(?:\d|[一二三四五六七八九十]{1,3}\s*月|[上下]半年|第?[一二三四1-4]\s*季度))")
_ONGOING_RE = re.compile(r"长期|持续|常态|经常|每年|每季|每月|每半年|按季|按月|逐年|全年|年内|常年|动态")


def due_from_cell(cell: str | None, plan_year: int) -> dt.date | None:
    """The deadline a 完成时限 / 时间节点 column states: the latest date it names (as
    `due_from_text`, plus bare dates, months and years), or 31 December of the plan year for
    ongoing work ("长期坚持", "持续推进"); None when the cell is empty or says no time."""
    text = (cell or "").strip()
    if not text:
        return None
    found: list[dt.date] = []
    stated = due_from_text(text, plan_year)
    if stated:
        found.append(stated)
    for m in _ISO_RE.finditer(text):
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            try:
                found.append(dt.date(year, month, int(m.group(3))) if m.group(3) else _end_of_month(year, month))
            except ValueError:
                pass
    rest = _ISO_RE.sub(" ", text)
    for m in _BARE_DAY_RE.finditer(rest):
        month = _month(m.group(2))
        if month:
            try:
                found.append(dt.date(int(m.group(1) or plan_year), month, int(m.group(3))))
            except ValueError:
                pass
    for m in _BARE_MONTH_RE.finditer(rest):
        month = _month(m.group(2))
        if month:
            found.append(_end_of_month(int(m.group(1) or plan_year), month))
    for m in _BARE_YEAR_RE.finditer(rest):
        found.append(dt.date(int(m.group(1)), 12, 31))
    found = [d for d in found if d.year >= plan_year]
    if found:
        return max(found)
    if _ONGOING_RE.search(text):
        return plan_default_due(plan_year)
    return None


def task_due(text: str, due_cell: str | None, plan_year: int) -> dt.date:
    """A task's deadline at load time: its 完成时限 column, else the time words in its
    text, else the end of the plan year."""
    return due_from_cell(due_cell, plan_year) or text_due(text, plan_year)
