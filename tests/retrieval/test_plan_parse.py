"""Parsing responsibility tables: the sample table from PDF text, the same table rebuilt as a
DOCX table and as CSV, the shipped example, and tables that must be refused whole."""
from __future__ import annotations

from tests.support.paths import DATA, EXAMPLES

import csv
import datetime as dt
import io
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from retrieval.plans import PlanTableError, looks_like_plan, parse_plan, split_leaders, split_units



def loaded(text: str = "", tables: list | None = None) -> SimpleNamespace:
    return SimpleNamespace(text=text, tables=tables or [])


@pytest.fixture(scope="module")
def sample_text(plan_table_file: Path) -> str:
    return plan_table_file.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sample(sample_text: str):
    return parse_plan(loaded(sample_text))


def by_code(table) -> dict:
    return {r.code: r for r in table.rows}


# --- the sample table from PDF text ----------------------------------------------------


def test_all_166_tasks_and_counts_match_each_declared_section(sample, sample_text):
    declared = {
        i + 1: int(n)
        for i, n in enumerate(re.findall(r"^[一二三四五六七八九十]+、.*?[(（](\d+)项[)）]", sample_text, re.M))
    }
    assert len(sample.rows) == 166 == sum(declared.values())
    assert sample.count_by_section() == declared
    assert [s.declared_count for s in sample.sections] == list(declared.values())
    assert sample.warnings == []
    codes = [r.code for r in sample.rows]
    assert len(set(codes)) == 166
    assert codes[:3] == ["1.1", "1.2", "1.3"] and codes[-1] == "8.40"


def test_plan_meta_read_from_text(sample):
    assert sample.title == "2021年省《政府工作报告》重点工作责任分工方案"
    assert sample.year == 2021
    assert sample.region == "江西省"
    assert sample.issued == dt.date(2021, 2, 10)


def test_spot_check_3_2_in_full(sample):
    r = by_code(sample)["3.2"]
    assert r.section == "有效实施扩大内需战略,促进形成更高水平供需动态平衡。"
    assert r.subsection == "精准扩大有效投资。"
    assert r.text.startswith("新型基础设施方面") and r.text.endswith("5G 网络连续覆盖。")
    assert r.leaders == ["殷美根"]
    assert r.lead_units == ["省发展改革委", "省工业和信息化厅", "省通信管理局"]
    assert r.co_units == ["省科技厅", "中国电信江西公司", "中国移动江西公司", "中国联通江西省分公司", "各设区市政府", "赣江新区管委会"]


def test_spot_checks_names_broken_over_spaces(sample):
    rows = by_code(sample)
    assert rows["1.14"].leaders == ["吴浩"]
    assert rows["1.14"].lead_units == ["团省委"]
    assert rows["1.14"].co_units == ["省中长期青年发展规划实施工作厅联席会议成员单位", "各设区市政府"]
    assert rows["2.10"].co_units == ["省数字经济创新发展领导小组成员单位", "各设区市政府", "赣江新区管委会"]
    assert rows["1.1"].co_units == ["省鄱阳湖国家自主创新示范区建设领导小组成员单位"]
    # "、" enumerations are separate units, and a space after 、 does not glue names.
    enum = next(r for r in sample.rows if "项目所属省直单位" in r.co_units)
    assert enum.co_units[:3] == ["项目所属省直单位", "中央企业", "省属企业"]
    # Several leaders in one cell, some spaced out by the PDF ("胡 强", "吴 浩").
    multi = [r for r in sample.rows if len(r.leaders) == 4]
    assert multi and multi[0].leaders == ["殷美根", "胡强", "陈小平", "吴浩"]
    assert rows["4.1"].leaders == ["易炼红"]


def test_markup_and_stray_check_column_are_dropped(sample):
    for r in sample.rows:
        for name in r.leaders + r.lead_units + r.co_units:
            assert "<" not in name and "✓" not in name and "△" not in name and " " not in name
    units = {u for r in sample.rows for u in r.lead_units + r.co_units}
    # Every unit name ends where a unit name can end.
    assert all(re.search(r"(厅|委|局|办|政府|管委会|成员单位|公司|支行|海关|部|院|会|联|社|单位|企业)$", u) for u in units), units


def test_only_the_table_looks_like_a_plan(corpus_dir, plan_table_file):
    for path in sorted(corpus_dir.glob("*.txt")):
        assert looks_like_plan(loaded(path.read_text(encoding="utf-8"))) == (path == plan_table_file)


# --- the same table as DOCX and as CSV --------------------------------------------------


def _table_rows(table) -> list[list[str]]:
    """The sample table as clean rows: header once, sections, subsections, tasks (4 columns)."""
    rows = [["具体工作任务和要求", "省政府牵头领导", "牵头单位", "责任单位"]]
    sub = None
    for sec in table.sections:
        rows.append([f"{'一二三四五六七八'[sec.number - 1]}、{sec.title}({sec.declared_count}项)", "", "", ""])
        for r in (r for r in table.rows if r.section_number == sec.number):
            if r.subsection != sub:
                sub = r.subsection
                rows.append([f"（一）{sub}", "", "", ""])
            rows.append([f"{r.number}. {r.text}", "、".join(r.leaders), "\n".join(r.lead_units), "、".join(r.co_units)])
    return rows


