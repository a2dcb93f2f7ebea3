"""Spans of several years (answers.year_spans): a report's multi-year summary ("四年来累计新改建
农村公路410公里", "回顾“十四五”以来的四年，…高新技术企业由2020年的31家增加到76家；…") sits in
the last year's review but is no figure of that year. Asked of one year, it never answers (it did:
"去年老旧小区改了几个" got the four years' 47个, found by outsider round 25c); asked "十四五以来…
一共", only it answers, and a single year's figure is no answer. An invented county's report."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from answers.year_spans import asks_span, states_span, strip_span
from core.context import Context
from tests.support.answer_sets import flat, ingested_context

REPORT = """政府工作报告
——2025年1月8日在松林县第十八届人民代表大会第五次会议上
各位代表：
一、2024年工作回顾
城乡面貌持续改善。实施城市更新项目31个，完成投资12.4亿元，常住人口城镇化率达到55.2%，比上年提高1.2个百分点，改造城市燃气老旧管网22公里，城区易涝点整治7处，改造老旧小区12个，惠及居民1860户，新建口袋公园9个。年初承诺的民生实事全部完成：新增公办学位2100个，建成社区养老服务站14个，新增公共停车位2600个，完成植树造林3.2万亩，新改建农村公路85公里。改造危桥6座。新增规模以上工业企业21户。
回顾“十四五”以来的四年，全县综合实力显著增强。地区生产总值由2020年的212.4亿元增加到2024年的268.9亿元，年均增长6.1%；高新技术企业由2020年的31家增加到76家；规模以上工业企业由2020年的142户增加到203户。四年来累计新改建农村公路410公里，改造老旧小区47个、惠及居民7100户，新增公办学位9800个，完成植树造林12.5万亩。
二、2025年工作安排
新改建农村公路90公里，改造危桥5座。改造老旧小区15个。新增公办学位1500个。完成植树造林3万亩。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    tmp: Path = tmp_path_factory.mktemp("year_spans")
    (tmp / "report.txt").write_text(REPORT, encoding="utf-8")
    c, results = ingested_context(tmp, [tmp / "report.txt"])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


# --- one year asked: that year's figure, never the span's ------------------------------------

@pytest.mark.parametrize("question, want, wrong", [
    ("去年老旧小区改了几个", "12个", "47个"),
    ("2024年新增公办学位多少个", "2100个", "9800个"),
    ("24年植树造林多少亩", "3.2万亩", "12.5万亩"),
    ("去年农村公路新改建了多少公里", "85公里", "410公里"),
    ("去年老旧小区惠及多少户", "1860户", "7100户"),
])
def test_one_year_is_not_answered_by_a_span(ctx: Context, question: str, want: str, wrong: str) -> None:
    text = flat(ask(ctx, question).answer)
    assert want in text and wrong not in text, text


# --- a span asked: the span's figure, labelled as such ----------------------------------------

@pytest.mark.parametrize("question, want", [
    ("十四五以来农村公路一共修了多少公里", "410公里"),
    ("十四五以来老旧小区改了多少个", "47个"),
    ("这四年来公办学位一共新增了多少个", "9800个"),
    ("过去四年植树造林累计多少亩", "12.5万亩"),
    ("十四五以来高新技术企业增加了多少家", "76家"),  # the list after the summary's opener
    ("十四五以来GDP年均增长多少", "6.1%"),
])
def test_a_span_asked_is_answered_by_the_span(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert ans.intent != "none" and want in text, ans.answer
    assert "多年情况" in text, ans.answer


@pytest.mark.parametrize("question, wrong", [
    ("十四五以来危桥改了几座", "6座"),
    ("十四五以来一共建成口袋公园多少个", "9个"),
])
def test_a_span_asked_is_not_answered_by_one_year(ctx: Context, question: str, wrong: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "none" and wrong not in flat(ans.answer.splitlines()[0]), ans.answer


def test_span_words() -> None:
    assert asks_span("十四五以来农村公路一共修了多少公里")
    assert asks_span("近三年累计引进项目多少个") and asks_span("这五年来新增就业多少人")
    assert not asks_span("连续三年位居第一") and not asks_span("实施三年行动计划")
    assert not asks_span("去年老旧小区改了几个") and not asks_span("十四五规划目标是多少")
    assert states_span("四年来累计新改建农村公路410公里") and states_span("回顾“十四五”以来的四年")
    assert strip_span("十四五以来农村公路一共修了多少公里") == "农村公路一共修了多少公里"
