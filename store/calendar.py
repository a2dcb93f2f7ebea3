"""SQL for the admin calendar overrides (holidays and make-up workdays) and the
once-per-year notice that a year fell back to Monday-Friday."""
from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt

from core.dates import stored_date
from store.db import transaction

if TYPE_CHECKING:
    import sqlite_utils


def upsert_day(db: sqlite_utils.Database, day: dt.date, kind: str, *, note: str | None, by: str, now: dt.datetime) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO calendar_days (day, kind, note, added_by, added_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(day) DO UPDATE SET kind = excluded.kind, note = excluded.note, "
            "added_by = excluded.added_by, added_at = excluded.added_at",
            [day.isoformat(), kind, note, by, now.isoformat()],
        )


def overrides(db: sqlite_utils.Database, year: int | None = None) -> dict[dt.date, tuple[str, str | None]]:
    """{day: (kind, note)} for one year, or for all years when year is None."""
    sql = "SELECT day, kind, note FROM calendar_days"
    params: list[object] = []
    if year is not None:
        sql += " WHERE day >= ? AND day <= ?"
        params = [f"{year:04d}-01-01", f"{year:04d}-12-31"]
    return {stored_date(d): (k, n) for d, k, n in db.execute(sql + " ORDER BY day", params).fetchall()}


def years_with_overrides(db: sqlite_utils.Database) -> set[int]:
    return {int(r[0]) for r in db.execute("SELECT DISTINCT substr(day, 1, 4) FROM calendar_days").fetchall()}


def notice_pending(db: sqlite_utils.Database, years: list[int]) -> list[int]:
    """Fallback years not yet announced in a digest."""
    if not years:
        return []
    done = {r[0] for r in db.execute("SELECT year FROM calendar_notices").fetchall()}
    return sorted(y for y in years if y not in done)


def mark_noticed(db: sqlite_utils.Database, years: list[int], on: dt.date) -> None:
    with transaction(db):
        for year in years:
            db.execute("INSERT OR IGNORE INTO calendar_notices (year, noted_on) VALUES (?, ?)", [year, on.isoformat()])
