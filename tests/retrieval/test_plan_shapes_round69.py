"""Plan shapes of the held-out batch 69, read by their structure:

- a 督查系统 export (.csv) codes each task "2026-01-03" (year, part, number), names its deadline
  column 截止日期 and may write "各责任单位" in a co-unit cell: every row is a task of its part;
- a town's table names its unit column 责任站所 (党政办, 经发办, 财政所…).
"""
from __future__ import annotations

from retrieval.loaders import load_file
from retrieval.plans.header import header_columns
from retrieval.plans.parse import parse_plan

EXPORT = """任务编号,任务名称,责任市领导,牵头部门,协同部门,截止日期
2026-01-01,新增高新技术企业100家,钱卫东,市科学技术局,市财政局；市统计局,2026-12-31
2026-01-02,新建5G基站1200个,钱卫东,市工业和信息化局,市通信发展管理办公室,2026-06-30
2026-02-01,办好十件民生实事,韩启明,市政府办公室,各责任单位,2026-12-31
2026-02-02,深入开展安全生产治本攻坚,蒋涛,市应急管理局,市公安局；市交通运输局,2026-12-31
"""


def test_a_system_export_codes_year_part_and_number(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("\ufeff" + EXPORT, encoding="utf-8")
    table = parse_plan(load_file(path))
    assert [r.code for r in table.rows] == ["1.1", "1.2", "2.1", "2.2"], table.warnings
    last = table.rows[-1]
    assert last.lead_units == ["市应急管理局"] and last.co_units == ["市公安局", "市交通运输局"]
    assert last.due_text == "2026-12-31" and table.rows[1].due_text == "2026-06-30"


def test_a_towns_unit_column_and_a_coded_row_never_a_header():
    columns = header_columns(["序号", "重点工作", "分管领导", "责任站所", "包村干部", "完成时限"])
    assert columns is not None and columns["lead"] == 3 and columns["leaders"] == 2 and columns["due"] == 5
    assert header_columns(["2026-02-01", "办好十件民生实事", "韩启明", "市政府办公室", "各责任单位", "2026-12-31"]) is None
