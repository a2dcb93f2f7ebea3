"""A report's own account of what falls short (answers/own_shortcomings.py): the paragraph that
closes the review ("我们也清醒看到…存在一些问题和不足：一是…"), found by where it stands and
what opens it, quoted with its source for the region and year asked. And the items a report
says fell short ("…项指标低于年初预期"), asked of a report named by its year or in staff words
("没达预期"), answered by the covering sentence (answers/covering_sentence.py). Rounds 31a
(r31a-028/030/031/032) and 32b (r32b-019); variants over two invented reports written here
(other places, other topics, other wordings)."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2025, 6, 1)

LANJIANG = """岚江市2025年政府工作报告

一、2024年工作回顾

2024年，全市地区生产总值增长5.1%，规上工业增加值增长4.2%，外贸进出口下降3.5%。

城市更新扎实推进。改造城镇老旧小区86个，新建口袋公园32个，岚江二桥建成通车。

需要说明的是，规上工业增加值、外贸进出口2项指标增速低于年初预期，主要是受海外订单放缓和部分企业停产技改影响。

在肯定成绩的同时，我们也清醒看到，发展中还存在一些问题和不足：一是产业结构偏重，新兴产业规模偏小；二是县域经济发展不平衡，部分园区亩均效益偏低；三是养老、托育等公共服务供给仍有缺口。对此，我们将采取有力措施，切实加以解决。

二、2025年重点工作

（一）做强实体经济。新增规上工业企业60家，培育专精特新企业40家。
（二）改善群众生活。新增托位1200个，为困难群众发放临时救助资金3000万元。
"""

QINGHE = """青禾县2024年政府工作报告

一、2023年工作回顾

一年来，全县生产总值增长4.6%，农村居民人均可支配收入增长6.8%。

乡村振兴持续发力。新建高标准农田3.2万亩，建成乡村振兴示范村12个。

受原材料价格上涨和市场需求偏弱影响，全县主要经济指标增速没有达到年初预期。

同时，我们也清醒认识到，我县财政收支矛盾突出，交通、水利等基础设施短板仍然明显，招商引资质效不高，少数干部担当精神不足，等等。我们一定正视问题，努力加以解决。

二、2024年工作安排

（一）补齐基础设施短板。开工建设青禾至岚江快速通道，新建农村供水管网260公里。
"""


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("shortcomings")
    paths = []
    for name, text in (("岚江市2025年政府工作报告.txt", LANJIANG), ("青禾县2024年政府工作报告.txt", QINGHE)):
        (tmp / name).write_text(text, encoding="utf-8")
        paths.append(tmp / name)
    ctx, results = ingested_context(tmp, paths)
    assert [r.status for r in results] == ["ingested", "ingested"], results
    yield ctx
    ctx.close()


@pytest.mark.parametrize("question, wanted, title", [
    # the report named by its year, the paragraph asked as "admitted shortfalls"
    ("岚江25年的政府工作报告承认了哪些不足", "部分园区亩均效益偏低", "岚江市2025年政府工作报告"),
    # asked by a rarer noun, no year: the region's newest report
    ("青禾县报告里面的薄弱环节都有啥", "招商引资质效不高", "青禾县2024年政府工作报告"),
    # asked for a list to copy out
    ("帮我把青禾报告讲的困难逐条列出来", "财政收支矛盾突出", "青禾县2024年政府工作报告"),
    # a year that names no report is the year reviewed, read in the next year's report
    ("2024年岚江还面临哪些困难和挑战", "公共服务供给仍有缺口", "岚江市2025年政府工作报告"),
    # the asker's own place, how the report sums it up, the passage pointed at (round 45b, new-user try)
    ("县里的困难和短板有哪些", "财政收支矛盾突出", "青禾县2024年政府工作报告"),
    ("青禾那份报告对当前的困难和问题是怎么概括的", "财政收支矛盾突出", "青禾县2024年政府工作报告"),
    ("岚江报告里讲问题和不足那一段主要讲了哪几条", "部分园区亩均效益偏低", "岚江市2025年政府工作报告"),
])
def test_the_paragraph_is_quoted(two_reports, question: str, wanted: str, title: str) -> None:
    ans = ask(two_reports, question, today=TODAY)
    assert ans.intent == "fact", ans.answer
    assert wanted in flat(ans.answer)
    assert title in ans.answer  # with its source
    assert "采取有力措施" not in ans.answer and "努力加以解决" not in ans.answer  # the closing promise is no problem


def test_a_report_not_loaded_is_said_plainly(two_reports) -> None:
    ans = ask(two_reports, "青禾22年报告讲了哪些短板", today=TODAY)
    assert ans.intent == "none"
    assert "2022" in ans.answer and "2024年" in ans.answer  # the reports there are


@pytest.mark.parametrize("question", [
    "岚江给困难群众发放临时救助资金多少",  # a topic with a difficulty word in it
    "青禾县补齐基础设施短板要建多少公里供水管网",
])
def test_a_topic_is_read_as_written(two_reports, question: str) -> None:
    ans = ask(two_reports, question, today=TODAY)
    assert "困难和问题（原文）" not in ans.answer, ans.answer


@pytest.mark.parametrize("question, wanted", [
    # the report named by its year: its review speaks of the year before
    ("岚江25年报告里说哪两项指标增速低于年初预期", "外贸进出口"),
    # "没达预期": 达 without 到, the reason asked
    ("24年岚江规上工业增加值没达预期 报告是怎么解释的", "海外订单放缓"),
    ("青禾23年主要经济指标没达预期是啥原因", "原材料价格上涨"),
    # the report named by its year, asked for the items short of the year's targets
    ("青禾24年报告里哪些指标增速没达到年初预期", "主要经济指标"),
    ("25年岚江报告里说的低于年初预期的指标有哪几项", "规上工业增加值"),
])
def test_the_items_a_report_says_fell_short(two_reports, question: str, wanted: str) -> None:
    ans = ask(two_reports, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert wanted in flat(ans.answer)
