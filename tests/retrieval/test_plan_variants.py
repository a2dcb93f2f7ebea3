"""Responsibility tables as other provinces and cities lay them out: header wordings, a 序号
column, numbering styles, tables without sections, two-row headers, a 完成时限 column, DOCX
cells merged over rows, XLSX; and units named relative to the issuing city or province."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest

from core.errors import UserError
from prompts import registry as msg
from core.deadline_words import due_from_cell
from retrieval.plans import PlanTableError, looks_like_plan, parse_plan
from store import plans, tasks, units

TODAY = dt.date(2024, 3, 1)


def city_text(city: str = "示例市", year: int = 2024) -> str:
    """The cover text of a city's plan: issuer and title (the table itself comes as rows)."""
    return f"{city}人民政府办公室文件\n\n{year}年{city}重点工作任务分工方案\n"


def loaded(rows: list[list[str]], text: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(text=city_text() if text is None else text, tables=[rows])


def codes(table) -> list[str]:
    return [r.code for r in table.rows]


def by_code(table) -> dict:
    return {r.code: r for r in table.rows}


# A 示例市 table: 序号 column holding section / subsection / task marks, numbering that runs
# through the whole table, 责任领导 with titles in brackets, 牵头单位, 配合单位, 完成时限.
CITY_ROWS = [
    ["序号", "重点工作", "责任领导", "牵头单位", "配合单位", "完成时限"],
    ["一", "扩大有效投资", "", "", "", ""],
    ["（一）", "抓好重大项目建设", "", "", "", ""],
    ["1", "新开工重大项目50个，完成投资300亿元。", "张明（副市长）", "市发展改革委", "市财政局、市自然资源和规划局", "2024年6月底前"],
    ["2", "推进示例大道快速路建设。", "张明", "市住房城乡建设局", "市发展改革委 各县（市、区）政府", "年底前"],
    ["二", "保障和改善民生", "", "", "", ""],
    ["3", "城镇新增就业2万人。", "李华", "市人力资源和社会保障局", "各县（市、区）政府", "长期坚持"],
    ["4", "建设保障性住房1000套。", "李华 张明", "市住房城乡建设局", "市财政局", "持续推进"],
    ["5", "新建幼儿园10所。", "李华", "市教育局", "市发展改革委", "9月30日"],
]


def test_city_table_with_serial_column_and_deadline_column():
    table = parse_plan(loaded(CITY_ROWS))
    # Numbering runs through the table (section 二 starts at 3): a task's code is its number
    # inside its section, as the contract says, whatever the shape (a "|" table gives the same).
    assert codes(table) == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    assert [(s.number, s.title) for s in table.sections] == [(1, "扩大有效投资"), (2, "保障和改善民生")]
    rows = by_code(table)
    first = rows["1.1"]
    assert (first.section, first.subsection) == ("扩大有效投资", "抓好重大项目建设")
    assert first.text == "新开工重大项目50个，完成投资300亿元。"
    assert first.leaders == ["张明"]  # "（副市长）" is a title, not a name
    assert first.lead_units == ["市发展改革委"]
    assert first.co_units == ["市财政局", "市自然资源和规划局"]
    assert first.due_text == "2024年6月底前"
    assert rows["2.1"].subsection is None
    assert rows["2.2"].leaders == ["李华", "张明"]
    assert rows["1.2"].co_units == ["市发展改革委", "各县（市、区）政府"]
    assert (table.region, table.year) == ("示例市", 2024)
    assert looks_like_plan(loaded(CITY_ROWS))


def test_deadline_column_becomes_the_tasks_due(ctx):
    table = parse_plan(loaded(CITY_ROWS))
    plans.load_plan(ctx.db, table, None, "city.docx", "h")
    due = {v.code: v.due for v in tasks.list_tasks(ctx.db, today=TODAY)}
    assert due == {
        "1.1": dt.date(2024, 6, 30),  # 2024年6月底前
        "1.2": dt.date(2024, 12, 31),  # 年底前
        "2.1": dt.date(2024, 12, 31),  # 长期坚持 → plan year end
        "2.2": dt.date(2024, 12, 31),  # 持续推进
        "2.3": dt.date(2024, 9, 30),  # a bare date in the column
    }
    assert tasks.get_task(ctx.db, "1.1", today=dt.date(2024, 7, 1)).status == "逾期"


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("2024年6月底前", dt.date(2024, 6, 30)),
        ("年底前", dt.date(2024, 12, 31)),
        ("长期坚持", dt.date(2024, 12, 31)),
        ("持续推进", dt.date(2024, 12, 31)),
        ("2024年6月30日", dt.date(2024, 6, 30)),
        ("2024-06-30 00:00:00", dt.date(2024, 6, 30)),  # an Excel date cell read as text
        ("2024.9", dt.date(2024, 9, 30)),
        ("3月份", dt.date(2024, 3, 31)),
        ("2025年", dt.date(2025, 12, 31)),
        ("三季度", dt.date(2024, 9, 30)),
        ("6月底前启动，2025年底前完成", dt.date(2025, 12, 31)),
        ("每季度报送进展", dt.date(2024, 12, 31)),
        ("", None),
        ("按计划", None),
    ],
)
def test_due_from_deadline_cell(cell, expected):
    assert due_from_cell(cell, 2024) == expected


