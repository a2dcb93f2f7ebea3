"""A plan whose office words its columns its own way is read, not refused: a label no known
wording names is read by its last word, as a reader would ("落实单位", "责任主体" hold units,
"计划完成节点" the deadline, "建设项目" the task), while a row's own cells ("各有关单位",
"市直部门") never make that row a header."""
from __future__ import annotations

from retrieval.loaders import load_file
from retrieval.plans.header import header_columns
from retrieval.plans.parse import parse_plan

EXPORT = """序号,工作事项,联系县领导,落实单位,协同单位,计划完成节点
1,新建农村公路120公里,周立新,县交通运输局,县财政局,2026年10月底
2,新增城镇就业3000人,陈默,县人力资源和社会保障局,各乡镇,2026年12月底
3,建成5G基站300个,周立新,县工业和信息化局,县通信办,2026年6月底
"""


def test_unknown_unit_and_deadline_labels_are_read_by_their_last_word(tmp_path):
    path = tmp_path / "清单.csv"
    path.write_text("县2026年重点工作清单\n" + EXPORT, encoding="utf-8")
    table = parse_plan(load_file(path))
    assert [r.lead_units for r in table.rows] == [["县交通运输局"], ["县人力资源和社会保障局"], ["县工业和信息化局"]]
    assert table.rows[0].co_units == ["县财政局"] and table.rows[2].due_text == "2026年6月底"
    assert table.rows[1].leaders == ["陈默"]


def test_a_project_column_and_a_responsible_body():
    columns = header_columns(["序号", "建设项目", "责任主体", "完成日期要求"])
    assert columns == {"code": 0, "text": 1, "lead": 2, "due": 3}


def test_a_rows_own_owner_cells_never_make_it_a_header():
    assert header_columns(["", "城市更新项目", "各有关单位", ""]) is None
    assert header_columns(["", "老旧小区改造", "市直部门", "县区政府"]) is None
