"""Asks wrapped the way a 人大 liaison or a senior types them (rounds 66d, 66h): who asked said
first ("有代表问…", "代表说…"), a bare order ("查下…"), and a definition asked with a remark after
the term ("啥叫X 报告里有解释吗", "啥叫X 代表让解释一下", "名词解释里 X怎么说的"). The report is
invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2026, 12, 3)
REPORT = """鹤汀区2026年政府工作报告
——2026年1月12日在鹤汀区第三届人民代表大会第五次会议上
区长　周立恒
一、2025年工作回顾
全年实现地区生产总值486.3亿元，增长5.8%。全年办理人大代表建议146件，办复率100%。
二、2026年主要预期目标
地区生产总值增长6%左右，城镇新增就业8000人以上，城镇调查失业率5.5%以内。
三、2026年重点工作
（一）推行“亩均论英雄”改革，全年新认定国家高新技术企业40家以上。
名词解释
1.亩均论英雄：以单位土地面积上的税收、增加值等指标对工业企业进行综合评价，并实行资源要素差别化配置的改革。
2.幸福河湖：防洪保安全、优质水资源、健康水生态、宜居水环境相统一的河流湖泊。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    c = report_context(tmp_path_factory.mktemp("asked_around"), REPORT, "鹤汀区2026年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    ("有代表问 今年gdp预期增长多少 去年实际完成多少", ["6%左右", "5.8%"]),
    ("代表问去年区政府一共办了多少件人大代表建议", ["146件"]),
    ("查下今年城镇新增就业目标 失业率控制在多少", ["8000人以上", "5.5%以内"]),
    ("差下今年城镇新增就业目标", ["8000人以上"]),
])
def test_who_asked_and_a_bare_order_are_no_words_of_the_ask(ctx, question, wanted):
    text = flat(ask(ctx, question, today=TODAY).answer)
    assert all(w in text for w in wanted), text


@pytest.mark.parametrize("question, wanted", [
    ("啥叫亩均论英雄 报告里有解释吗", "差别化"),
    ("啥叫亩均论英雄 代表让解释一下", "差别化"),
    ("报告最后名词解释里 幸福河湖怎么说的", "宜居水环境"),
])
def test_a_definition_with_a_remark_after_the_term(ctx, question, wanted):
    answer = ask(ctx, question, today=TODAY)
    assert wanted in flat(answer.answer) and answer.intent != "none", answer.answer


def test_how_the_report_explains_it_said_after_the_term(ctx):
    answer = ask(ctx, "啥叫亩均论英雄 报告里咋解释的", today=TODAY)
    assert "差别化" in flat(answer.answer) and answer.intent != "none", answer.answer
