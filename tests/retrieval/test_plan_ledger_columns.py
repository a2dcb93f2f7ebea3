"""Class: a plan kept as a 督查台账 (ledger), as county offices circulate it: a group column
(工作板块 / 工作类别, merged down its section) instead of section rows, a progress column the
lead unit fills in ("季度进展（牵头单位填报）" / "落实情况（牵头单位填写）"), and the issuing
line "X县人民政府办公室　2025年2月14日印发（…号附件）" above the header. Before, the progress
column's label (it names 牵头单位) was taken for the lead column, the plan was refused ("未找到
牵头单位等列"), the group's name was read as task text and the issuer gave no region. Every
plan here is invented, written in tmp_path as XLSX or DOCX (round 32d had such a ledger)."""
from __future__ import annotations

from pathlib import Path

from retrieval.loaders import load_file
from retrieval.plans import looks_like_plan, parse_plan

GROUPS = [
    ("一、做强特色产业（2项）", [
        ("新建标准化茶园6000亩，茶叶综合产值达到18亿元。", "蒋文涛", "县农业农村局、县林业局、各乡镇"),
        ("新增规模以上工业企业12家。", "蒋文涛", "县工业和信息化局、县统计局"),
    ]),
    ("二、补齐民生短板（3项）", [
        ("新建城区公办幼儿园3所，新增学位1080个。", "许晴", "县教育体育局、县住房和城乡建设局"),
        ("完成县人民医院门诊综合楼主体工程。", "许晴", "县卫生健康委员会、县发展和改革局"),
        ("新增城镇就业2600人。", "许晴", "县人力资源和社会保障局"),
    ]),
]
NOTE = "填表说明：“责任单位”栏中排在第一位的为牵头单位，其余为配合单位。"
ISSUER = "枫林县人民政府办公室　　2025年3月6日印发（枫府办字〔2025〕9号附件）"
TITLE = "2025年县政府工作报告重点工作责任分工台账"
WANT = [
    ("1.1", ["县农业农村局"], ["县林业局", "各乡镇"]),
    ("1.2", ["县工业和信息化局"], ["县统计局"]),
    ("2.1", ["县教育体育局"], ["县住房和城乡建设局"]),
    ("2.2", ["县卫生健康委员会"], ["县发展和改革局"]),
    ("2.3", ["县人力资源和社会保障局"], []),
]


def _xlsx(path: Path, header: list[str], progress: str) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for line in (TITLE, ISSUER, NOTE):
        sheet.append([line])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(header))
    sheet.append(header + [progress])
    n = 0
    for group, tasks in GROUPS:
        first = sheet.max_row + 1
        for k, (text, leader, units) in enumerate(tasks):
            n += 1
            sheet.append([n, group if k == 0 else None, text, leader, units, "2025年12月底", None])
        sheet.merge_cells(start_row=first, start_column=2, end_row=sheet.max_row, end_column=2)
    book.save(path)
    return path


def _docx(path: Path, progress: str) -> Path:
    import docx

    document = docx.Document()
    for line in (TITLE, ISSUER, NOTE):
        document.add_paragraph(line)
    header = ["序号", "工作类别", "工作任务", "分管县领导", "责任单位", "完成时限", progress]
    count = sum(len(t) for _, t in GROUPS)
    table = document.add_table(rows=count + 1, cols=len(header))
    for cell, value in zip(table.rows[0].cells, header):
        cell.text = value
    r = n = 0
    for group, tasks in GROUPS:
        top = r + 1
        for text, leader, units in tasks:
            r += 1
            n += 1
            for cell, value in zip(table.rows[r].cells, [str(n), "", text, leader, units, "2025年12月底", ""]):
                cell.text = value
        merged = table.cell(top, 1).merge(table.cell(r, 1))
        merged.text = group.split("（")[0]  # a group merged down its rows, without its count
    document.save(path)
    return path


