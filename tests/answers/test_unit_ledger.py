"""A progress ledger grouped by lead unit (round 64d): a row spanning the sheet names each unit
("三、区住建局（共2项）") and no 牵头单位 column follows. It is read as a progress document, and a
unit asked ("住建有没有滞后的", "交通局一共几项 完成几项了", "教体那个学校的项目进展写的啥") is answered
from its own group; "哪几个单位有滞后" names each lagging row's unit. The workbook and the plan
are invented for these tests."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx
from tests.support.ledgers import grouped_ledger

TODAY = dt.date(2026, 11, 20)
HEADER = ["序号", "工作任务", "时间节点", "进展情况", "完成情况", "备注"]
GROUPS = {
    "一、区发改局（共2项）": [
        [1, "谋划储备重大项目120个以上", "2026年12月底前", "已谋划储备重大项目128个。", "已完成", None],
        [2, "全年安排区级重点项目86个，完成年度计划投资210亿元", "2026年12月底前",
         "86个区级重点项目已开工79个，完成投资168.3亿元。", "序时推进", None],
    ],
    "二、区住建局（共2项）": [
        [3, "新开工保障性租赁住房1200套", "2026年9月底前", "已开工保障性租赁住房860套，剩余340套暂未开工。", "滞后", "用地报批未完成"],
        [4, "实施城镇老旧小区改造28个", "2026年12月底前", "已开工28个，完工19个。", "序时推进", None],
    ],
    "三、区交通运输局（共2项）": [
        [5, "开工建设溪口大桥，年内完成桩基工程", "2026年12月底前", "溪口大桥已于4月开工，已完成桩基71根（共96根）。", "序时推进", None],
        [6, "新开通和优化公交线路10条", "2026年6月底前", "已新开通和优化公交线路10条。", "已完成", None],
    ],
    "四、区教体局（共1项）": [
        [7, "新建枫林路小学，新增学位1800个", "2026年8月底前", "枫林路小学因设计变更主体工程延期，预计2027年春季学期投用。", "滞后", None],
    ],
}
PLAN_HEADER = ["序号", "工作任务", "区领导", "牵头单位", "责任单位", "时间节点"]
PLAN_ROWS = [
    ["1", "谋划储备重大项目120个以上", "范承宇", "区发改局", "区财政局", "2026年12月底前"],
    ["2", "新开工保障性租赁住房1200套", "陶文斌", "区住建局", "区自然资源分局", "2026年9月底前"],
    ["3", "开工建设溪口大桥，年内完成桩基工程", "钟雅琴", "区交通运输局", "区财政局", "2026年12月底前"],
    ["4", "新建社区嵌入式养老服务中心6个", "孔慧敏", "区民政局", "区卫健局", "2026年10月底前"],
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("unit_ledger")
    ledger = grouped_ledger(tmp / "溪桐区2026年重点工作推进情况台账.xlsx",
                            "溪桐区2026年重点工作推进情况台账（截至2026年10月31日）", HEADER, GROUPS)
    plan = table_docx(tmp / "溪桐区2026年重点工作任务清单.docx", "溪桐区2026年重点工作任务清单", PLAN_HEADER, PLAN_ROWS)
    c, results = ingested_context(tmp / "data", [plan, ledger])
    assert sorted((r.status, r.kind) for r in results) == [("ingested", "plan"), ("ingested", "report")], results
    yield c
    c.close()


def test_a_units_lagging_rows_and_none_of_another_units(ctx):
    text = flat(ask(ctx, "住建有没有滞后的", today=TODAY).answer)
    assert "保障性租赁住房" in text and "340套" in text and "老旧小区" not in text, text
    text = flat(ask(ctx, "发改委有没有滞后的", today=TODAY).answer)
    assert "没有标为滞后" in text and "保障性租赁住房" not in text, text


def test_a_units_rows_counted_by_status(ctx):
    text = flat(ask(ctx, "交通局一共几项 完成几项了", today=TODAY).answer)
    assert "共2项" in text and "已完成1项" in text and "公交线路" in text and "桩基71根" in text, text


def test_one_task_of_the_unit_named_by_the_rest_of_the_ask(ctx):
    text = flat(ask(ctx, "教体那个学校的项目进展写的啥", today=TODAY).answer)
    assert "设计变更" in text and "滞后" in text, text


def test_which_units_lag_names_each_rows_unit(ctx):
    text = flat(ask(ctx, "哪几个单位有滞后", today=TODAY).answer)
    assert "区住建局" in text and "区教体局" in text and "区交通运输局" not in text, text


def test_a_unit_the_ledger_has_no_group_of_is_said_so(ctx):
    ans = ask(ctx, "民政局养老那项 台账里进展写的啥", today=TODAY)
    assert ans.intent == "none" and "区民政局" in ans.answer, ans.answer


def test_the_plan_still_answers_what_a_unit_leads(ctx):
    ans = ask(ctx, "住建局牵头几项", today=TODAY)
    assert ans.intent == "unit_tasks", ans.answer


def test_a_grouped_ledger_keeping_the_plans_leader_and_deadline_is_still_a_ledger(tmp_path):
    # round 64c: 序号 | 重点任务 | 责任市领导 | 完成时限 | 截至10月底进展情况 | 进度评价, grouped by unit
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["潆州市2026年政府工作报告重点任务推进台账（截至10月底）"])
    ws.append(["序号", "重点任务", "责任市领导", "完成时限", "截至10月底进展情况", "进度评价"])
    ws.append(["一、市发展改革委（2项）"])
    ws.append([1, "实施市级重点项目280个", "卢振川", "2026年12月底", "已开工265个，累计完成投资658亿元。", "正常推进"])
    ws.append([2, "新增公共充电桩3000个", "周晓峰", "2026年11月底前", "新增公共充电桩2410个。", "进度滞后"])
    ws.append(["二、市教育局（1项）"])
    ws.append([3, "新建改扩建中小学12所", "江映红", "2026年8月底前", "12所已全部投用。", "已完成"])
    path = tmp_path / "潆州市2026年重点任务推进台账（截至10月底）.xlsx"
    wb.save(path)
    c, results = ingested_context(tmp_path / "data", [path])
    try:
        assert [(r.status, r.kind) for r in results] == [("ingested", "report")], results
        text = flat(ask(c, "发改委有没有滞后的", today=TODAY).answer)
        assert "充电桩" in text and "2410个" in text and "中小学" not in text, text
        # the row's task sets a figure; what stood by then is its progress cell's
        text = flat(ask(c, "台账上 截至10月底公共充电桩新增多少个", today=TODAY).answer)
        assert "2410个" in text, text
    finally:
        c.close()
