"""A figure answers the thing asked only from its own clause and in the measure asked
(answers/figure_subjects.py): "鹭白高速总投资多少亿" is never the next clause's "峦南高铁…投资30亿元"
(the clause cut inside a bracket, round 35c r35c-055), "鹤坪抽水蓄能电站总投资多少" never
"装机120万千瓦" (r35c-058). Own variants over an invented city's report (other projects, other
wordings); a rate asked of money, a count of medals and a project's own investment still answer."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.figure_subjects import clauses_outside_brackets, money_asked
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2025, 6, 1)

REPORT = """松口市2025年政府工作报告

一、2024年工作回顾

（二）强产业优结构。
项目建设提速增效。全年实施市级重点项目240个，完成投资388.2亿元，其中投资10亿元以上项目19个。梅林抽水蓄能电站主体工程开工，西港冷链物流中心等一批项目建成投用。
能源产业加快转型。新增新能源装机62万千瓦，全市电力总装机达到410万千瓦。梅林抽水蓄能电站（装机140万千瓦）开工建设，东岭、石门两个渔光互补项目并网发电。
交通设施加快完善。南湖隧道（全长3.2公里）实现贯通，城市轨道交通1号线（全长28公里）开通运营，滨江快速路累计完成投资56亿元。
教育事业加快发展。市第二实验中学（设60个班）建成招生，新增学位3000个。城东污水处理厂（日处理5万吨）建成投运，城区污水集中收集率达到75%。鹿鸣文化中心（建筑面积4.2万平方米）投入使用，公共文化设施覆盖率达到98%。高新区标准厂房（面积20万平方米）竣工交付，新引进企业45家。
外贸稳中提质。新能源汽车出口额增长36.5%，外贸进出口总额达到420亿元。在省运会上获得金牌58枚。
开放合作走深走实。成功举办松口茶叶博览会和数字经济推介会等活动，签约项目86个、总投资412亿元，引进十亿元项目5个。

二、2025年重点工作

（一）抓项目扩投资。实施市级重点项目260个以上，完成年度投资480亿元以上。加快梅林抽水蓄能电站、滨江快速路等重大项目建设，力争青岚大桥开工建设。
（二）完善基础设施。开工建设青岚大桥（青岚至渡头，全长约12公里），滨江快速路完成年度投资18亿元，新改建农村公路600公里。
"""


@pytest.fixture(scope="module")
def songkou(tmp_path_factory: pytest.TempPathFactory):
    c = report_context(tmp_path_factory.mktemp("figure_subjects"), REPORT, "松口市2025年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question, said", [
    # another project's money, in the clause after the one that names the thing asked
    ("青岚大桥总投资多少个亿", "青岚大桥"),
    ("青岚大桥要投多少钱", "青岚大桥"),
    ("南湖隧道总投资是多少", "南湖隧道"),
    ("城市轨道交通1号线投资了多少钱", "城市轨道交通1号线"),
    # money asked, the clause holds a size, a capacity or a count only
    ("市第二实验中学总投资多少", "60个班"),
    ("城东污水处理厂总投资是多少", "5万吨"),
    ("市第二实验中学投资规模多大", "60个班"),
    ("城东污水处理厂总投资大概多少", "5万吨"),
])
def test_no_figure_of_another_thing_or_measure(songkou, question: str, said: str) -> None:
    ans = ask(songkou, question, today=TODAY)
    assert ans.intent == "none", ans.answer
    assert "没有找到" in ans.answer and said in flat(ans.answer)
    # the other project's money is never offered as the answer
    assert "亿元" not in ans.answer


@pytest.mark.parametrize("question, wanted", [
    ("滨江快速路今年完成投资多少亿", "18亿元"),
    ("全年实施的市级重点项目完成投资多少", "388.2亿元"),
    ("新能源汽车出口额增长多少", "36.5%"),  # a rate asked of money: no amount wanted
    ("省运会拿了多少金牌", "58枚"),  # a count, no money
    # the money listed after a count ("签约项目86个、总投资412亿元"): its own item names it (round 44a)
    ("茶叶博览会推介会 签约总投资多少", "412亿元"),
])
def test_the_things_own_figure_still_answers(songkou, question: str, wanted: str) -> None:
    ans = ask(songkou, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert wanted in flat(ans.answer)


def test_clauses_are_cut_outside_brackets_only() -> None:
    s = "开工建设青岚大桥（青岚至渡头，全长约12公里），滨江快速路完成年度投资18亿元。"
    assert [s[a:b] for a, b in clauses_outside_brackets(s)] == [
        "开工建设青岚大桥（青岚至渡头，全长约12公里）", "滨江快速路完成年度投资18亿元"]


@pytest.mark.parametrize("question, asked", [
    ("青岚大桥总投资多少个亿", True), ("项目花了多少钱", True), ("固定资产投资增长多少", False),
    ("外贸出口额增速多少", False), ("拿了几枚金牌", False), ("免费打疫苗的女生有多少万", False),
    ("补助资金多少万元", True),
])
def test_money_asked(question: str, asked: bool) -> None:
    assert money_asked(question) is asked


def test_the_thing_is_named_whole() -> None:
    """A character of the ask's frame inside the name (能, 花) stays part of the name said."""
    from answers.compose import Answer, Evidence
    from answers.figure_subjects import figure_subject_checked

    sentence = "梅林抽水蓄能电站（装机140万千瓦）开工建设，东岭、石门两个渔光互补项目并网发电。"
    clause = "梅林抽水蓄能电站（装机140万千瓦）开工建设"
    found = Answer("松口市2024年：" + clause + "。", "fact",
                   evidence=[Evidence(clause, "松口市", 2024, sentence, "松口市2025年政府工作报告", "一、2024年工作回顾")])
    ans = figure_subject_checked("梅林抽水蓄能电站总投资多少", found)
    assert ans.intent == "none"
    assert "没有找到梅林抽水蓄能电站的投资额" in flat(ans.answer)
