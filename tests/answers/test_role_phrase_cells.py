"""Class: a units cell that writes its roles as phrases ("A牵头、B、C按职责分工负责", "A牵头，B、C
配合", "A为牵头单位，B参与", "由A牵头，B等单位配合"). Before, the whole cell was read as a list of
units, every piece a lead with the role words glued on ("A牵头", "C按职责分工负责"), so a unit
that only takes part was said to lead (round 31b: "省统计局牵头哪些任务" listed two tasks it only
helps with). `retrieval.plans.cell_phrases` reads the cell phrase by phrase. The helper's own
invented county plan (DOCX), one units column, no lead rule stated anywhere.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from core.context import Context
from retrieval.plans.cell_phrases import phrase_roles
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx

REGION = "青禾"
TITLE = "青禾县2026年县政府工作报告重点工作责任分工方案"
TASKS = [
    ("一、乡村振兴", [
        ("新建农村公路120公里，完成危桥改造8座。", "县交通运输局牵头、县发展改革局、各乡镇人民政府按职责分工负责"),
        ("建设高标准农田2.5万亩，新增灌溉面积3000亩。", "县农业农村局牵头，县财政局、县水利局配合"),
        ("完成农村生活污水治理行政村42个。", "县生态环境分局为牵头单位，县住建局参与"),
    ]),
    ("二、民生保障", [
        ("新增普惠性幼儿园学位900个，改造薄弱学校5所。", "由县教育局牵头，县人社局等单位配合"),
        ("举办青禾半程马拉松等群众性赛事20场。", "县文旅局、县体育中心牵头，县财政局，各乡镇人民政府按职责分工负责"),
        ("建成县域医共体信息平台，家庭医生签约率达到75%。", "县卫生健康局（牵头）、县医保局"),
    ]),
]


def _docx(path: Path) -> Path:
    rows: list[list[str] | str] = []
    for section, tasks in TASKS:
        rows.append(section)
        rows.extend([str(k), text, "沈立言", units, "2026年12月底前"] for k, (text, units) in enumerate(tasks, start=1))
    return table_docx(path, TITLE, ["序号", "重点工作任务", "县领导", "责任单位", "完成时限"], rows)


@pytest.fixture(scope="module")
def plan_ctx(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("role_phrase_plan")
    c, results = ingested_context(folder / "data", [_docx(folder / "分工方案.docx")])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("unit, helped", [
    ("县财政局", "高标准农田"),       # "…牵头，县财政局、县水利局配合"
    ("县发展改革局", "农村公路"),     # "…牵头、县发展改革局、…按职责分工负责"
    ("县住建局", "污水治理"),         # "…为牵头单位，县住建局参与"
    ("县人社局", "幼儿园"),           # "由…牵头，县人社局等单位配合"
])
def test_a_unit_that_only_takes_part_leads_nothing(plan_ctx: Context, unit: str, helped: str) -> None:
    ans = ask(plan_ctx, f"{unit}牵头了哪些任务")
    text = flat(ans.answer)
    led = text.split("参与的任务")[0]
    assert "没有牵头" in led and helped not in led, ans.answer


@pytest.mark.parametrize("question, lead, co", [
    ("农村公路和危桥改造谁牵头", "县交通运输局", "县发展改革局"),
    ("高标准农田是哪个单位牵头", "县农业农村局", "县水利局"),
    ("幼儿园学位那项由谁负责", "县教育局", "县人社局"),
    ("半程马拉松群众赛事牵头单位是哪个", "县文旅局、县体育中心", "县财政局"),
])
def test_owner_names_the_lead_without_role_words(plan_ctx: Context, question: str, lead: str, co: str) -> None:
    ans = ask(plan_ctx, question)
    text = flat(ans.answer)
    printed = "、".join(REGION + name for name in lead.split("、"))  # the registry prints the county's name
    assert f"牵头单位：{printed}" in text and co in text.split("牵头单位：")[1], ans.answer
    assert "按职责分工负责" not in text and f"{lead.split('、')[-1]}牵头" not in text, ans.answer


def test_a_unit_that_leads_counts_only_what_it_leads(plan_ctx: Context) -> None:
    ans = ask(plan_ctx, "各乡镇人民政府牵头几项")
    assert "没有牵头" in flat(ans.answer), ans.answer


def test_the_ask_typed_up_to_its_verb_is_an_owner_ask(plan_ctx: Context) -> None:
    ans = ask(plan_ctx, "医共体信息平台 牵头的是")
    assert ans.intent == "owner" and f"牵头单位：{REGION}县卫生健康局" in flat(ans.answer), ans.answer


@pytest.mark.parametrize("cell, lead, co", [
    ("市科技局牵头，市财政局、市统计局，各区政府按职责分工负责", ["市科技局"], ["市财政局", "市统计局", "各区政府"]),
    ("市水务局、市农业农村局共同牵头，市财政局配合", ["市水务局", "市农业农村局"], ["市财政局"]),
    ("市商务局负责，市场监管局配合", ["市商务局"], ["市场监管局"]),
    ("市民政局、市卫生健康委按职责分工负责", ["市民政局", "市卫生健康委"], []),
    ("市体育局、市教育局（牵头）、市团委配合", ["市教育局"], ["市体育局", "市团委"]),
])
def test_cell_phrases_split_roles(cell: str, lead: list[str], co: list[str]) -> None:
    assert phrase_roles(cell) == (lead, co)


@pytest.mark.parametrize("cell", ["市财政局、市税务局", "市卫生健康委（牵头）、市医保局", "市人社局负责人", ""])
def test_cells_without_phrases_are_left_to_the_list_reader(cell: str) -> None:
    assert phrase_roles(cell) is None
