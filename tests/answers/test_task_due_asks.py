"""Class: when a plan task is due, asked in words the deadline rule did not read
(`answers.due_asks`). Round 33d r33d-014 ("中医院新院区分工表里要求啥时候投用": 市中医院 is a unit,
so the question was not read as a deadline) and r33d-017 ("食品安全示范城市创建 时限咋定的": "定的"
read as a target's cue): the report's sentence was given without the table's 完成时限. Now the
task's block with its 完成时限 answers. The helper's own invented county plan and report."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat, report_and_plan_context

TODAY = dt.date(2026, 3, 1)
REPORT = """枫亭县2026年政府工作报告

二、2026年重点工作

（一）补齐民生短板。县人民医院门诊综合楼建成启用，老年大学新校区投入使用。
（二）创建国家卫生县城，城西污水处理厂完成提标改造。
"""
TITLE = "枫亭县2026年县政府工作报告重点工作任务分解表"
TASKS = [
    ("县人民医院门诊综合楼建成启用。", "县卫生健康委", "县人民医院", "门诊综合楼9月底前启用"),
    ("老年大学新校区投入使用。", "县教育体育局", "县老干部局", "2026年7月底前"),
    ("创建国家卫生县城。", "县卫生健康委", "县城市管理局", "10月底前迎接国家暗访评估"),
    ("城西污水处理厂完成提标改造。", "县住房和城乡建设局", "县生态环境局", "2026年11月底前"),
    ("推动县一中新校区建成招生。", "县教育体育局", "县财政局", "2026年8月底前"),
]



@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory):
    c = report_and_plan_context(tmp_path_factory.mktemp("task_due_asks"), "枫亭县2026年政府工作报告.txt", REPORT, TITLE, TASKS, "段立新")
    yield c
    c.close()


@pytest.mark.parametrize("question, due", [
    # a unit (县人民医院) inside the task's name
    ("人民医院门诊综合楼啥时候启用", "门诊综合楼9月底前启用"),
    ("县人民医院门诊楼分解表里要求几月份启用", "门诊综合楼9月底前启用"),
    # the deadline noun with a verb of setting
    ("国家卫生县城创建 时间节点怎么定的", "10月底前迎接国家暗访评估"),
    ("城西污水处理厂提标改造完成时限是怎么规定的", "2026年11月底前"),
    # plain 时间 with a verb of setting (round 63g)
    ("城西污水处理厂提标改造那个任务清单里时间是咋要求的", "2026年11月底前"),
    # the latest time allowed (round 36c: "T1线有轨电车 最晚啥时候要通车试运营"), the milestones
    # said after it no words the task must print, the school's short name as the table prints it
    ("老年大学新校区最晚啥时候要投入使用", "2026年7月底前"),
    ("县一中新校区最迟啥时候要弄好 方案里咋定的", "2026年8月底前"),
])
def test_the_tables_deadline_answers(county: Context, question: str, due: str) -> None:
    ans = ask(county, question, today=TODAY)
    text = flat(ans.answer)
    assert ans.intent == "status" and f"完成时限：{due}" in text, ans.answer


def test_a_units_own_tasks_are_still_its_list(county: Context) -> None:
    ans = ask(county, "县人民医院配合的任务什么时候到期", today=TODAY)
    assert "门诊综合楼" in flat(ans.answer) and ans.intent != "status", ans.answer