def test_docx_table_gives_the_same_166(sample, tmp_path):
    import docx

    rows = _table_rows(sample)
    document = docx.Document()
    document.add_paragraph(sample.title)
    grid = document.add_table(rows=0, cols=4)
    for i, cells in enumerate(rows):
        row_cells = grid.add_row().cells
        if cells[1:] == ["", "", ""] and i > 0:
            merged = row_cells[0].merge(row_cells[3])  # section rows span the row
            merged.text = cells[0]
            continue
        for cell, value in zip(row_cells, cells):
            cell.text = value
    path = tmp_path / "plan.docx"
    document.save(path)
    reread = docx.Document(path)
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in reread.tables]
    text = "\n".join(p.text for p in reread.paragraphs)
    assert looks_like_plan(loaded(text, tables))
    again = parse_plan(loaded(text, tables))
    assert again.rows == sample.rows
    assert again.year == 2021


def test_csv_gives_the_same_166(sample):
    buffer = io.StringIO()
    csv.writer(buffer).writerows([[sample.title, "", "", ""]] + _table_rows(sample))
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    again = parse_plan(loaded("", [rows]))
    assert again.rows == sample.rows
    assert (again.title, again.year) == (sample.title, 2021)


def test_shipped_example_txt_and_csv_agree():
    text = (EXAMPLES / "示例市2025年重点工作责任分工方案.txt").read_text(encoding="utf-8")
    with open(DATA / "示例市2025年重点工作责任分工方案.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    from_text = parse_plan(loaded(text))
    from_csv = parse_plan(loaded("", [rows]))
    assert from_text.rows == from_csv.rows
    assert len(from_text.rows) == 5 and from_text.count_by_section() == {1: 3, 2: 2}
    assert (from_text.region, from_text.year, from_text.issued) == ("示例市", 2025, dt.date(2025, 2, 18))
    assert (from_csv.region, from_csv.year) == ("示例市", 2025)
    r = by_code(from_text)["1.2"]
    assert r.leaders == ["林晓东", "韩静"]
    assert r.co_units == ["市数字经济发展领导小组成员单位", "市通信发展办"]
    assert by_code(from_text)["1.3"].co_units == ["具有政务服务职能的市直单位", "市数据局", "各县（市、区）政府"]


# --- refused whole ------------------------------------------------------------------------

HEADER = ["具体工作任务和要求", "牵头领导", "牵头单位", "责任单位"]


def _errors(rows) -> list[str]:
    with pytest.raises(PlanTableError) as err:
        parse_plan(loaded("2025年示例县重点工作责任分工方案", [rows]))
    return err.value.problems


def test_missing_lead_column_is_reported():
    # 责任单位 alone would be the lead column; 配合单位 never is.
    problems = _errors([["具体工作任务和要求", "牵头领导", "配合单位"], ["一、发展(1项)", "", ""], ["1. 甲任务", "王明", "县财政局"]])
    assert any("缺少列" in p and "牵头单位" in p for p in problems)


def test_row_without_lead_unit_duplicate_code_and_garbage_are_all_named():
    rows = [
        HEADER,
        ["一、发展(3项)", "", "", ""],
        ["1. 甲任务", "王明", "县财政局", "县教育局"],
        ["2. 乙任务", "王明", "", "县教育局"],
        ["2. 丙任务", "王明", "县财政局", ""],
        ["这一行不是任务", "王明", "县财政局", "县教育局"],
    ]
    problems = _errors(rows)
    text = "；".join(problems)
    assert "第4行" in text and "没有牵头单位" in text
    assert "第5行" in text and "1.2" in text and "重复" in text
    assert "第6行" in text and "无法识别" in text


def test_text_without_a_table_is_refused():
    with pytest.raises(PlanTableError):
        parse_plan(loaded("2024年政府工作报告\n一、过去一年工作回顾\n"))


def test_task_text_wrapped_onto_its_own_row_is_joined():
    rows = [HEADER, ["一、发展(1项)", "", "", ""], ["1. 完成道路", "王明", "县交通运输局", "县财政局"], ["改造20公里。", "", "", ""]]
    table = parse_plan(loaded("2025年示例县重点工作责任分工方案", [rows]))
    assert table.rows[0].text == "完成道路改造20公里。"


# --- cells ------------------------------------------------------------------------------------


def test_split_leaders_rejoins_spaced_names():
    assert split_leaders("殷美根 胡 强 吴 浩") == ["殷美根", "胡强", "吴浩"]
    assert split_leaders("王明、李华\n赵 四") == ["王明", "李华", "赵四"]


def test_split_units_uses_known_vocabulary_and_structure():
    assert split_units("省国土空间规划 工作领导小组 成员单位 省财政厅") == ["省国土空间规划工作领导小组成员单位", "省财政厅"]
    assert split_units("省经济和金融安全工作 协调机制各成员单位") == ["省经济和金融安全工作协调机制各成员单位"]
    assert split_units("省数字经济创新发展\n领导小组成员单位\n省科技厅") == ["省数字经济创新发展领导小组成员单位", "省科技厅"]
    # A name the vocabulary knows is not glued to an unfinished fragment before it.
    assert split_units("市乡村振兴 市财政局", {"市财政局"}) == ["市乡村振兴", "市财政局"]
    assert split_units("市乡村振兴 工作专班", {"市财政局"}) == ["市乡村振兴工作专班"]
