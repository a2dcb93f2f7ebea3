"""Class: a task named by staff with its two words run together ("两癌筛查") where the table
prints them apart ("为6万名适龄妇女提供“两癌”免费筛查"): the deadline and the owner are the
task's. Before: the bigram across the two words (癌筛) was missing, the task's cover fell under
the deadline's bar and the report's sentence answered a deadline question. Invented documents."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, table_plan_context

TODAY = dt.date(2026, 4, 1)
REPORT = """青岑市2026年政府工作报告
一、2025年工作回顾
过去一年，全市地区生产总值增长5.2%，城乡居民收入稳步增长，民生事业全面进步。
二、2026年重点工作
（一）办好民生实事。为5万名适龄妇女提供“两癌”免费筛查，新增普惠托位800个。
"""
HEADER = ["序号", "重点工作", "责任市领导", "牵头单位", "责任单位", "完成时限"]
ROWS = [
    "一、办好民生实事",
    ["1", "为5万名适龄妇女提供“两癌”免费筛查", "苏清禾", "市卫生健康委", "市妇联", "2026年11月底前"],
    ["2", "新增普惠托位800个", "苏清禾", "市卫生健康委", "市教育局", "2026年12月底前"],
    ["3", "建设城市公共停车场5个", "吴启明", "市城市管理局", "市公安局", "2026年10月底前"],
    ["4", "推进凤栖山景区提质升级，创建市级夜游示范点1个", "吴启明", "市文化广电旅游局", "", "2026年12月底前"],
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    c = table_plan_context(tmp_path_factory.mktemp("task_words_apart"), REPORT,
                           "2026年市政府工作报告重点工作责任分工方案", HEADER, ROWS)
    yield c
    c.close()


@pytest.mark.parametrize("question", ["两癌筛查要求啥时候前完成", "两癌筛查啥时候完成"])
def test_the_deadline_is_the_tables(ctx, question: str) -> None:
    ans = ask(ctx, question, today=TODAY)
    assert ans.tasks and "11月底前" in flat(ans.answer), ans.answer


def test_the_owner_is_the_tables(ctx) -> None:
    ans = ask(ctx, "两癌筛查谁牵头", today=TODAY)
    assert ans.intent == "owner" and "市卫生健康委" in ans.answer, ans.answer


def test_a_task_the_table_does_not_hold_is_not_found(ctx) -> None:
    assert ask(ctx, "婴幼儿托育补贴啥时候发", today=TODAY).intent == "none"


def test_a_grade_the_task_does_not_print_is_not_forgiven(ctx) -> None:
    # the task upgrades the scenic area; no task or sentence says it is to become 5A (round 25c)
    assert ask(ctx, "凤栖山创5A啥时候完成", today=TODAY).intent == "none"