def _read(path: Path):
    plan = parse_plan(load_file(path))
    return plan, [(row.code, row.lead_units, row.co_units) for row in plan.rows]


def test_a_ledger_with_a_progress_column_reads_xlsx(tmp_path: Path) -> None:
    plan, roles = _read(_xlsx(tmp_path / "台账.xlsx", ["序号", "工作板块", "重点工作任务", "责任县领导", "责任单位", "完成时限"],
                              "季度进展（牵头单位填报）"))
    assert roles == WANT
    assert [s.title for s in plan.sections] == ["做强特色产业", "补齐民生短板"]
    assert plan.rows[0].text.startswith("新建标准化茶园")  # the group's name is no task text


def test_a_progress_column_written_otherwise_names_no_unit_xlsx(tmp_path: Path) -> None:
    _, roles = _read(_xlsx(tmp_path / "台账.xlsx", ["编号", "类别", "任务内容", "分管领导", "责任单位", "时间节点"],
                           "推进情况（由牵头单位填写）"))
    assert roles == WANT


def test_a_group_column_merged_down_its_rows_docx(tmp_path: Path) -> None:
    plan, roles = _read(_docx(tmp_path / "台账.docx", "落实情况（牵头单位填写）"))
    assert roles == WANT
    assert [s.title for s in plan.sections] == ["做强特色产业", "补齐民生短板"]


def test_the_issuing_line_gives_the_region_and_date(tmp_path: Path) -> None:
    plan, _ = _read(_xlsx(tmp_path / "台账.xlsx", ["序号", "工作板块", "重点工作任务", "责任县领导", "责任单位", "完成时限"],
                          "备注"))
    assert plan.region == "枫林县"
    assert plan.issued is not None and (plan.issued.month, plan.issued.day) == (3, 6)


def test_a_notes_block_under_the_table_is_no_task_xlsx(tmp_path: Path) -> None:
    """"填报说明" then its numbered lines, each in a row of its own under the table: notes, not
    tasks to refuse (the rule in them still read: the first listed leads)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([TITLE])
    sheet.append(["序号", "重点工作任务", "责任县领导", "责任单位", "完成时限", "备注"])
    n = 0
    for group, tasks in GROUPS:
        sheet.append([group])
        for text, leader, units in tasks:
            n += 1
            sheet.append([n, text, leader, units, "2025年12月底", ""])
    for line in ["填报说明", "1．“责任单位”栏中排在第一位的为牵头单位，其余为配合单位。", "2．请于每季度末报送进展。"]:
        sheet.append([line])
    path = tmp_path / "台账.xlsx"
    book.save(path)
    _, roles = _read(path)
    assert roles == WANT


def test_a_task_row_worded_like_a_header_is_a_task_xlsx(tmp_path: Path) -> None:
    """A task whose quarterly cells say "完成年度改革任务" and whose unit cell says "X牵头，Y配合"
    holds a header's words; its 序号 says it is a task (round 34b read it as a new header)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2025年宁川市政府工作报告重点任务督查台账"])
    sheet.append(["序号", "重点任务", "责任领导", "责任单位", "四季度目标", "完成时限"])
    sheet.append(["一、深化改革"])
    sheet.append(["1", "深化国资国企改革，推动市属企业重组。", "林澈", "市国资委牵头，市财政局配合", "完成年度改革任务", "12月底"])
    sheet.append(["2", "推行“高效办成一件事”，新增事项20项。", "林澈", "市行政审批局牵头，市数据局配合", "上线事项20项", "12月底"])
    path = tmp_path / "台账.xlsx"
    book.save(path)
    plan = parse_plan(load_file(path))
    assert [row.code for row in plan.rows] == ["1.1", "1.2"]


