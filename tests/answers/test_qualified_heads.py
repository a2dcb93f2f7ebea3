"""Same head noun, other qualifier (answered-where-none, session 11 s11a): "常住人口" asked and
"新增受益人口16.2万人" written are two statistics of one head; so are 水果/蔬菜播种面积,
旅游门票/旅游综合收入, 能源/固定资产投资, 生猪/水产总产量. The clause is no answer: the
reply is "not found", naming the measure the document does give (`answers.qualified_heads`).
Measured both ways: a modifier the question only omits ("旅游收入" for "旅游综合收入",
"城镇居民收入" for "城镇居民人均可支配收入", "财政收入" for "一般公共预算收入") still answers."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.qualified_heads import other_qualifier
from core.context import Context
from tests.support.answer_sets import flat


@pytest.mark.parametrize("question, written", [
    ("南昌2023年水果播种面积多少万亩", "66万亩"),          # 004: 蔬菜播种面积
    ("南昌2023年旅游门票收入多少亿元", "1977.79亿元"),     # 004: 旅游综合收入
    ("江西2021年能源投资增长多少", "10.8%"),              # 000: 固定资产投资
    ("江西2023年工业投资增长多少", "5.9%"),               # 001: 固定资产投资
    ("南昌2023年生猪产量多少万吨", "46.8万吨"),           # 004: 水产总产量
    ("南昌2023年小麦播种面积多少", "66万亩"),             # 004: 蔬菜播种面积
    ("赣州2022年新增规上企业多少家", "4家"),              # 002: 新增上市企业 (规上 = 规模以上)
])
def test_another_qualifier_of_the_head_is_not_found(asked_corpus: Context, question: str, written: str) -> None:
    ans = ask(asked_corpus, question)
    assert ans.intent == "none", ans.answer
    first = ans.answer.splitlines()[0]
    assert first.startswith("文件中没有找到"), ans.answer
    # the figure may be shown only as the other measure the document gives
    assert written not in flat(first) or "口径不同" in first, ans.answer


def test_the_other_measure_is_named(asked_corpus: Context) -> None:
    ans = ask(asked_corpus, "南昌2023年旅游门票收入多少亿元")
    assert "旅游综合收入" in ans.answer and "不是所问的指标" in ans.answer, ans.answer


@pytest.mark.parametrize("question, want", [
    ("南昌2023年旅游收入多少", "1977.79亿元"),                  # 综合 only omitted
    ("江西2023年城镇居民收入增长多少", "4.2%"),                 # 人均可支配 omitted
    ("南昌2023年财政收入增长多少", "9.3%"),                     # 财政收入 = 一般公共预算收入
    ("江西2021年技改投资增长多少", "24.5%"),                    # 工业 omitted
    ("南昌2023年专精特新企业多少家", "310家"),                  # 省级 omitted
    ("赣州2022年脱贫户收入增长多少", "13.8%"),                  # 人均纯 omitted
])
def test_an_omitted_modifier_still_answers(asked_corpus: Context, question: str, want: str) -> None:
    ans = ask(asked_corpus, question)
    assert ans.intent != "none" and want in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question, clause, other", [
    ("2023年常住人口多少", "新增受益人口16.2万人", "新增受益人口"),
    ("养老床位多少张", "新增医疗床位1200张", "新增医疗床位"),
    ("国家级专精特新企业多少家", "省级专精特新企业310家", "省级专精特新企业"),
    ("粮食产量多少", "水产总产量46.8万吨", "水产总产量"),
    ("机场去年货邮吞吐量多少", "枫泽机场旅客吞吐量达到168万人次", "枫泽机场旅客吞吐量"),  # round 36c
])
def test_the_reader_names_the_other_measure(question: str, clause: str, other: str) -> None:
    assert other_qualifier(question, clause) == other


@pytest.mark.parametrize("question, clause", [
    ("常住人口多少", "全市常住人口达到656万人"),
    ("城镇居民收入增长多少", "城镇、农村居民人均可支配收入分别增长4.2%、7.1%"),
    ("农民收入增长多少", "城镇、农村居民人均可支配收入分别增长4.2%、7.1%"),
    ("蔬菜种植面积多少", "蔬菜播种面积66万亩"),          # one character said otherwise
    ("外出务工人口多少", "脱贫人口人均纯收入增长13.6%"),   # the figure is of 收入, not of 人口
    ("营业收入增长多少", "预计省级产业集群营业收入增长35%左右"),  # no qualifier asked
])
def test_the_reader_lets_the_same_measure_through(question: str, clause: str) -> None:
    assert other_qualifier(question, clause) == ""
