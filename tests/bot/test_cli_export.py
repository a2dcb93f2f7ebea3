"""`ducha export` as a supervisor runs it: the 台账 and the 督查通报 opened back with openpyxl
and python-docx, their figures checked against `ducha tasks` for the same date, the status
fills read from the cells, the 通报's groups against the overdue tasks' lead units."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn

from prompts import exports as texts
from reminders.exports_xlsx import TONE_COLOURS
from tests.support.cli import run, data_dir_with_plan

DAY = "2021-07-12"  # a Monday
# Deadlines an admin moved (the table's own are all 年底): overdue on DAY except 1.2 (closed),
# 3.2 falls due in three working days.
MOVED = {"1.2": "2021-06-30", "1.3": "2021-06-30", "1.4": "2021-06-30", "1.7": "2021-07-09", "3.5": "2021-07-01", "3.2": "2021-07-15"}


@pytest.fixture
def data_dir(tmp_path: Path, plan_table_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return data_dir_with_plan(tmp_path, plan_table_file, monkeypatch)


def tasks_json(capsys, *argv: str) -> list[dict]:
    code, out, err = run(capsys, "tasks", "--date", DAY, "--json", *argv)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def registry(data_dir, capsys) -> list[dict]:
    """Some history: a deadline moved into the next days, progress, one task closed."""
    for code, due in MOVED.items():
        assert run(capsys, "due", code, due)[0] == 0
    assert run(capsys, "progress", "1.1", "已完成项目储备，正在推进开工", "--unit", "省发展改革委")[0] == 0
    assert run(capsys, "progress", "1.2", "已办结", "--done")[0] == 0
    return tasks_json(capsys)


def ledger_rows(path: Path) -> tuple[openpyxl.worksheet.worksheet.Worksheet, list[tuple], dict[str, int]]:
    ws = openpyxl.load_workbook(path).active
    header_row = next(r for r in range(1, 10) if ws.cell(r, 1).value == "编号")
    headers = [c.value for c in ws[header_row]]
    rows = [(r, [c.value for c in ws[r]]) for r in range(header_row + 1, ws.max_row + 1)]
    return ws, rows, {name: i for i, name in enumerate(headers)} | {"_header": header_row}


def test_ledger_matches_the_registry_and_is_coloured(registry, capsys, tmp_path):
    out = tmp_path / "台账.xlsx"
    code, stdout, err = run(capsys, "export", str(out), "--date", DAY)
    assert code == 0, err
    assert str(out) in stdout
    ws, rows, col = ledger_rows(out)
    header = col.pop("_header")
    assert list(col)[:9] == ["编号", "工作任务", "牵头领导", "牵头单位", "责任单位", "完成时限", "状态", "最新进展", "更新时间"]
    assert ws.cell(1, 1).value.endswith("督查台账") and DAY in ws.cell(2, 1).value

    # one row per task, in the registry's order, with the registry's statuses
    assert [r[col["编号"]] for _, r in rows] == [t["code"] for t in registry]
    assert Counter(r[col["状态"]] for _, r in rows) == Counter(t["status"] for t in registry)
    overdue = {t["code"] for t in tasks_json(capsys, "--overdue")}
    assert overdue and {r[col["编号"]] for _, r in rows if r[col["状态"]] == "逾期"} == overdue
    by_code = {r[col["编号"]]: (n, r) for n, r in rows}
    assert by_code["1.1"][1][col["最新进展"]] == "已完成项目储备，正在推进开工"
    assert "、".join(next(t for t in registry if t["code"] == "3.2")["lead_units"]) == by_code["3.2"][1][col["牵头单位"]]

    # status fills: overdue red, done green, 3.2 (due in 3 working days) amber, the rest none
    fill = lambda code: ws.cell(by_code[code][0], col["状态"] + 1).fill  # noqa: E731
    for code in overdue:
        assert fill(code).fill_type == "solid" and fill(code).fgColor.rgb.endswith(TONE_COLOURS["overdue"][0])
    assert fill("1.2").fgColor.rgb.endswith(TONE_COLOURS["done"][0])
    assert fill("3.2").fgColor.rgb.endswith(TONE_COLOURS["soon"][0]) and by_code["3.2"][1][col["状态"]] == "未开始"
    plain = [c for c, (_, r) in by_code.items() if r[col["状态"]] in ("未开始", "推进中") and c != "3.2"]
    assert plain and all(fill(c).fill_type is None for c in plain)

    # frozen header, filter over the table, Chinese-wide columns, A4 landscape one page wide
    assert ws.freeze_panes == f"A{header + 1}"
    assert ws.auto_filter.ref == f"A{header}:J{ws.max_row}"
    assert ws.column_dimensions["B"].width >= 40 and ws.column_dimensions["D"].width >= 16
    assert ws.column_dimensions["F"].width >= 12  # "2021-12-31" and the header 完成时限 (8 units)
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows.replace("$", "") == f"{header}:{header}"


def _east_asian(run) -> str | None:
    fonts = run._element.rPr.find(qn("w:rFonts"))
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None


def test_report_totals_groups_and_fonts(registry, capsys, tmp_path):
    out = tmp_path / "通报.docx"
    code, _, err = run(capsys, "export", str(out), "--date", DAY)
    assert code == 0, err
    doc = docx.Document(str(out))
    paras = [p.text for p in doc.paragraphs]
    assert "2021年7月12日" in paras[1]

    counts = Counter(t["status"] for t in registry)
    totals = next(p for p in paras if p.startswith("截至"))
    assert f"共{len(registry)}项" in totals
    for status, n in counts.items():
        assert f"{status}{n}项" in totals

    # one group per lead unit of the overdue tasks, each with a table of exactly its tasks
    overdue = tasks_json(capsys, "--overdue")
    expected: dict[str, set[str]] = {}
    for t in overdue:
        for unit in t["lead_units"]:
            expected.setdefault(unit, set()).add(t["code"])
    groups = [p for p in paras if p.startswith("（") and p.endswith("项）") and "）" in p[1:4]]
    assert len(groups) == len(expected)
    tables = [t for t in doc.tables if t.rows[0].cells[3].text == "逾期工作日"]
    assert len(tables) == len(expected)
    seen: dict[str, set[str]] = {}
    for head, table in zip(groups, tables):
        unit = head.split("）", 1)[1].rsplit("（", 1)[0]
        seen[unit] = {r.cells[0].text for r in table.rows[1:]}
        assert head.endswith(f"（{len(seen[unit])}项）")
        # 6月30日 (Wed) → 7月12日 (Mon): 1, 2, 5, 6, 7, 8, 9, 12 July are working days
        for r in table.rows[1:]:
            if r.cells[2].text == "2021-06-30":
                assert r.cells[3].text == "8"
    assert seen == expected
    sizes = [len(v) for v in seen.values()]
    assert sizes == sorted(sizes, reverse=True)  # most overdue units first

    upcoming = next(t for t in doc.tables if t.rows[0].cells[4].text == "剩余工作日")
    assert [r.cells[0].text for r in upcoming.rows[1:]] == ["3.2"] and upcoming.rows[1].cells[4].text == "3"

    # official fonts, East Asian slot included; A4
    assert _east_asian(doc.paragraphs[0].runs[0]) == texts.FONT_TITLE
    heading = next(p for p in doc.paragraphs if p.text == texts.REPORT_H_TOTALS)
    assert _east_asian(heading.runs[0]) == texts.FONT_HEADING
    body = next(p for p in doc.paragraphs if p.text.startswith("截至"))
    assert _east_asian(body.runs[0]) == texts.FONT_BODY and body.runs[0].font.name == texts.FONT_BODY
    table_text = doc.tables[0].rows[1].cells[1].paragraphs[0]
    rfonts = table_text.style.element.rPr.find(qn("w:rFonts"))
    assert rfonts.get(qn("w:eastAsia")) == texts.FONT_TABLE and table_text.style.font.size.pt == 12
    section = doc.sections[0]
    assert abs(section.page_width.cm - 21.0) < 0.05 and abs(section.page_height.cm - 29.7) < 0.05


def test_plan_filter_and_bad_input(registry, data_dir, capsys, tmp_path):
    code, out, err = run(capsys, "export", str(tmp_path / "a.xlsx"), "--date", DAY, "--plan", "2021", "--json")
    assert code == 0, err
    assert json.loads(out)["total"] == len(registry)
    for argv in (["export", str(tmp_path / "a.pdf")], ["export", str(tmp_path / "b.xlsx"), "--plan", "99"],
                 ["export", str(tmp_path / "c.docx"), "--date", "7月12日"]):
        code, _, err = run(capsys, *argv)
        assert code == 2 and err.startswith("错误：") and len(err.strip().splitlines()) == 1
    assert not list(tmp_path.glob("b.xlsx")) and not list(tmp_path.glob("c.docx")) and not list(tmp_path.glob("a.pdf"))
    (tmp_path / "file").write_text("x")
    code, _, err = run(capsys, "export", str(tmp_path / "file" / "d.xlsx"), "--date", DAY)  # a file where a folder should be
    assert code == 2 and "无法写入" in err and len(err.strip().splitlines()) == 1


def test_empty_registry_is_a_user_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "empty"))
    (tmp_path / "empty").mkdir()  # a data folder with nothing ingested (a missing one is refused earlier)
    code, _, err = run(capsys, "export", str(tmp_path / "x.xlsx"))
    assert code == 2 and texts.EXPORT_EMPTY in err and not (tmp_path / "x.xlsx").exists()
