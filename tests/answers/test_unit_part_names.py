"""Class: a unit asked by the part of its printed name staff say. A city bureau's district branch
printed "市生态环境局砚溪分局" is said "生态环境分局"; a subdistrict office printed "柳湾街道办事处"
is said "柳湾街道" (round 31c: the first was "not in the plan", the second found no unit at all
and was answered with a random report sentence). `core.unit_initials` derives both forms as the
unit's aliases at ingest, and a subdistrict or township no table carries is said to lead nothing
(`answers.absent_unit`). The helper's own invented district plan (DOCX).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from core.context import Context
from core.unit_initials import branch_forms, township_forms
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx

TITLE = "澄湖市青川区2026年区政府工作报告重点任务分工方案"
TASKS = [
    ("完成河道清淤疏浚45公里，新建排涝泵站3座。", "市水利局青川分局", "区财政局"),
    ("建成智慧交通信号系统，新增电子警察点位60个。", "市公安局青川分局", "区交通运输局"),
    ("改造老旧小区22个，加装电梯80部。", "区住房城乡建设局", "东湖街道办事处、白石镇人民政府"),
    ("新建社区养老服务站12个。", "区民政局", "东湖街道办事处"),
    ("建设白石镇农产品冷链物流中心。", "白石镇人民政府", "区农业农村局"),
]


def _docx(path: Path) -> Path:
    rows: list[list[str] | str] = ["一、重点任务"]
    rows.extend([str(k), text, "林清远", lead, co, "2026年12月底前"] for k, (text, lead, co) in enumerate(TASKS, start=1))
    return table_docx(path, TITLE, ["序号", "工作任务", "区领导", "牵头单位", "责任单位", "完成时限"], rows)


@pytest.fixture(scope="module")
def plan_ctx(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("unit_part_names")
    c, results = ingested_context(folder / "data", [_docx(folder / "分工方案.docx")])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("question, words", [
    ("水利分局牵头了啥任务", "河道清淤"),
    ("公安分局负责哪些工作", "智慧交通"),
    ("青川水利分局牵头几项", "1项"),
])
def test_a_branch_said_by_its_bureau_words(plan_ctx: Context, question: str, words: str) -> None:
    ans = ask(plan_ctx, question)
    assert ans.intent == "unit_tasks" and words in flat(ans.answer), ans.answer


def test_a_subdistrict_said_without_its_office_leads_none_it_joins(plan_ctx: Context) -> None:
    ans = ask(plan_ctx, "东湖街道牵头的任务有哪些")
    text = flat(ans.answer)
    assert "东湖街道办事处没有牵头" in text and "养老服务站" in text, ans.answer


@pytest.mark.parametrize("question, place", [
    ("南岭街道牵头的任务有哪些", "南岭街道"),
    ("西坪镇牵头了哪几项", "西坪镇"),
])
def test_a_subdistrict_or_township_no_table_carries_leads_none(plan_ctx: Context, question: str, place: str) -> None:
    ans = ask(plan_ctx, question)
    text = flat(ans.answer)
    assert ans.intent == "none" and f"{place}没有牵头" in text and "来源：" not in text, ans.answer


@pytest.mark.parametrize("body, forms", [
    ("生态环境局砚溪分局", {"生态环境分局", "砚溪生态环境分局"}),
    ("公安东城分局", {"公安分局", "东城公安分局"}),
    ("市场监督管理局", set()),
])
def test_branch_forms(body: str, forms: set[str]) -> None:
    assert branch_forms(body) == forms


def test_township_forms_of_a_subdistrict_office() -> None:
    assert township_forms("柳湾街道办事处") == {"柳湾街道"} and township_forms("大岭乡政府") == {"大岭乡"}
