"""A plan read in part: the rows that read are loaded, each row left out is named.

A real office's table often carries one row no reader foresaw (a stray title, a merged note,
a task with its unit cell left blank). Refusing fifty tasks for it left staff with nothing to
ask about; loading the rest and naming the row keeps the registry useful and tells them what
to check. A reading with many bad rows, or a PDF rebuilt from its text lines, is still refused
whole: there the rows that "read" may be wrong too."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from retrieval.loaders import load_file
from retrieval.plans import PlanTableError, parse_plan
from tests.support.cli import empty_data_dir, run

HEADER = ["序号", "工作任务", "责任领导", "牵头单位", "配合单位"]


def _tasks(n: int, start: int = 1) -> list[list[str]]:
    units = ["县发改局", "县财政局", "县教育局", "县交通运输局", "县水利局", "县农业农村局", "县卫健局", "县住建局"]
    return [[str(i), f"完成第{i}项重点工作，建成示范点{i}个", "张平", units[i % len(units)], "县统计局"] for i in range(start, start + n)]


def _read(rows: list[list[str]]):
    return parse_plan(SimpleNamespace(text="梧桐县2025年政府工作报告重点工作责任分工方案", tables=[rows]))


def test_a_stray_row_is_left_out_and_named_the_rest_loads():
    rows = [HEADER, *_tasks(4), ["", "（本表由县政府督查室负责解释）", "", "", "县政府办"], *_tasks(4, start=5)]
    table = _read(rows)
    assert len(table.rows) == 8
    assert any("第6行" in w and "未导入" in w for w in table.warnings), table.warnings


def test_a_task_without_its_lead_unit_is_left_out_not_loaded_ownerless():
    rows = [HEADER, *_tasks(6)]
    rows[3][3] = ""  # task 3: its 牵头单位 cell left blank
    table = _read(rows)
    assert [r.number for r in table.rows] == [1, 2, 4, 5, 6]
    assert any("没有牵头单位" in w and "未导入" in w for w in table.warnings), table.warnings


def test_more_than_one_bad_row_in_five_refuses_the_whole_plan():
    rows = [HEADER, *_tasks(6)]
    rows[2][3] = rows[4][3] = ""  # two of six without a lead: the reading itself is suspect
    with pytest.raises(PlanTableError) as err:
        _read(rows)
    assert "未导入任何任务" in str(err.value)


def test_a_tiny_plan_with_a_bad_row_is_refused_whole():
    rows = [HEADER, *_tasks(3)]
    rows[2][3] = ""
    with pytest.raises(PlanTableError):
        _read(rows)


def _two_tables_xlsx(path: Path, title_row: str) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["桐溪市2025年政府工作报告重点工作任务分解表"])
    ws.append(["序号", "工作板块", "重点工作任务", "完成时限", "责任市领导", "责任单位"])
    ws.append(["1", "一、做强实体经济", "推进先进制造业集群建设，新增规上工业企业30家", "12月底前", "周明", "市工信局、市发改委"])
    ws.append(["2", "", "实施技术改造项目60个", "12月底前", "周明", "市工信局"])
    ws.append(["3", "二、扩大有效投资", "新开工亿元以上项目80个", "12月底前", "吴桐", "市发改委、市自然资源局"])
    ws.append(["4", "", "争取专项债券资金20亿元", "9月底前", "吴桐", "市财政局、市发改委"])
    ws.append(["5", "三、增进民生福祉", "办好十件民生实事（详见附表2）", "12月底前", "李青", "市政府办"])
    ws.append([title_row])
    ws.append(["序号", "实事项目", "年度目标", "责任市领导", "牵头单位", "配合单位"])
    ws.append(["1", "新建社区食堂", "新建社区食堂20个", "李青", "市民政局", "各街道"])
    ws.append(["2", "改造农村公路", "提质改造农村公路120公里", "吴桐", "市交通运输局", "各乡镇"])
    ws.append(["3", "建设口袋公园", "建成口袋公园15个", "李青", "市城管局", "市住建局"])
    wb.save(path)
    return path


@pytest.mark.parametrize("title_row", ["附表2 桐溪市2025年十件民生实事责任分工表", "附件2：十件民生实事任务分工"])
def test_a_second_table_under_its_annex_title_is_the_next_section(tmp_path, title_row):
    table = parse_plan(load_file(_two_tables_xlsx(tmp_path / "分解表.xlsx", title_row)))
    assert table.warnings == []
    last = table.sections[-1]
    assert last.number == 4 and "十件民生实事" in last.title
    rows = {r.code: r for r in table.rows}
    assert rows["4.3"].lead_units == ["市城管局"] and rows["4.3"].co_units == ["市住建局"]
    assert rows["4.2"].leaders == ["吴桐"]
    assert rows["3.1"].text.startswith("办好十件民生实事") and len(table.rows) == 8


def test_ingest_prints_each_row_left_out_under_the_plan(tmp_path, monkeypatch, capsys):
    empty_data_dir(tmp_path, monkeypatch)
    folder = tmp_path / "docs"
    folder.mkdir()
    lines = ["梧桐县2025年政府工作报告重点工作责任分工方案", "\t".join(HEADER)]
    rows = _tasks(7)
    rows[4][3] = ""
    lines += ["\t".join(r) for r in rows]
    (folder / "方案.csv").write_text("\n".join(",".join(r) for r in [HEADER, *rows]), encoding="utf-8")
    code, out, _ = run(capsys, "ingest", str(folder))
    assert code == 0
    assert "6 项任务" in out and "没有牵头单位" in out and "此行未导入" in out, out
    code, out, _ = run(capsys, "tasks", "--unit", "县交通运输局")
    assert "第3项" in out or "建成示范点3个" in out, out
