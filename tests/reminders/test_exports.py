"""The office files' own rules, on a small registry: 临期 and days overdue in working days
across a holiday, the tones, the grouping order, group numbers in Chinese."""
from __future__ import annotations

import datetime as dt

import pytest

from core.errors import UserError
from reminders.exports_data import build_ledger
from reminders.exports_docx import _cn_number
from tests.support import reminders_fixtures as fx


@pytest.mark.parametrize("n, text", [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (23, "二十三"), (100, "一百"),
                                     (105, "一百零五"), (112, "一百一十二"), (230, "二百三十"), (1200, "1200")])
def test_group_numbers(n, text):
    assert _cn_number(n) == text


def test_working_days_tones_and_groups(ctx):
    db = ctx.db
    # 2024-10-08 (Tue) is the first working day after the National Day holiday (1-7 October).
    fx.task(db, "1.1", due="2024-09-30", lead=["市财政局"])  # overdue: 8 October is 1 working day later
    fx.task(db, "1.2", due="2024-09-27", lead=["市发展改革委", "市财政局"])  # 29 Sep was a make-up workday: 3
    # 12 October (Sat) was a make-up workday too: 16 Oct is 7 working days ahead (临期), 18 Oct 9
    fx.task(db, "1.3", due="2024-10-16", lead=["市发展改革委"])
    fx.task(db, "1.4", due="2024-10-18", lead=["市发展改革委"])
    fx.task(db, "1.5", due="2024-09-01", lead=["市统计局"], done_at="2024-08-30T10:00:00")
    ledger = build_ledger(db, dt.date(2024, 10, 8))
    rows = {r.task.code: r for r in ledger.rows}
    assert (rows["1.1"].tone, rows["1.1"].days_overdue) == ("overdue", 1)
    assert (rows["1.2"].tone, rows["1.2"].days_overdue) == ("overdue", 3)
    assert (rows["1.3"].tone, rows["1.3"].days_left) == ("soon", 7)
    assert (rows["1.4"].tone, rows["1.4"].days_left) == ("open", 9)
    assert rows["1.5"].tone == "done"
    assert ledger.counts["逾期"] == 2 and ledger.counts["已完成"] == 1 and ledger.counts["未开始"] == 2
    assert [(u, [r.task.code for r in rs]) for u, rs in ledger.overdue_groups] == [
        ("市财政局", ["1.2", "1.1"]),  # two tasks, longest overdue first
        ("市发展改革委", ["1.2"]),
    ]
    assert [r.task.code for r in ledger.upcoming] == ["1.3"]


def test_unknown_plan_and_empty_registry(ctx):
    with pytest.raises(UserError):
        build_ledger(ctx.db, dt.date(2024, 10, 8))
    fx.task(ctx.db, "1.1", due="2024-09-30", lead=["市财政局"])
    with pytest.raises(UserError, match="99"):
        build_ledger(ctx.db, dt.date(2024, 10, 8), plan_id=99)
