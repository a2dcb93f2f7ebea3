"""Two prints of a responsibility plan that name no leader per row:

- a Word table grouped by leader: an unnumbered row spanning the table, "责任市领导：张XX（副市长）",
  heads each leader's tasks, and the table has no leader column (a city 督查室's usual print);
- a workbook with one sheet per part of the plan: the part is named on the sheet's tab
  ("一、扩大内需") and in its title row, 序号 restarts at 1 on each sheet, and the leader cell
  prints the name with the office joined on ("马宏骏副省长").

Both must read every task with its leader, so "顾副市长那组有几项" and "刘副省长负责哪些" list
them. The documents are invented for these tests."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from answers.ask import ask
from retrieval.loaders import load_file
from retrieval.plans.parse import parse_plan
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx

TODAY = dt.date(2026, 12, 3)
GROUPED_HEADER = ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]
GROUPED_ROWS = [
    "责任市领导：陆承远（市长）",
    ["1", "地区生产总值增长5.5%左右。", "市发展改革委", "市统计局", "2026年12月底前"],
    ["2", "推进北湾新区扩区调规。", "北湾新区管委会", "市自然资源和规划局", "2026年6月底前"],
    "责任市领导：顾延平（副市长）",
    ["3", "新建城市快速路12公里。", "市交通运输局", "市财政局", "2026年9月底前"],
    ["4", "新建公共充电桩3000个。", "市发展改革委", "市城市管理局", "2026年10月31日前"],
    ["5", "实施城市雨污分流改造，新改建排水管网80公里。", "市城市管理局、市住房城乡建设局", "澜滨区人民政府",
     "2026年三季度末"],
    "责任市领导：梁树声（副市长）",
    ["6", "新增普惠托位1500个。", "市卫生健康委", "市民政局", "2026年10月31日前"],
]


@pytest.fixture(scope="module")
def grouped(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("leader_groups")
    return table_docx(tmp / "澜石市2026年政府工作报告重点任务分工方案.docx", "澜石市2026年政府工作报告重点任务分工方案",
                      GROUPED_HEADER, GROUPED_ROWS, above="澜石市人民政府办公室")


def test_a_leader_row_heads_the_tasks_under_it(grouped):
    table = parse_plan(load_file(grouped))
    leaders = {row.code: row.leaders for row in table.rows}
    assert leaders == {"1.1": ["陆承远"], "1.2": ["陆承远"], "1.3": ["顾延平"], "1.4": ["顾延平"],
                       "1.5": ["顾延平"], "1.6": ["梁树声"]}, leaders
    # the leader row is no task's text and no task of its own
    assert all("责任市领导" not in row.text for row in table.rows)
    assert table.rows[2].offices == {"顾延平": "副市长"}


def test_a_leaders_group_is_asked_by_surname_and_title(grouped, tmp_path):
    ctx, results = ingested_context(tmp_path, [grouped])
    assert [r.status for r in results] == ["ingested"], results
    try:
        text = flat(ask(ctx, "顾副市长那组一共几项 都有啥", today=TODAY).answer)
        assert "快速路" in text and "充电桩" in text and "雨污分流" in text and "托位" not in text, text
        owner = flat(ask(ctx, "雨污分流那项 责任市领导是谁 哪个单位牵头", today=TODAY).answer)
        assert "顾延平" in owner and "城市管理局" in owner, owner
        # the office printed under the title is who issued the plan
        issuer = flat(ask(ctx, "分工方案是哪个单位发的", today=TODAY).answer)
        assert "澜石市人民政府办公室" in issuer, issuer
    finally:
        ctx.close()


SHEETS = {
    "一、扩大内需": [
        [1, "实施提振消费专项行动，扩大服务消费。", "马宏骏副省长", "省商务厅", "省发展改革委", "2026年底前"],
        [2, "培育首发经济，全年引进品牌首店150家以上。", "马宏骏副省长", "省商务厅", "省文化和旅游厅", "2026年10月底前"],
    ],
    "二、产业升级": [
        [1, "深化链长制，规模以上工业增加值增长6.5%左右。", "刘嘉禾副省长", "省工业和信息化厅", "省发展改革委", "长期坚持"],
        [2, "做大做强新能源汽车产业，全年产量突破60万辆。", "刘嘉禾副省长", "省工业和信息化厅", "省商务厅", "2026年底前"],
        [3, "前瞻布局低空经济，开通低空航线20条。", "孙晓岚副省长", "省交通运输厅", "省发展改革委", "2026年第三季度"],
    ],
}


@pytest.fixture(scope="module")
def per_part(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sheet_parts")
    title = "岚溪省2026年政府工作报告重点任务责任分工"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for part, rows in SHEETS.items():
        ws = wb.create_sheet(part)
        ws.append([f"{title}（{part}）"])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
        ws.append(["序号", "任务内容", "责任省领导", "牵头单位", "参与单位", "时间要求"])
        for r in rows:
            ws.append(r)
    path = tmp / f"{title}.xlsx"
    wb.save(path)
    return path


def test_each_sheet_is_a_part_and_its_numbers_restart(per_part):
    table = parse_plan(load_file(per_part))
    assert [(s.number, s.title) for s in table.sections] == [(1, "扩大内需"), (2, "产业升级")]
    assert [r.code for r in table.rows] == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    assert [r.leaders for r in table.rows][2:] == [["刘嘉禾"], ["刘嘉禾"], ["孙晓岚"]]
    assert table.rows[0].offices == {"马宏骏": "副省长"}


def test_a_leader_printed_with_the_office_joined_is_asked_by_surname(per_part, tmp_path):
    ctx, results = ingested_context(tmp_path, [per_part])
    assert [r.status for r in results] == ["ingested"], results
    try:
        text = flat(ask(ctx, "刘副省长负责哪些任务", today=TODAY).answer)
        assert "链长制" in text and "新能源汽车" in text and "低空" not in text, text
        due = flat(ask(ctx, "首店那项 时间要求写的啥", today=TODAY).answer)
        assert "2026年10月底前" in due, due
    finally:
        ctx.close()
