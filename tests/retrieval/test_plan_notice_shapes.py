"""Plans as county and city offices publish them beside the sample's table: a notice whose
tasks are paragraphs grouped under the leader who covers them ("三、罗永胜副县长负责（5项）"),
each ending with its units in brackets under the notice's "排在第一位的为牵头单位" rule, followed
by an annex table of 民生实事; and a 督查台账 workbook with a 填报说明 sheet of numbered points."""
from __future__ import annotations

from pathlib import Path

from retrieval.loaders import load_file
from retrieval.plans import parse_plan
from retrieval.plans.paragraphs import section_leaders
from tests.support.docx_plans import add_table

NOTICE = [
    "青禾县人民政府办公室关于印发2025年县政府工作报告重点工作责任分工的通知",
    "一、各项任务括号内所列单位，排在第一位的为牵头单位，其他为配合单位。",
    "二、各牵头单位每季度末报送进展情况。",
    "2025年县政府工作报告重点工作责任分工",
    "一、周海涛县长负责（2项）",
    "1．全县地区生产总值增长6%左右。（县发展和改革局、县统计局）",
    "2．全年到位县外资金100亿元。（县投资促进中心、县发展和改革局、各乡镇人民政府）",
    "二、吕文常务副县长负责（2项）",
    "3．一般公共预算收入增长4%。（县财政局、县税务局）",
    "4．实施县级重点项目120个。（县发展和改革局、县住房和城乡建设局）",
    "三、宋佳副县长负责（3项）",
    "5．新建高标准农田4万亩。（县农业农村局、县财政局、县水利局）",
    "6．完成农村户厕改造2500户。（县农业农村局、县卫生健康局）",
    "7．完成造林1.2万亩。（县自然资源局、各乡镇人民政府）",
    "附件：2025年县政府六件民生实事责任分工表",
]


def _notice(path: Path) -> Path:
    import docx

    document = docx.Document()
    for line in NOTICE:
        document.add_paragraph(line)
    document.add_paragraph("附件")
    document.add_paragraph("2025年县政府六件民生实事责任分工表")
    add_table(document, ["序号", "民生实事项目", "责任县领导", "牵头单位", "配合单位", "完成时限"], [
        ["1", "新建乡镇公办幼儿园4所", "宋佳", "县教育体育局", "县财政局", "2025年9月底"],
        ["2", "新增城市公共停车位1200个", "吕文", "县城市管理局", "县公安局交通管理大队", "2025年12月底"],
        ["3", "建设口袋公园8个", "吕文", "县住房和城乡建设局", "县城市管理局", "2025年10月底"],
    ])
    document.save(path)
    return path


def test_leader_headed_paragraphs_and_the_annex_table_are_one_plan(tmp_path):
    table = parse_plan(load_file(_notice(tmp_path / "青政办发〔2025〕2号.docx")))
    rows = {r.code: r for r in table.rows}
    assert len(rows) == 10 and table.region == "青禾县"
    # the bracket's first unit leads under the notice's rule; the heading's leader covers the part
    assert rows["1.2"].lead_units == ["县投资促进中心"] and rows["1.2"].co_units == ["县发展和改革局", "各乡镇人民政府"]
    assert rows["1.2"].leaders == ["周海涛"] and rows["2.1"].leaders == ["吕文"] and rows["3.3"].leaders == ["宋佳"]
    # the annex table is the next part, titled by the line above it, with its own columns
    assert table.sections[-1].number == 4 and "民生实事" in table.sections[-1].title
    assert rows["4.3"].lead_units == ["县住房和城乡建设局"] and rows["4.3"].due_text == "2025年10月底"


def test_a_bracket_of_bare_units_without_a_rule_makes_every_unit_lead(tmp_path):
    lines = [ln for ln in NOTICE if "排在第一位" not in ln]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    rows = {r.code: r for r in parse_plan(load_file(path)).rows}
    assert rows["2.1"].lead_units == ["县财政局", "县税务局"]  # no rule stated: ducha does not guess an order


