"""Class: the tasks a part of the table lists, the part named by its number, by the words of its
heading or of a subsection's heading inside it ("分工方案第七部分“两山”转化通道那一节 列了哪几条
任务"). Before, the question was read as a count of the whole table (round 31a: "共列166项…分8个
部分"). `answers.plan_part_tasks` lists the part's tasks. The helper's own invented city plan
(DOCX, parts with subsections).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx

TITLE = "岚山市2026年市政府工作报告重点工作任务分工方案"
ROWS = [
    "一、推动产业转型升级",
    "（一）壮大先进制造业",
    ("新增规上工业企业150家。", "市工业和信息化局"),
    ("建成岚山新能源电池产业园一期。", "市发展改革委"),
    "（二）发展现代服务业",
    ("培育省级服务业集聚区3个。", "市发展改革委"),
    ("新增限上商贸企业200家。", "市商务局"),
    "二、建设美丽宜居城乡",
    "（一）深化污染防治攻坚",
    ("完成燃煤锅炉淘汰改造40台。", "市生态环境局"),
    ("新建城镇污水管网85公里。", "市住房城乡建设局"),
    "（二）推进城乡融合",
    ("改造农村公路300公里。", "市交通运输局"),
]


def _docx(path: Path) -> Path:
    rows: list[list[str] | str] = []
    number = 0
    for row in ROWS:
        if isinstance(row, str):
            number = number if row.startswith("（") else 0
            rows.append(row)
            continue
        number += 1
        rows.append([str(number), row[0], "方哲远", row[1], "2026年12月底前"])
    return table_docx(path, TITLE, ["序号", "工作任务", "牵头市领导", "牵头单位", "完成时限"], rows)


@pytest.fixture(scope="module")
def plan_ctx(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("plan_part_tasks")
    c, results = ingested_context(folder / "data", [_docx(folder / "分工方案.docx")])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("question, count, listed, not_listed", [
    ("分工方案第二部分污染防治那一节列了哪些任务", 2, ["燃煤锅炉", "污水管网"], ["农村公路", "规上工业"]),
    ("方案第一部分都有啥任务", 4, ["规上工业", "电池产业园", "服务业集聚区", "限上商贸"], ["燃煤锅炉"]),
    ("分工表里现代服务业那一节有哪些任务", 2, ["服务业集聚区", "限上商贸"], ["规上工业", "燃煤锅炉"]),
    ("方案第2部分具体包括哪些工作", 3, ["燃煤锅炉", "污水管网", "农村公路"], ["规上工业"]),
])
def test_a_part_named_lists_its_tasks(plan_ctx: Context, question: str, count: int, listed: list[str],
                                      not_listed: list[str]) -> None:
    ans = ask(plan_ctx, question)
    text = flat(ans.answer)
    assert all(w in text for w in listed) and not any(w in text for w in not_listed), ans.answer
    assert f"列了{count}项任务" in text, ans.answer


def test_a_count_of_a_part_is_still_a_count(plan_ctx: Context) -> None:
    ans = ask(plan_ctx, "分工方案第一部分一共几项")
    assert "列了" not in ans.answer and "规上工业" not in ans.answer, ans.answer


def test_a_unit_narrowed_by_part_is_the_units_list(plan_ctx: Context) -> None:
    ans = ask(plan_ctx, "市发展改革委在产业转型那部分牵头哪几项")
    text = flat(ans.answer)
    assert "电池产业园" in text and "限上商贸" not in text, ans.answer


def test_a_part_said_by_its_number_alone_counts_and_lists_its_tasks(plan_ctx: Context) -> None:
    # "第二部分一共几项啊 最后一项讲的啥" (round 64b): no table word, the part's number says it
    text = flat(ask(plan_ctx, "第二部分一共几项啊 最后一项讲的啥").answer)
    assert "列了3项任务" in text and "农村公路" in text and "规上工业" not in text, text


def test_the_leader_of_a_part_said_by_its_number(plan_ctx: Context) -> None:
    text = flat(ask(plan_ctx, "第一部分产业转型那块分管市领导是谁啊").answer)
    assert "方哲远" in text and "4项" in text, text
