"""Class: a county's plan as its office writes it (round 44c): a covering notice with numbered
requirements before the table, a lead unit printed in full in one row and by its short form in
another (县发展和改革局 / 县发改局), two leaders on one task; and how county staff ask it ("城管局
一共牵几个头", "挂的哪俩县领导", "季度进展几号前报给督查室", "马路办公是个啥机制"). Before: the
short form was a unit of its own and its tasks were not counted; the notice was searched by
nothing. The documents are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, table_plan_context

TODAY = dt.date(2026, 3, 2)
REPORT = """桐溪县2026年政府工作报告
二、2026年重点工作
（一）聚力工业强县。推进县经济开发区扩区调位，新建标准化厂房20万平方米。
（二）提升城市管理。深化“马路办公”机制，新增公共停车泊位600个。
注释
1.“马路办公”：城市管理部门工作人员走出办公室，在街面一线巡查发现问题、现场协调处置的工作机制。
"""
NOTICE = ("桐溪县人民政府办公室关于印发2026年县政府工作报告重点工作任务责任分工方案的通知\n"
          "各乡镇人民政府，县直各单位：现将分工方案印发给你们，请认真抓好落实。\n"
          "一、压实工作责任。一项任务有多个牵头单位的，排在第一位的为主牵头单位，负责统筹协调。\n"
          "二、强化督查考核。各牵头单位须于每季度最后一个月25日前将任务进展情况报送县政府督查室。")
HEADER = ["序号", "工作任务", "县领导", "牵头单位", "协办单位", "完成时间"]
ROWS = [
    "一、主要预期目标",
    ["1", "地区生产总值增长6%左右", "王承宇", "县发展和改革局", "县统计局", "全年"],
    ["2", "固定资产投资增长5%", "李建文", "县发改局", "县统计局", "全年"],
    "二、工业强县",
    ["3", "推进县经济开发区扩区调位，新建标准化厂房20万平方米", "孙晓燕、郑一鸣", "县经济开发区管委会", "县发展和改革局", "2026年11月底前"],
    "三、城市管理",
    ["4", "深化“马路办公”机制", "郑一鸣", "县城市管理局", "", "全年"],
    ["5", "新增公共停车泊位600个", "郑一鸣", "县城市管理局", "县公安局", "2026年12月底前"],
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    c = table_plan_context(tmp_path_factory.mktemp("county_plan"), REPORT,
                           "2026年县政府工作报告重点工作任务责任分工方案", HEADER, ROWS, above=NOTICE)
    yield c
    c.close()


def test_a_unit_printed_in_full_and_by_its_short_form_is_one_unit(ctx):
    ans = ask(ctx, "发改局一共牵头几项任务", today=TODAY)
    assert "2项" in flat(ans.answer) and "固定资产投资" in ans.answer, ans.answer


def test_leading_said_as_a_split_verb(ctx):
    ans = ask(ctx, "城管局今年一共牵几个头", today=TODAY)
    assert ans.intent != "none" and "2项" in flat(ans.answer), ans.answer


def test_two_leaders_asked_as_which_two(ctx):
    ans = ask(ctx, "开发区扩区调位那项 挂的哪俩县领导", today=TODAY)
    assert "孙晓燕" in ans.answer and "郑一鸣" in ans.answer, ans.answer


def test_the_covering_notice_is_searched(ctx):
    ans = ask(ctx, "季度进展每次几号前报给我们督查室", today=TODAY)
    assert "25日前" in flat(ans.answer), ans.answer


def test_a_kind_of_thing_asked_after_the_question_word_is_a_definition(ctx):
    ans = ask(ctx, "报告里说的马路办公是个啥机制", today=TODAY)
    assert "街面一线" in flat(ans.answer), ans.answer


def test_a_row_shows_the_unit_as_it_printed_it(ctx):
    ans = ask(ctx, "固定资产投资增长5%那条谁牵头", today=TODAY)
    assert "县发改局" in flat(ans.answer), ans.answer
