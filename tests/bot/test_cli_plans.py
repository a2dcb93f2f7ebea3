"""A plan's life after its year, as a user runs it: `ducha ingest` of a past year's plan says
reminders will start and how to close it; `ducha plan close` stops its reminders and overdue
counts, its tasks stay answerable and marked; `ducha plan open` restores all of it.
Also `--region` on a plan that names no place, and codes shared by two plans."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from bot.wiring import new_context
from core.settings import load_settings
from tests.support.paths import DATA
from tests.support.cli import run

YUNLING = DATA / "plans" / "yunling"


def _qingfeng():
    spec = importlib.util.spec_from_file_location("qingfeng_plan", DATA / "plans" / "qingfeng_plan.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["qingfeng_plan"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture
def data(monkeypatch, tmp_path) -> Path:
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "var"))
    return tmp_path / "var"


def _ingest_qingfeng(capsys, tmp_path) -> None:
    path = _qingfeng().write_labelled(tmp_path / "qingfeng.txt")
    code, out, err = run(capsys, "ingest", str(path))
    assert code == 0, err
    # 2024 is past: the summary says reminders will start and how to close the plan.
    assert "2024年" in out and "ducha plan close 1" in out


def test_close_stops_reminders_and_overdue_counts_open_restores_them(data, capsys, tmp_path):
    _ingest_qingfeng(capsys, tmp_path)
    code, out, _ = run(capsys, "plan", "list", "--json")
    plans = json.loads(out)["plans"]
    assert [(p["id"], p["year"], p["region"], p["tasks"], p["status"]) for p in plans] == [(1, 2024, "青枫市", 12, "active")]
    assert set(plans[0]) == {"id", "title", "region", "year", "tasks", "status", "file", "warnings"}

    def reminders() -> list[dict]:
        code, out, _ = run(capsys, "remind", "--date", "2025-03-04", "--dry-run", "--json")
        assert code == 0
        return json.loads(out)["reminders"]

    def overdue() -> list[dict]:
        return json.loads(run(capsys, "tasks", "--overdue", "--date", "2025-03-04", "--json")[1])

    assert len(overdue()) == 12 and {r["kind"] for r in reminders()} >= {"overdue"}

    code, out, _ = run(capsys, "plan", "close", "2024")
    assert code == 0 and "ducha plan open 1" in out
    assert reminders() == [] and overdue() == []
    task = json.loads(run(capsys, "task", "1.1", "--json", "--date", "2025-03-04")[1])
    assert task["plan"]["status"] == "closed" and task["status"] != "逾期" and task["plan_status"] == "closed"
    assert "已关闭方案" in run(capsys, "task", "1.1")[1]
    assert json.loads(run(capsys, "plan", "list", "--json")[1])["plans"][0]["status"] == "closed"

    code, out, _ = run(capsys, "plan", "open", "1")
    assert code == 0
    assert len(overdue()) == 12 and reminders()

    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(data)))
    try:
        actions = [r[0] for r in ctx.db.execute("SELECT action FROM bot_audit ORDER BY rowid")]
    finally:
        ctx.close()
    assert actions == ["plan_close", "plan_open"]


@pytest.mark.parametrize("argv", [["plan", "close", "2030"], ["plan", "open", "7"], ["plan", "close", "去年"]])
def test_bad_plan_reference_exits_2(data, capsys, tmp_path, argv):
    _ingest_qingfeng(capsys, tmp_path)
    code, out, err = run(capsys, *argv)
    assert code == 2 and err.startswith("错误：") and out == ""


def test_a_plan_naming_no_place_has_no_region_until_given(data, capsys):
    code, out, _ = run(capsys, "ingest", str(YUNLING / "shape1_table.docx"), "--json")
    item = json.loads(out)["files"][0]
    assert code == 0 and item["kind"] == "plan" and item["region"] is None and item["level"] == "省"
    assert "region" in item["missing"] and any("--region" in n for n in item["notes"])
    # 各设区市政府 is a collective only a known province can expand.
    show = json.loads(run(capsys, "unit", "show", "各设区市政府", "--json")[1])
    assert show["members"] == []
    plain = run(capsys, "ingest", str(YUNLING / "shape1_table.docx"))[1]
    assert "未变化" in plain


def test_region_given_on_the_command_line(data, capsys):
    code, out, _ = run(capsys, "ingest", str(YUNLING / "shape5_pdftext.txt"), "--region", "江西省", "--json")
    item = json.loads(out)["files"][0]
    assert code == 0 and item["region"] == "江西省" and item["tasks"] == 40
    show = json.loads(run(capsys, "unit", "show", "各设区市政府", "--json")[1])
    assert len(show["members"]) == 11
    # --region never overrides a plan that names its own place.
    code, out, _ = run(capsys, "ingest", str(YUNLING / "shape3_brackets.txt"), "--region", "江西省", "--json")
    assert json.loads(out)["files"][0]["region"] == "云岭省"


def test_a_code_in_two_plans_names_the_plan_and_the_other(data, capsys, tmp_path):
    _ingest_qingfeng(capsys, tmp_path)
    assert run(capsys, "ingest", str(YUNLING / "shape3_brackets.txt"))[0] == 0
    code, out, _ = run(capsys, "task", "1.1")
    assert code == 0 and "云岭省2025年《政府工作报告》重点工作责任分工方案" in out
    assert "另有方案也有任务 1.1" in out and "青枫市2024年政府工作报告重点任务分解方案" in out
    listing = run(capsys, "tasks")[1]
    assert "【青枫市2024年政府工作报告重点任务分解方案】" in listing
    detail = json.loads(run(capsys, "task", "1.1", "--plan", "1", "--json")[1])
    assert detail["plan"]["title"].startswith("青枫市") and detail["other_plans"][0]["id"] == 2


def test_ask_marks_a_task_from_a_closed_plan(data, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("DUCHA_EMBEDDING", "none")
    _ingest_qingfeng(capsys, tmp_path)
    assert run(capsys, "plan", "close", "1")[0] == 0
    code, out, _ = run(capsys, "ask", "1.2 的牵头单位是谁", "--json")
    answer = json.loads(out)
    assert code == 0 and "青枫高新区管委会" in answer["answer"] and "已关闭方案" in answer["answer"]
    assert answer["tasks"][0]["plan_status"] == "closed"
