"""Class: words staff type side by side that a report prints apart (round 38c r38c-021
"远驰重卡一期" for "远驰重卡整车基地一期", r38c-063 "国家级高新区评价" for "国家级高新区综合评价";
round 43a "老旧小区改造" for "新增改造城镇老旧小区"). The bigram across the two typed words
("卡一", "区评", "区改") is in no sentence; counted as a word it kept the answer below the bar
or left one region's answer out. The helper's own invented province and city reports."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2026, 3, 1)
PROVINCE = """澜江省2026年政府工作报告

一、2025年工作回顾

远驰重卡整车基地一期投产，当年下线整车1.2万辆。澜川高新区营业收入突破1000亿元，在全省国家级高新区综合评价中排名第4位。

二、2026年工作安排

（三）提升城市品质。新增改造城镇老旧小区960个、31.2万户。
"""
CITY = """澜川市2026年政府工作报告

一、2025年工作回顾

过去一年，全市经济运行稳中有进，地区生产总值增长5.6%，增速居全省各县（市、区）第二位，城乡居民收入稳步增长。

二、2026年工作安排

（一）扩大有效投资。实施市级重点项目320个，年度计划投资900亿元以上。
（四）建设宜居城市。完成210个老旧小区改造，新增停车泊位8000个，新建口袋公园30个。
（五）完善基础设施。开工建设澜川至石门二级公路，新改建农村公路150公里。青茅水库除险加固工程完工。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("joints")
    (tmp / "澜江省2026年政府工作报告.txt").write_text(PROVINCE, encoding="utf-8")
    (tmp / "澜川市2026年政府工作报告.txt").write_text(CITY, encoding="utf-8")
    c, results = ingested_context(tmp / "data", [tmp / "澜江省2026年政府工作报告.txt", tmp / "澜川市2026年政府工作报告.txt"])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize(("question", "figure"), [
    ("远驰重卡一期去年下线了多少台车", "1.2万辆"),
    ("澜川高新区去年在全省国家级高新区评价里排第几", "第4位"),
])
def test_a_name_typed_without_the_words_the_report_puts_inside(ctx, question, figure):
    text = flat(ask(ctx, question, today=TODAY).answer)
    assert figure in text, text


def test_each_region_answers_though_its_words_stand_apart(ctx):
    text = flat(ask(ctx, "26年老旧小区改造目标多少", today=TODAY).answer)
    assert "960个" in text and "210个" in text, text


def test_levels_in_brackets_read_as_typed(ctx):
    # "各县（市、区）" is typed "各县市区"; the answer still quotes the report as printed
    text = flat(ask(ctx, "澜川去年GDP增速在全省各县市区排第几", today=TODAY).answer)
    assert "第二位" in text and "各县（市、区）" in text, text


def test_a_word_missing_is_not_forgiven_with_its_joints(ctx):
    # "澜川到青茅的二级公路": the report has 澜川至石门 and a 青茅水库, no road to 青茅 (r39c-056)
    ans = ask(ctx, "澜川到青茅的二级公路今年开工吗", today=TODAY)
    assert ans.intent == "none", ans.answer
