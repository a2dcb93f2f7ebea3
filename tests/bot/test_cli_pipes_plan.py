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


REPORT = """青石县2025年政府工作报告
——2025年1月10日在青石县第十八届人民代表大会第五次会议上
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议。
一、2024年工作回顾
过去一年，全县地区生产总值增长5.6%，一般公共预算收入增长4.1%，城乡居民收入稳步增长。
主要指标 | 2024年 | 增长
地区生产总值 | 312亿元 | 5.6%
固定资产投资 | 140亿元 | 6.2%
（一）产业发展提质增效。新增规模以上工业企业22家，建成省级专精特新企业5家。
（二）城乡面貌持续改善。改造农村公路120公里，新建污水管网46公里。
二、2025年工作安排
今年县政府将继续办好民生实事（见下表）：
| 序号 | 工作任务 | 牵头单位 | 配合单位 |
| 1 | 新建幼儿园3所 | 县教育局 | 县财政局 |
| 2 | 改造老旧小区12个 | 县住建局 | 县财政局 |
| 3 | 新增城镇就业3000人 | 县人社局 | 各乡镇 |
（一）扩大有效投资。全年实施重点项目60个，完成投资150亿元。
（二）提振消费。开展促消费活动40场以上，社会消费品零售总额增长6%。
（三）深化改革。推进“高效办成一件事”改革，新增集成办理事项10个。
（四）保障民生。城镇新增就业3000人，新建改扩建学校5所。
（五）生态环境。空气质量优良天数比率保持在95%以上。
（六）安全发展。开展安全生产治本攻坚三年行动，坚决遏制重特大事故。
（七）政府建设。坚持依法行政，自觉接受人大监督和政协民主监督。
各位代表，新的征程催人奋进，让我们团结一心，奋力谱写青石发展新篇章！
"""


def test_a_report_with_a_few_bar_lines_is_still_a_report(data_dir, capsys, tmp_path):
    path = tmp_path / "qingshi_2025.txt"
    path.write_text(REPORT, encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(path), "--json")
    assert code == 0, err
    f = json.loads(out)["files"][0]
    assert (f["kind"], f["tasks"], f["region"], f["year"]) == ("report", 0, "青石县", 2025)
    assert f["chunks"] > 0
