"""Class: a PDF plan read by the borders of its drawn table (`retrieval.pdf_tables`).

Text extraction of a bordered table loses the cells: a leader's name printed once in the middle
of a merged cell lands beside another row, a unit name wrapped at the column edge splits in two,
"牵头：X" and "配合：Y" written on two lines of one cell run together with the next row. Round
36d's plan ("牵头：…" / "配合：…" inside the 责任单位 cell) loaded 24 of its 57 tasks from text;
37b's merged leader cells named the wrong leader for three runs. Each plan here is invented and
drawn by fpdf2 in tmp_path.
"""
from __future__ import annotations

from pathlib import Path

from retrieval.loaders import load_file
from retrieval.pdf_tables import drawn_tables
from retrieval.plans import parse_plan
from tests.support.fpdf_plans import Row, table_pdf

HEADER = ["序号", "重点工作任务", "区领导", "责任单位", "完成时限"]
WIDTHS = (12, 120, 24, 90, 28)


def owners(path: Path) -> list[tuple[str, list[str], list[str], list[str]]]:
    table = parse_plan(load_file(path))
    return [(r.code, r.leaders, r.lead_units, r.co_units) for r in table.rows]


# The leader's cell is merged down over its run, the name printed at the cell's middle.
MERGED_LEADERS: list[Row] = [
    "一、做强数字经济（4项）",
    ["1", "建成岚溪软件园三期，新增入驻企业120家。", ("钟明远", 3), "区科技和工业信息化局、区投资促进中心", "2026年12月底"],
    ["2", "开通低空航线6条，建设起降点24个。", "区发展和改革局、区交通运输局", "2026年10月底"],
    ["3", "数字经济核心产业增加值增长12%。", "区统计局、区科技和工业信息化局", "2026年12月底"],
    ["4", "引进人工智能企业40家。", "汤雪梅", "区投资促进中心、区科技和工业信息化局", "2026年12月底"],
    "二、提升城市品质（3项）",
    ["5", "改造老旧小区31个，加装电梯90部。", ("罗振华", 3), "区住房和建设局、各街道办事处", "2026年11月底"],
    ["6", "新增公共停车泊位3200个。", "区城市管理局、区公安分局", "2026年12月底"],
    ["7", "建成口袋公园15个。", "区城市管理局", "2026年9月底"],
]


def test_a_leader_merged_down_a_run_leads_every_task_of_it(tmp_path):
    path = table_pdf(tmp_path / "岚溪区2026年政府工作报告重点工作任务分工方案.pdf", "岚溪区2026年政府工作报告重点工作任务分工方案",
                     "责任单位中排在第一位的为牵头单位。", HEADER, MERGED_LEADERS, WIDTHS)
    got = owners(path)
    assert [(code, leaders) for code, leaders, _, _ in got] == [
        ("1.1", ["钟明远"]), ("1.2", ["钟明远"]), ("1.3", ["钟明远"]), ("1.4", ["汤雪梅"]),
        ("2.1", ["罗振华"]), ("2.2", ["罗振华"]), ("2.3", ["罗振华"])]
    assert got[1][2] == ["区发展和改革局"] and got[1][3] == ["区交通运输局"]


# Units written "牵头：X" and "配合：Y" on two lines of one cell; long names wrap at the column edge.
ROLE_LINES: list[Row] = [
    "一、聚力工业强县（3项）",
    ["1", "新建标准厂房18万平方米，盘活低效工业用地900亩。", "何立新",
     "牵头：青棠经济开发区管理委员会\n配合：县工业和信息化局、县自然资源和规划局、县投资促进服务中心", "2026年12月底"],
    ["2", "新增规模以上工业企业20家。", "何立新", "牵头：县工业和信息化局\n配合：县统计局", "2026年12月底"],
    ["3", "全年签约亿元以上项目32个，实际到位资金65亿元以上。", "陈少华",
     "牵头：县投资促进服务中心\n配合：青棠经济开发区管理委员会、县商务局、各乡镇人民政府、县市场监督管理局", "2026年12月底"],
]


def test_role_lines_of_one_cell_keep_their_break_and_wrapped_names_join(tmp_path):
    path = table_pdf(tmp_path / "青棠县重点工作任务分解表.pdf", "2026年县政府工作报告重点工作任务分解表", "请各单位抓好落实。",
                     HEADER, ROLE_LINES, (12, 110, 22, 70, 28))
    cells = [row[3] for table in drawn_tables(path.read_bytes()) for row in table if row[0] == "1"]
    assert cells == [ROLE_LINES[1][3]]  # the break after the lead unit kept, the wrapped co-units joined
    got = owners(path)
    assert got[0][2] == ["青棠经济开发区管理委员会"]
    assert got[0][3] == ["县工业和信息化局", "县自然资源和规划局", "县投资促进服务中心"]
    assert got[2][2] == ["县投资促进服务中心"] and "县市场监督管理局" in got[2][3]


def long_plan() -> list[Row]:
    """Thirty tasks: the table runs over three portrait pages."""
    rows: list[Row] = ["一、重点项目建设（30项）"]
    for n in range(1, 31):
        rows.append([str(n), f"推进第{n}号重点项目建设，完成年度投资{n + 5}亿元，新增就业岗位{n * 40}个以上，按期投产达效。",
                     "邹海平", f"区发展和改革局、第{n}项目指挥部", "2026年12月底"])
    return rows


