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


def test_a_plan_with_no_title_takes_its_place_from_its_file_name_and_says_so(tmp_path):
    from tests.support.answer_sets import ingested_context

    body = "任务编号,任务名称,责任市领导,牵头部门,协同部门,截止日期\n" + "\n".join(
        f"2026-01-0{i},新建5G基站{i}00个,钱卫东,市工业和信息化局,市财政局,2026-0{i}-30" for i in range(1, 6)) + "\n"
    path = tmp_path / "栖川市2026年政府工作报告重点任务分工.csv"
    path.write_text(body, encoding="utf-8")
    ctx, results = ingested_context(tmp_path, [path])
    try:
        plan = results[0]
        assert (plan.status, plan.region, plan.title) == ("ingested", "栖川市", "栖川市2026年政府工作报告重点任务分工"), plan
        assert any("按文件名" in n for n in plan.notes), plan.notes
    finally:
        ctx.close()


def test_a_plan_with_no_place_takes_the_one_region_of_its_level_whose_reports_are_loaded(tmp_path):
    from tests.support.answer_sets import ingested_context

    report = tmp_path / "r.txt"
    report.write_text("栖川市2026年政府工作报告\n——2026年1月20日在栖川市第十七届人民代表大会第五次会议上\n"
                      "一、2025年工作回顾\n地区生产总值增长5.8%。新建5G基站900个。\n二、2026年重点工作\n新建5G基站1200个，"
                      "建成城市更新项目30个，新增城镇就业5万人，改造老旧小区150个。\n", encoding="utf-8")
    body = "任务编号,任务名称,责任市领导,牵头部门,协同部门,截止日期\n" + "\n".join(
        f"2026-01-0{i},新建5G基站{i}00个,钱卫东,市工业和信息化局,市财政局,2026-0{i}-30" for i in range(1, 6)) + "\n"
    plan_file = tmp_path / "导出.csv"
    plan_file.write_text(body, encoding="utf-8")
    ctx, results = ingested_context(tmp_path, [report, plan_file])
    try:
        plan = results[1]
        assert (plan.status, plan.region) == ("ingested", "栖川市"), plan
        assert any("同级报告只有栖川市" in n for n in plan.notes), plan.notes
    finally:
        ctx.close()


def test_columns_no_role_names_are_kept_by_their_labels():
    from retrieval.plans.header import other_columns

    header = ["序号", "重点工作", "分管领导", "责任站所", "包村干部", "完成时限", "备注"]
    columns = header_columns(header)
    assert other_columns(header, columns) == {4: "包村干部"}  # 备注 is the ledger's, not the task's


def test_a_progress_export_named_with_its_systems_tail_is_titled_by_the_rest(tmp_path):
    import openpyxl

    from tests.support.answer_sets import ingested_context

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "任务", "牵头单位", "进展情况", "是否按时序推进"])
    for i, (task, unit) in enumerate([("省级重大项目", "省发展改革委"), ("新改建农村公路", "省交通运输厅"),
                                      ("城镇老旧小区改造", "省住房城乡建设厅")], start=1):
        sheet.append([i, task, unit, f"截至9月底，{task}完成年度计划的7{i}%，进度正常推进。", "是"])
    path = tmp_path / "2026年第三季度进展情况_督查系统导出.xlsx"
    book.save(path)
    ctx, results = ingested_context(tmp_path, [path])
    try:
        assert (results[0].status, results[0].kind, results[0].title) == ("ingested", "report", "2026年第三季度进展情况"), results
    finally:
        ctx.close()
