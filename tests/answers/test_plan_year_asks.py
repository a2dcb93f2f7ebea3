"""Figures asked of the year a report plans or of what it has built up (round 31c r31c-015/022,
29c r29c-020), over an invented county report written here (other topics, other
wordings):
- a result asked of the report's own year, before any review of it exists: the target answers,
  labelled as the target (answers/plan_year_targets.py);
- a stock asked ("一共多少家"): the review's total, whose clause leaves the subject to the clause
  before it ("新增…12家，总数达到57家"), never a target's count (answers/stock_asks.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2025, 6, 1)

REPORT = """梧川县2025年政府工作报告

一、2024年工作回顾

企业主体持续壮大。全年新增省级专精特新企业12家，总数达到57家；新增市场主体5600户，累计达到4.2万户。新建5G基站420个，总数达到1860个。新增农民专业合作社38家，总量达到612家。研发经费投入占生产总值比例达到2.1%。

二、2025年重点工作

（一）推动产业升级。实施技改项目50个以上，推动40家专精特新企业实施数字化改造，新增省级专精特新企业10家以上，新增市场主体5000户以上。县级产业发展基金规模做大至5亿元，城市更新基金规模扩大到8亿元。夜间经济消费规模突破20亿元。快递业务量达到1.2亿件。新建5G基站300个以上，支持25家农民专业合作社开展标准化生产，新增农民专业合作社30家以上。
（二）提升城市品质。系统化推进韧性城市建设，力争城市建成区35%以上面积达到内涝防治标准。加快幸福河湖建设，力争县级以上河湖60%以上岸线达到生态岸线要求。深入推进节水型城市创建，力争公共机构65%以上达到节水型单位标准。推进近零碳园区建设，力争省级以上园区30%以上面积达到低碳园区标准。
"""


@pytest.fixture(scope="module")
def wuchuan(tmp_path_factory: pytest.TempPathFactory):
    c = report_context(tmp_path_factory.mktemp("planyear"), REPORT, "梧川县2025年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    ("夜间经济消费今年干到多大规模", "20亿元"),
    ("快递业务今年做到多大量", "1.2亿件"),
    ("城市更新基金今年做到多大规模", "8亿元"),
    ("今年县里产业发展基金规模弄到多大", "5亿元"),
])
def test_the_plan_years_target_answers_labelled(wuchuan, question: str, wanted: str) -> None:
    ans = ask(wuchuan, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert wanted in flat(ans.answer)
    assert "目标" in ans.answer  # labelled as the target, not as what was done


@pytest.mark.parametrize("question, wanted, never", [
    ("眼下市场主体总共多少户", "4.2万户", "5000户"),
    ("5G基站目前总数多少个", "1860个", "300个"),
    ("现有农民专业合作社总共多少家", "612家", "25家"),
    ("专精特新企业截至目前一共几家", "57家", "40家"),
])
def test_a_stock_is_the_reviews_total(wuchuan, question: str, wanted: str, never: str) -> None:
    ans = ask(wuchuan, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert wanted in flat(ans.answer)
    assert never not in flat(ans.answer.split("\n")[0])