def test_a_table_over_pages_without_its_header_repeated_is_read_whole(tmp_path):
    path = table_pdf(tmp_path / "plan.pdf", "岚溪区2026年重点项目任务分工表", "排在第一位的为牵头单位。", HEADER, long_plan(),
                     (12, 90, 20, 50, 18), landscape=False, repeat_header=False)
    assert len(drawn_tables(path.read_bytes())) >= 2  # one table a page
    got = owners(path)
    assert [code for code, *_ in got] == [f"1.{n}" for n in range(1, 31)]
    assert got[29][3] == ["第30项目指挥部"]


def test_a_pdf_without_drawn_borders_has_no_drawn_table(tmp_path):
    fpdf = __import__("pytest").importorskip("fpdf")
    from tests.support.fpdf_plans import cjk_font

    pdf = fpdf.FPDF()
    pdf.add_font("wqy", "", cjk_font())
    pdf.add_page()
    pdf.set_font("wqy", size=11)
    pdf.multi_cell(0, 7, "1. 新建污水管网18公里。\n责任领导：何立新\n责任单位：县住房和城乡建设局、县水利局")
    path = tmp_path / "plain.pdf"
    pdf.output(str(path))
    assert drawn_tables(path.read_bytes()) == []
    assert drawn_tables(b"%PDF-1.4 not really a pdf") == []  # an unreadable file: no tables, no exception


# One small table a leader, each under a heading printed as text between the tables.
PARTS = [
    ("一、区委副书记、区长　贺明宇（2项）", [
        ["1", "全区地区生产总值增长6.5%左右。", "区发展和改革局（牵头）、区统计局", "2026年12月底前"],
        ["2", "全年引进亿元以上项目60个。", "区投资促进中心（牵头）、区商务局", "2026年12月底前"]]),
    ("二、副区长许嘉负责（2项）", [
        ["3", "新增规模以上工业企业40家。", "区科技和工业信息化局（牵头）、区统计局", "2026年12月底前"],
        ["4", "打通断头路8条。", "区交通运输局（牵头）、区城市管理局、区公安分局交警大队", "2026年11月底前"]]),
]


def test_headings_between_small_tables_name_each_parts_leader(tmp_path):
    from tests.support.fpdf_plans import parts_pdf

    path = parts_pdf(tmp_path / "槐川区2026年政府工作报告重点工作任务分解方案.pdf", "2026年区政府工作报告重点工作任务分解方案",
                     "责任单位中标注“（牵头）”的为牵头单位，其余为配合单位。", ["序号", "重点工作任务", "责任单位", "完成时限"], PARTS,
                     (14, 80, 60, 26))
    table = parse_plan(load_file(path))
    assert [(r.code, r.leaders, r.lead_units) for r in table.rows] == [
        ("1.1", ["贺明宇"], ["区发展和改革局"]), ("1.2", ["贺明宇"], ["区投资促进中心"]),
        ("2.1", ["许嘉"], ["区科技和工业信息化局"]), ("2.2", ["许嘉"], ["区交通运输局"])]
    assert [s.declared_count for s in table.sections] == [2, 2] and table.warnings == []


def test_a_two_row_header_repeated_on_every_page_is_no_task(tmp_path):
    """A 台账 whose header has an upper row of merged labels (责任分工 over 牵头单位 | 配合单位) printed
    atop every page: the upper row was reported "无法识别…（此行未导入）" on each later page (round 40a)."""
    fpdf = __import__("pytest").importorskip("fpdf")
    from tests.support.fpdf_plans import cjk_font

    pdf = fpdf.FPDF(orientation="L", unit="mm", format="A4")
    pdf.add_font("wqy", "", cjk_font())
    pdf.add_font("wqy", "B", cjk_font())
    pdf.add_page()
    pdf.set_font("wqy", "", 14)
    pdf.cell(0, 10, "青溪市2026年《政府工作报告》重点工作任务督查台账", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wqy", "", 10)
    with pdf.table(col_widths=(14, 120, 50, 70, 20), num_heading_rows=2, repeat_headings=1, line_height=6,
                   text_align="LEFT") as table:
        top = table.row()
        top.cell("编号", rowspan=2)
        top.cell("工作任务", rowspan=2)
        top.cell("责任分工", colspan=2)
        top.cell("备注", rowspan=2)
        second = table.row()
        second.cell("牵头单位")
        second.cell("配合单位")
        for n in range(1, 41):
            row = table.row()
            for cell in (str(n), f"推进第{n}项重点工程建设，完成年度投资{n + 2}亿元，按期形成实物工作量。", "市发展和改革委员会",
                         "市财政局、市自然资源和规划局", ""):
                row.cell(cell)
    path = tmp_path / "台账.pdf"
    pdf.output(str(path))
    from retrieval.plans.readings import grid_reading

    drawn = parse_plan(grid_reading(load_file(path)))  # the border reading itself, not a text reading's
    assert len(drawn.rows) == 40 and drawn.warnings == []
    assert all(r.text.endswith("按期形成实物工作量。") for r in drawn.rows)
    assert drawn.rows[39].lead_units == ["市发展和改革委员会"]
    assert parse_plan(load_file(path)).warnings == []
