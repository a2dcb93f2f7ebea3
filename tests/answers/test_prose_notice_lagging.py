"""A 督查室 notice in prose ("1-10月重点任务推进情况通报"): its part "二、进展滞后的任务" gives each
lagging task a heading of its own, "（三）第25项X（牵头单位：市交通运输局）。", then its progress
and "主要原因是…". Staff ask for the list, for a unit's or a leader's share of it, for the
reason, and for the owner of "the one that lags":

- "哪些任务滞后了" lists the headed items, in the notice's order;
- "交通局有没有滞后的" keeps that unit's items, and says so when the unit has none;
- "沈副市长分管的里面有滞后的没" keeps the items that are that leader's tasks in the plan;
- "快速路为啥没按时通车 通报里说的原因是啥" quotes the reason, whose sentence names no subject
  (the heading and the progress sentence before it do);
- "托位滞后那个是哪个单位的" finds the task by its words, its state no word of its text.

The notice and the plan are invented for these tests."""
from __future__ import annotations

import datetime as dt

import docx
import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx

TODAY = dt.date(2026, 12, 3)
NOTICE = [
    "督查通报",
    "澜石市委市政府督查室　　2026年11月10日",
    "澜石市2026年1-10月重点任务推进情况通报",
    "截至10月31日，6项重点任务中已完成2项、滞后3项。现将有关情况通报如下。",
    "一、已完成的任务",
    "第1项地区生产总值（市发展改革委），1-10月增长5.6%；第2项北湾新区扩区调规（北湾新区管委会），已上报审批。",
    "二、进展滞后的任务",
    "（一）第3项城市快速路建设（牵头单位：市交通运输局）。主线工程已完成总工程量的86%，未能按9月底前建成通车。"
    "主要原因是跨江大桥主墩桩基施工遇溶洞地质，施工方案调整耗时较长。",
    "（二）第4项公共充电桩建设（牵头单位：市发展改革委）。已建成公共充电桩2140个，完成率71.3%。"
    "主要原因是部分点位电力增容配套滞后。",
    "（三）第6项普惠托位建设（牵头单位：市卫生健康委）。已新增普惠托位1020个，完成率68%。"
    "主要原因是社会力量举办普惠托育机构意愿不足。",
    "三、下一步工作要求",
    "一是压实牵头责任。二是加快滞后任务整改，滞后任务的牵头单位要于11月15日前报送整改方案。",
]
HEADER = ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]
ROWS = [
    "责任市领导：陆承远（市长）",
    ["1", "地区生产总值增长5.5%左右。", "市发展改革委", "市统计局", "2026年12月底前"],
    ["2", "推进北湾新区扩区调规。", "北湾新区管委会", "市自然资源和规划局", "2026年6月底前"],
    "责任市领导：沈佳宁（副市长）",
    ["3", "建成城市快速路一期，新建快速路12公里。", "市交通运输局", "市财政局", "2026年9月底前"],
    ["4", "新建公共充电桩3000个。", "市发展改革委", "市城市管理局", "2026年10月31日前"],
    ["5", "新建5G基站1200个。", "市工业和信息化局", "市通信发展管理办公室", "2026年9月底前"],
    "责任市领导：梁树声（副市长）",
    ["6", "新增普惠托位1500个。", "市卫生健康委", "市民政局", "2026年10月31日前"],
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("prose_notice")
    document = docx.Document()
    for line in NOTICE:
        document.add_paragraph(line)
    notice = tmp / "澜石市2026年1-10月重点任务推进情况通报.docx"
    document.save(notice)
    plan = table_docx(tmp / "澜石市2026年政府工作报告重点任务分工方案.docx", "澜石市2026年政府工作报告重点任务分工方案",
                      HEADER, ROWS)
    c, results = ingested_context(tmp / "data", [plan, notice])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    yield c
    c.close()


def test_the_lagging_items_are_listed_in_order(ctx):
    text = flat(ask(ctx, "哪些任务滞后了", today=TODAY).answer)
    assert text.index("快速路") < text.index("充电桩") < text.index("托位"), text
    assert "5G" not in text and "扩区调规" not in text, text


def test_a_units_share_of_the_lagging_items(ctx):
    text = flat(ask(ctx, "交通局有没有滞后的 通抱里咋说的", today=TODAY).answer)
    assert "快速路" in text and "充电桩" not in text, text
    none = flat(ask(ctx, "工信局有滞后的吗", today=TODAY).answer)
    assert "没有" in none and "工业和信息化局" in none, none


def test_a_leaders_share_of_the_lagging_items(ctx):
    text = flat(ask(ctx, "调度会要用 沈副市长分管的里面有滞后的没", today=TODAY).answer)
    assert "快速路" in text and "充电桩" in text and "托位" not in text, text


def test_the_reason_said_after_the_heading(ctx):
    text = flat(ask(ctx, "快速路为啥没按时通车 通报里说的原因是啥", today=TODAY).answer)
    assert "溶洞" in text, text


def test_the_one_that_lags_is_found_by_its_words(ctx):
    text = flat(ask(ctx, "托位滞后那个是哪个单位的 麻烦看下", today=TODAY).answer)
    assert "卫生健康委" in text, text
