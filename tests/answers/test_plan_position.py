"""Class: a task asked by its place in the whole table ("第61项是什么任务 谁牵头"). Before, "第N项"
was read as words, so a place past the table's end found whatever task held "第…项" (round 31b:
a 60-task table answered "第61项" with task 4.3, "…第二批重点事项15项"). `answers.plan_position`
counts the place in the table's order: past the end is "not found" with the table's count; within
it, the N-th task, said as such. The helper's own invented plan (DOCX, numbered 1…7 straight
through its two parts, as many tables are).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from answers.plan_position import place_asked
from core.context import Context
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx

TITLE = "松岭市2026年市政府工作报告重点工作任务分工方案"
PARTS = [
    ("一、扩大有效投资", [
        ("实施重点项目210个，完成年度投资860亿元。", "市发展改革委"),
        ("新开工城市更新项目35个，改造雨污管网90公里。", "市住房城乡建设局"),
        ("建成松岭港二期码头，新增泊位4个。", "市交通运输局"),
        ("新增规上工业企业120家。", "市工业和信息化局"),
    ]),
    ("二、办好民生实事", [
        ("新增城镇就业3.2万人。", "市人力资源社会保障局"),
        ("新建社区食堂40个。", "市民政局"),
        ("新增中小学学位6000个。", "市教育局"),
    ]),
]


def _docx(path: Path) -> Path:
    rows: list[list[str] | str] = []
    number = 0
    for part, tasks in PARTS:
        rows.append(part)
        for text, unit in tasks:
            number += 1
            rows.append([str(number), text, "顾远航", unit, "2026年12月底前"])
    return table_docx(path, TITLE, ["序号", "工作任务", "牵头市领导", "牵头单位", "完成时限"], rows)


@pytest.fixture(scope="module")
def plan_ctx(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("plan_position")
    c, results = ingested_context(folder / "data", [_docx(folder / "任务分工.docx")])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("question", [
    "第9项是啥任务，哪个单位牵头",
    "分工方案里第二十条谁负责",
    "2026年分工表第8个任务完成没有",
    "第12项 进展咋样了",
    "分工台账第60项是啥任务",  # the table named as its ledger (round 32d)
])
def test_a_place_past_the_end_is_not_found_with_the_count(plan_ctx: Context, question: str) -> None:
    ans = ask(plan_ctx, question)
    text = flat(ans.answer)
    assert ans.intent == "none" and "没有找到" in text and "共7项" in text, ans.answer


@pytest.mark.parametrize("question, words, unit", [
    ("第6项是什么任务", "社区食堂", "市民政局"),
    ("方案第三条由哪个单位牵头", "松岭港", "市交通运输局"),
    ("第七项谁负责", "中小学学位", "市教育局"),
])
def test_a_place_within_is_that_task_in_table_order(plan_ctx: Context, question: str, words: str, unit: str) -> None:
    ans = ask(plan_ctx, question)
    text = flat(ans.answer)
    assert words in text and unit in text and "顺序" in text, ans.answer


@pytest.mark.parametrize("question", [
    "十件民生实事第3件是什么",
    "第二部分第2项谁牵头",
    "第二批重点事项有多少项",
    "民生实事第5项是啥",
    "第3项和第4项分别是什么",
])
def test_other_ordinals_are_no_place_in_the_table(question: str) -> None:
    assert place_asked(question) is None


@pytest.mark.parametrize("question", ["社区食堂是什么任务 谁牵头", "松岭港二期是啥事 谁牵头"])
def test_what_task_and_who_offers_no_owner(plan_ctx: Context, question: str) -> None:
    # "是什么任务 谁牵头": the 么 of 什么 read as a particle made "什么任务 谁" an owner offered
    ans = ask(plan_ctx, question)
    assert not ans.answer.startswith("不是") and "牵头单位：" in ans.answer, ans.answer


LIVELIHOOD = [
    ("公办幼儿园扩容工程：新建公办幼儿园4所，新增学位1800个。", "市教育局"),
    ("老年助餐服务工程：新建老年助餐点30个。", "市民政局"),
    ("全民健身设施提升工程：新建改造健身路径50处。", "市文化广电旅游体育局"),
]


@pytest.fixture(scope="module")
def two_tables(tmp_path_factory: pytest.TempPathFactory):
    # a 民生实事 list issued beside the key tasks (round 64g): "第3件实事" is its third project
    folder = tmp_path_factory.mktemp("livelihood")
    rows = [[str(i), text, "顾远航", unit, "2026年11月底前"] for i, (text, unit) in enumerate(LIVELIHOOD, start=1)]
    livelihood = table_docx(folder / "松岭市2026年民生实事项目清单.docx", "松岭市2026年民生实事项目清单",
                            ["序号", "实事项目", "县领导", "牵头单位", "完成时间"], rows)
    c, results = ingested_context(folder / "data", [_docx(folder / "任务分工.docx"), livelihood])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize(("question", "unit"), [
    ("第3件实事谁牵头", "文化广电旅游体育局"),
    ("民生实事第2项谁牵头", "民政局"),
])
def test_a_livelihood_project_by_its_place_is_the_lists(two_tables: Context, question: str, unit: str) -> None:
    text = flat(ask(two_tables, question).answer)
    assert unit in text and "交通运输局" not in text, text


@pytest.mark.parametrize("question", ["第4件实事是啥 谁牵头的", "今年民生实事第4件是啥 谁牵头"])
def test_a_livelihood_place_past_the_list_is_not_found(two_tables: Context, question: str) -> None:
    ans = ask(two_tables, question)
    assert ans.intent == "none" and "共3项" in ans.answer, ans.answer
