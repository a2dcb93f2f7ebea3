"""A work report that sets out its 民生实事 as a Word table inside the text (序号 | 项目名称 | 年度目标 |
责任单位, round 65d): it stays a report, its table read row by row with the prose around it, and the
owner a row names answers "那件实事谁负责". Before, the table made the whole report a ten-task plan,
and none of the report's figures were found. The report is invented for these tests."""
from __future__ import annotations

import datetime as dt

import docx
import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2026, 11, 20)
PROSE = [
    "岚溪市2026年政府工作报告",
    "——2026年1月14日在岚溪市第十七届人民代表大会第六次会议上",
    "市长 韩书恒",
    "各位代表：",
    "一、2025年工作回顾",
    "过去一年，全市地区生产总值完成2630亿元，增长5.8%；一般公共预算收入195亿元，增长4.6%；城镇新增就业4.5万人。"
    "改造老旧小区126个，新建城市公园和口袋公园36个，新增普惠托位1500个。" * 3,
    "二、2026年主要目标任务",
    "今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业4.2万人以上。" * 3,
    "用心办好民生实事。今年，市政府将集中财力办好十项民生实事，具体安排如下：",
]
ROWS = [
    ["序号", "项目名称", "年度目标", "责任单位"],
    ["1", "普惠托育扩容", "新增普惠性托位2000个", "市卫生健康委"],
    ["2", "老年助餐服务", "新建社区老年助餐点60个", "市民政局"],
    ["3", "老旧小区改造", "改造老旧小区100个", "市住房城乡建设局"],
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report_table")
    document = docx.Document()
    for p in PROSE:
        document.add_paragraph(p)
    table = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for row, values in zip(table.rows, ROWS):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("三、全面加强政府自身建设")
    document.add_paragraph("我们将坚持依法行政，自觉接受人大监督，努力建设人民满意的政府。" * 3)
    path = tmp / "岚溪市2026年政府工作报告.docx"
    document.save(path)
    c, results = ingested_context(tmp / "data", [path])
    assert [(r.status, r.kind) for r in results] == [("ingested", "report")], results
    yield c
    c.close()


def test_the_reports_own_figures_are_found(ctx):
    text = flat(ask(ctx, "今年岚溪GDP增长目标多少", today=TODAY).answer)
    assert "5.5%左右" in text, text


def test_a_row_of_its_table_answers_its_target(ctx):
    text = flat(ask(ctx, "今年老年助餐点新建多少个", today=TODAY).answer)
    assert "60个" in text, text


def test_the_unit_a_row_names_answers_who_is_responsible(ctx):
    text = flat(ask(ctx, "老年助餐那件实事 责任单位是哪个 是不是卫健委", today=TODAY).answer)
    assert "市民政局" in text, text


def test_a_plan_whose_table_is_read_from_its_layout_stays_a_plan():
    # a PDF plan (its table read from the page, none in `tables`) whose notes name the leaders'
    # offices ("韩立新为常务副市长"), or a notice mentioning the congress, is never taken for a report
    from retrieval.shape import report_with_a_table

    text = ("青岚市2025年《政府工作报告》重点工作任务督查台账\n编制单位：青岚市人民政府督查室\n"
            "说明：市领导按市政府领导工作分工确定（韩立新为常务副市长）。\n编号 工作任务 责任单位\n1 新建学校 市教育局\n")
    assert not report_with_a_table(text, [])
    assert not report_with_a_table("岚溪市2026年政府工作报告重点任务分工方案\n——在市人民代表大会会议上审议通过\n", [[["序号", "任务"]]])


def test_a_report_listing_its_projects_with_their_units_stays_a_report(tmp_path):
    # round 65c's 2025 report: each 民生实事 a paragraph ending "（责任单位：…）", read as a plan of
    # labelled fields, so the whole report was a ten-task plan
    document = docx.Document()
    for p in PROSE[:-1]:
        document.add_paragraph(p)
    document.add_paragraph("今年将办好以下民生实事：")
    for i, (name, target, unit) in enumerate([("普惠托育扩容", "新增普惠性托位2000个", "市卫生健康委"),
                                              ("老年助餐服务", "新建社区老年助餐点60个", "市民政局"),
                                              ("老旧小区改造", "改造老旧小区100个", "市住房城乡建设局")], start=1):
        document.add_paragraph(f"{i}.{name}。{target}。（责任单位：{unit}）")
    document.add_paragraph("三、全面加强政府自身建设")
    for _ in range(90):  # a report runs to thousands of characters
        document.add_paragraph("我们将坚持依法行政，自觉接受人大监督，努力建设人民满意的政府。")
    path = tmp_path / "岚溪市2026年政府工作报告.docx"
    document.save(path)
    c, results = ingested_context(tmp_path / "data", [path])
    try:
        assert [(r.status, r.kind) for r in results] == [("ingested", "report")], results
        assert "5.5%左右" in flat(ask(c, "今年岚溪GDP增长目标多少", today=TODAY).answer)
    finally:
        c.close()
