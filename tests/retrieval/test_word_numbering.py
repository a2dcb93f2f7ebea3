"""Word's automatic numbering (round 64h): a plan whose 序号 cells are empty of text and carry a
list number, and a report whose items are numbered the same way, read with the numbers Word
draws. Before, the plan was refused (no numbered tasks found) and the items lost their "1."."""
from __future__ import annotations

import datetime as dt
import io

import docx
import pytest

from answers.ask import ask
from retrieval.loaders import _load_docx
from retrieval.word_numbering import _format
from tests.support.answer_sets import flat, ingested_context

HEADER = ["序号", "重点任务", "责任市领导", "牵头单位", "配合单位", "完成时限"]
TASKS = [
    ["新建改建农村公路300公里", "周敏", "市交通运输局", "市财政局", "2026年12月底前"],
    ["改造老旧小区100个", "王晓川", "市住房城乡建设局", "各区政府", "2026年11月底前"],
    ["新建公办幼儿园12所", "赵蕾", "市教育局", "市发展改革委", "2026年8月底前"],
]


def _plan() -> bytes:
    document = docx.Document()
    document.add_paragraph("岚川市2026年政府工作报告重点任务分工方案")
    table = document.add_table(rows=len(TASKS) + 2, cols=len(HEADER))
    for cell, value in zip(table.rows[0].cells, HEADER):
        cell.text = value
    part = table.rows[1].cells
    part[0].merge(part[-1]).text = "一、坚持扩大内需"
    for row, task in zip(table.rows[2:], TASKS):
        row.cells[0].paragraphs[0].style = document.styles["List Number"]  # Word draws "1." … "3."
        for cell, value in zip(row.cells[1:], task):
            cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_numbers_word_draws_are_read_into_the_cells():
    lines = _load_docx(_plan()).text.split("\n")
    assert [l.split("\t")[0] for l in lines if "\t" in l and "局" in l] == ["1.", "2.", "3."], lines


def test_a_plan_numbered_by_word_is_read_and_asked_by_position(tmp_path):
    path = tmp_path / "岚川市2026年政府工作报告重点任务分工方案.docx"
    path.write_bytes(_plan())
    ctx, results = ingested_context(tmp_path / "data", [path])
    try:
        assert [(r.status, r.tasks) for r in results] == [("ingested", 3)], results
        text = flat(ask(ctx, "分工方案第2项谁牵头", today=dt.date(2026, 11, 20)).answer)
        assert "住房城乡建设局" in text and "交通运输局" not in text, text
    finally:
        ctx.close()


@pytest.mark.parametrize(("n", "fmt", "drawn"), [
    (3, "chineseCounting", "三"), (12, "chineseCountingThousand", "十二"), (2, "decimalEnclosedCircle", "②"),
    (4, "upperRoman", "IV"), (27, "lowerLetter", "aa"), (7, "decimal", "7"),
])
def test_each_number_format_as_word_draws_it(n, fmt, drawn):
    assert _format(n, fmt) == drawn
