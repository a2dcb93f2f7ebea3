"""Owners as a county's staff say them (round 65b): a unit printed with its second nameplate in
brackets ("县农业农村局（县乡村振兴局）") is the unit guessed by its first name; "文旅局" is the
county's 文化广电和旅游局; "哪两项" asks a list; "防止返贫" is the table's "…返贫底线". The plan is
invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, plan_context

TODAY = dt.date(2026, 11, 30)
HEADER = ["序号", "工作任务", "县领导", "牵头单位", "责任单位", "时间节点"]
ROWS = [
    "一、乡村振兴",
    ["1", "巩固拓展脱贫攻坚成果，守牢不发生规模性返贫底线", "杜海峰", "县农业农村局（县乡村振兴局）", "各乡镇", "持续推进"],
    ["2", "新建高标准农田3.5万亩", "杜海峰", "县农业农村局", "县财政局", "12月底前"],
    "二、文旅发展",
    ["1", "举办第三届岚泽茶文化旅游节", "郭静", "县文化广电和旅游局", "县商务局", "4月底前"],
    ["2", "推动白鹭湖景区创建国家4A级旅游景区", "郭静", "县文化广电和旅游局", "白鹭镇", "2026年12月31日前"],
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    c = plan_context(tmp_path_factory.mktemp("nameplates"), "岚泽县2026年重点工作任务分解表", HEADER, ROWS, tasks=4)
    yield c
    c.close()


def test_a_guess_by_the_first_nameplate_is_right(ctx):
    text = flat(ask(ctx, "防止返贫那个任务谁牵头的 农业农村局吗", today=TODAY).answer)
    assert text.startswith("是的") and "返贫底线" in text, text


def test_a_bureau_by_its_short_name_and_two_tasks_asked(ctx):
    text = flat(ask(ctx, "文旅局今年牵头哪两项", today=TODAY).answer)
    assert "茶文化旅游节" in text and "4A" in text, text
