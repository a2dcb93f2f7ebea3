"""The registry in SQLite: loading plans, units and aliases, lists and filters, deadlines,
progress, bindings, and re-ingesting a changed table."""
from __future__ import annotations

from tests.support.paths import EXAMPLES

import dataclasses
import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest

from core.errors import UserError
from retrieval.plans import parse_plan
from store import bindings, deadlines, plans, progress, tasks, units

EXAMPLE = EXAMPLES / "示例市2025年重点工作责任分工方案.txt"
NOW = dt.datetime(2021, 3, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
TODAY = NOW.date()


@pytest.fixture
def sample_table(plan_table_file: Path):
    return parse_plan(SimpleNamespace(text=plan_table_file.read_text(encoding="utf-8"), tables=[]))


@pytest.fixture
def db(ctx, sample_table):
    result = plans.load_plan(ctx.db, sample_table, None, "table.txt", "hash-1")
    assert (result.tasks, result.status, result.year, result.region) == (166, "ingested", 2021, "江西省")
    return ctx.db


def test_load_identity_from_the_table_and_meta_fills_gaps(ctx, sample_table):
    result = plans.load_plan(ctx.db, sample_table, {"region": "江西省", "year": 2021, "title": None}, "a.txt", "h")
    row = ctx.db.execute("SELECT title, region, year, issued FROM plans WHERE id = ?", [result.plan_id]).fetchone()
    assert row == ("2021年省《政府工作报告》重点工作责任分工方案", "江西省", 2021, "2021-02-10")


@pytest.mark.parametrize(
    "short, full",
    [
        ("发改委", "省发展改革委"), ("省发改委", "省发展改革委"), ("工信厅", "省工业和信息化厅"),
        ("人社厅", "省人力资源社会保障厅"), ("住建厅", "省住房城乡建设厅"), ("卫健委", "省卫生健康委"),
        ("文旅厅", "省文化和旅游厅"), ("市场监管局", "省市场监管局"), ("金融监管局", "省金融监管局"),
        ("林业局", "省林业局"), ("江西省发展和改革委员会", "省发展改革委"), ("南昌", "南昌市政府"),
        ("省人力资源和社会保障厅", "省人力资源社会保障厅"), ("赣江新区", "赣江新区管委会"),
    ],
)
def test_short_forms_resolve_to_one_canonical_unit(db, short, full):
    assert units.resolve_unit(db, short).name == full


def test_spelling_variants_are_one_unit_named_by_the_commoner_spelling(db):
    names = {r[0] for r in db.execute("SELECT name FROM units")}
    assert "省人力资源社会保障厅" in names and "省人力资源和社会保障厅" not in names
    # 19 tasks spell it one way, 3 the other: all 22 are found under the canonical name.
    views = tasks.list_tasks(db, unit="人社厅", today=TODAY)
    assert len(views) == 22
    assert all("省人力资源和社会保障厅" not in v.lead_units + v.co_units for v in views)


@pytest.mark.parametrize("first, second", [(["经发办"], ["镇经发办"]), (["镇经发办"], ["经发办"]), (["栖梧镇经发办"], ["经发办"])])
def test_an_office_printed_with_or_without_its_place_is_one_unit(db, first, second):
    ids = units.ensure_units(db, first, "栖梧镇") | units.ensure_units(db, second, "栖梧镇")
    assert len(set(ids.values())) == 1, ids
    # another town's office, printed with its place, stays its own
    assert units.ensure_units(db, ["镇经发办"], "青石镇")["镇经发办"] not in ids.values()


def test_unit_filter_marks_lead_and_co_roles(db):
    views = {v.code: v for v in tasks.list_tasks(db, unit="通信管理局", today=TODAY)}
    assert views["3.2"].role == "lead" and views["3.2"].to_dict()["role"] == "lead"
    assert views["2.11"].role == "co"
    lead = [v.code for v in tasks.list_tasks(db, unit="林业局", today=TODAY) if v.role == "lead"]
    assert {"3.15", "7.13", "7.17"} <= set(lead)


def test_unknown_and_ambiguous_units_are_refused_with_candidates(db, sample_table):
    with pytest.raises(UserError, match="未知单位"):
        units.resolve_unit(db, "宇宙管理局")
    # A city plan brings a second 市场监管局: the bare short form is now ambiguous.
    example = parse_plan(SimpleNamespace(text=EXAMPLE.read_text(encoding="utf-8").replace("市住房城乡建设局", "市市场监管局"), tables=[]))
    plans.load_plan(db, example, None, "example.txt", "h2")
    with pytest.raises(UserError) as err:
        units.resolve_unit(db, "市场监管局")
    assert "省市场监管局" in str(err.value) and "市市场监管局" in str(err.value)
    assert units.resolve_unit(db, "省市场监管局").name == "省市场监管局"
    # An admin alias settles it.
    units.add_alias(db, "市场监管局", "省市场监管局")
    assert units.resolve_unit(db, "市场监管局").name == "省市场监管局"


def test_collective_units_expand_to_the_eleven_cities(db):
    collective = units.resolve_unit(db, "各设区市政府")
    assert collective.kind == "collective"
    members = [u.name for u in units.expand(db, collective)]
    assert len(members) == 11 and "抚州市政府" in members and "景德镇市政府" in members
    group = units.resolve_unit(db, "省数字经济创新发展领导小组成员单位")
    assert group.kind == "collective" and units.expand(db, group) == [group]
    # A member city sees the collective's tasks as its own.
    fuzhou = tasks.list_tasks(db, unit="抚州市政府", today=TODAY)
    assert len(fuzhou) > 100


def test_units_and_leaders_found_in_questions(db):
    assert [u.name for u in units.units_in_text(db, "人社厅牵头哪些")] == ["省人力资源社会保障厅"]
    assert [u.name for u in units.units_in_text(db, "5G那项是发改委牵头吗")] == ["省发展改革委"]
    # a 办 followed by 理/好/结 is the verb 办理, no office (round 65d: "区政府办理人大代表建议多少件")
    units.ensure_units(db, ["县政府办"], None)
    assert units.units_in_text(db, "去年县政府办理人大代表建议多少件") == []
    assert [u.name for u in units.units_in_text(db, "县政府办牵头哪些")] == ["县政府办"]
    assert tasks.leaders_in_text(db, "易炼红同志牵头的是哪项工作？") == ["易炼红"]
    assert [v.code for v in tasks.list_tasks(db, leader="易炼红", today=TODAY)] == ["4.1"]


def test_search_matches_two_character_words(db):
    hits = tasks.search_tasks(db, "5G网络连续覆盖那项谁牵头？", today=TODAY)
    assert hits[0].code == "3.2"
    assert hits[0].lead_units == ["省发展改革委", "省工业和信息化厅", "省通信管理局"]
    hits = tasks.search_tasks(db, "老旧小区", today=TODAY)
    assert hits and "老旧小区" in hits[0].text
    assert "省住房城乡建设厅" in hits[0].lead_units


def test_deadline_rule_and_status(db):
    task = tasks.get_task(db, "3.2", today=TODAY)
    assert task.due == dt.date(2021, 12, 31) and task.status == "未开始"
    assert tasks.get_task(db, "3.2", today=dt.date(2022, 1, 1)).status == "逾期"
    assert tasks.get_task(db, "3.2", today=dt.date(2021, 12, 31)).status == "未开始"
    deadlines.set_due(db, "3.2", "2021-06-30", by="admin:1", now=NOW)
    assert tasks.get_task(db, "3.2", today=dt.date(2021, 7, 1)).status == "逾期"
    progress.add_progress(db, "3.2", "已开工建设", unit="工信厅", reporter="u:2", now=NOW)
    assert tasks.get_task(db, "3.2", today=TODAY).status == "推进中"
    progress.add_progress(db, "3.2", "全部建成", done=True, reporter="u:2", now=NOW)
    assert tasks.get_task(db, "3.2", today=dt.date(2022, 5, 1)).status == "已完成"
    detail = tasks.task_detail(db, "3.2", today=TODAY)
    assert detail.task.due == dt.date(2021, 6, 30) and detail.due_source == "admin"
    assert [p.unit for p in detail.progress] == ["省工业和信息化厅", None]
    assert detail.to_dict()["due_source"] == "admin" and detail.to_dict()["progress"][1]["done"] is True
    assert [v.code for v in tasks.list_tasks(db, status="已完成", today=TODAY)] == ["3.2"]
    assert "3.2" in [v.code for v in tasks.list_tasks(db, due_before=dt.date(2021, 6, 30), today=TODAY)]
    assert len(tasks.list_tasks(db, status="逾期", today=dt.date(2022, 1, 1))) == 165


@pytest.mark.parametrize(
    "code, date, reason",
    [("9.99", "2021-05-01", "未知任务"), ("3.2", "2024-02-30", "日期无效"), ("3.2", "2020-12-31", "早于"), ("x", "2021-05-01", "格式")],
)
def test_bad_due_writes_nothing(db, code, date, reason):
    with pytest.raises(UserError, match=reason):
        deadlines.set_due(db, code, date, by="admin", now=NOW)
    assert db.execute("SELECT count(*) FROM deadlines").fetchone()[0] == 0


def test_bad_progress_writes_nothing(db):
    with pytest.raises(UserError):
        progress.add_progress(db, "3.2", "进展", unit="宇宙管理局", reporter="x", now=NOW)
    with pytest.raises(UserError):
        progress.add_progress(db, "3.2", "  ", reporter="x", now=NOW)
    assert db.execute("SELECT count(*) FROM progress").fetchone()[0] == 0


def test_bindings(db):
    bindings.bind(db, "发改委", -1001, by="admin", now=NOW)
    bindings.bind(db, "人社厅", "-1002", by="admin", now=NOW)
    assert [u.name for u in bindings.units_for_chat(db, -1001)] == ["省发展改革委"]
    bindings.bind(db, "发改委", -1003, by="admin", now=NOW)  # moves to a new chat
    assert bindings.units_for_chat(db, -1001) == []
    assert bindings.deactivate_chat(db, -1002, "Forbidden: bot was blocked") == 1
    active = bindings.list_bindings(db, active_only=True)
    assert [(b["unit"], b["chat_id"]) for b in active] == [("省发展改革委", -1003)]
    with pytest.raises(UserError):
        bindings.bind(db, "发改委", "abc", by="admin", now=NOW)


def test_reingest_updates_in_place_and_keeps_history(db, sample_table):
    deadlines.set_due(db, "3.4", "2021-09-30", by="admin", now=NOW)
    progress.add_progress(db, "3.4", "前期工作完成", reporter="x", now=NOW)
    old_id = tasks.get_task(db, "3.4", today=TODAY).id
    same = plans.load_plan(db, sample_table, None, "table.txt", "hash-1")
    assert same.status == "unchanged"
    rows = [dataclasses.replace(r, text=r.text + "（修订）") if r.code == "3.4" else r for r in sample_table.rows if r.code != "8.40"]
    changed = dataclasses.replace(sample_table, rows=rows)
    result = plans.load_plan(db, changed, None, "table.txt", "hash-2")
    assert (result.status, result.plan_id, result.updated, result.created, result.removed) == ("ingested", same.plan_id, 165, 0, 1)
    task = tasks.get_task(db, "3.4", today=TODAY)
    assert task.id == old_id and task.text.endswith("（修订）")
    assert task.due == dt.date(2021, 9, 30) and task.status == "推进中"
    with pytest.raises(UserError):
        tasks.get_task(db, "8.40", today=TODAY)
    assert len(tasks.list_tasks(db, today=TODAY)) == 165
    # Another year is another plan.
    next_year = dataclasses.replace(sample_table, title="2022年省《政府工作报告》重点工作责任分工方案", year=2022)
    other = plans.load_plan(db, next_year, None, "table2022.txt", "hash-3")
    assert other.plan_id != same.plan_id
    assert tasks.get_task(db, "3.4", today=TODAY).plan_id == other.plan_id  # newest plan first
    assert db.execute("SELECT count(*) FROM plans").fetchone()[0] == 2


def test_failed_load_leaves_nothing(ctx, sample_table, monkeypatch):
    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(plans, "index_task", boom)
    with pytest.raises(RuntimeError):
        plans.load_plan(ctx.db, sample_table, None, "t.txt", "h")
    assert ctx.db.execute("SELECT count(*) FROM tasks").fetchone()[0] == 0
    assert ctx.db.execute("SELECT count(*) FROM plans").fetchone()[0] == 0


def test_example_plan_time_words(ctx):
    table = parse_plan(SimpleNamespace(text=EXAMPLE.read_text(encoding="utf-8"), tables=[]))
    plans.load_plan(ctx.db, table, None, "example.txt", "h")
    due = {v.code: v.due for v in tasks.list_tasks(ctx.db, today=dt.date(2025, 3, 1))}
    assert due == {"1.1": dt.date(2025, 12, 31), "1.2": dt.date(2025, 6, 30), "1.3": dt.date(2025, 9, 30),
                   "2.1": dt.date(2025, 12, 31), "2.2": dt.date(2025, 6, 30)}
    # A city's units are named with the city (see store.units.qualify); short forms still work.
    assert units.resolve_unit(ctx.db, "人社局").name == "示例市人力资源和社会保障局"
    assert units.resolve_unit(ctx.db, "市发改委").name == "示例市发展改革委"


def test_a_unit_list_in_pages_adds_up_to_the_whole_list(ctx, sample_table):
    """`tasks --unit … --limit/--offset`: pages in order, no task twice, counts that agree."""
    from store.tasks import count_tasks, list_tasks

    plans.load_plan(ctx.db, sample_table, None, "table.txt", "h")
    today = dt.date(2021, 6, 1)
    whole = list_tasks(ctx.db, unit="各设区市政府", today=today)
    assert len(whole) > 10 and count_tasks(ctx.db, unit="各设区市政府", today=today) == len(whole)
    pages = [list_tasks(ctx.db, unit="各设区市政府", today=today, limit=7, offset=o) for o in range(0, len(whole), 7)]
    assert [t.code for page in pages for t in page] == [t.code for t in whole]
    assert [t.role for page in pages for t in page] == [t.role for t in whole]
