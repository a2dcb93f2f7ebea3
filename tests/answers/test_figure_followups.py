"""Class: a figure asked, then its owner or its deadline asked with no subject of its own
(`answers.figure_followups`). Rounds 33d r33d-048 ("城东学校新增学位多少个，哪个部门牵头"), 35c
r35c-050 ("养老床位今年新增多少张，民政局牵头吗"), r35c-046 ("鹭白高速多长 要求几月底前开工"):
one ask won and the other was dropped, or nothing was found. Now both parts are answered, the
second with the first part's subject. The helper's own invented county report and plan: other
topics, other units, other wordings."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.figure_followups import figure_followup
from core.context import Context
from tests.support.answer_sets import flat, report_and_plan_context

TODAY = dt.date(2026, 3, 1)
REPORT = """松岭县2026年政府工作报告

一、2025年工作回顾

2025年，全县地区生产总值增长5.9%。

二、2026年重点工作

（一）办好民生实事。新建城北幼儿园，新增学位540个。改造县城供热管网18公里。新增普惠托育位300个。
（二）提升城乡品质。建设环湖绿道（环青湖，全长约36公里），打造全域旅游示范区。
"""
TITLE = "松岭县2026年县政府工作报告重点工作责任分工方案"
TASKS = [
    ("新建城北幼儿园。", "县教育体育局", "县财政局", "2026年8月底前"),
    ("推进县城供热管网改造。", "县住房和城乡建设局", "县发展和改革局", "2026年10月底前"),
    ("新增普惠托育位300个。", "县卫生健康委", "县民政局", "2026年12月底前"),
    ("建设环湖绿道（环青湖，全长约36公里）。", "县城市管理局", "县自然资源局", "2026年9月底前"),
]



@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory):
    c = report_and_plan_context(tmp_path_factory.mktemp("figure_followups"), "松岭县2026年政府工作报告.txt", REPORT, TITLE, TASKS, "贺明远")
    yield c
    c.close()


@pytest.mark.parametrize("question, words", [
    ("城北幼儿园新增学位是多少 哪个单位来牵头", ("540个", "牵头单位：松岭县教育体育局")),
    ("供热管网今年改造多少公里，住建局负责吗", ("18公里", "是的", "牵头单位：松岭县住房和城乡建设局")),
    ("普惠托育位新增几个？卫健委牵头的吧", ("300个", "是的", "牵头单位：松岭县卫生健康委")),
    ("供热管网改造多少公里 几月底前完工", ("18公里", "2026年10月底前")),
    # (round 57g) the owner asked by its column's name, the figure by what was done
    ("供热管网今年改造多少公里 责任单位是谁", ("18公里", "牵头单位：松岭县住房和城乡建设局")),
    # (session 24) voice pauses before the figure: what is said first goes with the figure
    ("供热管网那块 今年改造多少公里 谁牵头的", ("18公里", "牵头单位：松岭县住房和城乡建设局")),
])
def test_both_parts_answered(county: Context, question: str, words: tuple[str, ...]) -> None:
    ans = ask(county, question, today=TODAY)
    text = flat(ans.answer)
    assert ans.intent != "none" and all(w in text for w in words), ans.answer


@pytest.mark.parametrize("question", [
    "城北幼儿园新增学位多少个，供热管网谁牵头",  # the second part names its own task (answers.owner_parts)
    "城北幼儿园新增学位多少个",
    "供热管网谁牵头，几月底前完工",  # no figure asked first
])
def test_not_a_figure_then_a_bare_ask(question: str) -> None:
    assert figure_followup(question, lambda name: ["松岭县住房和城乡建设局"] if name == "住建局" else []) is None
