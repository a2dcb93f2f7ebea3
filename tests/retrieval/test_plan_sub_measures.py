"""A plan whose 序号 restarts in every part and whose task cells list numbered measures ("1.加快…；
2.推进…", round 64a): each row is one task numbered by its 序号 cell, never by its first measure's
"1." (before: every such row was task 1 of its part, and the plan was refused for repeated codes).
The plan is invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, plan_context

HEADER = ["序号", "工作任务", "市领导", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    "一、着力扩大有效需求",
    ["1", "1.全年实施市级重点项目420个；2.落实重点项目市领导包联制度。", "周立平", "市发展改革委", "市财政局", "全年持续推进"],
    ["2", "1.积极争取超长期特别国债；2.力争新增专项债券额度90亿元以上。", "周立平", "市财政局", "市发展改革委", "2026年12月底前"],
    ["3", "加快澄沅高铁建设，推动澄阳机场航站楼改扩建工程年内开工。", "许文博", "市交通运输局", "市自然资源和规划局", "2026年12月底前"],
    "二、加快构建现代化产业体系",
    ["1", "（1）新增规上工业企业150家；（2）实施技改项目200个。", "罗海峰", "市工业和信息化局", "市统计局", "2026年12月底前"],
    ["2", "①新增高新技术企业120家；②新建省级研发平台10个。", "罗海峰", "市科技局", "市财政局", "2026年11月底前"],
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    c = plan_context(tmp_path_factory.mktemp("sub_measures"), "澄阳市2026年政府工作报告重点任务分工方案", HEADER, ROWS, tasks=5)
    yield c
    c.close()


@pytest.mark.parametrize(("question", "unit", "other"), [
    ("二.2谁牵头", "市科技局", "市工业和信息化局"),
    ("一.2那个完成时限咋写的", "市财政局", "市交通运输局"),
    ("第一部分第3项谁负责", "市交通运输局", "市财政局"),
])
def test_each_row_is_the_task_its_number_says(ctx, question, unit, other):
    text = flat(ask(ctx, question, today=dt.date(2026, 11, 20)).answer)
    assert unit in text and other not in text, text


def test_a_tasks_measures_stay_in_its_text(ctx):
    text = flat(ask(ctx, "分工方案一.1说的啥", today=dt.date(2026, 11, 20)).answer)
    assert "420个" in text and "包联制度" in text, text
