"""The ladder with a frozen clock: upcoming 7/3/1 working days ahead, due today (moved to
the last working day before a day off), overdue, escalation every 5 working days, done
tasks, unbound and collective units, quiet units that reported progress."""
from __future__ import annotations

import datetime as dt

import pytest

from reminders.ladder import compute
from reminders.daily_pass import run_pass
from tests.support import reminders_fixtures as fx

SUPERVISION = -100900


@pytest.fixture
def at(make_ctx):
    """at('2024-06-19') -> a Context frozen at 09:00 that day, sharing one data dir."""
    def _at(day: str, **aliases):
        aliases.setdefault("DUCHA_SUPERVISION_CHAT_ID", str(SUPERVISION))
        return make_ctx(now=f"{day}T09:00", **aliases)
    return _at


def kinds(plan, task=None, unit=None):
    return sorted(
        (r.task, r.unit, r.kind) for r in plan.reminders
        if (task is None or r.task == task) and (unit is None or r.unit == unit)
    )


def day(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def test_upcoming_on_exactly_7_3_1_working_days_then_due_today(at):
    ctx = at("2024-06-19")
    fx.task(ctx.db, "1.1", due="2024-06-28", lead=["市发展改革委"])  # a Friday
    fx.bind(ctx.db, "市发展改革委", 1001)
    expected = {"2024-06-19": "upcoming", "2024-06-25": "upcoming", "2024-06-27": "upcoming", "2024-06-28": "due_today"}
    d = day("2024-06-17")
    while d <= day("2024-06-28"):
        plan = compute(ctx, d)
        got = [r.kind for r in plan.reminders]
        assert got == ([expected[d.isoformat()]] if d.isoformat() in expected else []), d
        d += dt.timedelta(days=1)
    up = compute(ctx, day("2024-06-25")).reminders[0]
    assert up.chat_id == 1001 and up.unit == "市发展改革委" and up.due == day("2024-06-28")
    assert "1.1" in up.text and "2024-06-28" in up.text and "3 个工作日" in up.text and "/progress 1.1" in up.text


def test_weekend_gets_nothing(at):
    ctx = at("2024-06-29")
    fx.task(ctx.db, "1.1", due="2024-06-28", lead=["市发展改革委"])
    plan = compute(ctx, day("2024-06-29"))
    assert plan.workday is False and plan.reminders == []
    assert plan.to_dict() == {"date": "2024-06-29", "workday": False, "reminders": []}


def test_deadline_on_a_day_off_is_due_on_the_last_working_day_before(at):
    ctx = at("2024-06-28")
    fx.task(ctx.db, "1.2", due="2024-06-29", lead=["市教育局"])  # Saturday
    plan = compute(ctx, day("2024-06-28"))
    assert kinds(plan) == [("1.2", "市教育局", "due_today")]
    assert "提前" in plan.reminders[0].text
    # Monday after: the first working day after the deadline.
    assert kinds(compute(ctx, day("2024-07-01"))) == [("1.2", "市教育局", "overdue")]


def test_national_day_holiday_and_make_up_workdays(at):
    ctx = at("2024-09-29")
    fx.task(ctx.db, "2.1", due="2024-10-03", lead=["市商务局"])  # inside the holiday
    # Sunday 09-29 is a make-up workday: 1 working day (09-30) left -> upcoming.
    assert kinds(compute(ctx, day("2024-09-29"))) == [("2.1", "市商务局", "upcoming")]
    # Monday 09-30 is the last working day before 10-03.
    assert kinds(compute(ctx, day("2024-09-30"))) == [("2.1", "市商务局", "due_today")]
    for d in range(1, 8):
        assert compute(ctx, dt.date(2024, 10, d)).reminders == []
    plan = compute(ctx, day("2024-10-08"))
    assert kinds(plan) == [("2.1", "市商务局", "overdue")] and "已逾期 1 个工作日" in plan.reminders[0].text
    # Saturday 10-12 is a make-up workday: reminders go out.
    assert compute(ctx, day("2024-10-12")).workday is True
    # ... and it is the 5th working day after 10-03 (10-08..10-12): escalation too.
    assert kinds(compute(ctx, day("2024-10-12"))) == [("2.1", "市商务局", "escalation"), ("2.1", "市商务局", "overdue")]


def test_upcoming_counts_working_days_across_the_holiday(at):
    ctx = at("2024-09-27")
    fx.task(ctx.db, "2.2", due="2024-10-10", lead=["市商务局"])
    # After Fri 09-27: 09-29, 09-30, 10-08, 10-09, 10-10 = 5 working days -> nothing;
    # after Sun 09-29: 09-30, 10-08, 10-09, 10-10 = 4; after Tue 10-08: 2 days... none is 7/3/1
    assert compute(ctx, day("2024-09-27")).reminders == []
    assert kinds(compute(ctx, day("2024-09-30"))) == [("2.2", "市商务局", "upcoming")]  # 3 left
    assert "3 个工作日" in compute(ctx, day("2024-09-30")).reminders[0].text


def test_escalation_on_5th_working_day_after_and_every_5_after(at):
    ctx = at("2024-09-27")
    fx.task(ctx.db, "3.4", due="2024-09-27", lead=["市财政局", "市税务局"], leaders=["张三", "李四"],
            text="深化财税体制改革，落实结构性减税降费政策。")
    escalations = []
    d = day("2024-09-28")
    while d <= day("2024-10-25"):
        plan = compute(ctx, d)
        if plan.workday:
            assert {("3.4", "市财政局", "overdue"), ("3.4", "市税务局", "overdue")} <= set(kinds(plan))
        escalations += [(d, r) for r in plan.reminders if r.kind == "escalation"]
        d += dt.timedelta(days=1)
    # 5th working day after 09-27: 09-29, 09-30, 10-08, 10-09, 10-10; the 10th is 10-16 because
    # Saturday 10-12 is a make-up workday (10-11, 10-12, 10-14, 10-15, 10-16); the 15th is 10-23.
    assert [e[0] for e in escalations] == [day("2024-10-10"), day("2024-10-16"), day("2024-10-23")]
    first = escalations[0][1]
    assert first.chat_id == SUPERVISION and first.unit == "市财政局"
    assert "市财政局、市税务局" in first.text and "张三、李四" in first.text and "逾期 5 个工作日" in first.text
    assert "深化财税体制改革" in first.text


def test_escalation_cadence_is_configurable(at):
    ctx = at("2024-07-01", DUCHA_REMIND_ESCALATE_EVERY="2")
    fx.task(ctx.db, "3.5", due="2024-06-28", lead=["市财政局"])
    got = [d for d in ("2024-07-01", "2024-07-02", "2024-07-03", "2024-07-04")
           if any(r.kind == "escalation" for r in compute(ctx, day(d)).reminders)]
    assert got == ["2024-07-02", "2024-07-04"]


def test_done_tasks_get_nothing(at):
    ctx = at("2024-07-01")
    t = fx.task(ctx.db, "1.1", due="2024-06-28", lead=["市发展改革委"])
    fx.task(ctx.db, "1.2", due="2024-07-02", lead=["市发展改革委"])
    fx.progress(ctx.db, t, "2024-06-30T10:00:00+08:00", done=True)
    fx.task(ctx.db, "1.3", due="2024-07-02", lead=["市发展改革委"], done_at="2024-06-20")
    assert kinds(compute(ctx, day("2024-07-01"))) == [("1.2", "市发展改革委", "upcoming")]
    # Later, only the open task is chased.
    assert kinds(compute(ctx, day("2024-07-10"))) == [("1.2", "市发展改革委", "overdue")]


def test_admin_deadline_overrides_text_due(at):
    ctx = at("2024-06-28")
    t = fx.task(ctx.db, "1.1", due="2024-06-28", lead=["市发展改革委"])
    fx.set_due(ctx.db, t, "2024-07-03")
    fx.set_due(ctx.db, t, "2024-07-01")  # the latest row wins
    plan = compute(ctx, day("2024-06-28"))
    assert kinds(plan) == [("1.1", "市发展改革委", "upcoming")] and plan.reminders[0].due == day("2024-07-01")


def test_unbound_units_get_a_null_chat_and_are_listed(at):
    ctx = at("2024-06-28")
    fx.task(ctx.db, "1.1", due="2024-06-28", lead=["市发展改革委", "市统计局"])
    fx.bind(ctx.db, "市发展改革委", 1001)
    fx.bind(ctx.db, "市统计局", 1002, active=False)
    plan = compute(ctx, day("2024-06-28"))
    assert {(r.unit, r.chat_id) for r in plan.reminders} == {("市发展改革委", 1001), ("市统计局", None)}
    assert plan.unbound == ["市统计局"]


def test_collective_units_expand_to_bound_members(at):
    ctx = at("2024-06-28")
    fx.unit(ctx.db, "各县（区）人民政府", kind="collective", members=["东湖区人民政府", "西湖区人民政府", "青山湖区人民政府"])
    fx.unit(ctx.db, "各开发区管委会", kind="collective", members=["高新区管委会"])
    fx.bind(ctx.db, "东湖区人民政府", 2001)
    fx.bind(ctx.db, "西湖区人民政府", 2002)
    fx.bind(ctx.db, "市发展改革委", 1001)
    fx.task(ctx.db, "4.1", due="2024-06-28", lead=["市发展改革委", "各县（区）人民政府", "东湖区人民政府"])
    fx.task(ctx.db, "4.2", due="2024-06-28", lead=["各开发区管委会"])
    plan = compute(ctx, day("2024-06-28"))
    got = {(r.task, r.unit, r.chat_id) for r in plan.reminders}
    assert got == {
        ("4.1", "市发展改革委", 1001), ("4.1", "东湖区人民政府", 2001), ("4.1", "西湖区人民政府", 2002),
        # no member of this collective is bound: the collective is reported unbound
        ("4.2", "各开发区管委会", None),
    }
    assert len(plan.reminders) == 4  # 东湖区 once, though named directly and via the collective
    assert plan.unbound == ["各开发区管委会"]


def test_unit_that_reported_progress_gets_overdue_at_most_weekly(at):
    ctx = at("2024-07-01")
    t = fx.task(ctx.db, "5.1", due="2024-06-28", lead=["市住建局", "市城管局"])
    fx.bind(ctx.db, "市住建局", 3001)
    fx.bind(ctx.db, "市城管局", 3002)
    fx.progress(ctx.db, t, "2024-06-27T16:00:00+08:00", unit_name="市住建局")
    told = {}
    for d in ("2024-07-01", "2024-07-02", "2024-07-03", "2024-07-08", "2024-07-09"):
        plan = run_pass(ctx, day(d), dry_run=False)
        told[d] = {r.unit for r in plan.reminders if r.kind == "overdue"}
    assert told["2024-07-01"] == {"市城管局", "市住建局"}
    assert told["2024-07-02"] == {"市城管局"} and told["2024-07-03"] == {"市城管局"}
    assert told["2024-07-08"] == {"市城管局", "市住建局"}  # a week later
    assert told["2024-07-09"] == {"市城管局"}


def test_progress_older_than_the_quiet_window_does_not_silence(at):
    ctx = at("2024-07-01", DUCHA_REMIND_QUIET_AFTER_PROGRESS_DAYS="3")
    t = fx.task(ctx.db, "5.2", due="2024-06-28", lead=["市住建局"])
    fx.progress(ctx.db, t, "2024-06-20T16:00:00+08:00", unit_name="市住建局")
    run_pass(ctx, day("2024-07-01"), dry_run=False)
    assert kinds(run_pass(ctx, day("2024-07-02"), dry_run=False)) == [("5.2", "市住建局", "overdue")]


def test_plan_json_is_the_contract(at):
    ctx = at("2024-06-28")
    fx.task(ctx.db, "1.1", due="2024-06-28", lead=["市发展改革委"])
    data = compute(ctx, day("2024-06-28")).to_dict()
    assert list(data) == ["date", "workday", "reminders"]
    assert data["reminders"] == [{
        "task": "1.1", "unit": "市发展改革委", "chat_id": None, "kind": "due_today", "due": "2024-06-28",
        "text": data["reminders"][0]["text"],
    }]
