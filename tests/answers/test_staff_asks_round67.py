"""Asks typed by outsiders in batch 67 (paraphrased here, the documents invented), each read by a
rule rather than by its words:

- the deadline asked of a task named short, with a slip ("啥时侯") or the column's own name
  ("时间要求写的啥"), comes from the table, never from the report sentence that names the work;
- "6月底前就该完成的" lists the tasks due by then;
- "25年那个报告是哪个市长作的" asks who delivered that report, never the plan's leader who is
  市长 now;
- "刚问过 再确认一遍" and "住建局问下" are said around the ask, no words of it;
- a figure asked of the 民生实事 ("民生实事里停车泊位新增多少个") is the year's promise, from
  the 民生实事 table when one is loaded, and "要装多少部" is read with its counter;
- "我们住建局是牵头还是配合" and "X那条是A还是B牵头" ask one task's owner, not a unit's list.
"""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, table_plan_context

TODAY = dt.date(2026, 12, 3)
REPORT_2026 = """汀溪区2026年政府工作报告
——2026年1月15日在汀溪区第三届人民代表大会第五次会议上
区长 王建明
一、2025年工作回顾
新增公共停车泊位2600个，改造老旧小区35个。
二、2026年重点工作
全年改造老旧小区42个，既有住宅加装电梯60部，新增公共停车泊位3000个。新建5G基站500个。
我们将集中财力办好老旧小区改造、既有住宅加装电梯、新增公共停车泊位等十件民生实事。
"""
REPORT_2025 = """汀溪区2025年政府工作报告
——2025年1月16日在汀溪区第三届人民代表大会第四次会议上
区长 韩立川
一、2024年工作回顾
新增公共停车泊位2100个。
二、2025年重点工作
新增公共停车泊位2600个。
"""
HEADER = ["序号", "重点任务", "责任区领导", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    "一、城市更新",
    ["1", "全年改造老旧小区42个", "王建明", "区住房城乡建设局", "各街道", "2026年12月底前"],
    ["2", "新增公共停车泊位3000个", "王建明", "区城市管理局", "区交通运输局", "2026年6月底前"],
    ["3", "新建5G基站500个", "李青", "区工业和信息化局", "区通信办", "2026年9月底前"],
    ["4", "建成望川夜市特色街区", "李青", "区商务局", "区城市管理局", "2026年5月底前"],
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("staff_asks_67")
    (tmp / "汀溪区2025年政府工作报告.txt").write_text(REPORT_2025, encoding="utf-8")
    c = table_plan_context(tmp, REPORT_2026, "汀溪区2026年政府工作报告重点任务分工", HEADER, ROWS,
                           above="区长 王建明", report_name="汀溪区2026年政府工作报告.txt")
    from retrieval.ingest import ingest_paths

    from tests.support.docx_plans import table_docx

    promised = table_docx(tmp / "汀溪区2026年民生实事项目.docx", "汀溪区2026年民生实事项目",
                          ["序号", "项目", "目标任务", "牵头单位", "完成时限"],
                          [["1", "既有住宅加装电梯", "既有住宅加装电梯60部", "区住房城乡建设局", "2026年12月底前"],
                           ["2", "新增公共停车泊位", "新增公共停车泊位3000个", "区城市管理局", "2026年6月底前"]])
    results = ingest_paths(c, [tmp / "汀溪区2025年政府工作报告.txt", promised])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    yield c
    c.close()


def test_a_deadline_asked_with_a_slip_or_the_columns_name(ctx):
    text = flat(ask(ctx, "5G基站那项啥时侯要完成", today=TODAY).answer)
    assert "2026年9月底前" in text, text
    text = flat(ask(ctx, "停车泊位那个 时间要求写的啥", today=TODAY).answer)
    assert "2026年6月底前" in text, text


def test_the_tasks_due_by_a_month_asked_with_jiu_gai(ctx):
    text = flat(ask(ctx, "分工表里6月底前就该完成的任务有哪几项 帮我列一下", today=TODAY).answer)
    assert "夜市" in text and "停车泊位" in text and "5G" not in text, text


def test_who_delivered_a_report_by_the_office(ctx):
    text = flat(ask(ctx, "25年那个报告是哪个区长作的", today=TODAY).answer)
    assert "韩立川" in text and "王建明" not in text, text


def test_words_said_around_the_ask(ctx):
    text = flat(ask(ctx, "旧改今年全区一共多少个小区来着 刚问过 再确认一遍", today=TODAY).answer)
    assert "42个" in text, text


def test_a_figure_of_the_promised_list_is_the_years_promise(ctx):
    text = flat(ask(ctx, "麻烦看下 民生实事里公共停车泊位新增多少个", today=TODAY).answer)
    assert "3000个" in text, text
    text = flat(ask(ctx, "加装电梯今年民生实事里要装多少部", today=TODAY).answer)
    assert "60部" in text, text


def test_one_tasks_owner_asked_beside_a_unit(ctx):
    text = flat(ask(ctx, "停车泊位那条 我们交通局是牵头还是配合 牵头的是谁", today=TODAY).answer)
    assert "城市管理局" in text, text
    text = flat(ask(ctx, "夜市那条是商务局还是城管局牵头", today=TODAY).answer)
    assert "商务局" in text and "5G" not in text, text
