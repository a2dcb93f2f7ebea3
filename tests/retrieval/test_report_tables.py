"""A Word table inside a report (主要预期目标: 指标 | 2024年完成情况 | 2025年预期目标), as counties
print it beside their prose (round 45d): each cell is read with its row's name and its column's
(retrieval/report_tables.py), so a target asked is the target column's, a result the result
column's. Before: a row's cells ran together ("增长5.9%增长6%左右") and a result answered a
target. The report is invented."""
from __future__ import annotations

import datetime as dt

import docx
import pytest

from answers.ask import ask
from retrieval.report_tables import row_sentences
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import add_table

TODAY = dt.date(2025, 3, 1)
HEADER = ["序号", "指标名称", "2024年完成情况", "2025年预期目标"]
ROWS = [
    ["1", "外贸进出口总额", "6.8亿元，增长12.6%", "7.5亿元，增长10%"],
    ["2", "常住人口城镇化率", "49.8%", "51%"],
    ["3", "城镇居民人均可支配收入", "41260元，增长4.8%", "增长5%"],
]


def test_a_row_is_read_with_its_header() -> None:
    assert row_sentences([HEADER, *ROWS])[1] == "2024年，常住人口城镇化率完成情况49.8%。2025年，常住人口城镇化率预期目标51%。"
    assert row_sentences([["1", "2"], ["3", "4"]]) is None  # no header row: left as it is
    # a note column whose cell names its own year: that year's figure (round 28c's 备注 column)
    assert row_sentences([["指标", "2025年目标", "备注"], ["固定资产投资增速", "5%左右", "2024年增长4.6%"]]) == [
        "2025年，固定资产投资增速目标5%左右。2024年，固定资产投资增速增长4.6%。"]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report_tables")
    document = docx.Document()
    for line in ("柘川县2025年政府工作报告", "一、2024年工作回顾",
                 "过去一年，全县地区生产总值完成186.4亿元，增长5.9%，经济运行稳中向好，发展质量持续提升。",
                 "二、2025年主要目标", "今年经济社会发展主要预期目标如下表。"):
        document.add_paragraph(line)
    add_table(document, HEADER, ROWS)
    document.add_paragraph("三、2025年重点工作")
    document.add_paragraph("（一）做强县域经济。推进县经济开发区扩区调位，新建标准化厂房10万平方米。")
    document.save(tmp / "柘川县2025年政府工作报告.docx")
    c, results = ingested_context(tmp / "data", [tmp / "柘川县2025年政府工作报告.docx"])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted, unwanted", [
    ("外贸进出口今年目标多少亿", "7.5亿元", "6.8亿元"),
    ("常住人口城镇化率今年要到多少", "51%", "49.8%"),
    ("去年外贸进出口总额多少", "6.8亿元", "7.5亿元"),
])
def test_the_column_asked_answers(ctx, question: str, wanted: str, unwanted: str) -> None:
    text = flat(ask(ctx, question, today=TODAY).answer.split("原文")[0])
    assert wanted in text and unwanted not in text, text


def test_a_row_named_by_its_target_says_the_target_and_the_result_apart() -> None:
    """A 通报's 重点工作 | 完成情况 table (round 53b): the row's name is the item and its target."""
    rows = [["序号", "重点工作", "完成情况"], ["1", "固定资产投资增长5.5%", "增长5.3%，未完成年度目标。"],
            ["2", "鹊岭大道一期工程年内建成通车", "12月28日建成通车"]]
    assert row_sentences(rows) == ["固定资产投资年度目标：增长5.5%。固定资产投资完成情况：增长5.3%，未完成年度目标。",
                                   "鹊岭大道一期工程年内建成通车完成情况：12月28日建成通车。"]


def test_a_progress_column_is_a_result_column() -> None:
    """"完成进度" (a new user's 一季度通报, session 22): the row's own target is said apart from it."""
    rows = [["序号", "重点工作", "牵头单位", "完成进度"], ["1", "新增城镇就业3000人", "区人社局", "新增城镇就业860人"]]
    assert row_sentences(rows)[0].startswith("新增城镇就业年度目标：3000人。")


def test_a_row_named_with_a_comma_keeps_its_whole_name_before_each_cell() -> None:
    # a progress ledger's task "开工建设X，年内完成投资15亿元": its 进展 is said of the whole task,
    # so the clause holding the result still names it (round 59b)
    rows = [["序号", "工作任务", "牵头单位", "推进情况（截至10月底）"],
            ["3", "开工建设城北污水处理厂，年内完成投资15亿元", "县住房和城乡建设局", "主体完工，完成投资12.6亿元"]]
    said = row_sentences(rows)[0]
    assert said.startswith("开工建设城北污水处理厂、年内完成投资15亿元推进情况（截至10月底）：主体完工")
    assert "县住房和城乡建设局" in said