# --- header wordings ----------------------------------------------------------------------

TASKS = [
    ["一、扩大有效投资", "", "", "", ""],
    ["1. 新开工重大项目50个。", "张明", "市发展改革委", "市财政局", "6月底前"],
    ["2. 推进快速路建设。", "张明", "市住房城乡建设局", "市交通运输局", "年底前"],
]


@pytest.mark.parametrize(
    "header",
    [
        ["工作任务", "牵头领导", "牵头单位", "配合单位", "完成时限"],
        ["任务内容", "分管领导", "牵头部门", "协办单位", "时间节点"],
        ["具体工作任务和要求", "市政府牵头领导", "牵头单位", "参与单位", "完成时间"],
        ["重点工作", "牵头市领导", "牵头单位", "责任单位", "完成时限"],
        ["具体工作任务", "责任市领导", "牵头单位", "责任单位", "时限要求"],
        ["重点工作", "责任领导", "牵头\n单位", "配合\n单位", "完成\n时限"],
        # a workbook's "协同单位" (round 61a): before, its units were dropped and only the lead kept
        ["重点任务", "责任市领导", "牵头单位", "协同单位", "完成时限"],
        ["重点任务", "责任市领导", "牵头单位", "协作部门", "完成时限"],
    ],
)
def test_header_wordings_give_the_same_columns(header):
    table = parse_plan(loaded([header, *TASKS]))
    assert codes(table) == ["1.1", "1.2"]
    r = by_code(table)["1.2"]
    assert (r.leaders, r.lead_units, r.co_units, r.due_text) == (["张明"], ["市住房城乡建设局"], ["市交通运输局"], "年底前")


def test_responsibility_column_alone_is_the_lead():
    rows = [["序号", "工作任务", "责任单位", "完成时限"], ["一、扩大有效投资", "", "", ""],
            ["1", "新开工重大项目50个。", "市发展改革委 市财政局", "年底前"]]
    r = parse_plan(loaded(rows)).rows[0]
    assert (r.code, r.lead_units, r.co_units) == ("1.1", ["市发展改革委", "市财政局"], [])


def test_helper_column_alone_is_never_the_lead():
    rows = [["工作任务", "牵头领导", "配合单位"], ["一、发展", "", ""], ["1. 甲任务", "王明", "市财政局"]]
    with pytest.raises(PlanTableError) as err:
        parse_plan(loaded(rows))
    assert any("缺少列" in p and "牵头单位" in p for p in err.value.problems)


def test_two_row_header_with_responsibility_over_lead_and_helpers():
    rows = [
        ["序号", "工作任务", "责任领导", "责任单位", "责任单位", "完成时限"],  # 责任单位 merged over two columns
        ["", "", "", "牵头单位", "配合单位", ""],
        ["一", "扩大有效投资", "", "", "", ""],
        ["1", "新开工重大项目50个。", "张明", "市发展改革委", "市财政局", "6月底前"],
        # the header repeated on the next page is the same two rows: no "header changed" problem
        ["序号", "工作任务", "责任领导", "责任单位", "责任单位", "完成时限"],
        ["", "", "", "牵头单位", "配合单位", ""],
        ["2", "推进快速路建设。", "张明", "市住房城乡建设局", "市交通运输局", "年底前"],
    ]
    assert looks_like_plan(loaded(rows))
    table = parse_plan(loaded(rows))
    assert codes(table) == ["1.1", "1.2"]
    assert [(r.lead_units, r.co_units) for r in table.rows] == [(["市发展改革委"], ["市财政局"]), (["市住房城乡建设局"], ["市交通运输局"])]


