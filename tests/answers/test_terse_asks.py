"""Class: a leader typing keywords between meetings (round 43b): "五河两岸 领导", "晶科 牵头 领导",
"数字经济占GDP 目标". The owner's word typed apart as a keyword asks the owner; a target that
only the responsibility table states is answered from it when no year is said. Before: the
keywords were searched in the reports ("not found", or a report sentence for an owner asked).
The helper's own invented county report and plan."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_and_plan_context

TODAY = dt.date(2026, 3, 1)
REPORT = ("溪川县2026年政府工作报告\n\n二、2026年重点工作\n\n（一）壮大数字经济。深入实施数字经济发展行动，"
          "推动企业上云用数赋智。（二）推进青溪流域综合治理，实施两岸生态修复。启动星辉光伏三年倍增计划。（三）开工改造城镇老旧小区120个、棚户区1500套。\n")
TASKS = [
    ("深入实施数字经济发展行动，数字经济增加值占GDP比重达到36%左右。", "县发展和改革局", "县工业和信息化局", "2026年12月底"),
    ("推进青溪流域综合治理，实施两岸生态修复。", "县水利局", "县生态环境局", "2026年12月底"),
    ("启动星辉光伏三年倍增计划。", "县工业和信息化局", "县发展和改革局", "2026年12月底"),
    ("建成青檀冷链物流园一期。", "县商务局", "县发展和改革局", "2026年10月底"),
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    c = report_and_plan_context(tmp_path_factory.mktemp("keywords"), "溪川县2026年政府工作报告.txt", REPORT,
                                "溪川县2026年重点工作责任分工方案", TASKS, "贺承宇")
    yield c
    c.close()


@pytest.mark.parametrize(("question", "words"), [
    ("青溪流域 领导", ("贺承宇",)),
    ("星辉光伏 牵头 领导", ("县工业和信息化局", "贺承宇")),
])
def test_the_owners_word_typed_apart_asks_the_owner(ctx, question, words):
    ans = ask(ctx, question, today=TODAY)
    assert ans.intent in ("owner", "task") and all(w in flat(ans.answer) for w in words), ans.answer


def test_a_target_only_the_table_states_is_answered_from_it(ctx):
    text = flat(ask(ctx, "数字经济占GDP 目标", today=TODAY).answer)
    assert "36%左右" in text, text


def test_an_abbreviation_typed_before_the_year_is_the_subject(ctx):
    """"棚改26年开工多少套": 棚改 is 棚户区改造, printed "开工改造…、棚户区1500套"; as the word before
    the year it must stand in the sentence, and the thing without its work does (round 44a)."""
    ans = ask(ctx, "棚改26年开工多少套", today=TODAY)
    assert "1500套" in flat(ans.answer), ans.answer


def test_a_bare_name_a_task_prints_gets_its_owner(ctx):
    """"青檀冷链物流园" typed alone: no report sentence is about it but a task prints it (round 42a)."""
    ans = ask(ctx, "青檀冷链物流园", today=TODAY)
    assert ans.intent in ("owner", "task") and "县商务局" in flat(ans.answer), ans.answer


def test_a_bare_name_no_task_prints_is_not_found(ctx):
    assert ask(ctx, "月亮湾光伏", today=TODAY).intent == "none"


def test_a_lay_word_finds_its_task(tmp_path):
    """"城乡居民增收那个预期目标 分工表里谁牵头": 增收 is the table's 人均可支配收入…增长 (round 42d)."""
    from tests.support.answer_sets import report_and_plan_context

    c = report_and_plan_context(tmp_path, "报告.txt", REPORT, "溪川县2026年重点工作责任分工方案",
                                [("城镇、农村居民人均可支配收入分别增长5.5%、7.5%左右。", "县人力资源和社会保障局", "县农业农村局", "2026年12月底")],
                                "贺承宇")
    try:
        ans = ask(c, "城乡居民增收那个预期目标 分工表里谁牵头", today=TODAY)
        assert "县人力资源和社会保障局" in flat(ans.answer), ans.answer
    finally:
        c.close()


def test_the_kind_of_figure_is_no_part_of_the_subject_typed_first():
    """"粮食目标 24年": the subject before the year is 粮食, which the sentence prints (round 42a)."""
    from answers.question import parse_question

    assert parse_question("粮食目标 24年").lead_word == "粮食"
    assert parse_question("瑞金2023年GDP目标").lead_word == "瑞金"


def test_a_bare_names_owner_is_asked_once():
    """The owner ask "X 谁牵头" may come back to the bare name X (a part of it asked alone): the
    check asks once, never again inside itself (round 35c recursed until Python stopped it)."""
    from answers.bare_task_names import bare_task_checked
    from answers.compose import Answer

    calls = []

    def sub(question: str) -> Answer:
        calls.append(question)
        return bare_task_checked("星辉光伏", Answer("文件中没有找到", "none"), sub)

    assert bare_task_checked("星辉光伏", Answer("文件中没有找到", "none"), sub).intent == "none"
    assert calls == ["星辉光伏 谁牵头"]
