"""A district loads its 重点任务分工 and its 民生实事项目安排表 side by side (round 66h). A list asked
"in" one of them keeps to that table ("民生实事里民政局牵头的是哪几件", "发改在分工里牵头几项"); the
安排表's cover names the district shorter than the other table's issuer, and its units are still
the same place's units; tasks due within a month are listed by that month; a unit's list asked
with its overdue ones shows every task, each overdue one marked. The tables are invented."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx

TODAY = dt.date(2026, 12, 3)
PLAN_HEADER = ["序号", "重点任务", "责任区领导", "牵头单位", "配合单位", "完成时限"]
PLAN_ROWS = [
    "一、扩大有效投资",
    ["1", "实施区级重点项目86个，完成年度投资168亿元", "许志诚", "区发展和改革局", "区财政局", "2026年12月底前"],
    ["2", "全年争取上级资金不低于8亿元", "许志诚", "区发展和改革局", "区财政局", "2026年6月底前"],
    "二、保障改善民生",
    ["3", "新建街道综合养老服务中心2个", "陈雅琴", "区民政局", "各街道办事处", "2026年10月底前"],
    ["4", "新改建农村公路15公里", "顾建新", "区交通运输局", "各街道办事处", "2026年9月底前"],
    "三、绿色发展",
    ["5", "完成柳塘河综合治理二期工程，断面水质达标率保持100%", "何静", "区水利局", "区生态环境分局", "2026年8月底前"],
]
WORKS_HEADER = ["序号", "项目名称", "建设内容及目标", "责任区领导", "牵头单位", "配合单位", "完成时限"]
WORKS_ROWS = [
    [1, "社区老年助餐", "新建社区老年助餐点20个", "陈雅琴", "区民政局", "各街道办事处", "2026年6月底"],
    [2, "居家适老化改造", "为困难老年人家庭实施居家适老化改造400户", "陈雅琴", "区民政局", "区残联", "2026年12月底"],
    [3, "既有住宅加装电梯", "完成既有住宅加装电梯45部", "许志诚", "区住房和城乡建设局", "各街道办事处", "2026年12月底"],
    [4, "普惠托育扩容", "新增普惠性托位300个", "陈雅琴", "区卫生健康局", "区妇联", "2026年9月底"],
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("two_tables")
    plan = table_docx(tmp / "plan.docx", "鹤汀区2026年政府工作报告重点任务分工", PLAN_HEADER, PLAN_ROWS,
                      above="青漪市鹤汀区人民政府办公室")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["鹤汀区2026年民生实事项目安排表"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(WORKS_HEADER))
    ws.append(WORKS_HEADER)
    for r in WORKS_ROWS:
        ws.append(r)
    works = tmp / "works.xlsx"
    wb.save(works)
    c, results = ingested_context(tmp / "data", [plan, works])
    assert [(r.status, r.tasks) for r in results] == [("ingested", 5), ("ingested", 4)], results
    yield c
    c.close()


def test_a_units_tasks_in_the_table_named(ctx):
    text = flat(ask(ctx, "民生实事里民政局牵头的是哪几件", today=TODAY).answer)
    assert "助餐" in text and "适老化" in text and "养老服务中心" not in text, text
    text = flat(ask(ctx, "民政局在分工里牵头哪些", today=TODAY).answer)
    assert "养老服务中心" in text and "助餐" not in text, text


def test_a_bare_short_name_of_a_unit(ctx):
    text = flat(ask(ctx, "发改在分工里牵头几项 都是啥", today=TODAY).answer)
    assert "重点项目" in text and "上级资金" in text, text


def test_a_leaders_tasks_in_the_table_named(ctx):
    text = flat(ask(ctx, "民生实事里陈副区长牵头的是哪几件", today=TODAY).answer)
    assert "助餐" in text and "托育" in text and "养老服务中心" not in text, text


def test_tasks_due_within_a_month(ctx):
    text = flat(ask(ctx, "民生实事里12月才到期的是哪几件", today=TODAY).answer)
    assert "加装电梯" in text and "适老化" in text and "助餐" not in text and "重点项目" not in text, text


def test_a_units_whole_list_with_its_overdue_ones_marked(ctx):
    text = flat(ask(ctx, "发改委牵头的几项给我列下 哪个已经过了时限", today=TODAY).answer)
    assert "重点项目" in text and "上级资金" in text and "已逾期1项" in text, text


def test_whether_a_tasks_deadline_passed_is_no_word_of_the_task(ctx):
    text = flat(ask(ctx, "柳塘河综合治理二期工程那条时限是哪天 现在过了没", today=TODAY).answer)
    assert "2026年8月底前" in text and "逾期" in text, text