# --- numbering ----------------------------------------------------------------------------


@pytest.mark.parametrize("style", ["{n}.", "{n}．", "{n}、", "（{n}）", "({n})", "{n}. "])
def test_task_numbering_styles(style):
    rows = [["具体工作任务和要求", "牵头领导", "牵头单位", "责任单位"], ["一、发展实体经济", "", "", ""], ["（一）做强制造业", "", "", ""]]
    rows += [[style.format(n=n) + f"第{n}项任务。", "王明", "市工业和信息化局", "市财政局"] for n in (1, 2, 3)]
    table = parse_plan(loaded(rows))
    assert codes(table) == ["1.1", "1.2", "1.3"]
    assert [r.text for r in table.rows] == ["第1项任务。", "第2项任务。", "第3项任务。"]
    assert table.rows[0].subsection == "做强制造业"


@pytest.mark.parametrize("heading", ["一、扩大有效投资（共2项）", "第一部分 扩大有效投资（共2项）", "第一部分：扩大有效投资（共2项）", "一．扩大有效投资（共2项）"])
def test_section_heading_styles(heading):
    rows = [["工作任务", "牵头单位", "配合单位"], [heading, "", ""], ["1. 甲。", "市发展改革委", ""], ["2. 乙。", "市民政局", ""]]
    table = parse_plan(loaded(rows))
    assert [(s.number, s.title, s.declared_count) for s in table.sections] == [(1, "扩大有效投资", 2)]
    assert codes(table) == ["1.1", "1.2"] and table.warnings == []


def test_table_without_sections_is_one_implicit_section():
    rows = [["序号", "工作任务", "牵头单位", "配合单位"]]
    rows += [[str(n), f"第{n}项任务。", "市发展改革委", "市财政局"] for n in range(1, 5)]
    table = parse_plan(loaded(rows))
    assert codes(table) == ["1.1", "1.2", "1.3", "1.4"]
    assert [(s.number, s.title) for s in table.sections] == [(1, msg.IMPLICIT_SECTION)]
    assert {r.section for r in table.rows} == {msg.IMPLICIT_SECTION}


def test_subsections_without_sections():
    rows = [["工作任务", "牵头单位", "配合单位"], ["（一）稳增长", "", ""], ["1. 甲。", "市发展改革委", ""],
            ["（二）惠民生", "", ""], ["2. 乙。", "市民政局", ""]]
    table = parse_plan(loaded(rows))
    assert [(r.code, r.subsection) for r in table.rows] == [("1.1", "稳增长"), ("1.2", "惠民生")]


def test_tasks_before_the_first_section_of_a_sectioned_table_are_refused():
    rows = [["工作任务", "牵头单位", "配合单位"], ["1. 甲。", "市发展改革委", ""], ["一、发展", "", ""], ["1. 乙。", "市民政局", ""]]
    with pytest.raises(PlanTableError) as err:
        parse_plan(loaded(rows))
    assert any("第2行" in p and "部分标题" in p for p in err.value.problems)


def test_numbering_restarting_in_each_subsection_counts_through_the_section():
    rows = [["工作任务", "牵头单位", "配合单位"], ["一、发展", "", ""], ["（一）甲", "", ""], ["1. 甲一。", "市发展改革委", ""],
            ["2. 甲二。", "市发展改革委", ""], ["（二）乙", "", ""], ["1. 乙一。", "市民政局", ""], ["2. 乙二。", "市民政局", ""]]
    table = parse_plan(loaded(rows))
    assert [(r.code, r.text) for r in table.rows] == [("1.1", "甲一。"), ("1.2", "甲二。"), ("1.3", "乙一。"), ("1.4", "乙二。")]


