"""Class: a unit written with its part of the task in brackets, "市城管局（口袋公园）"
(`retrieval.plans.unit_scopes`). Round 33d r33d-042: the bracketed name became a unit of its own,
so "城管局牵头了几项" missed the task. Now the unit is the name before the bracket, and the scope
stays with the task (added to its text when the text does not say it). The helper's own invented
county plan: other units, other scopes, other wordings."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from core.context import Context
from retrieval.plans.unit_scopes import unit_scope, with_scopes
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx

TITLE = "柏溪县2026年县政府工作报告重点工作任务分解表"
TASKS = [
    ("建成全民健身中心和健身步道20公里。", "县文化广电旅游局（全民健身中心）、县住房和城乡建设局（健身步道）", "各乡镇（街道）"),
    ("新建农村寄宿制学校食堂5所。", "县教育体育局（含配套设施）", "县市场监督管理局"),
    ("改造城区老旧供水管网30公里。", "县住房和城乡建设局", "县水利局（水源地保护）、各村（社区）"),
    ("开展校园周边食品安全专项整治。", "县市场监督管理局（牵头）、县教育体育局", ""),
]


def _docx(path: Path) -> Path:
    rows: list[list[str] | str] = ["一、重点任务"]
    rows.extend([str(k), text, "周远航", lead, co, "2026年12月底前"] for k, (text, lead, co) in enumerate(TASKS, start=1))
    return table_docx(path, TITLE, ["序号", "工作任务", "县领导", "牵头单位", "责任单位", "完成时限"], rows)


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("unit_scopes")
    c, results = ingested_context(folder / "data", [_docx(folder / "分解表.docx")])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    ("住建局牵头了几项", ("共2项", "健身步道", "供水管网")),
    ("县文化广电旅游局牵头哪些任务", ("全民健身中心",)),
    ("教体局牵头的有哪些", ("寄宿制学校食堂",)),
    ("水利局配合哪些工作", ("供水管网",)),
])
def test_a_scoped_unit_counts_as_the_unit(county: Context, question: str, wanted: tuple[str, ...]) -> None:
    ans = ask(county, question)
    text = flat(ans.answer)
    assert ans.intent != "none" and all(w in text for w in wanted), ans.answer


def test_the_scope_the_text_lacks_stays_with_the_task(county: Context) -> None:
    ans = ask(county, "寄宿制学校食堂那项谁牵头")
    text = flat(ans.answer)
    assert "含配套设施" in text and "牵头单位：柏溪县教育体育局" in text, ans.answer


@pytest.mark.parametrize("name, read", [
    ("市城管局（口袋公园）", ("市城管局", "口袋公园")),
    ("各村（社区）", ("各村（社区）", None)),
    ("各乡镇（街道）", ("各乡镇（街道）", None)),
    ("市发展改革委（牵头）", ("市发展改革委（牵头）", None)),
    ("市委军民融合办（市国防科工办）", ("市委军民融合办（市国防科工办）", None)),
    ("省委军民融合办（国防科工办）", ("省委军民融合办（国防科工办）", None)),
    ("各县（市、区）政府", ("各县（市、区）政府", None)),
])
def test_which_brackets_are_scopes(name: str, read: tuple[str, str | None]) -> None:
    assert unit_scope(name) == read


def test_a_scope_the_text_says_is_not_repeated() -> None:
    assert with_scopes("城市书房和口袋公园", ["市文广新旅局（城市书房）", "市城管局（口袋公园）"]) == "城市书房和口袋公园"
