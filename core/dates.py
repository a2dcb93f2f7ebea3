"""The one reader of dates typed by people: CLI arguments, bot commands, admin deadlines.

Every part used to parse YYYY-MM-DD on its own, each with its own idea of what is valid, and
none with a range: `remind --date 9999-12-31` overflowed the calendar arithmetic into a
traceback. Dates here are what a supervision office can mean: a real calendar day between
1990 and 2099 (plans are yearly; reminders look days ahead). Dates the program itself wrote
(SQLite rows) go through `stored_date`, which is lenient about a time suffix.
"""
from __future__ import annotations

import datetime as dt
from core import lazy_re as re

from core.errors import UserError
from prompts import kernel as msg

EARLIEST = dt.date(1990, 1, 1)
LATEST = dt.date(2099, 12, 31)

_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(value: str | dt.date | None) -> dt.date:
    """A real calendar date from YYYY-MM-DD inside the sane range.

    "2024-02-30" is refused, not rolled over; raises `UserError` with one Chinese line.
    """
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return check_range(value)
    text = (value or "").strip()
    if not text:
        raise UserError(msg.DATE_EMPTY)
    m = _DATE_RE.match(text)
    if not m:
        raise UserError(msg.DATE_BAD.format(value=_shown(text)))
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise UserError(msg.DATE_BAD.format(value=_shown(text))) from None
    return check_range(day)


def check_range(day: dt.date) -> dt.date:
    if not EARLIEST <= day <= LATEST:
        raise UserError(msg.DATE_OUT_OF_RANGE.format(value=day.isoformat(), low=EARLIEST.isoformat(), high=LATEST.isoformat()))
    return day


def check_year(year: int) -> int:
    """A year argument (`calendar show 2027`, `search --year`) inside the same range."""
    if not EARLIEST.year <= year <= LATEST.year:
        raise UserError(msg.YEAR_OUT_OF_RANGE.format(value=year, low=EARLIEST.year, high=LATEST.year))
    return year


def date_or_none(year: int | str, month: int | str, day: int | str) -> dt.date | None:
    """A date read out of a document's text ("2025年1月14日"): None when it is not a real day."""
    try:
        return dt.date(int(year), int(month), int(day))
    except (ValueError, OverflowError):
        return None


def stored_date(value: str | dt.date | None) -> dt.date | None:
    """A date the program stored itself ("2025-06-30", maybe with a time): None when absent."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _shown(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "…"