def test_true_duplicates_are_still_refused():
    rows = [["工作任务", "牵头单位", "配合单位"], ["一、发展", "", ""], ["1. 甲。", "市发展改革委", ""], ["1. 乙。", "市民政局", ""]]
    with pytest.raises(PlanTableError, match="重复"):
        parse_plan(loaded(rows))


def test_four_levels_with_unitless_number_rows_as_headings():
    rows = [["工作任务", "牵头领导", "牵头单位", "配合单位"], ["一、发展经济", "", "", ""], ["（一）做强工业", "", "", ""],
            ["1. 制造业", "", "", ""], ["（1）甲任务。", "王明", "市工业和信息化局", "市财政局"], ["（2）乙任务。", "王明", "市工业和信息化局", ""],
            ["2. 数字经济", "", "", ""], ["（1）丙任务。", "李华", "市发展改革委", ""]]
    table = parse_plan(loaded(rows))
    assert [(r.code, r.subsection, r.text) for r in table.rows] == [
        ("1.1", "制造业", "甲任务。"), ("1.2", "制造业", "乙任务。"), ("1.3", "数字经济", "丙任务。")]


def test_text_starting_with_a_decimal_is_not_a_task_number():
    rows = [["序号", "工作任务", "牵头单位", "配合单位"], ["一", "保障住房", "", ""],
            ["1", "1.5万套保障性住房年底前建成。", "市住房城乡建设局", ""], ["2", "2.6月底前出台方案。", "市住房城乡建设局", ""]]
    table = parse_plan(loaded(rows))
    assert [(r.code, r.text) for r in table.rows] == [("1.1", "1.5万套保障性住房年底前建成。"), ("1.2", "6月底前出台方案。")]


@pytest.mark.parametrize(
    "header, cells",
    [
        (["工作任务", "责任单位"], ["市发展改革委（牵头）、市财政局 市商务局"]),
        (["工作任务", "责任单位"], ["牵头单位：市发展改革委；配合单位：市财政局、市商务局"]),
        (["工作任务", "牵头单位", "配合单位"], ["市发展改革委", "市财政局（配合） 市商务局"]),
    ],
)
def test_role_words_inside_unit_cells(header, cells):
    rows = [header, ["一、扩大开放", *[""] * len(cells)], ["1. 稳外贸。", *cells]]
    r = parse_plan(loaded(rows)).rows[0]
    assert (r.lead_units, r.co_units) == (["市发展改革委"], ["市财政局", "市商务局"])


def test_leader_and_unit_written_on_the_section_row_apply_to_its_tasks():
    rows = [["工作任务", "分管领导", "牵头单位", "配合单位"], ["一、扩大有效投资", "张明", "市发展改革委", ""],
            ["1. 甲。", "", "", "市财政局"], ["2. 乙。", "李华", "市交通运输局", ""], ["二、惠民生", "", "", ""], ["1. 丙。", "", "市民政局", ""]]
    table = parse_plan(loaded(rows))
    assert [(r.code, r.leaders, r.lead_units, r.co_units) for r in table.rows] == [
        ("1.1", ["张明"], ["市发展改革委"], ["市财政局"]), ("1.2", ["李华"], ["市交通运输局"], []), ("2.1", [], ["市民政局"], [])]


def test_collective_enumerating_levels_is_one_unit():
    rows = [["工作任务", "牵头单位", "配合单位"], ["一、发展", "", ""], ["1. 甲。", "市民政局", "各县、区政府 市财政局"]]
    assert parse_plan(loaded(rows)).rows[0].co_units == ["各县、区政府", "市财政局"]


# --- DOCX cells merged over rows and columns -------------------------------------------------


