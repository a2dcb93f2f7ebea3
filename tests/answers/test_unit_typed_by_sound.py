"""Class: a unit asked for its tasks, typed with one character of the same sound swapped
("省人访办在21年分工方案里牵头啥任务" for 省人防办, round 35b r35b-041). The question's rules read
the unit by its sound, but the step for units no table carries (`answers.absent_unit`) answered
first: "方案中没有出现“省人访办”". Now a name the sound repair reads as a table's unit is left to
the registry, and the answer says how it was read. The helper's own invented county plan."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx

TITLE = "桂岭县2026年县政府工作报告重点工作责任分工方案"
TASKS = [
    ("建成县城人防疏散基地。", "县人防办", "县应急管理局"),
    ("开展第五次全国经济普查数据质量核查。", "县统计局", "县发展和改革局"),
    ("新建农村互助幸福院15个。", "县民政局", "县财政局"),
    ("完成小型水库除险加固6座。", "县水利局", "县财政局"),
]


def _docx(path: Path) -> Path:
    rows: list[list[str] | str] = ["一、重点任务"]
    rows.extend([str(k), text, "韦振邦", lead, co, "2026年12月底前"] for k, (text, lead, co) in enumerate(TASKS, start=1))
    return table_docx(path, TITLE, ["序号", "工作任务", "县领导", "牵头单位", "责任单位", "完成时限"], rows)


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("unit_sounds")
    c, results = ingested_context(folder / "data", [_docx(folder / "分工方案.docx")])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("question, typed, unit, task", [
    ("县人房办牵头哪些任务", "人房办", "人防办", "人防疏散基地"),
    ("县统记局在分工方案里牵头哪几项", "统记局", "统计局", "经济普查"),
    ("县民正局牵头了什么任务", "民正局", "民政局", "互助幸福院"),
    ("县水力局牵头的有哪些", "水力局", "水利局", "除险加固"),
])
def test_a_unit_typed_by_its_sound_is_read(county: Context, question: str, typed: str, unit: str, task: str) -> None:
    ans = ask(county, question)
    text = flat(ans.answer)
    assert task in text and f"按同音的“{unit}”理解" in text and typed in text, ans.answer


def test_a_unit_no_table_carries_is_still_said_absent(county: Context) -> None:
    ans = ask(county, "县审计局牵头哪几项")
    assert "没有出现“县审计局”" in ans.answer, ans.answer
