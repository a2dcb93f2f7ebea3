"""Plans pasted as text with bars between cells (a Word/WPS table exported as text, a Markdown
table, a box-drawing table) read as plans: one fictional plan (汀澜市 2025, 16 tasks,
tests/data/plans/tinglan) in four variants gives the same tasks — wrapped cells joined back,
owners in order, deadlines, codes section.position when the 序号 runs through the table — and
the plan's own title, region and year. Smaller texts written here check the layout rules, the
count warnings, and that a report quoting a few "|" lines stays a report."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from prompts import registry as msg
from retrieval.loaders import load_file
from retrieval.plans import PlanTableError, detect_shape, parse_plan
from tests.support.paths import DATA

TINGLAN = DATA / "plans" / "tinglan"
TRUTH = json.loads((TINGLAN / "expected.json").read_text(encoding="utf-8"))
TITLE = "汀澜市2025年政府工作报告重点任务责任分工方案"


def _got(table) -> list[dict]:
    return [{"code": r.code, "text": r.text, "leaders": r.leaders, "lead_units": r.lead_units, "co_units": r.co_units,
             "due": r.due_text} for r in table.rows]


def _text(text: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, tables=[])


@pytest.mark.parametrize("path", sorted(TINGLAN.glob("pipes*.txt")), ids=lambda p: p.stem)
def test_tinglan_plan_reads_exactly_in_every_variant(path: Path):
    loaded = load_file(path)
    assert detect_shape(loaded) == "pipes"
    table = parse_plan(loaded)
    assert _got(table) == TRUTH
    assert [(s.number, s.title, s.declared_count) for s in table.sections] == [
        (1, "稳住工业基本盘，培育先进制造集群", 5), (2, "扩大有效需求，增强经济增长动力", 4),
        (3, "深化改革开放，激发市场主体活力", 4), (4, "办好民生实事，提升群众幸福感", 3)]
    assert (table.region, table.year, table.level) == ("汀澜市", 2025, "市")
    # the third variant's title names no place: its region is the issuer's line above it
    assert table.title == (TITLE if path.stem != "pipes3_fullwidth" else "2025年政府工作报告重点任务责任分工方案")
    assert table.shape == "pipes" and table.warnings == []


def test_the_cover_notice_gives_the_issue_date_and_is_not_read_for_tasks():
    table = parse_plan(load_file(TINGLAN / "pipes1_notice.txt"))
    assert table.issued.isoformat() == "2025-02-18"
    # the notice's own "一、压实工作责任…" requirements are not sections
    assert len(table.sections) == 4 and len(table.rows) == 16


def test_counts_that_disagree_with_the_plan_are_warnings():
    text = (TINGLAN / "pipes1_notice.txt").read_text(encoding="utf-8")
    text = text.replace("共明确16项", "共明确18项").replace("扩大有效需求，增强经济增长动力（4项）", "扩大有效需求，增强经济增长动力（5项）")
    table = parse_plan(_text(text))
    assert len(table.rows) == 16
    assert table.warnings == [msg.COUNT_MISMATCH.format(number=2, declared=5, found=4),
                              msg.TOTAL_MISMATCH.format(declared=18, found=16)]


def test_the_same_table_pasted_into_word_paragraphs(tmp_path):
    import docx

    document = docx.Document()
    for line in (TINGLAN / "pipes1_notice.txt").read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(str(tmp_path / "plan.docx"))
    loaded = load_file(tmp_path / "plan.docx")
    assert detect_shape(loaded) == "pipes"
    assert _got(parse_plan(loaded)) == TRUTH


# --- layout rules on small tables written here --------------------------------------------

SMALL = """2024年青石县重点工作任务分解表
{header}
{rule}一、稳增长（3项）
{rows}"""


def _small(header: str, rows: list[str], rule: str = "") -> SimpleNamespace:
    return _text(SMALL.format(header=header, rule=rule + "\n" if rule else "", rows="\n".join(rows)))


@pytest.mark.parametrize("bars", ["ends", "inside only"])
def test_a_header_cell_wrapped_in_a_narrow_column(bars):
    lines = ["| 序号 | 工作任务 | 责任 | 牵头 | 配合 |", "|      |          | 领导 | 单位 | 单位 |",
             "| 1 | 新建县城污水处理厂。 | 吴川 | 县住建局 | 县财政局 |",
             "| 2 | 改造农村公路80公里。 | 吴川 | 县交通运输局 | 县财政局、 |",
             "|   |                    |      |              | 各乡镇 |",
             "| 3 | 新增城镇就业2000人。 | 韩冰 | 县人社局 | 县教育局 |"]
    if bars == "inside only":
        lines = [" " + line[1:-1] for line in lines]  # "  | 领导 |…": the first cell empty
    table = parse_plan(_small("\n".join(lines[:2]), lines[2:]))
    assert [(r.code, r.leaders, r.lead_units, r.co_units) for r in table.rows] == [
        ("1.1", ["吴川"], ["县住建局"], ["县财政局"]), ("1.2", ["吴川"], ["县交通运输局"], ["县财政局", "各乡镇"]),
        ("1.3", ["韩冰"], ["县人社局"], ["县教育局"])]
    assert (table.region, table.year) == ("青石县", 2024)


def test_a_table_without_a_serial_column_and_with_a_task_cell_wrapped():
    loaded = _small("工作任务 ｜ 牵头单位 ｜ 责任单位", [
        "1. 新建县城污水处理厂， ｜ 县住建局 ｜ 县财政局",
        "日处理能力2万吨。 ｜ ｜ 县生态环境局",
        "2. 改造农村公路80公里。 ｜ 县交通运输局 ｜ 县财政局",
        "3. 新增城镇就业2000人。 ｜ 县人社局 ｜ 县教育局",
    ], rule="-------｜------｜------")
    table = parse_plan(loaded)
    assert [(r.code, r.text, r.co_units) for r in table.rows][0] == (
        "1.1", "新建县城污水处理厂，日处理能力2万吨。", ["县财政局", "县生态环境局"])
    assert len(table.rows) == 3


def test_numbers_restarting_in_each_section_are_kept():
    rows = ["| 1 | 新建县城污水处理厂。 | 县住建局 |", "| 2 | 改造农村公路。 | 县交通运输局 |",
            "| 3 | 新增就业2000人。 | 县人社局 |", "| 二、惠民生 |", "| 1 | 新建幼儿园2所。 | 县教育局 |",
            "| 2 | 新建养老院1所。 | 县民政局 |"]
    table = parse_plan(_small("| 序号 | 工作任务 | 牵头单位 |", rows))
    assert [r.code for r in table.rows] == ["1.1", "1.2", "1.3", "2.1", "2.2"]


def test_merged_section_rows_repeated_in_every_cell_or_wrapped_over_two_lines():
    rows = ["| 1 | 新建县城污水处理厂。 | 县住建局 |", "| 2 | 改造农村公路。 | 县交通运输局 |",
            "| 3 | 新增就业2000人。 | 县人社局 |",
            "| 二、惠民生 | 二、惠民生 | 二、惠民生 |",
            "| 4 | 新建幼儿园2所。 | 县教育局 |",
            "| 三、抓好生态环境保护，推进 |", "| 绿色低碳发展（1项） |",
            "| 5 | 新建污水管网30公里， |  |", "|   | 完成投资1亿元。 | 县住建局 |"]
    table = parse_plan(_small("| 序号 | 工作任务 | 牵头单位 |", rows))
    assert [(s.number, s.title, s.declared_count) for s in table.sections] == [
        (1, "稳增长", 3), (2, "惠民生", None), (3, "抓好生态环境保护，推进绿色低碳发展", 1)]
    assert [(r.code, r.text, r.lead_units) for r in table.rows][3:] == [
        ("2.1", "新建幼儿园2所。", ["县教育局"]), ("3.1", "新建污水管网30公里，完成投资1亿元。", ["县住建局"])]


def test_a_task_row_without_its_lead_unit_fails_whole_naming_the_shape():
    rows = ["| 1 | 新建县城污水处理厂。 | 县住建局 |", "| 2 | 改造农村公路。 |  |",
            "| 3 | 新增就业2000人。 | 县人社局 |", "| 4 | 新建幼儿园2所。 | 县教育局 |"]
    with pytest.raises(PlanTableError) as info:
        parse_plan(_small("| 序号 | 工作任务 | 牵头单位 |", rows))
    assert "竖线" in str(info.value) and "1.2" in str(info.value) and len(info.value.problems) == 1


# --- reports with a few bars stay reports -------------------------------------------------

# a county report quoting a table of 主要指标 and a table of 民生实事 with bars between cells
REPORT = (DATA / "plans" / "qingshi_report_with_bars.txt").read_text(encoding="utf-8")


def test_a_report_quoting_a_few_bar_lines_is_not_a_plan():
    assert detect_shape(_text(REPORT)) is None
    # the same three rows as a whole plan's table (a title over them) would be one
    assert detect_shape(_text("青石县2025年民生实事责任分工\n" + "\n".join(ln for ln in REPORT.splitlines() if ln.startswith("| ")))) == "pipes"


def test_a_county_plan_written_after_the_reader():
    """岚谷县 (tests/data/plans/langu_pipes.txt): bars without spaces, "附件：title" on one line,
    a "/" for no co-unit, a lead-unit cell and a leader cell wrapped after "、", a unit name
    wrapped before its last character, a note under the table."""
    table = parse_plan(load_file(DATA / "plans" / "langu_pipes.txt"))
    assert (table.title, table.region, table.year) == ("岚谷县2024年政府工作报告重点工作任务分解方案", "岚谷县", 2024)
    assert table.issued.isoformat() == "2024-03-05" and table.warnings == []
    rows = {r.code: r for r in table.rows}
    assert len(rows) == 10 and rows["1.4"].co_units == [] and rows["1.4"].due_text == "长期坚持"
    assert rows["1.3"].leaders == ["柏如松"] and rows["1.3"].co_units == ["县财政局", "县林业局", "各乡（镇）人民政府"]
    assert rows["2.2"].lead_units == ["县城管执法局", "县住建局"] and rows["2.3"].leaders == ["钱沐阳", "周启航"]
    assert rows["3.2"].co_units == ["县发改局", "县财政局", "县住建局", "县自然资源局"]
    assert rows["3.3"].text == "县人民医院新院区建成投用，乡镇卫生院达到服务能力基本标准的比例达到90%。"