def test_docx_with_cells_merged_over_rows_gives_no_duplicate_tasks(tmp_path: Path):
    import docx

    from retrieval.loaders import load_file

    document = docx.Document()
    document.add_paragraph("示例市人民政府办公室")
    document.add_paragraph("2024年示例市重点工作任务分工方案")
    header = ["序号", "重点工作", "责任领导", "牵头单位", "配合单位", "完成时限"]
    body = [
        ["一", "扩大有效投资", "", "", "", ""],
        ["1", "新开工重大项目50个。", "张明", "市发展改革委", "市财政局", "6月底前"],
        ["1", "新开工重大项目50个。", "张明", "市工业和信息化局", "市商务局", "年底前"],  # rows 1–2 merged
        ["2", "推进快速路建设。", "张明", "市住房城乡建设局", "市交通运输局", "年底前"],
    ]
    grid = document.add_table(rows=1 + len(body), cols=6)
    for j, value in enumerate(header):
        grid.cell(0, j).text = value
    for i, values in enumerate(body, start=1):
        for j, value in enumerate(values):
            grid.cell(i, j).text = value
    grid.cell(1, 1).merge(grid.cell(1, 5)).text = "扩大有效投资"  # the section title spans all but 序号
    for j in (0, 1, 2):  # 序号, task text and leader cells of task 1 span its two rows
        grid.cell(2, j).merge(grid.cell(3, j)).text = body[1][j]
    grid.cell(2, 2).merge(grid.cell(4, 2)).text = "张明"  # one leader cell for tasks 1 and 2
    path = tmp_path / "plan.docx"
    document.save(path)

    table = parse_plan(load_file(path))
    assert codes(table) == ["1.1", "1.2"]
    first, second = table.rows
    assert first.text == "新开工重大项目50个。" and first.leaders == ["张明"]
    assert first.lead_units == ["市发展改革委", "市工业和信息化局"]
    assert first.co_units == ["市财政局", "市商务局"]
    assert second.leaders == ["张明"] and second.lead_units == ["市住房城乡建设局"]
    assert table.sections[0].title == "扩大有效投资"
    assert (table.region, table.year) == ("示例市", 2024)


def _city_docx(path: Path, city: str) -> Path:
    """CITY_ROWS as a Word document with its cover lines, as a city would publish it."""
    import docx

    document = docx.Document()
    for line in city_text(city).splitlines():
        document.add_paragraph(line)
    grid = document.add_table(rows=len(CITY_ROWS), cols=len(CITY_ROWS[0]))
    for i, values in enumerate(CITY_ROWS):
        for j, value in enumerate(values):
            grid.cell(i, j).text = value
    document.save(path)
    return path


