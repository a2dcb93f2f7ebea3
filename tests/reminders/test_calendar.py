"""Working days: weekends, the 2024 National Day holiday with its make-up days, admin
overrides for a year the package does not know, and the `ducha calendar` commands."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.cli import main
from reminders.calendar import WorkCalendar, add_day, is_workday, year_known

D = dt.date


def test_weekend_is_off_and_monday_is_on(ctx):
    assert not is_workday(ctx.db, D(2024, 6, 15))  # Saturday
    assert not is_workday(ctx.db, D(2024, 6, 16))  # Sunday
    assert is_workday(ctx.db, D(2024, 6, 17))


def test_national_day_2024_with_make_up_workdays(ctx):
    cal = WorkCalendar(ctx.db)
    assert cal.is_workday(D(2024, 9, 29))  # Sunday, make-up workday
    assert cal.is_workday(D(2024, 10, 12))  # Saturday, make-up workday
    for day in range(1, 8):
        assert not cal.is_workday(D(2024, 10, day)), f"2024-10-0{day} is a holiday"
    assert cal.is_workday(D(2024, 10, 8))
    # Working days after Friday 09-27 up to Tuesday 10-08: 09-29, 09-30, 10-08.
    assert cal.count_between(D(2024, 9, 27), D(2024, 10, 8)) == 3
    assert cal.last_workday_on_or_before(D(2024, 10, 5)) == D(2024, 9, 30)
    assert cal.shift(D(2024, 9, 27), 5) == D(2024, 10, 10)
    assert cal.shift(D(2024, 10, 8), -2) == D(2024, 9, 29)
    assert not cal.fallback_years


def test_unknown_year_falls_back_to_monday_friday_until_admins_add_days(make_ctx):
    ctx = make_ctx(now="2026-12-20T09:00")
    assert not year_known(ctx.db, 2027)
    cal = WorkCalendar(ctx.db)
    assert cal.is_workday(D(2027, 1, 1))  # a Friday: Mon-Fri fallback
    assert not cal.is_workday(D(2027, 1, 2))
    assert cal.fallback_years == {2027}

    add_day(ctx.db, D(2027, 1, 1), "holiday", note="元旦", now=ctx.now())
    add_day(ctx.db, D(2027, 1, 9), "workday", now=ctx.now())
    assert year_known(ctx.db, 2027)
    cal = WorkCalendar(ctx.db)
    assert not cal.is_workday(D(2027, 1, 1))
    assert cal.is_workday(D(2027, 1, 9))  # a Saturday made a workday
    assert cal.fallback_years == set()


def test_override_wins_over_the_package(ctx):
    add_day(ctx.db, D(2024, 6, 17), "holiday", note="临时停工", now=ctx.now())
    assert not is_workday(ctx.db, D(2024, 6, 17))


def _cli(monkeypatch, tmp_path, *argv):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "var"))
    return main(list(argv))


def test_cli_calendar_add_and_show(monkeypatch, tmp_path, capsys):
    assert _cli(monkeypatch, tmp_path, "calendar", "show", "2027") == 0
    assert "周一至周五" in capsys.readouterr().out
    assert _cli(monkeypatch, tmp_path, "calendar", "add", "2027-01-01", "holiday", "--note", "元旦") == 0
    assert "2027-01-01" in capsys.readouterr().out
    assert _cli(monkeypatch, tmp_path, "calendar", "show", "2027") == 0
    out = capsys.readouterr().out
    assert "2027-01-01（星期五）放假 元旦" in out
    assert _cli(monkeypatch, tmp_path, "calendar", "show", "2024") == 0
    out = capsys.readouterr().out
    assert "2024-09-29（星期日）调休上班" in out and "2024-10-07（星期一）放假" in out


@pytest.mark.parametrize("argv", [("calendar", "add", "2027-02-30", "holiday"), ("calendar", "add", "2027-01-01", "day-off")])
def test_cli_calendar_bad_input_exits_2(monkeypatch, tmp_path, capsys, argv):
    assert _cli(monkeypatch, tmp_path, *argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and len(err.strip().splitlines()) == 1
