"""The working-day calendar: China's official schedule from `chinesecalendar` (weekends and
statutory holidays off, 调休 make-up days on), corrected or extended by admin overrides
stored in the registry. For a year the package does not know (it raises NotImplementedError,
e.g. 2027 with release 1.11.0) and no override covers, Monday-Friday is assumed and the year
is reported in `fallback_years` so the supervision digest can say so."""
from __future__ import annotations

import bisect
import datetime as dt

import chinese_calendar
import sqlite_utils

from core.dates import check_year
from core.errors import UserError
from store import calendar as store_calendar

KINDS = ("holiday", "workday")
_HOLIDAY_ZH = {h.value: h.chinese for h in chinese_calendar.Holiday}


def package_knows(year: int) -> bool:
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


class WorkCalendar:
    """Working days loaded once per pass: per-year sorted ordinals make counting a bisect."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._overrides = {d: k for d, (k, _) in store_calendar.overrides(db).items()}
        self._override_years = {d.year for d in self._overrides}
        self._years: dict[int, list[int]] = {}
        self.fallback_years: set[int] = set()

    def _year(self, year: int) -> list[int]:
        days = self._years.get(year)
        if days is None:
            known = package_knows(year)
            if not known and year not in self._override_years:
                self.fallback_years.add(year)
            days = []
            day = dt.date(year, 1, 1)
            one = dt.timedelta(days=1)
            while day.year == year:
                kind = self._overrides.get(day)
                if kind is not None:
                    work = kind == "workday"
                elif known:
                    work = chinese_calendar.is_workday(day)
                else:
                    work = day.weekday() < 5
                if work:
                    days.append(day.toordinal())
                day += one
            self._years[year] = days
        return days

    def is_workday(self, day: dt.date) -> bool:
        days = self._year(day.year)
        i = bisect.bisect_left(days, day.toordinal())
        return i < len(days) and days[i] == day.toordinal()

    def count_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; negative when end < start."""
        if end < start:
            return -self.count_between(end, start)
        total = 0
        for year in range(start.year, end.year + 1):
            days = self._year(year)
            lo = bisect.bisect_right(days, start.toordinal())
            hi = bisect.bisect_right(days, end.toordinal())
            total += hi - lo
        return total

    def last_workday_on_or_before(self, day: dt.date) -> dt.date:
        for year in range(day.year, day.year - 3, -1):
            days = self._year(year)
            i = bisect.bisect_right(days, day.toordinal())
            if i:
                return dt.date.fromordinal(days[i - 1])
        return day

    def shift(self, day: dt.date, n: int) -> dt.date:
        """The n-th working day after (n > 0) or before (n < 0) `day`; `day` itself for 0."""
        step = 1 if n > 0 else -1
        current, left = day, abs(n)
        while left:
            current += dt.timedelta(days=step)
            if self.is_workday(current):
                left -= 1
        return current


def is_workday(db: sqlite_utils.Database, day: dt.date) -> bool:
    return WorkCalendar(db).is_workday(day)


def year_known(db: sqlite_utils.Database, year: int) -> bool:
    """True when the package or an admin override tells the year's holidays."""
    return package_knows(year) or year in store_calendar.years_with_overrides(db)


def add_day(db: sqlite_utils.Database, day: dt.date, kind: str, *, note: str | None = None, by: str = "cli", now: dt.datetime) -> None:
    """Record an official holiday or make-up workday (overrides the package for that day)."""
    if kind not in KINDS:
        raise UserError(f"类型只能是 holiday（放假）或 workday（调休上班），收到：{kind}")
    store_calendar.upsert_day(db, day, kind, note=note, by=by, now=now)


def year_view(db: sqlite_utils.Database, year: int) -> dict:
    """What differs from a plain Mon-Fri week in `year`: days off on weekdays, workdays on
    weekends, each with its source; for `ducha calendar show`."""
    check_year(year)
    cal = WorkCalendar(db)
    overrides = store_calendar.overrides(db, year)
    known = package_knows(year)
    days = []
    day = dt.date(year, 1, 1)
    while day.year == year:
        work = cal.is_workday(day)
        if work != (day.weekday() < 5):
            source = "admin" if day in overrides else "chinesecalendar"
            name = None
            if day in overrides:
                name = overrides[day][1]
            elif known:
                name = _HOLIDAY_ZH.get(chinese_calendar.get_holiday_detail(day)[1])
            days.append({"date": day.isoformat(), "kind": "workday" if work else "holiday", "source": source, "note": name})
        day += dt.timedelta(days=1)
    return {
        "year": year,
        "package_knows": known,
        "overrides": len(overrides),
        "fallback": year in cal.fallback_years,
        "days": days,
    }