def test_eleven_group_labels_make_eleven_parts_xlsx(tmp_path: Path) -> None:
    """A 分类 column with more than ten labels (主要目标 … 政府建设): the eleventh is part 十一, not
    a second part 十 (round 41c's annex was refused by the store: two parts numbered 10)."""
    import openpyxl

    labels = ["主要目标", "产业发展", "科技创新", "扩大内需", "改革开放", "城乡建设", "乡村振兴", "生态环保",
              "民生保障", "安全发展", "政府建设"]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([TITLE])
    sheet.append(["序号", "分类", "重点工作任务", "责任单位", "分管市领导", "完成时限"])
    for n, label in enumerate(labels, start=1):
        sheet.append([n, label, f"推进第{n}项工作，完成率达到9{n % 10}%。", "市发展改革委牵头，市财政局配合", "周启航", "2025年12月底"])
    path = tmp_path / "附件.xlsx"
    book.save(path)
    plan = parse_plan(load_file(path))
    assert [s.number for s in plan.sections] == list(range(1, 12))
    assert plan.sections[-1].title == "政府建设"
    assert [r.code for r in plan.rows][-2:] == ["10.1", "11.1"]
    assert not plan.warnings


def test_a_ledger_coded_by_letters_over_several_sheets_xlsx(tmp_path: Path) -> None:
    """A county 督查台账 with one sheet per kind of item, each task coded by letters and its
    number (ZB01 指标, RW01 重点任务, MS01 民生实事), 主办单位 / 协办单位 columns, a title and a
    "填报单位：…" line atop each sheet, a legend under it and a 合计 row: every item read, none
    of the frame reported as a row left out (round 41d: "未找到牵头单位等列", every RW row
    "无法识别")."""
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    first.title = "主要指标"
    first.append(["溪口县2025年主要指标调度"])
    first.append(["填报单位：溪口县人民政府督查室　　截至2025年3月31日"])
    first.append(["编号", "指标名称", "2025年预期目标", "主办单位", "协办单位", "分管县领导"])
    first.append(["ZB01", "地区生产总值增速", "增长6%左右", "县发改委", "县统计局", "邹建华"])
    first.append(["ZB02", "规模以上工业增加值增速", "增长8%", "县科工信局", "县统计局", "覃海洋"])
    first.append(["进度评价：● 正常推进　▲ 滞后"])
    tasks = book.create_sheet("重点任务")
    tasks.append(["溪口县2025年重点任务督查台账"])
    tasks.append(["填报单位：溪口县人民政府督查室"])
    tasks.append(["编号", "工作任务", "分管县领导", "主办单位", "协办单位", "完成时限"])
    tasks.append(["一、推进工业强县（2项）"])
    tasks.append(["RW01", "建成标准厂房15万平方米。", "覃海洋", "经开区管委会", "县科工信局", "2025年12月底"])
    tasks.append(["RW02", "新增规上工业企业20家。", "覃海洋", "县科工信局", "县统计局", "2025年12月底"])
    things = book.create_sheet("民生实事")
    things.append(["编号", "民生实事项目", "主办单位", "协办单位", "分管县领导", "总投资（万元）", "完成时限"])
    things.append(["MS01", "新建城东幼儿园", "县教育局", "县住建局", "罗丽萍", "2850", "2025年8月底"])
    things.append(["MS02", "县人民医院新院区投入使用", "县卫健委", "县人民医院", "罗丽萍", "12600", "2025年6月底"])
    things.append(["合计", "", "", "", "", "15450", ""])
    path = tmp_path / "台账.xlsx"
    book.save(path)
    assert looks_like_plan(load_file(path))  # ingest takes it for a plan, not "a table that is no plan"
    plan = parse_plan(load_file(path))
    assert [(r.text[:8], r.lead_units) for r in plan.rows] == [
        ("地区生产总值增速", ["县发改委"]), ("规模以上工业增加", ["县科工信局"]),
        ("建成标准厂房15", ["经开区管委会"]), ("新增规上工业企业", ["县科工信局"]),
        ("新建城东幼儿园", ["县教育局"]), ("县人民医院新院区", ["县卫健委"])]
    assert not plan.warnings, plan.warnings
