"""Class: who leads when a plan has ONE units column (责任单位 / 责任部门) and states its rule in
words: "the unit listed first leads" or "the marked unit leads", written in the header cell,
under the title, in the covering text or in a 注 line after the table. Before, every listed
unit was read as a lead ("X牵头几项" counted tasks X only helps with), a starred name kept its
star, and a header cell carrying the rule in brackets was too long to read as a header, so the
plan was refused. Every plan here is invented (its own region, units and wording) and written
in tmp_path as DOCX, XLSX, PDF or tab text.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.loaders import load_file
from retrieval.plans import parse_plan
from retrieval.plans.lead_rule import LeadRule, mark_as_lead, read_lead_rule, strip_rule_note
from tests.support.docx_plans import table_docx
from tests.support.fpdf_plans import table_pdf

# (task, leader, units as printed in the one column, due)
TASKS = [
    ("新建改造城区供水管网42公里，城区供水普及率达到99%。", "钟明远", "{a}县水务局、县住建局、县财政局", "2026年11月底"),
    ("建成县域冷链物流集散中心并投入运营。", "钟明远", "县供销社、{a}县商务局、县交通运输局", "2026年10月底"),
    ("实施中小学校舍改造工程14个，新增公办学位1600个。", "邱雅琳", "{a}县教育体育局、县发展改革局", "2026年8月底"),
    ("新增城镇就业3200人，开展职业技能培训6000人次。", "邱雅琳", "{a}县人力资源社会保障局", "2026年12月底"),
    ("完成农村危房改造410户，改造农村卫生户厕2200户。", "罗晓川", "{a}县住建局、县农业农村局、各乡镇人民政府", "2026年12月底"),
    ("新建高标准农田3.5万亩，粮食播种面积稳定在62万亩以上。", "罗晓川", "{a}县农业农村局、县自然资源局、县水务局", "2026年9月底"),
]
SECTIONS = ["一、补齐基础设施短板", "二、办好民生实事"]


def _cell(units: str, star: str) -> str:
    """The unit cell as the plan prints it: the lead first, or marked by `star` wherever it stands."""
    names = units.replace("{a}", "").split("、")
    lead = next(n for n in units.split("、") if n.startswith("{a}")).replace("{a}", "")
    if not star:
        ordered = [lead] + [n for n in names if n != lead]
        return "、".join(ordered)
    return "、".join(f"{n}{star}" if n == lead and k % 2 else (f"{star}{n}" if n == lead else n) for k, n in enumerate(names))


def _rows(star: str = "") -> list[list[str] | str]:
    rows: list[list[str] | str] = []
    for k, (text, leader, units, due) in enumerate(TASKS):
        if k % 3 == 0:
            rows.append(SECTIONS[k // 3])
        rows.append([str(k % 3 + 1), text, leader, _cell(units, star), due])
    return rows


WANT = [
    ("1.1", ["县水务局"], ["县住建局", "县财政局"]),
    ("1.2", ["县商务局"], ["县供销社", "县交通运输局"]),
    ("1.3", ["县教育体育局"], ["县发展改革局"]),
    ("2.1", ["县人力资源社会保障局"], []),
    ("2.2", ["县住建局"], ["县农业农村局", "各乡镇人民政府"]),
    ("2.3", ["县农业农村局"], ["县自然资源局", "县水务局"]),
]
TITLE = "秋浦县2026年政府工作报告重点任务责任分工方案"


def _roles(path: Path) -> list[tuple[str, list[str], list[str]]]:
    return [(r.code, r.lead_units, r.co_units) for r in parse_plan(load_file(path)).rows]


def _docx(path: Path, header: list[str], *, above: str = "", after: str = "", star: str = "") -> Path:
    return table_docx(path, TITLE, header, _rows(star), above=above, after=after)


def _xlsx(path: Path, header: list[str], *, star: str = "") -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([TITLE])
    sheet.append(header)
    for values in _rows(star):
        sheet.append([values] + [""] * 4 if isinstance(values, str) else values)
    book.save(path)
    return path


def test_first_listed_leads_by_a_line_under_the_title_docx(tmp_path: Path) -> None:
    path = _docx(tmp_path / "plan.docx", ["序号", "重点任务", "县领导", "责任单位", "完成时限"],
                 above="说明：所列责任单位中，第一个单位为牵头单位，其余为配合单位。")
    assert _roles(path) == WANT


def test_first_listed_leads_by_the_header_cell_xlsx(tmp_path: Path) -> None:
    """The rule in brackets in the header cell: the header still reads, the plan is not refused."""
    path = _xlsx(tmp_path / "plan.xlsx", ["编号", "工作任务", "分管领导", "责任部门（列首位的为牵头部门）", "时间节点"])
    assert _roles(path) == WANT


def test_first_listed_leads_by_a_note_after_the_table_docx(tmp_path: Path) -> None:
    path = _docx(tmp_path / "plan.docx", ["序号", "主要任务", "责任领导", "责任单位", "完成时间"],
                 after="备注：表中牵头单位均排在首位。")
    assert _roles(path) == WANT


def test_marked_unit_leads_wherever_it_stands_pdf(tmp_path: Path) -> None:
    """A mark before or after the name, not always on the first unit, stated above the table."""
    path = table_pdf(tmp_path / "plan.pdf", TITLE, "现将重点任务分解如下，请抓好落实。表中标注“★”的单位为牵头单位。",
                     ["序号", "重点任务", "联系领导", "责任单位", "完成时限"], _rows("★"), (12, 120, 22, 90, 28))
    assert _roles(path) == WANT


def test_marked_unit_leads_xlsx(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "plan.xlsx", ["序号", "任务内容", "牵头领导", "责任单位（牵头单位用*标出）", "完成时限"], star="*")
    assert _roles(path) == WANT


def test_no_rule_keeps_every_listed_unit_a_lead(tmp_path: Path) -> None:
    """ducha's choice when the plan states no rule: it does not guess by order (README), and
    the ingest summary says so."""
    from tests.support.answer_sets import ingested_context

    path = _docx(tmp_path / "plan.docx", ["序号", "重点任务", "县领导", "责任单位", "完成时限"])
    leads = [r[1] for r in _roles(path)]
    assert leads[0] == ["县水务局", "县住建局", "县财政局"]
    assert parse_plan(load_file(path)).lead_rule == "unstated"
    c, results = ingested_context(tmp_path / "data", [path])
    c.close()
    assert any("没有写明哪个单位牵头" in n for n in results[0].notes), results[0].notes


def test_a_lead_column_or_a_stated_rule_is_no_unstated_rule(tmp_path: Path) -> None:
    stated = _docx(tmp_path / "a.docx", ["序号", "重点任务", "县领导", "责任单位", "完成时限"], after="注：排在首位的是牵头单位")
    lead_column = _docx(tmp_path / "b.docx", ["序号", "重点任务", "县领导", "牵头单位", "完成时限"])
    assert parse_plan(load_file(stated)).lead_rule == "first"
    assert parse_plan(load_file(lead_column)).lead_rule is None


def test_marks_never_stay_in_a_name_without_a_rule(tmp_path: Path) -> None:
    path = _docx(tmp_path / "plan.docx", ["序号", "重点任务", "县领导", "责任单位", "完成时限"], star="*")
    names = [n for r in _roles(path) for n in r[1] + r[2]]
    assert names and not any("*" in n for n in names)


@pytest.mark.parametrize("text, want", [
    ("注：责任单位中排名第一的为牵头单位", LeadRule("first")),
    ("（多个单位的，首位单位是牵头单位）", LeadRule("first")),
    ("牵头部门一律列在第一位", LeadRule("first")),
    ("带＊号的为牵头部门", LeadRule("mark", "＊")),
    ("注：加“△”者为牵头单位", LeadRule("mark", "△")),
    ("牵头单位以★标注", LeadRule("mark", "★")),
    # a main lead among leads, and plain mentions of 牵头单位, state no rule
    ("牵头单位有多个的，排在第一位的为主牵头单位", None),
    ("各牵头单位要于每季度末报送进展，配合单位积极支持", None),
    ("第一季度末前各牵头单位报送", None),
    ("责任领导中排在第一位的为牵头市领导", None),
])
def test_rule_wordings(text: str, want: LeadRule | None) -> None:
    assert read_lead_rule(text) == want


def test_rule_note_leaves_the_header_name() -> None:
    assert strip_rule_note("责任单位（排在第一位的为牵头单位）") == "责任单位"
    assert strip_rule_note("牵头单位（部门）") == "牵头单位（部门）"
    assert mark_as_lead("县财政局、县住建局*", LeadRule("mark", "*")) == "县财政局、县住建局（牵头）"


def test_marked_unit_leads_in_labelled_fields_txt(tmp_path: Path) -> None:
    """A text plan of labelled blocks ("责任单位：…"), the mark after or before the name."""
    lines = [TITLE, "说明：责任单位中带▲的为牵头单位。"]
    number = 0
    for k, (text, leader, units, due) in enumerate(TASKS):
        if k % 3 == 0:
            lines.append(SECTIONS[k // 3])
        number += 1
        lines += [f"{number}. {text}", f"责任领导：{leader}", f"责任单位：{_cell(units, '▲')}", f"完成时限：{due}"]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _roles(path) == WANT


def test_a_cell_stating_its_own_roles_keeps_them_under_a_first_rule() -> None:
    from retrieval.plans.lead_rule import first_leads

    rule = LeadRule("first")
    assert first_leads(["县水务局", "县财政局"], [], "牵头单位：县水务局、县财政局", rule) == (["县水务局", "县财政局"], [])
    assert first_leads(["县水务局", "县财政局"], [], "县水务局、县财政局", rule) == (["县水务局"], ["县财政局"])
    assert first_leads(["县水务局", "县财政局"], [], "县水务局、县财政局", None) == (["县水务局", "县财政局"], [])
