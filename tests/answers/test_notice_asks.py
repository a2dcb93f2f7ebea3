"""Class: questions about a plan's covering notice (answers.notice_asks), as staff ask them:
pointing at it ("分工方案前面那个通知里…"), or asking a reporting rule only it states ("两个牵头
单位的由谁汇总", "季度进展几号前报？年度总结啥时候交"). Before: these went to the owner and
status paths, which hold no answer, and came back "not found". The documents are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, table_plan_context

TODAY = dt.date(2026, 4, 1)
REPORT = """岚桥市2026年政府工作报告
一、2025年工作回顾
过去一年，全市地区生产总值增长5.8%，规模以上工业增加值增长7.1%，城乡居民收入稳步增长。
二、2026年重点工作
（一）壮大实体经济。新建标准化厂房30万平方米，新增规上工业企业60家。
（二）办好民生实事。新增公共停车泊位1200个。
"""
NOTICE = ("岚桥市人民政府办公室关于印发2026年市政府工作报告重点工作责任分工方案的通知\n"
          "岚府办发〔2026〕6号\n"
          "各区人民政府，市政府各部门：现将分工方案印发给你们，请认真抓好落实。\n"
          "一、压实责任。任务涉及两个以上牵头单位的，排在首位的单位负责牵头汇总进展；配合单位要主动对接。\n"
          "二、按时报送。各牵头单位于每季度末月15日前将进展情况报送市政府督查室；年度工作总结于2026年12月5日前报送。\n"
          "三、跟踪问效。市政府督查室将定期调度、实地督查，对进度滞后的单位发督办函。")
HEADER = ["序号", "工作任务", "责任市领导", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    "一、壮大实体经济",
    ["1", "新建标准化厂房30万平方米", "林书远", "市工业和信息化局、市投资促进局", "各区政府", "2026年11月底前"],
    ["2", "新增规上工业企业60家", "林书远", "市工业和信息化局", "市统计局", "全年"],
    "二、民生实事",
    ["3", "新增公共停车泊位1200个", "许慧", "市城市管理局", "市公安局", "2026年12月底前"],
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    c = table_plan_context(tmp_path_factory.mktemp("notice_asks"), REPORT,
                           "2026年市政府工作报告重点工作责任分工方案", HEADER, ROWS, above=NOTICE)
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    # pointing at the notice: what it asks of the supervision office
    ("分工方案前面那个通知里，督查室要干啥", ["定期调度"]),
    # a reporting rule asked as an owner question: the registry has no such task
    ("有的任务两个牵头单位，进展由谁汇总", ["排在首位的单位负责牵头汇总进展"]),
    # two dates asked in one message: each ask its own sentence, the dated one
    ("季度进展几号之前报？年度总结啥时候交", ["15日前", "12月5日前"]),
    # the period said otherwise than the notice ("季报" / 每季度末月): the dated sentence holding its word
    ("分工方案通知里季报进展几号前交", ["15日前"]),
])
def test_the_notice_answers_in_its_own_words(ctx, question: str, wanted: list[str]) -> None:
    ans = ask(ctx, question, today=TODAY)
    assert ans.intent != "none" and all(w in flat(ans.answer) for w in wanted), ans.answer
    assert "印发通知" in ans.answer  # where it stands: the notice, not a task


def test_a_task_question_is_still_the_registry(ctx) -> None:
    ans = ask(ctx, "停车泊位那条谁牵头", today=TODAY)
    assert ans.intent == "owner" and "市城市管理局" in ans.answer, ans.answer


def test_what_the_notice_does_not_say_is_not_found(ctx) -> None:
    ans = ask(ctx, "分工方案那个通知里对考核扣分是怎么规定的", today=TODAY)
    assert ans.intent == "none", ans.answer
