"""A plan pasted as text with bars between cells, as a user runs it: `ducha ingest` says it is a
plan of 16 tasks of 汀澜市 2025 (it used to be taken for a report), whichever bars the table
uses; `ducha tasks` gives a wrapped task its text and owners whole and in order; a report
quoting a few "|" lines is still ingested as a report."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.cli import empty_data_dir, run
from tests.support.paths import DATA

TINGLAN = DATA / "plans" / "tinglan"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return empty_data_dir(tmp_path, monkeypatch)


@pytest.mark.parametrize("name", ["pipes1_notice.txt", "pipes2_markdown.txt", "pipes3_fullwidth.txt", "pipes4_box.txt"])
def test_ingest_reports_a_plan_with_its_tasks_region_and_year(data_dir, capsys, name):
    code, out, err = run(capsys, "ingest", str(TINGLAN / name), "--json")
    assert code == 0, err
    f = json.loads(out)["files"][0]
    assert (f["status"], f["kind"], f["tasks"], f["region"], f["year"]) == ("ingested", "plan", 16, "汀澜市", 2025)
    tasks = json.loads(run(capsys, "tasks", "--json")[1])
    assert [t["code"] for t in tasks][:7] == ["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2"]


@pytest.mark.parametrize("name", ["pipes1_notice.txt", "pipes3_fullwidth.txt"])
def test_tasks_gives_a_wrapped_task_its_owners_in_order(data_dir, capsys, name):
    """序号 6 is task 2.1; its text and its five co-units were wrapped over four lines (at a 、 in
    the first file, in the middle of names such as 市交通 / 运输局 in the third)."""
    assert run(capsys, "ingest", str(TINGLAN / name))[0] == 0
    tasks = {t["code"]: t for t in json.loads(run(capsys, "tasks", "--json")[1])}
    task = tasks["2.1"]
    assert task["text"] == "滚动实施重大项目攻坚年活动，全年实施省市重点项目150个，完成投资420亿元以上。"
    assert task["leaders"] == ["方砚舟"] and task["lead_units"] == ["汀澜市发展改革委"]
    assert task["co_units"] == ["汀澜市重点项目建设服务中心", "汀澜市自然资源和规划局", "汀澜市生态环境局",
                                "汀澜市住房和城乡建设局", "汀澜市交通运输局"]
    assert task["due"] == "2025-12-31"
    assert tasks["1.4"]["leaders"] == ["方砚舟", "叶秋池"]  # the leader cell wrapped after "、"
    assert tasks["3.2"]["leaders"] == [] and tasks["3.2"]["lead_units"] == ["汀澜市商务局"]
    code, out, _ = run(capsys, "tasks", "--unit", "市交通运输局", "--json")
    assert [(t["code"], t["role"]) for t in json.loads(out)] == [("2.1", "co")]


# a county report quoting a table of 主要指标 and a table of 民生实事 with bars between cells
REPORT = (DATA / "plans" / "qingshi_report_with_bars.txt").read_text(encoding="utf-8")


def test_a_report_with_a_few_bar_lines_is_still_a_report(data_dir, capsys, tmp_path):
    path = tmp_path / "qingshi_2025.txt"
    path.write_text(REPORT, encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(path), "--json")
    assert code == 0, err
    f = json.loads(out)["files"][0]
    assert (f["kind"], f["tasks"], f["region"], f["year"]) == ("report", 0, "青石县", 2025)
    assert f["chunks"] > 0
