"""What `ducha ingest` tells a supervision office about a plan, as a user runs it:
- a plan whose notice says "共明确9项重点工作" but holds 8 tasks is stored, and the summary says
  so under the file's line (plain) and in a "warnings" list (--json); none when they agree;
- a town's plan (青石镇) printed with letter-spaced labels ("牵 头 单 位：") gets its region and
  level, its units named for the town, and questions naming the town find its tasks."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.cli import empty_data_dir, run
from tests.support.paths import DATA

TOWN = DATA / "plans" / "qingshi" / "town_fields.txt"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return empty_data_dir(tmp_path, monkeypatch)


def _variant(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = TOWN.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_a_plan_read_short_of_its_notice_is_stored_with_a_warning(data_dir, tmp_path, capsys):
    path = _variant(tmp_path, "short.txt", "共明确8项重点工作", "共明确9项重点工作")
    code, out, err = run(capsys, "ingest", str(path), "--json")
    assert code == 0, err
    f = json.loads(out)["files"][0]
    assert (f["status"], f["kind"], f["tasks"]) == ("ingested", "plan", 8)
    assert f["warnings"] == ["方案写明共9项，实际读到8项"]
    assert len(json.loads(run(capsys, "tasks", "--json")[1])) == 8  # the warning is not an error


def test_the_plain_summary_shows_each_warning_under_the_file_line(data_dir, tmp_path, capsys):
    path = _variant(tmp_path, "short.txt", "\n5. 任 务：开展人居环境整治", "开展人居环境整治")  # a task number lost
    code, out, err = run(capsys, "ingest", str(path))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("已导入  short.txt  分工方案｜青石镇｜2024｜") and lines[0].endswith("7 项任务")
    assert lines[1] == "    核对：第2部分标明2项，实际读到1项，可能有任务漏读或多读，请对照原文检查（方案已导入）"
    assert lines[2] == "    核对：方案写明共8项，实际读到7项，可能有任务漏读或多读，请对照原文检查（方案已导入）"


def test_no_warning_when_the_counts_agree(data_dir, capsys):
    code, out, err = run(capsys, "ingest", str(TOWN), "--json")
    assert code == 0, err
    f = json.loads(out)["files"][0]
    assert f["warnings"] == [] and f["tasks"] == 8
    run(capsys, "plan", "list")  # a second command on the same data dir
    code, out, _ = run(capsys, "ingest", str(TOWN))
    assert code == 0 and "核对" not in out


def test_a_town_plan_gets_its_region_level_and_town_units(data_dir, capsys):
    code, out, err = run(capsys, "ingest", str(TOWN), "--json")
    assert code == 0, err
    f = json.loads(out)["files"][0]
    assert (f["region"], f["level"], f["year"]) == ("青石镇", "镇", 2024)
    assert not any("未写明地区" in note for note in f["notes"])
    tasks = {t["code"]: t for t in json.loads(run(capsys, "tasks", "--json")[1])}
    assert tasks["1.1"]["leaders"] == ["周怀远"] and tasks["1.1"]["lead_units"] == ["青石镇经济发展办"]
    assert tasks["1.1"]["co_units"] == ["青石镇规划建设办", "青石镇财政所"]
    assert tasks["3.3"]["co_units"] == ["青石镇财政所", "青石镇各村（社区）"]
    code, out, _ = run(capsys, "tasks", "--unit", "社会事务办", "--json")
    assert code == 0 and [t["code"] for t in json.loads(out)] == ["3.1", "3.2", "3.3"]
    plans = json.loads(run(capsys, "plan", "list", "--json")[1])["plans"]
    assert [(p["region"], p["tasks"]) for p in plans] == [("青石镇", 8)]


def test_a_question_naming_the_town_gets_that_towns_task(data_dir, tmp_path, capsys):
    """Two towns' plans with the same task: the town named picks the plan."""
    other = tmp_path / "baisha.txt"
    other.write_text(TOWN.read_text(encoding="utf-8").replace("青石", "白沙").replace("社会事务办", "社会事务和民政办"), encoding="utf-8")
    assert run(capsys, "ingest", str(TOWN), str(other))[0] == 0
    for town, unit in (("青石镇", "青石镇社会事务办"), ("白沙镇", "白沙镇社会事务和民政办")):
        code, out, _ = run(capsys, "ask", f"{town}养老服务站由哪个单位牵头？", "--json")
        data = json.loads(out)
        assert code == 0 and data["tasks"][0]["code"] == "3.3"
        assert data["tasks"][0]["lead_units"] == [unit] and unit in data["answer"]


def test_the_warning_stays_with_the_plan(data_dir, tmp_path, capsys):
    """`plan list` (plain and --json) keeps saying it, and so does ingest of the unchanged file."""
    path = _variant(tmp_path, "short.txt", "共明确8项重点工作", "共明确9项重点工作")
    assert run(capsys, "ingest", str(path))[0] == 0
    plans = json.loads(run(capsys, "plan", "list", "--json")[1])["plans"]
    assert plans[0]["warnings"] == ["方案写明共9项，实际读到8项"] and plans[0]["tasks"] == 8
    out = run(capsys, "plan", "list")[1].splitlines()
    assert out[0].endswith("青石镇2024年政府工作报告重点工作责任分工方案")
    assert out[1] == "\t核对：方案写明共9项，实际读到8项（导入时读到的任务数与方案写明的不同，请对照原文检查）"
    code, out, _ = run(capsys, "ingest", str(path), "--json")
    f = json.loads(out)["files"][0]
    assert code == 0 and f["status"] == "unchanged" and f["warnings"] == ["方案写明共9项，实际读到8项"]


def test_a_town_plan_that_names_no_place_says_it_is_a_town_plan(data_dir, tmp_path, capsys):
    """No issuer and a title without a place: the region stays unknown, the level is read from
    the units ("镇经济发展办" → 镇) and the summary says so."""
    text = TOWN.read_text(encoding="utf-8")
    body = text[text.index("一、壮大镇域经济"):text.index("青石镇党政办公室")]
    path = tmp_path / "bare.txt"
    path.write_text("2024年镇政府工作报告重点工作责任分工方案\n\n" + body, encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(path), "--json")
    assert code == 0, err
    f = json.loads(out)["files"][0]
    assert (f["region"], f["level"], f["tasks"]) == (None, "镇", 8)
    assert any("乡镇级方案" in note for note in f["notes"])
