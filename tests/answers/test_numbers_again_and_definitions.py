"""Read after session 25's held-out runs (60a, 60c): the 文号 asked again by the issuer's short
name ("岚江政办发几号来着") asks the number, not the date; a stock counted at the year's end
("年末常住人口达到…") answers "常住人口多少"; "X 怎么解释的 明天开会要讲" asks the glossary entry;
"哪天建成试运行的 通报上写的" asks the day it happened; a part heading "稳增长扩投资" names no
leader (its 长 is 增长's). The documents are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from retrieval.plans.paragraphs import section_leaders
from tests.support.answer_sets import flat, table_plan_context

TODAY = dt.date(2025, 10, 20)
REPORT = """岚江省2025年政府工作报告
——2025年1月15日在岚江省第十四届人民代表大会第三次会议上
一、2024年工作回顾
年末常住人口达到1052.6万人。城北污水处理厂二期工程于8月28日建成并投入试运行。
二、2025年主要目标
地区生产总值增长5.5%左右。
三、2025年重点工作
实施“零土地技改”项目2300个。
名词解释
1.“零土地技改”：指企业在不新增建设用地的前提下，利用现有厂房和土地实施的技术改造项目。
"""


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    c = table_plan_context(tmp_path_factory.mktemp("again"), REPORT, "岚江省2025年政府工作报告重点工作责任分工方案",
                           ["序号", "重点工作", "省领导", "牵头单位", "责任单位"],
                           ["一、稳增长扩投资", ["1", "实施“零土地技改”项目2300个。", "王某某", "省工业和信息化厅", "省财政厅"]],
                           above="岚江政办发〔2025〕6号", report_name="岚江省2025年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    ("分工方案的文号是多少 岚江政办发几号来着", "〔2025〕6号"),
    ("常住人口报告里说的多少万", "1052.6万"),
    ("零土地技改 怎么解释的 明天开会要讲", "不新增建设用地"),
    ("城北污水厂二期是哪天建成试运行的 报告上写的", "8月28日"),
])
def test_asked_and_answered(province, question: str, wanted: str) -> None:
    ans = ask(province, question, today=TODAY)
    assert ans.intent != "none" and wanted in flat(ans.answer), ans.answer


def test_a_heading_with_growth_in_it_names_no_leader() -> None:
    assert section_leaders("稳增长扩投资") == []
    assert section_leaders("区委副书记、区长　贺承宇") == ["贺承宇"]
