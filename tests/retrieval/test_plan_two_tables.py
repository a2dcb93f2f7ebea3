"""Class: a notice with two annex tables, as city offices publish the split: 附件1 the year's
indicators (指标 | 预期目标 | 牵头单位 | 配合单位, no sections) and 附件2 the key tasks with their
own header and "一、…" sections. Before, the indicator table had no task column ("指标" was no
column name), each of its rows was refused, and the header change refused the whole plan
(round 32c). Now both are read: the indicators as section 0 (titled by their column), the
tasks keep their printed section numbers. Plans invented here, written as DOCX or XLSX."""
from __future__ import annotations

from pathlib import Path

from retrieval.loaders import load_file
from retrieval.plans import parse_plan
from tests.support.docx_plans import add_table

TARGETS_HEADER = ["序号", "指标", "2026年预期目标", "牵头单位", "配合单位"]
TARGETS = [
    ["1", "地区生产总值增长", "5.5%左右", "区发展改革局", "区统计局"],
    ["2", "一般公共预算收入增长", "4%", "区财政局", "区税务局"],
    ["3", "城镇新增就业", "8000人以上", "区人力资源社会保障局", ""],
]
TASKS_HEADER = ["序号", "重点工作任务", "责任区领导", "责任单位", "完成时限"]
TASKS = [
    "一、壮大实体经济（2项）",
    ["1", "新增规上工业企业40家。", "林澄", "区工业和信息化局、区统计局", "12月底前"],
    ["2", "建成柳岸智造园二期。", "林澄", "区投资促进局、区住房城乡建设局", "10月底前"],
    "二、办好民生实事（1项）",
    ["1", "新建社区食堂12个。", "邓凡", "区民政局、各街道", "12月底前"],
]
NOTE = "注：“责任单位”栏中排在第一位的为牵头单位，其余为配合单位。"


def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("柳岸区人民政府办公室关于印发2026年区《政府工作报告》主要预期目标和重点工作责任分工的通知")
    for title, header, rows, note in (("附件1 主要预期目标责任分工", TARGETS_HEADER, TARGETS, ""),
                                      ("附件2 重点工作责任分工", TASKS_HEADER, TASKS, NOTE)):
        document.add_paragraph(title)
        add_table(document, header, rows)
        if note:
            document.add_paragraph(note)
    document.save(path)
    return path


def _xlsx(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2026年区《政府工作报告》主要预期目标和重点工作责任分工"])
    sheet.append(TARGETS_HEADER)
    for row in TARGETS:
        sheet.append(row)
    sheet.append([NOTE])
    sheet.append(TASKS_HEADER)
    for row in TASKS:
        sheet.append([row] if isinstance(row, str) else row)
    book.save(path)
    return path


def _read(path: Path):
    plan = parse_plan(load_file(path))
    return plan, {row.code: (row.text, row.lead_units, row.co_units) for row in plan.rows}


def _check(plan, rows) -> None:
    assert [(s.number, s.title) for s in plan.sections] == [(0, "指标"), (1, "壮大实体经济"), (2, "办好民生实事")]
    assert rows["0.1"] == ("地区生产总值增长：5.5%左右", ["区发展改革局"], ["区统计局"])
    assert rows["0.3"][1] == ["区人力资源社会保障局"]
    assert rows["1.2"][1:] == (["区投资促进局"], ["区住房城乡建设局"])  # the first listed leads (the note)
    assert rows["2.1"][1:] == (["区民政局"], ["各街道"])


def test_an_indicator_table_then_a_task_table_docx(tmp_path: Path) -> None:
    _check(*_read(_docx(tmp_path / "通知.docx")))


def test_an_indicator_table_then_a_task_table_on_one_sheet_xlsx(tmp_path: Path) -> None:
    _check(*_read(_xlsx(tmp_path / "分工.xlsx")))


def test_a_place_among_the_key_tasks_skips_the_indicators(tmp_path: Path) -> None:
    """"重点工作第3项" counts the key tasks, not the indicator annex before them (round 32c)."""
    from answers.ask import ask
    from tests.support.answer_sets import flat, ingested_context

    ctx, results = ingested_context(tmp_path, [_docx(tmp_path / "通知.docx")])
    try:
        assert [r.status for r in results] == ["ingested"], results
        assert "社区食堂" in flat(ask(ctx, "重点工作第3项是谁牵头的").answer)
        assert ask(ctx, "重点工作第5项是谁牵头的").intent == "none"  # 3 key tasks (and 3 indicators)
    finally:
        ctx.close()
