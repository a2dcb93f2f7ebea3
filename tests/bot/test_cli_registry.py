"""`ducha tasks/task/due/progress/bind/unit` as a user runs them: output, --json, exit codes,
and nothing written on bad input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.wiring import new_context
from core.settings import load_settings
from tests.support.cli import run, data_dir_with_plan


@pytest.fixture
def data_dir(tmp_path: Path, plan_table_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return data_dir_with_plan(tmp_path, plan_table_file, monkeypatch)


def count(data_dir: Path, table: str) -> int:
    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(data_dir)))
    try:
        return ctx.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        ctx.close()


def test_tasks_by_short_form_json(data_dir, capsys):
    code, out, _ = run(capsys, "tasks", "--unit", "林业局", "--json", "--date", "2021-03-01")
    assert code == 0
    items = json.loads(out)
    assert set(items[0]) == {"code", "text", "section", "subsection", "leaders", "lead_units", "co_units", "due", "status", "role"}
    lead = {i["code"] for i in items if i["role"] == "lead"}
    assert {"3.15", "7.13", "7.17"} <= lead
    assert all("省林业局" in (i["lead_units"] if i["role"] == "lead" else i["co_units"]) for i in items)


def test_task_plain_and_json(data_dir, capsys):
    code, out, _ = run(capsys, "task", "3.2")
    assert code == 0 and "省发展改革委、省工业和信息化厅、省通信管理局" in out and "殷美根" in out
    code, out, _ = run(capsys, "task", "3.2", "--json")
    data = json.loads(out)
    assert data["code"] == "3.2" and data["due"] == "2021-12-31" and data["progress"] == []


@pytest.mark.parametrize(
    "argv, needle",
    [
        (["due", "9.99", "2021-05-01"], "未知任务编号"),
        (["due", "3.2", "2024-02-30"], "日期无效"),
        (["due", "3.2", "2020-12-31"], "早于"),
        (["tasks", "--unit", "宇宙管理局"], "未知单位"),
        (["progress", "3.2", "进展", "--unit", "宇宙管理局"], "未知单位"),
        (["bind", "宇宙管理局", "123"], "未知单位"),
        (["tasks", "--status", "差不多"], "未知状态"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(data_dir, capsys, argv, needle):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert needle in err and len(err.strip().splitlines()) == 1
    assert count(data_dir, "deadlines") == count(data_dir, "progress") == count(data_dir, "bindings") == 0


def test_due_progress_bind_and_alias(data_dir, capsys):
    assert run(capsys, "due", "3.2", "2021-06-30")[0] == 0
    assert run(capsys, "progress", "3.2", "已开工", "--unit", "工信厅")[0] == 0
    code, out, _ = run(capsys, "tasks", "--overdue", "--date", "2021-07-01", "--json")
    assert [i["code"] for i in json.loads(out)] == ["3.2"]
    assert run(capsys, "progress", "3.2", "已建成", "--done")[0] == 0
    code, out, _ = run(capsys, "tasks", "--status", "已完成", "--json")
    assert [i["code"] for i in json.loads(out)] == ["3.2"]
    code, out, _ = run(capsys, "bind", "人社厅", "-100200")
    assert code == 0 and "省人力资源社会保障厅" in out
    code, out, _ = run(capsys, "bind", "--list", "--json")
    assert json.loads(out)[0]["chat_id"] == -100200
    code, out, _ = run(capsys, "unit", "alias", "通信局", "省通信管理局")
    assert code == 0
    code, out, _ = run(capsys, "tasks", "--unit", "通信局", "--json")
    assert "3.2" in [i["code"] for i in json.loads(out)]


def test_cli_writes_are_in_the_audit_trail(data_dir, capsys, monkeypatch):
    """The same acts as the bot's /due, /progress, /bind, audited the same way: who (the OS
    login, marked cli:), what, on which task or unit — and a refused act leaves no row."""
    import getpass

    from store.audit import list_audit

    monkeypatch.setattr(getpass, "getuser", lambda: "zhang")
    assert run(capsys, "due", "3.2", "2021-06-30")[0] == 0
    assert run(capsys, "progress", "3.2", "已开工", "--unit", "工信厅", "--done")[0] == 0
    assert run(capsys, "bind", "人社厅", "-100200")[0] == 0
    assert run(capsys, "unit", "alias", "通信局", "省通信管理局")[0] == 0
    assert run(capsys, "due", "3.2", "2024-02-30")[0] == 2
    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(data_dir)))
    try:
        trail = [(a.action, a.target, a.detail, a.user_name, a.user_id, a.chat_id) for a in reversed(list_audit(ctx.db))]
        set_by = ctx.db.execute("SELECT set_by FROM deadlines").fetchone()[0]
    finally:
        ctx.close()
    assert trail == [
        ("due", "3.2", "2021-06-30", "cli:zhang", None, None),
        ("done", "3.2", "已开工", "cli:zhang", None, None),
        ("bind", "省人力资源社会保障厅", "-100200", "cli:zhang", None, None),
        ("alias", "通信局", "省通信管理局", "cli:zhang", None, None),
    ]
    assert set_by == "cli:zhang"