def test_ingest_two_city_docx_plans_then_query_by_unit(tmp_path: Path, monkeypatch, capsys):
    import json

    from bot.cli import main

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DUCHA_EMBEDDING", "none")
    a, b = _city_docx(tmp_path / "a.docx", "示例市"), _city_docx(tmp_path / "b.docx", "样例市")
    assert main(["ingest", str(a), str(b), "--json"]) == 0
    files = json.loads(capsys.readouterr().out)["files"]
    assert [(f["status"], f["kind"], f["tasks"]) for f in files] == [("ingested", "plan", 5)] * 2
    assert main(["tasks", "--unit", "示例市发改委", "--date", "2024-07-01", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [(i["code"], i["role"], i["due"], i["status"]) for i in items] == [
        ("1.1", "lead", "2024-06-30", "逾期"), ("1.2", "co", "2024-12-31", "未开始"), ("2.3", "co", "2024-09-30", "未开始")]
    assert items[0]["lead_units"] == ["示例市发展改革委"] and items[0]["leaders"] == ["张明"]
    assert main(["tasks", "--unit", "市发改委"]) == 2
    assert "样例市发展改革委" in capsys.readouterr().err


# --- XLSX ------------------------------------------------------------------------------------


def _write_xlsx(path: Path, rows: list[list], merge_sections: bool = False) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for i, values in enumerate(rows, start=1):
        sheet.append(values)
        if merge_sections and values[0] and values[1:] == [""] * (len(values) - 1):
            sheet.merge_cells(start_row=i, start_column=1, end_row=i, end_column=len(values))
    workbook.save(path)


def test_xlsx_of_the_sample_table_gives_the_same_166(plan_table_file: Path, tmp_path: Path):
    from tests.retrieval.test_plan_parse import _table_rows

    from retrieval.loaders import load_file

    sample = parse_plan(SimpleNamespace(text=plan_table_file.read_text(encoding="utf-8"), tables=[]))
    path = tmp_path / "plan.xlsx"
    cover = [["江西省人民政府办公厅", "", "", ""], [sample.title, "", "", ""]]
    _write_xlsx(path, [*cover, *_table_rows(sample)], merge_sections=True)
    again = parse_plan(load_file(path))
    assert len(again.rows) == 166
    assert again.rows == sample.rows
    assert (again.title, again.region, again.year) == (sample.title, "江西省", 2021)


def test_xlsx_with_numbers_and_real_dates(tmp_path: Path):
    from retrieval.loaders import load_file

    rows = [["2024年示例市重点工作任务分工方案", "", "", "", ""], ["序号", "工作任务", "牵头单位", "配合单位", "完成时间"],
            ["一", "扩大有效投资", "", "", ""],
            [1, "新开工重大项目50个。", "市发展改革委", "市财政局", dt.datetime(2024, 6, 30)],
            [2, "推进快速路建设。", "市住房城乡建设局", "", "长期坚持"]]
    path = tmp_path / "plan.xlsx"
    _write_xlsx(path, rows)
    table = parse_plan(load_file(path))
    assert codes(table) == ["1.1", "1.2"]
    assert due_from_cell(table.rows[0].due_text, 2024) == dt.date(2024, 6, 30)
    assert table.year == 2024


# --- units relative to the issuing region -----------------------------------------------------


def _city_plan(city: str) -> object:
    return parse_plan(loaded(CITY_ROWS, city_text(city)))


def test_two_cities_units_are_not_merged(ctx):
    a = plans.load_plan(ctx.db, _city_plan("示例市"), None, "a.docx", "ha")
    b = plans.load_plan(ctx.db, _city_plan("样例市"), None, "b.docx", "hb")
    assert (a.region, b.region) == ("示例市", "样例市") and a.plan_id != b.plan_id
    names = {r[0] for r in ctx.db.execute("SELECT name FROM units")}
    assert {"示例市发展改革委", "样例市发展改革委", "示例市各县（市、区）政府", "样例市各县（市、区）政府"} <= names
    assert "市发展改革委" not in names
    # The printed short form is ambiguous now: refused with both candidates.
    with pytest.raises(UserError) as err:
        units.resolve_unit(ctx.db, "市发展改革委")
    assert "示例市发展改革委" in str(err.value) and "样例市发展改革委" in str(err.value)
    # Qualified names and qualified short forms find one unit, and only that city's tasks.
    assert units.resolve_unit(ctx.db, "示例市发改委").name == "示例市发展改革委"
    assert units.resolve_unit(ctx.db, "样例市发展和改革委员会").name == "样例市发展改革委"
    views = tasks.list_tasks(ctx.db, unit="示例市发展改革委", today=TODAY)
    assert {v.plan_id for v in views} == {a.plan_id}
    assert sorted((v.code, v.role) for v in views) == [("1.1", "lead"), ("1.2", "co"), ("2.3", "co")]
    assert tasks.get_task(ctx.db, "1.1", today=TODAY, plan_id=b.plan_id).lead_units == ["样例市发展改革委"]


def test_one_city_short_forms_still_resolve(ctx):
    plans.load_plan(ctx.db, _city_plan("示例市"), None, "a.docx", "ha")
    assert units.resolve_unit(ctx.db, "市发展改革委").name == "示例市发展改革委"
    assert units.resolve_unit(ctx.db, "发改委").name == "示例市发展改革委"
    assert units.resolve_unit(ctx.db, "人社局").name == "示例市人力资源和社会保障局"
    assert units.resolve_unit(ctx.db, "各县（市、区）政府").name == "示例市各县（市、区）政府"
    assert [u.name for u in units.units_in_text(ctx.db, "发改委牵头哪些任务")] == ["示例市发展改革委"]
    # A city's units written in full in its own table are the same units.
    full = [row[:3] + ["示例市发展改革委"] + row[4:] if row[3] == "市发展改革委" else row for row in CITY_ROWS]
    other = parse_plan(loaded(full, city_text("示例市", 2025)))
    plans.load_plan(ctx.db, other, None, "a2025.docx", "hc")
    assert ctx.db.execute("SELECT count(*) FROM units WHERE name LIKE '%发展改革委'").fetchone()[0] == 1


def test_second_province_gets_its_own_provincial_units(ctx):
    rows = [["具体工作任务和要求", "省政府牵头领导", "牵头单位", "责任单位"], ["一、发展", "", "", ""],
            ["1. 甲。", "王明", "省发展改革委", "各设区市政府 团省委"]]
    jx = parse_plan(loaded(rows, "江西省人民政府办公厅\n2024年省《政府工作报告》重点工作责任分工方案\n"))
    hn = parse_plan(loaded(rows, "湖南省人民政府办公厅\n2024年省《政府工作报告》重点工作责任分工方案\n"))
    plans.load_plan(ctx.db, jx, None, "jx.docx", "h1")
    # One province: names as printed (the corpus behaviour).
    assert units.resolve_unit(ctx.db, "省发改委").name == "省发展改革委"
    plans.load_plan(ctx.db, hn, None, "hn.docx", "h2")
    names = {r[0] for r in ctx.db.execute("SELECT name FROM units")}
    assert {"省发展改革委", "湖南省发展改革委", "各设区市政府", "湖南省各设区市政府"} <= names
    assert units.resolve_unit(ctx.db, "湖南省发改委").name == "湖南省发展改革委"
    assert units.resolve_unit(ctx.db, "江西省发展和改革委员会").name == "省发展改革委"
    with pytest.raises(UserError, match="歧义"):
        units.resolve_unit(ctx.db, "省发改委")
    # 各设区市政府 of 江西 still expands to its 11 cities; 湖南's to nothing known.
    assert len(units.expand(ctx.db, units.resolve_unit(ctx.db, "江西省各设区市政府"))) == 11


def test_load_result_reports_what_was_stored(ctx):
    result = plans.load_plan(ctx.db, _city_plan("示例市"), {"region": None, "year": None, "title": None}, "a.docx", "h")
    assert (result.region, result.year, result.title) == ("示例市", 2024, "2024年示例市重点工作任务分工方案")
    stored = ctx.db.execute("SELECT region, year, title FROM plans WHERE id = ?", [result.plan_id]).fetchone()
    assert stored == (result.region, result.year, result.title)


def test_the_tables_issuer_wins_over_a_guessed_region_and_meta_fills_gaps(ctx):
    guessed = {"region": "江西省", "year": 2024, "title": "江西省2024年重点工作"}
    result = plans.load_plan(ctx.db, _city_plan("示例市"), guessed, "a.docx", "h")
    assert (result.region, result.title) == ("示例市", "2024年示例市重点工作任务分工方案")
    assert units.resolve_unit(ctx.db, "发改委").name == "示例市发展改革委"
    bare = parse_plan(loaded(CITY_ROWS, "2024年重点工作任务分工方案\n"))  # no issuer on the cover
    assert bare.region is None
    other = plans.load_plan(ctx.db, bare, {"region": "样例市"}, "b.docx", "h2")
    assert other.region == "样例市"
    assert tasks.get_task(ctx.db, "1.1", today=TODAY, plan_id=other.plan_id).lead_units == ["样例市发展改革委"]


def test_a_table_titled_as_a_breakdown_sheet_is_read_as_a_plan() -> None:
    from retrieval.loaders import LoadedFile

    rows = [
        ["云泽市2024年政府工作报告重点任务分解表"],
        ["序号", "工作任务", "责任领导", "牵头单位", "配合单位"],
        ["1", "新建城市公园5个。", "周明", "市城市管理局", "市财政局"],
    ]
    loaded = LoadedFile(text="\n".join("\t".join(r) for r in rows), tables=[rows])
    table = parse_plan(loaded)
    assert table.title == "云泽市2024年政府工作报告重点任务分解表" and table.year == 2024
    assert [r.text for r in table.rows] == ["新建城市公园5个。"]


def test_title_of_a_notice_wrapped_over_lines_not_a_wrapped_sentence_of_its_letter():
    """A plan sent under a cover notice: the notice's title wraps over two lines, and a line
    of the letter happens to end in "…责任分工" where the text export wrapped it. The title is
    the notice's, never the letter's half sentence."""
    from retrieval.plans.meta import read_plan_meta

    text = (
        "洛川市人民政府办公室文件\n\n洛府办字〔2025〕3号\n\n"
        "洛川市人民政府办公室关于印发洛川市2025年《政府工作报告》\n重点工作责任分工方案的通知\n\n"
        "各县（市、区）人民政府，市政府各部门：\n\n"
        "为抓好落实，经市政府同意，现将《洛川市2025年〈政府工作报告〉重点工作责任分工\n"
        "方案》印发给你们，请认真贯彻执行。\n\n洛川市人民政府办公室\n2025年2月20日\n\n附件\n\n"
        "一、产业发展\n1. 建成某某产业园。（牵头单位：市工业和信息化局）\n"
    )
    title, region, year, issued = read_plan_meta(text)
    assert title == "洛川市2025年《政府工作报告》重点工作责任分工方案"
    assert (region, year) == ("洛川市", 2025)
    assert issued == dt.date(2025, 2, 20)  # the date under the notice's signature, before 附件


def test_xlsx_with_a_sheet_per_section_keeps_the_first_sheets_tasks(tmp_path: Path):
    """One sheet per section, each opening with the title, its section's row, then the header: the
    first sheet's tasks stand in its section, as the later sheets' do (round 52b lost 9 of 80)."""
    from openpyxl import Workbook

    from retrieval.loaders import load_file

    workbook = Workbook()
    sections = {
        "扩大有效需求": [["1", "落实消费品以旧换新政策。", "储明哲", "市商务局", "市财政局", "2025年12月31日"],
                   ["2", "培育夜间消费集聚区3个以上。", "储明哲", "市商务局", "各区人民政府", "2025年12月底"]],
        "建设现代化产业体系": [["3", "新增规模以上工业企业120家。", "覃立峰", "市工信局", "市统计局", "2025年12月底"]],
    }
    for k, (name, tasks_of) in enumerate(sections.items()):
        sheet = workbook.active if k == 0 else workbook.create_sheet()
        sheet.title = name
        sheet.append(["鹭岑市2025年《政府工作报告》重点工作责任分工", "", "", "", "", ""])
        sheet.append([f"{'一二'[k]}、{name}", "", "", "", "", ""])
        sheet.append(["序号", "重点任务", "责任市领导", "牵头单位", "协办单位", "完成时限"])
        for row in tasks_of:
            sheet.append(row)
    path = tmp_path / "分工.xlsx"
    workbook.save(path)
    table = parse_plan(load_file(path))
    assert [r.text for r in table.rows][:1] == ["落实消费品以旧换新政策。"]
    assert len(table.rows) == 3
    assert [s.title for s in table.sections] == ["扩大有效需求", "建设现代化产业体系"]
    assert not any("部分标题" in w for w in table.warnings), table.warnings


@pytest.mark.parametrize(("first_line", "title"), [
    # a workbook's sheet titled as its notice's annex, a 清单 (round 65g)
    ("附件1\u3000鹭汀县2026年政府工作报告重点工作责任分工清单", "鹭汀县2026年政府工作报告重点工作责任分工清单"),
    ("附件2 鹭汀县2026年民生实事项目清单", "鹭汀县2026年民生实事项目清单"),
])
def test_an_annex_titled_as_a_list_names_its_region(first_line: str, title: str):
    from retrieval.meta import read_meta
    from retrieval.plans.meta import read_plan_meta

    text = f"{first_line}\n鹭政办发〔2026〕5号\n序号\t工作任务\t县领导\t牵头单位\t责任单位\t时间节点\n1\t新建学校\t何雅琴\t县教育局\t县财政局\t8月底前\n"
    read_title, region, year, _ = read_plan_meta(text)
    assert (read_title, region, year) == (title, "鹭汀县", 2026)
    assert read_meta(text, kind="plan").title == title


def test_a_projects_name_column_and_its_content_column_make_one_task_text():
    # "实事名称 | 建设内容及目标" (round 65g): the project's name is the task's title, its content the detail
    from retrieval.plans.parse import header_columns

    columns = header_columns(["序号", "实事名称", "建设内容及目标", "县领导", "牵头单位", "配合单位", "完成时间"])
    assert (columns["text"], columns["detail"]) == (1, 2)
