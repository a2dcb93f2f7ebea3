"""A landscape PDF plan as a district office publishes it (dev round 34a, written by an outsider):
序号 printed one space from 重点任务, a 备注 column whose words run into the 完成时限 column, the
lead marked "（牵头）" inside one units cell (not always first), and each leader in a cell merged
down several rows with the name printed at the cell's middle. Read from the layout text."""
from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.loaders import load_file
from retrieval.plans import parse_plan

PLAN = Path(__file__).resolve().parents[2] / "benchmarks/data/outsider_rounds/round34a/corpus/luting"


@pytest.fixture(scope="module")
def table():
    (path,) = [p for p in PLAN.glob("*.pdf") if "责任清单" in p.name]
    return parse_plan(load_file(path))


def test_every_task_loads_with_its_marked_lead(table):
    rows = {r.code: r for r in table.rows}
    assert len(rows) == 30 and table.warnings == []
    assert rows["3.4"].lead_units == ["区司法局"]  # "区市场监管局、区司法局（牵头）、区城管执法局"
    assert rows["3.4"].co_units == ["区市场监管局", "区城管执法局"]
    assert rows["5.4"].lead_units == ["岑州市生态环境局鹭汀分局"] and "PM2.5" in rows["5.4"].text


def test_a_merged_leader_cell_covers_the_rows_above_its_printed_name(table):
    rows = {r.code: r for r in table.rows}
    assert [rows[f"2.{i}"].leaders for i in range(1, 6)] == [["罗雅琴"]] * 5
    assert rows["1.1"].leaders == ["梁振宇"] and rows["1.4"].leaders == ["魏婷"]


def test_the_notes_column_is_no_unit(table):
    assert not any("民生实事" in u for r in table.rows for u in r.lead_units + r.co_units)


def test_a_unit_cell_centred_above_its_number_is_that_row_s():
    """Round 33c's plan (a PDF table): task 61's units, taller than its one-line text, start on
    the line above "61 …" and end on its line with "局" — the row's, not task 60's."""
    folder = Path(__file__).resolve().parents[2] / "benchmarks/data/outsider_rounds/round33c/corpus"
    (path,) = [p for p in folder.glob("*.pdf") if "分工" in p.name]
    rows = {r.code: r for r in parse_plan(load_file(path)).rows}
    assert rows["11.4"].lead_units == ["省水利厅"]
    assert rows["11.4"].co_units == ["省应急管理厅", "省自然资源厅", "省气象局"]
    assert rows["11.3"].co_units == ["省安委会有关成员单位"]
