"""Class: "X牵头哪些 / 几项" on a plan with ONE units column whose lead is given by a stated rule
(`retrieval.plans.lead_rule`): only the tasks X leads are counted, while "X负责哪些" lists both
roles with the role shown and "X配合哪些" the tasks X helps with. Before, every unit in the column
was a lead, so a unit listed second was said to lead (round 30a: "发改委一共牵头几项" answered 11,
the plan's rule gives 5). The helper's own invented plan (DOCX, rule in a 注 line after the table).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx

TITLE = "枫林区2026年区政府工作报告重点任务责任分工方案"
# (task, leader, units in the one column: the first leads)
TASKS = [
    ("一、提升城区功能", [
        ("改造背街小巷38条，完成雨污分流改造12公里。", "沈嘉禾", "区城管局、区住建局、区财政局"),
        ("新建公共停车泊位1800个，新建充电桩600个。", "沈嘉禾", "区住建局、区城管局、区发展改革局"),
        ("完成滨江绿道二期建设，新增绿道9公里。", "沈嘉禾", "区城管局、区自然资源分局"),
    ]),
    ("二、增进民生福祉", [
        ("新建社区嵌入式托育点15个，新增普惠托位450个。", "姚慕青", "区卫生健康局、区教育局、各街道办事处"),
        ("新改扩建中小学3所，新增学位2700个。", "姚慕青", "区教育局、区发展改革局、区住建局"),
        ("建成区域医疗中心二期，新增床位300张。", "姚慕青", "区卫生健康局、区住建局"),
    ]),
]


def _docx(path: Path) -> Path:
    rows: list[list[str] | str] = []
    for section, tasks in TASKS:
        rows.append(section)
        rows.extend([str(k), text, leader, units, "2026年12月底"] for k, (text, leader, units) in enumerate(tasks, start=1))
    return table_docx(path, TITLE, ["序号", "工作任务", "区领导", "责任单位", "完成时限"], rows,
                      after="注：每项任务的责任单位中，排名第一的单位为牵头单位。")


@pytest.fixture(scope="module")
def plan_ctx(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("lead_rule_plan")
    c, results = ingested_context(folder / "data", [_docx(folder / "分工方案.docx")])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("question, count", [
    ("住建局牵头几项", "1项"),            # listed in 4 tasks, first in 1
    ("区城管局一共牵头多少项任务", "2项"),  # listed in 3 tasks, first in 2
    ("教育局作为牵头单位的有几个", "1项"),  # listed in 2 tasks, first in 1
])
def test_lead_count_counts_only_tasks_led(plan_ctx: Context, question: str, count: str) -> None:
    ans = ask(plan_ctx, question)
    first = flat(ans.answer.splitlines()[0])
    assert ans.intent == "unit_tasks" and count in first, ans.answer


def test_unit_listed_only_after_the_first_leads_nothing(plan_ctx: Context) -> None:
    ans = ask(plan_ctx, "发展改革局牵头哪些任务")
    text = flat(ans.answer)
    led = text.split("配合")[0]  # what is said before the tasks it only helps with
    assert "没有牵头" in led and "停车泊位" not in led and "中小学" not in led, ans.answer


def test_responsible_lists_both_roles_with_the_role(plan_ctx: Context) -> None:
    ans = ask(plan_ctx, "区住建局负责哪些任务")
    text = flat(ans.answer)
    assert "4项" in text and "牵头1项" in text, ans.answer
    assert "（牵头）" in text and "（配合）" in text, ans.answer


def test_helping_lists_the_tasks_helped(plan_ctx: Context) -> None:
    ans = ask(plan_ctx, "卫生健康局配合哪些")
    assert "文件中没有找到" in ans.answer or "托育" not in ans.answer, ans.answer
    ans = ask(plan_ctx, "财政局配合哪些任务")
    assert "背街小巷" in ans.answer, ans.answer
