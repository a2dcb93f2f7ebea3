"""Classes from session 22's round 54c (a city's report read after its first run): how staff ask
of a city report laid out the usual way.

- "去年gdp总量和增速": two measures of one thing joined by 和, answered as two asks (answers.multipart);
- "外贸进出口保稳提质，力争总额突破500亿元": the figure's clause names only its measure (总额), so
  it measures the thing the clause before names (answers.evidence);
- "实事里…今年建几个": the item stands one a line under "…办好十件民生实事：" (answers.heading_words);
- "咱鹤湾区…": 咱 before a place's own name adds nothing (core.spoken).
The documents are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2025, 4, 1)
REPORT = """芷岭市2025年政府工作报告
——2025年1月16日在芷岭市第十届人民代表大会第五次会议上
一、2024年工作回顾
全市地区生产总值达到3186.4亿元，增长5.7%，增速居全省第4位；一般公共预算收入231.8亿元，增长4.6%。
新认定高新技术企业218家，总数达到1146家。新增规模以上工业企业37户，比上年多增9户。推出“芷惠贷”政银担合作产品，全年累计投放贷款168亿元。
分地区看，鹤湾区地区生产总值达到612.5亿元，增长6.4%，继续领跑全市。
改造老旧小区32个、惠及居民5600户。
老旧小区改造完成情况：完成改造32个，其中兰台街道8个、杏坞街道7个。
二、2025年工作安排
（一）扩大有效需求
外贸进出口保稳提质，力争总额突破500亿元，跨境电商交易额增长20%以上。扩大“芷惠贷”规模，全年投放200亿元以上。
实施城市更新行动，新增公共停车泊位8000个。
新造油茶林1.5万亩、完成油茶低产林改造2万亩。
新增中小学学位3150个，建成兰汀实验学校二期、杏坞中学。
推进望仙路片区城中村改造，完成剩余征收签约，启动安置房建设2400套。
（二）保障和改善民生
今年，市政府将继续办好十件民生实事：
（1）新增公办幼儿园学位3600个。
（2）新建社区老年人日间照料中心30个，新增养老护理型床位600张。
（3）新增公共充电桩2000个。
名词解释
1.“一廊三区”：指兰汀科创走廊和鹤湾高新技术产业区、沙浦临港产业区。
"""
HEADER = ["序号", "工作任务", "责任领导", "牵头单位", "责任单位", "完成时限"]
ROWS = [
    "一、深化改革",
    ["1", "推动“码上办”平台迭代升级到2.0版", "林书桓", "市数据局", "市行政审批服务局", "2025年12月底前"],
    ["2", "全年争取各类资金150亿元以上", "林书桓", "市发展改革委", "市财政局", "2025年12月底前"],
    ["3", "推进城中村改造，启动安置房建设2400套", "林书桓", "市住房城乡建设局", "望仙街道办事处", "2025年12月底前"],
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("city_report_shapes")
    from tests.support.docx_plans import table_docx

    (tmp / "2025.txt").write_text(REPORT, encoding="utf-8")
    plan = table_docx(tmp / "分工方案.docx", "芷岭市2025年政府工作报告重点工作责任分工方案", HEADER, ROWS)
    c, results = ingested_context(tmp / "data", [tmp / "2025.txt", plan])
    assert [r.status for r in results] == ["ingested"] * 2, results
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    ("去年gdp总量和增速", ["3186.4亿元", "5.7%"]),
    ("外贸今年要冲多少亿", ["500亿元"]),
    ("实事里老人白天托管那个今年建几个", ["30个"]),
    ("咱鹤湾区去年gdp总量多少，做对比用", ["612.5亿元"]),
    # a count of the year's new ones, then the total; a verb ending in 定 sets no target
    ("去年新认定的高企有多少家，总数到多少了", ["218家", "1146家"]),
    # a name, then what it means in a clause of its own; how often the report says it
    ("报告里老提一廊三区，具体指的是哪几个", ["“一廊三区”指", "沙浦临港产业区"]),
    # who asks, or why, said before the ask
    ("城区停车难，领导问今年新增停车位的目标是多少", ["8000个"]),
    ("我们区有企业问芷惠贷，今年全市计划投放多少", ["200亿元"]),
    # a version number is no task's number
    ("码上办升级2.0哪个单位牵头的", ["市数据局"]),
    # a 街道 typed bare after the year: asked again as the documents print it
    ("去年兰台改了几个老旧小区", ["兰台街道8个"]),
    # (round 56a) another work on the thing named before, in two characters
    ("油茶今年新造多少亩 低改又是多少", ["1.5万亩", "2万亩"]),
    # …but a change on the year before is the same item's ("比上年多增了多少", round 25c)
    ("去年规上工业企业新增几户 比上年多增了多少", ["37户", "9户"]),
    # (round 53b) names asked of the sentence that answered the figure
    ("今年新增中小学学位多少个，建成的是哪两所学校", ["3150个", "杏坞中学"]),
    # a road's name typed by its sound, its first two characters also a unit's (望仙街道)
    ("望先路城中村安置房今年建多少套", ["2400套"]),
])
def test_a_city_report_asked_the_way_staff_ask(ctx, question: str, wanted: list[str]) -> None:
    ans = ask(ctx, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert all(w in flat(ans.answer) for w in wanted), (wanted, ans.answer)
