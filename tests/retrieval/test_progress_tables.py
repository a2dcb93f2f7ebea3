"""A progress table is another document's tasks reported on, never a plan (session 24, rounds
59a/59f: "…前三季度重点工作进展情况" with 序号 | 重点任务 | 牵头单位 | 进展情况 | 是否滞后 was loaded as
a second plan of 22 tasks for the year of ingest, and "…1-11月重点任务进展台账" as one with no
region). A plan's own 推进情况表 for the units to fill in keeps its deadline or leader column and
stays a plan. The documents are invented."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from retrieval.plans import detect_shape
from tests.support.answer_sets import ingested_context

HEAD = ["序号", "重点任务", "牵头单位", "进展情况", "是否滞后"]
ROWS = [["1", "新增规上工业企业100家以上", "市工业和信息化局", "新增规上工业企业76家。", "否"],
        ["2", "实际使用外资2.3亿美元", "市商务局", "实际使用外资1.42亿美元，完成年度目标的61.7%。", "是"],
        ["3", "新建高标准农田20万亩", "市农业农村局", "已完成建设16.2万亩。", "否"]]


def _sheet(title: str, head: list[str], rows: list[list[str]]) -> SimpleNamespace:
    table = [[title] + [""] * (len(head) - 1), head, *rows]
    return SimpleNamespace(text="\n".join("\t".join(r) for r in table), tables=[table], source="xlsx")


@pytest.mark.parametrize("title", ["栖梧市2025年前三季度重点工作进展情况", "昶平市2025年1-11月重点任务进展台账（截至2025年11月30日）",
                                   "云岫区2025年第三季度重点工作督查通报"])
def test_a_progress_table_is_no_plan(title: str) -> None:
    assert detect_shape(_sheet(title, HEAD, ROWS)) is None


def test_a_plan_to_be_filled_in_stays_a_plan() -> None:
    head = ["序号", "重点任务", "牵头单位", "完成时限", "推进情况"]
    rows = [r[:3] + ["2025年12月底前", ""] for r in ROWS]
    assert detect_shape(_sheet("栖梧市2025年重点工作推进情况表", head, rows)) == "table"


def test_a_progress_sheet_is_ingested_as_that_parts_report(tmp_path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    for row in [["栖梧市2025年前三季度重点工作进展情况"] + [""] * 4, HEAD, *ROWS]:
        book.active.append(row)
    path = tmp_path / "进展.xlsx"
    book.save(path)
    ctx, results = ingested_context(tmp_path, [path])
    try:
        (r,) = results
        assert (r.status, r.kind, r.tasks, r.title) == ("ingested", "report", 0, "栖梧市2025年前三季度重点工作进展情况")
    finally:
        ctx.close()


def test_a_header_note_of_its_values_is_no_part_of_the_column() -> None:
    from retrieval.report_tables import row_sentences

    out = row_sentences([["序号", "任务名称", "牵头部门", "状态（已完成/序时推进/滞后）"],
                         ["1", "创建和美乡村示范村60个", "市农业农村局", "滞后"]])
    assert out and "状态：滞后" in out[0] and "已完成/序时推进" not in out[0], out
    assert "牵头部门：市农业农村局" in out[0] and "示范村60个牵头部门" not in out[0], out


def test_a_caption_ends_before_its_table_rows() -> None:
    """"表1 澄溪市2025年主要经济社会发展指标" above a table whose rows are said "2024年，…完成486.3": the
    caption ends there, or the first row read as part of it, in the caption's year (round 49c, once
    the PDF's ruled table was read row by row)."""
    from retrieval.report_tables import with_tables_read

    rows = [["指标", "2024年完成", "2025年预期目标"], ["地区生产总值", "486.3（增长6.2%）", "增长6%左右"]]
    text = with_tables_read("表1澄溪市2025年主要经济社会发展指标\n" + "\n".join("\t".join(r) for r in rows), [rows])
    assert text.startswith("表1澄溪市2025年主要经济社会发展指标。\n"), text
    assert "2024年，地区生产总值完成486.3（增长6.2%）。" in text, text
