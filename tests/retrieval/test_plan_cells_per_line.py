"""Plans as `pdftotext` WITHOUT -layout extracts a PDF table: one cell a line, wrapped cells,
unit names cut mid-word, the header repeated at each page top, page-number lines, section and
subsection rows spanning the table, a covering notice, and merged leader cells printed once.
Three invented plans (tests/data/plans_cells, see make_plans.py) are read exactly: every task's
text, leaders, lead units, co-units and deadline. Before: none of them was read as a plan (each
was ingested as a report)."""
from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.wiring import new_context
from core.settings import load_settings
from retrieval.ingest import ingest_paths
from retrieval.plans import PlanTableError, parse_plan
from store.documents import list_documents
from tests.support.paths import DATA

FOLDER = DATA / "plans_cells"
PLANS = ["city_fengjiang", "district_linbo", "county_shiling"]


def _text(name: str) -> str:
    return (FOLDER / f"{name}.txt").read_text(encoding="utf-8")


def _parse(text: str):
    return parse_plan(SimpleNamespace(text=text, tables=[], source="txt"))


@pytest.mark.parametrize("name", PLANS)
def test_every_task_is_read_exactly(name: str) -> None:
    expected = json.loads((FOLDER / f"expected_{name}.json").read_text(encoding="utf-8"))
    table = _parse(_text(name))
    assert table.shape == "cells"
    assert (table.title, table.region, table.year) == (expected["title"], expected["region"], expected["year"])
    got = [{"code": r.code, "text": r.text, "leaders": r.leaders, "lead_units": r.lead_units, "co_units": r.co_units,
            "due": r.due_text} for r in table.rows]
    assert len(got) == len(expected["tasks"]) >= 30
    for want, row in zip(expected["tasks"], got):
        assert row == want
    assert table.warnings == []  # the county's "方案共明确33项" agrees


def test_merged_leader_cells_are_inherited_within_a_section_only() -> None:
    """枫江 1.1 prints 周国栋, 1.2 prints none (merged): 1.2 is 周国栋's; a section row ends the run."""
    rows = {r.code: r for r in _parse(_text("city_fengjiang")).rows}
    assert rows["1.1"].leaders == rows["1.2"].leaders == ["周国栋"]
    assert rows["5.4"].leaders == ["苏晓岚", "郑一鸣"]  # two leaders, the cell wrapped after "、"


def test_unit_names_cut_over_lines_are_whole() -> None:
    rows = {r.code: r for r in _parse(_text("district_linbo")).rows}
    assert rows["1.1"].lead_units == ["临波经开区管委会"]  # "临波经开区管委" / "会"
    assert rows["1.1"].co_units == ["区发展改革局", "区自然资源分局"]  # "区自" / "然资源分局"
    assert rows["1.1"].due_text == "2024年6月底前开工"  # a deadline wrapped too
    rows = {r.code: r for r in _parse(_text("county_shiling")).rows}
    assert rows["1.6"].lead_units == ["县市场监督管理局"] and rows["1.6"].co_units == ["县行政审批局"]


def test_a_stray_line_refuses_the_whole_plan_with_the_line() -> None:
    text = _text("city_fengjiang").replace("市商务局\n枫江海关、市外事办\n", "市商务局\n枫江海关、市外事办\n（详见附表3）\n", 1)
    with pytest.raises(PlanTableError) as err:
        _parse(text)
    assert "每格一行" in str(err.value) and "（详见附表3）" in str(err.value), str(err.value)


@pytest.mark.parametrize("damage", [
    pytest.param(("财政局、市统计局\n2025年12月底前\n", "财政局、市统计局\n视情况而定\n"), id="deadline-not-a-date"),
    pytest.param(("市发展改革委、市科技\n", "市发展改革委、市科技\n附注：另行通知\n"), id="note-inside-a-cell"),
    pytest.param(("周国栋\n市发展改革委\n", "周国栋\n市发展改革委\n周国栋\n市发展改革委\n"), id="cells-twice"),
])
def test_a_damaged_row_is_refused_never_half_read(damage: tuple[str, str]) -> None:
    old, new = damage
    text = _text("city_fengjiang")
    assert old in text
    with pytest.raises(PlanTableError) as err:
        _parse(text.replace(old, new, 1))
    assert "未导入任何任务" in str(err.value), str(err.value)