def test_a_heading_names_its_leader_before_the_title():
    assert section_leaders("罗永胜副县长负责") == ["罗永胜"]
    assert section_leaders("许志刚常务副市长分管") == ["许志刚"]
    assert section_leaders("杜若副区长联系") == ["杜若"]
    assert section_leaders("推进城乡融合发展") == []


def test_a_numbered_notes_sheet_after_the_ledger_is_no_second_plan(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["松川市2025年《政府工作报告》重点工作任务督查台账"])
    ws.append(["编号", "重点工作任务", "责任市领导", "责任单位", "完成时限"])
    ws.append(["一、壮大实体经济（2项）"])
    ws.append(["1", "新增规上工业企业60家。", "赵宁", "市工业和信息化局（牵头）、市统计局", "12月底"])
    ws.append(["2", "实施技改项目120个。", "赵宁", "市工业和信息化局（牵头）、市财政局", "12月底"])
    ws.append(["二、扩大有效需求（3项）"])
    ws.append(["3", "新开工亿元以上项目90个。", "孙越", "市发展改革委（牵头）、市自然资源和规划局", "12月底"])
    ws.append(["4", "社会消费品零售总额增长6%。", "孙越", "市商务局（牵头）", "12月底"])
    ws.append(["5", "争取专项债券资金25亿元。", "孙越", "市财政局（牵头）、市发展改革委", "9月底"])
    ws.append(["说明：“责任单位”栏中标注“（牵头）”的为牵头单位，其余为配合单位。"])
    notes = wb.create_sheet("填报说明")
    notes.append(["松川市2025年《政府工作报告》重点工作任务督查台账填报说明"])
    notes.append(["一、本台账共两个方面5项任务，按月调度。"])
    notes.append(["二、进展情况写明实物量和百分比。"])
    wb.save(tmp_path / "台账.xlsx")
    table = parse_plan(load_file(tmp_path / "台账.xlsx"))
    assert [s.number for s in table.sections] == [1, 2] and len(table.rows) == 5 and table.warnings == []
    assert {r.code: r for r in table.rows}["2.3"].lead_units == ["市财政局"]


def _ledger_issued_in_brackets(path: Path) -> Path:
    """A district's ledger whose issuing line, in brackets above the header, holds its 文号 and date."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["桂川区2025年区《政府工作报告》重点工作任务分解表"])
    ws.append(["（桂府办发〔2025〕7号附件　桂川区人民政府办公室2025年2月19日印发）"])
    ws.append(["序号", "重点工作任务", "责任区领导", "责任单位", "完成时限"])
    for i, unit in enumerate(["区发展和改革局", "区财政局", "区教育局", "区民政局", "区商务局"], start=1):
        ws.append([str(i), f"完成第{i}项重点工作。", "林川", unit, "12月底"])
    wb.save(path)
    return path


def test_the_issuing_line_in_brackets_above_a_ledger_gives_its_number_and_date(tmp_path):
    from retrieval.meta import read_meta

    loaded = load_file(_ledger_issued_in_brackets(tmp_path / "分解表.xlsx"))
    table = parse_plan(loaded)
    assert (table.region, str(table.issued)) == ("桂川区", "2025-02-19")
    assert read_meta(loaded.text, kind="plan").number == "桂府办发〔2025〕7号"


def test_the_issuing_date_above_a_ledger_answers_when_it_was_issued(tmp_path):
    from answers.ask import ask
    from tests.support.answer_sets import flat, ingested_context

    ctx, _ = ingested_context(tmp_path, [_ledger_issued_in_brackets(tmp_path / "分解表.xlsx")])
    answer = flat(ask(ctx, "分解表文号多少 啥时候印发的").answer)
    assert "桂府办发〔2025〕7号" in answer and "2月19日" in answer, answer
