"""A plan table with TWO task columns: a short title (重点任务 / 工作事项 / 项目名称) and the full
text (具体内容 / 工作内容 / 主要目标). The title alone ("城北中学") loses the task's figures and most
of its words, so a question quoting them found no task (round 26c). A task's text holds both,
title then content, in every table format (DOCX with and without merged cells, XLSX, CSV, tab
text). The helper's own invented plans; none is a round's document or question."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from retrieval.plans import parse_plan
from tests.support.answer_sets import assert_holds, ingested_context

TITLE = "青石县2025年政府工作报告重点任务责任分解方案"
# (序号, title, content, leader, lead unit, co-units, due)
SECTIONS = [
    ("一、扩大有效投资（3项）", [
        ("1", "城北中学", "新建城北中学，新增学位1890个，2025年秋季开学投用。", "孟凡宇", "县教体局", "县住建局", "2025年9月底前"),
        ("2", "稳外贸", "支持骨干企业开拓海外市场，外贸进出口总额达到4.2亿元。", "邵立群", "县商务局", "县工信局", "2025年12月底前"),
        ("3", "普惠金融", "引导银行扩大信贷投放，县域贷款余额增长9%以上。", "邵立群", "县财政局", "县人民银行", "2025年12月底前"),
    ]),
    ("二、改善城乡人居环境（2项）", [
        ("4", "背街小巷", "整治背街小巷27条，同步更新雨污管网。", "祁海峰", "县城管局", "县住建局", "2025年11月底前"),
        ("5", "乡村客运", "开通镇村公交线路14条，实现建制村通客车全覆盖。", "祁海峰", "县交通运输局", "各乡镇人民政府", "2025年10月底前"),
    ]),
]


def _grid(header: tuple[str, str]) -> list[list[str]]:
    rows = [["序号", header[0], header[1], "县级责任领导", "牵头单位", "配合单位", "时间节点"]]
    for section, tasks in SECTIONS:
        rows.append([section] + [""] * 6)
        rows.extend(list(t) for t in tasks)
    return rows


def _docx(path: Path, header: tuple[str, str], *, merged: bool) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    rows = _grid(header)
    table = document.add_table(rows=len(rows), cols=7)
    for r, values in enumerate(rows):
        cells = table.rows[r].cells
        if merged and values[1:] == [""] * 6:
            cells[0].merge(cells[6]).text = values[0]  # a section row spanning the table
            continue
        for cell, value in zip(cells, values):
            cell.text = value
    if merged:
        # One leader over each section's tasks, merged down the column as printed.
        table.cell(2, 3).merge(table.cell(4, 3)).text = "孟凡宇"
        table.cell(6, 3).merge(table.cell(7, 3)).text = "祁海峰"
    document.save(path)
    return path


def _xlsx(path: Path, header: tuple[str, str], *, merged: bool) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([TITLE])
    for values in _grid(header):
        sheet.append(values)
    if merged:
        for row in (3, 7):  # section rows (sheet rows: title, header, section …)
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
    book.save(path)
    return path


def _csv(path: Path, header: tuple[str, str]) -> Path:
    import csv

    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([[TITLE] + [""] * 6] + _grid(header))
    return path


def _tabs(path: Path, header: tuple[str, str]) -> Path:
    lines = [TITLE] + ["\t".join(r) for r in _grid(header)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


HEADERS = [("重点任务", "具体内容"), ("工作事项", "工作内容"), ("项目名称", "主要目标")]
MAKERS = {
    "docx": lambda p, h: _docx(p / "方案.docx", h, merged=False),
    "docx-merged": lambda p, h: _docx(p / "方案.docx", h, merged=True),
    "xlsx": lambda p, h: _xlsx(p / "方案.xlsx", h, merged=False),
    "xlsx-merged": lambda p, h: _xlsx(p / "方案.xlsx", h, merged=True),
    "csv": lambda p, h: _csv(p / "方案.csv", h),
    "tabs": lambda p, h: _tabs(p / "方案.txt", h),
}


@pytest.fixture(scope="module", params=sorted(MAKERS))
def plan_ctx(request, tmp_path_factory: pytest.TempPathFactory):
    """Each format's plan ingested once, the header wording varying with the format."""
    kind = request.param
    tmp = tmp_path_factory.mktemp(f"two_cols_{kind}")
    header = HEADERS[sorted(MAKERS).index(kind) % len(HEADERS)]
    path = MAKERS[kind](tmp, header)
    ctx, results = ingested_context(tmp, [path])
    assert [r.status for r in results] == ["ingested"], results
    yield ctx
    ctx.close()


@pytest.mark.parametrize("header", HEADERS)
def test_task_text_is_title_then_content(tmp_path: Path, header: tuple[str, str]) -> None:
    from retrieval.loaders import load_file

    table = parse_plan(load_file(_docx(tmp_path / "方案.docx", header, merged=True)))
    assert len(table.rows) == 5
    by_code = {r.code: r for r in table.rows}
    assert by_code["1.1"].text == "城北中学：新建城北中学，新增学位1890个，2025年秋季开学投用。"
    assert by_code["2.2"].text.startswith("乡村客运：") and "14条" in by_code["2.2"].text
    assert by_code["1.3"].lead_units == ["县财政局"]


@pytest.mark.parametrize("question, wanted", [
    ("城北中学新增多少学位 谁牵头", ["1890个", "教体局"]),
    ("外贸进出口那条任务谁牵头", ["商务局"]),
    ("县域贷款余额增长9%那条 谁牵头", ["财政局"]),
    ("背街小巷今年整治几条 县里哪个领导管", ["27条", "祁海峰"]),
    ("镇村公交线路那条牵头是哪个单位", ["交通运输局"]),
])
def test_owner_of_words_only_in_the_content_column(plan_ctx, question: str, wanted: list[str]) -> None:
    ans = ask(plan_ctx, question)
    assert ans.intent == "owner", (ans.intent, ans.answer)
    assert_holds(ans.answer, *wanted)