def test_ingested_as_a_plan_beside_its_report(tmp_path: Path) -> None:
    """Ingest says plan, with its tasks; the report of the same region and year stays a report."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "方案.txt").write_text(_text("city_fengjiang"), encoding="utf-8")
    report = (DATA.parent.parent / "examples" / "示例市2025年政府工作报告.txt").read_text(encoding="utf-8")
    (folder / "报告.txt").write_text(report.replace("示例市", "枫江市"), encoding="utf-8")
    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(tmp_path / "var"), DUCHA_EMBEDDING="none"))
    try:
        results = {r.file: r for r in ingest_paths(ctx, [folder], embed=False)}
        assert results["方案.txt"].kind == "plan" and results["方案.txt"].tasks == 34, results["方案.txt"].to_dict()
        assert results["报告.txt"].kind == "report" and results["报告.txt"].supersedes == []
        assert sorted((d["file"], d["kind"]) for d in list_documents(ctx.db)) == [("报告.txt", "report"), ("方案.txt", "plan")]
    finally:
        ctx.close()


_PAGE_RE = r"^(?:— (\d+) —|-(\d+)-|第(\d+)页)$"


@pytest.mark.parametrize("name", PLANS)
@pytest.mark.parametrize("variant", [
    pytest.param(lambda t: t.replace("\n牵头单位\n", "\n牵头\n单位\n").replace("\n完成时限\n", "\n完成\n时限\n"), id="header-names-wrapped"),
    pytest.param(lambda t: re.sub(_PAGE_RE, lambda m: m.group(1) or m.group(2) or m.group(3), t, flags=re.M), id="bare-page-numbers"),
    pytest.param(lambda t: t.replace("\n", "\r\n"), id="crlf"),
    pytest.param(lambda t: "\n\n".join(t.split("\n")), id="blank-lines-between"),
])
def test_other_extractions_of_the_same_plan_read_the_same(name: str, variant) -> None:
    expected = json.loads((FOLDER / f"expected_{name}.json").read_text(encoding="utf-8"))["tasks"]
    table = _parse(variant(_text(name)))
    got = [{"code": r.code, "text": r.text, "leaders": r.leaders, "lead_units": r.lead_units, "co_units": r.co_units,
            "due": r.due_text} for r in table.rows]
    assert table.shape == "cells" and got == expected


@pytest.mark.parametrize("glued, lead, co", [
    ("市商务局\n枫江海关、市外事办", "市商务局", ["枫江海关", "市外事办"]),
    ("市财政局\n市发展改革委、市人力", "市财政局", ["市发展改革委", "市人力资源社会保障局"]),
    ("市商务局\n枫江海关、市外事办", "市商务局", ["市直有关部门"]),
])
def test_lead_and_co_cells_printed_on_one_line_are_told_apart(glued: str, lead: str, co: list[str]) -> None:
    """Extraction can put a row's lead cell and the start of its co cell on one line
    ("市商务局枫江海关、市外事办"): the row is read as two cells, not one lead unit, and not refused."""
    text = _text("city_fengjiang")
    assert glued in text
    joined = glued.replace("\n", "")
    if co == ["市直有关部门"]:
        joined = lead + "市直有关部门"
    rows = {r.lead_units[0] + "|" + r.text[:6]: r for r in _parse(text.replace(glued, joined, 1)).rows}
    row = next(r for k, r in rows.items() if k.startswith(lead + "|") and r.co_units[:len(co)] == co)
    assert row.lead_units == [lead]


@pytest.mark.parametrize("line, person", [
    ("邹晓岚", True), ("欧阳岱、郑书扬", True), ("周国栋（常务副市长）", True), ("苏晓岚、", True),
    ("桐川港经济开发区", False), ("枫江高新技术产业", False), ("临波经开区管委", False),
])
def test_a_wrapped_unit_line_is_no_leader(line: str, person: bool) -> None:
    """A unit name wrapped before its suffix ("桐川港经济开发区" / "管委会") once read as two
    people glued to the row's leader; names of several people need a mark between them."""
    from retrieval.plans.cells_per_line import _is_person

    assert _is_person(line) is person


def test_a_unit_wrapped_after_the_leader_stays_the_lead_unit() -> None:
    text = _text("city_fengjiang")
    glued = "林雪梅\n市商务局\n"
    assert glued in text
    rows = _parse(text.replace(glued, "林雪梅\n枫江经济技术开发\n区管委会\n", 1)).rows
    row = next(r for r in rows if r.lead_units == ["枫江经济技术开发区管委会"])
    assert row.leaders == ["林雪梅"]
