"""A ledger kept one sheet a month ("桐溪县2026年重点工作月调度台账（8月）", "…（9月）", the same tasks
on each sheet; round 63g): read as a progress document, never as a plan whose task numbers repeat;
titled without its first sheet's month; each sheet's 本月进展 / 累计完成 / 状态 said with its month,
so "9月台账里农村公路累计完成多少" answers September's row, "8月份滞后的有哪些" lists August's
lagging rows, and a month no sheet reports is not answered by another's. The workbook is invented."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2026, 11, 20)
HEADER = ["序号", "工作任务", "牵头单位", "本月进展", "累计完成", "存在问题", "状态"]
MONTHS = {
    "8月": [
        [1, "新建改建农村公路120公里", "县交通运输局", "完成路面铺筑12公里", "累计完成76公里", "无", "正常推进"],
        [2, "签约亿元以上项目40个以上", "县投资促进中心", "签约亿元以上项目3个", "累计签约27个", "签约项目数低于序时进度", "滞后"],
        [3, "改造城镇老旧小区18个", "县住房城乡建设局", "新完工3个", "完工10个", "无", "正常推进"],
    ],
    "9月": [
        [1, "新建改建农村公路120公里", "县交通运输局", "完成路面铺筑10公里", "累计完成86公里", "无", "正常推进"],
        [2, "签约亿元以上项目40个以上", "县投资促进中心", "签约亿元以上项目5个", "累计签约32个", "无", "正常推进"],
        [3, "改造城镇老旧小区18个", "县住房城乡建设局", "新完工3个", "完工13个", "部分居民意见不统一", "滞后"],
    ],
}


def _workbook(path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for month, rows in MONTHS.items():
        ws = wb.create_sheet(month)
        ws.append([f"桐溪县2026年重点工作月调度台账（{month}）"])
        ws.append(HEADER)
        for r in rows:
            ws.append(r)
        ws.append([f"编制单位：桐溪县人民政府督查室　数据截至：2026年{month[:-1]}月30日"])
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("monthly")
    c, results = ingested_context(tmp / "data", [_workbook(tmp / "桐溪县2026年重点工作月调度台账.xlsx")])
    assert [(r.status, r.kind) for r in results] == [("ingested", "report")], results
    yield c, results[0]
    c.close()


def test_the_workbook_is_one_progress_document_titled_without_a_month(ledger):
    _, result = ledger
    assert result.title == "桐溪县2026年重点工作月调度台账", result


@pytest.mark.parametrize(("question", "figure", "other"), [
    ("九月份台账里农村公路累计完成多少公里了", "86公里", "76公里"),
    ("8月台账里农村公路累计完成多少公里", "76公里", "86公里"),
])
def test_a_months_figure_is_that_months_row(ledger, question, figure, other):
    ctx, _ = ledger
    text = flat(ask(ctx, question, today=TODAY).answer)
    assert figure in text and other not in text, text


def test_the_lagging_rows_of_the_month_asked(ledger):
    ctx, _ = ledger
    text = flat(ask(ctx, "嗯八月份滞后的有哪些项目", today=TODAY).answer)
    assert "签约亿元以上项目" in text and "老旧小区" not in text, text


def test_a_month_no_sheet_reports_is_not_answered(ledger):
    ctx, _ = ledger
    ans = ask(ctx, "十一月份台账里老旧小区进展写的啥", today=TODAY)
    assert ans.intent == "none", ans.answer


def test_how_many_so_far_is_the_cumulative_column(ledger):
    # "完工几个了": the 累计完成 cell ("完工13个"), not the month's own progress ("新完工3个")
    ctx, _ = ledger
    text = flat(ask(ctx, "九月份台账老旧小区完工几个了", today=TODAY).answer)
    assert "完工13个" in text, text


# One sheet, a column a month (round 63f): the plan's 完成时限 kept beside 1—6月进展 | 7月进展 | … | 完成情况.
COLUMNS = ["序号", "重点任务", "牵头单位", "完成时限", "1—6月进展", "7月进展", "8月进展", "9月进展", "10月进展", "完成情况", "备注"]
COLUMN_ROWS = [
    [1, "改造老旧小区42个，加装电梯60部", "区住房城乡建设局", "2026年11月底前", "完工12个；加装电梯21部", "完工17个",
     "完工22个", "完工27个，加装电梯39部", "完工31个，加装电梯46部", "序时推进", None],
    [2, "扩大“岫创贷”规模至15亿元", "区财政局", "2026年12月底前", "累计发放7.2亿元", "累计发放8.5亿元", "累计发放9.4亿元",
     "累计发放10.8亿元", "累计发放12.3亿元", "进度滞后", "放款节奏偏慢"],
]


@pytest.fixture(scope="module")
def columns(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("month_columns")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["云岫区2026年政府工作报告重点任务月度推进台账（截至2026年10月31日）"])
    ws.append(COLUMNS)
    for r in COLUMN_ROWS:
        ws.append(r)
    path = tmp / "云岫区2026年重点任务推进月度台账.xlsx"
    wb.save(path)
    c, results = ingested_context(tmp / "data", [path])
    assert [(r.status, r.kind) for r in results] == [("ingested", "report")], results
    yield c
    c.close()


@pytest.mark.parametrize(("question", "figure", "other"), [
    ("截至十月底老旧小区完工几个了", "完工31个", "完工12个"),
    ("岫创贷九月份台账上进展写的啥", "10.8亿元", "12.3亿元"),
    # a cell cut at its semicolon ("完工12个；加装电梯21部") keeps its month for the part after it
    ("截至十月底电梯装了多少部", "46部", "21部"),
    ("九月份电梯装了多少部", "39部", "21部"),
])
def test_a_month_column_of_one_sheet(columns, question, figure, other):
    text = flat(ask(columns, question, today=TODAY).answer)
    assert figure in text and other not in text, text


def test_a_row_marked_lagging_in_its_status_column(columns):
    text = flat(ask(columns, "台账里哪几项是滞后的", today=TODAY).answer)
    assert "岫创贷" in text and "老旧小区" not in text, text


def test_a_second_ask_keeps_the_first_asks_month(ledger):
    # "十月份重点项目累计完成投资多少 占年度计划百分之几" (round 63g): both of the month said first
    ctx, _ = ledger
    text = flat(ask(ctx, "九月份台账里农村公路累计完成多少公里 签约亿元以上项目累计签约几个", today=TODAY).answer)
    assert "86公里" in text and "32个" in text and "27个" not in text, text
