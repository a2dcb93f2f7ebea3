"""Plans as `pdftotext -layout` prints a PDF table: cells placed by position, runs of spaces
between columns, long cells wrapped inside their column, numbers and short cells on the row's
first or middle line, headers repeated at each page top, page numbers between pages, section
rows across the table, a leader printed once for rows merged in its column.

Three invented plans (tests/data/plans_layout, written by its make_plans.py; truth in
expected_*.json): 桐溪市 (35 tasks, display-width positions, numbers and short cells centred in
the row, "— 1 —"), 栖凤区 (32 tasks, character positions, a header over three lines, numbers
running through the sections, rows broken across pages, "-1-"), 松岚县 (33 tasks, no 序号 column:
"1. " starts the text, letter-spaced header, subsections, "第1页"). Smaller tables written here
check that a plan that cannot be read whole is refused with the reason, never half-read.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from types import SimpleNamespace

import pytest

from retrieval.loaders import load_file
from retrieval.plans import PlanTableError, detect_shape, parse_plan
from tests.support.paths import DATA

FOLDER = DATA / "plans_layout"
PLANS = {
    # name: (region, level, tasks, sections)
    "city": ("桐溪市", "市", 35, 5),
    "district": ("栖凤区", "区", 32, 4),
    "county": ("松岚县", "县", 33, 3),
}


def _read(name: str):
    return parse_plan(load_file(FOLDER / f"{name}_layout.txt"))


def _got(table) -> list[dict]:
    return [{"code": r.code, "text": r.text, "leaders": r.leaders, "lead_units": r.lead_units, "co_units": r.co_units,
             "due": r.due_text} for r in table.rows]


@pytest.mark.parametrize("name", sorted(PLANS))
def test_every_task_is_read_exactly(name: str):
    loaded = load_file(FOLDER / f"{name}_layout.txt")
    assert detect_shape(loaded) == "columns"
    table = parse_plan(loaded)
    truth = json.loads((FOLDER / f"expected_{name}.json").read_text(encoding="utf-8"))
    region, level, count, sections = PLANS[name]
    assert len(truth) == count >= 30
    assert _got(table) == truth
    assert (table.shape, table.region, table.year, table.level) == ("columns", region, 2025, level)
    assert len(table.sections) == sections
    assert table.warnings == []  # the cover's "共明确35项" and every "（7项）" agree with what was read


@pytest.mark.parametrize("name", sorted(PLANS))
def test_a_leader_printed_once_is_every_following_row_s(name: str):
    text = (FOLDER / f"{name}_layout.txt").read_text(encoding="utf-8")
    truth = json.loads((FOLDER / f"expected_{name}.json").read_text(encoding="utf-8"))
    leaders = {n for t in truth for n in t["leaders"]}
    printed = sum(text.count(n) for n in leaders)
    assert printed < sum(len(t["leaders"]) for t in truth)  # merged cells: fewer names printed than tasks
    assert all(r.leaders for r in _read(name).rows)


def _generator():
    spec = importlib.util.spec_from_file_location("make_layout_plans", FOLDER / "make_plans.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_layout_plans"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.parametrize("name, changes", [
    ("city", {"metric": "char", "vertical": "top"}),  # the same plan in characters, every cell on the first line
    ("city", {"blank_between": True, "merge_leaders": False, "footer": "第{n}页"}),
    ("district", {"vertical": "middle", "split_rows": False, "blank_between": False}),
    ("county", {"vertical": "top"}),
    # every cell centred on whole lines, rows parted by blank lines: unit lists taller than the
    # text start above the number line, short texts sit mid-row
    ("city", {"vertical": "centre", "blank_between": True}),
    ("district", {"vertical": "centre", "blank_between": True, "split_rows": False}),
    ("county", {"vertical": "centre", "blank_between": True}),
])
def test_the_same_plans_printed_otherwise_read_the_same(name: str, changes: dict):
    make = _generator()
    plan = getattr(make, name)()
    for key, value in changes.items():
        setattr(plan, key, value)
    text, truth = make.render(plan)
    assert _got(parse_plan(SimpleNamespace(text=text, tables=[]))) == truth


def test_a_full_stop_at_a_line_end_inside_a_row_does_not_split_it():
    row = next(r for r in _read("city").rows if r.code == "2.3")
    assert row.text == "实施数字经济核心产业倍增计划。全年规模以上电子信息制造业营业收入增长15%以上。"
    assert row.leaders == ["陆知远", "许澄明"]


def test_page_numbers_and_repeated_headers_never_enter_a_cell():
    for name in PLANS:
        for r in _read(name).rows:
            cells = [r.text, r.due_text or "", *r.lead_units, *r.co_units, *r.leaders]
            assert not any(w in c for c in cells for w in ("—", "第1页", "序号", "牵头单位", "工作任务", "-1-"))


# --- small tables written here (character positions) -------------------------------------------

COLUMNS = {"code": 2, "text": 8, "leaders": 30, "lead": 40, "co": 54, "due": 68}
HEADER = {"code": "序号", "text": "工作任务", "leaders": "责任领导", "lead": "牵头单位", "co": "配合单位", "due": "完成时限"}
HEADER_AT = {"code": 2, "text": 14, "leaders": 30, "lead": 40, "co": 54, "due": 68}


def _line(**cells: str) -> str:
    out = ""
    for role, x in sorted(COLUMNS.items(), key=lambda kv: kv[1]):
        if cells.get(role):
            out = out.ljust(x) + cells[role]
    return out


def _plan(*lines: str) -> SimpleNamespace:
    header = ""
    for role, x in HEADER_AT.items():
        header = header.ljust(x) + HEADER[role]
    text = "\n".join(["  青川市2025年重点工作责任分工方案", "", header, "  一、稳增长（2项）", *lines]) + "\n"
    return SimpleNamespace(text=text, tables=[])


def test_a_small_plan_with_mid_row_numbers_reads():
    table = parse_plan(_plan(
        _line(text="新建城市公园5个，改造提升街头"),
        _line(code="1", leaders="韩立秋", lead="市城市管理局", co="市财政局、", due="2025年6月"),
        _line(text="绿地30处。", co="市自然资源局", due="底前"),
        _line(text="推进东城污水处理厂二期建设，"),
        _line(code="2", lead="市水务局", co="市发展改革委", due="年内"),
        _line(text="日处理能力达到10万吨。"),
    ))
    assert _got(table) == [
        {"code": "1.1", "text": "新建城市公园5个，改造提升街头绿地30处。", "leaders": ["韩立秋"], "lead_units": ["市城市管理局"],
         "co_units": ["市财政局", "市自然资源局"], "due": "2025年6月底前"},
        {"code": "1.2", "text": "推进东城污水处理厂二期建设，日处理能力达到10万吨。", "leaders": ["韩立秋"],
         "lead_units": ["市水务局"], "co_units": ["市发展改革委"], "due": "年内"},
    ]


def _refused(loaded) -> str:
    with pytest.raises(PlanTableError) as err:
        parse_plan(loaded)
    assert err.value.shape == "columns"
    return str(err.value)


def test_a_row_without_its_lead_unit_is_refused_naming_its_line():
    message = _refused(_plan(
        _line(code="1", text="新建城市公园5个，改造提升街", leaders="韩立秋", lead="市城市管理局"),
        _line(text="头绿地30处。"),
        _line(code="2", text="推进东城污水处理厂二期建设。", leaders="韩立秋", co="市发展改革委"),
    ))
    assert "未导入任何任务" in message and "第7行：任务 1.2 没有牵头单位" in message


def test_a_word_across_two_columns_is_refused():
    message = _refused(_plan(
        _line(code="1", text="新建城市公园5个，改造提升街", leaders="韩立秋", lead="市城市管理局"),
        _line(text="头绿地30处。"),
        _line(code="2", text="推进东城污水处理厂二期建设。", leaders="韩立秋") + "市发展和改革委员会综合规划科",
    ))
    assert "第7行" in message and "跨过了" in message and "两栏的分界" in message


def test_numbers_mid_row_with_no_full_stop_to_cut_rows_are_refused_not_guessed():
    message = _refused(_plan(
        _line(text="新建城市公园5个，改造提升街头"),
        _line(code="1", leaders="韩立秋", lead="市城市管理局"),
        _line(co="市财政局"),
        _line(text="绿地30处"),
        _line(text="推进东城污水处理厂二期建设"),
        _line(code="2", leaders="韩立秋", lead="市水务局"),
        _line(text="日处理能力达到10万吨"),
    ))
    assert "分不清序号1和序号2两项任务从哪一行分开" in message


def test_a_unit_line_between_two_rows_is_refused():
    message = _refused(_plan(
        _line(text="新建城市公园5个，改造提升街头"),
        _line(code="1", leaders="韩立秋", lead="市城市管理局"),
        _line(text="绿地30处。"),
        _line(co="市财政局"),
        _line(text="推进东城污水处理厂二期建设，"),
        _line(code="2", leaders="韩立秋", lead="市水务局"),
        _line(text="日处理能力达到10万吨。"),
    ))
    assert "第8行：“市财政局”夹在两项任务之间" in message


def test_text_in_a_section_without_any_number_is_refused():
    message = _refused(_plan(
        _line(code="1", text="新建城市公园5个。", leaders="韩立秋", lead="市城市管理局"),
        "  二、惠民生（1项）",
        _line(text="新增托位300个。", leaders="韩立秋", lead="市卫生健康委"),
    ))
    assert "第7行：“新增托位300个。 韩立秋 市卫生健康委”不属于任何带序号的任务" in message


def test_prose_across_the_table_between_rows_is_refused_but_a_note_under_it_is_not():
    rows = [
        _line(code="1", text="新建城市公园5个。", leaders="韩立秋", lead="市城市管理局"),
        "  注：各牵头单位于每季度末报送进展情况，由市政府督查室汇总后通报。",
    ]
    table = parse_plan(_plan(*rows))
    assert [r.text for r in table.rows] == ["新建城市公园5个。"]
    message = _refused(_plan(*rows, _line(code="2", text="新增托位300个。", leaders="韩立秋", lead="市卫生健康委")))
    assert "第6行" in message and "跨栏写在表格中间（第7行还有任务）" in message


def test_page_number_styles_are_dropped():
    for footer in ("— 2 —", "-2-", "第2页", "第 2 页 共 5 页", "2/5"):
        table = parse_plan(_plan(
            _line(code="1", text="新建城市公园5个，改造提升街", leaders="韩立秋", lead="市城市管理局"),
            " " * 30 + footer,
            _line(text="头绿地30处。"),
        ))
        assert table.rows[0].text == "新建城市公园5个，改造提升街头绿地30处。", footer


def test_a_report_with_an_aligned_statistics_table_is_no_plan():
    text = "\n".join([
        "青川市2024年政府工作报告", "各位代表：", "一、2024年工作回顾",
        "  指标            2024年      增长",
        "  地区生产总值    3200亿元    5.2%",
        "  一般公共预算收入  260亿元   3.1%",
        "过去一年，全市经济运行稳中有进。",
    ])
    assert detect_shape(SimpleNamespace(text=text, tables=[])) is None


@pytest.mark.parametrize("section", [
    " " * 20 + "二、惠民生",  # centred over the table
    "  二、惠民生",  # from the table's left edge
    " " * 8 + "二、惠民生（1项）",  # where the text starts, but with its count
])
def test_a_section_row_after_a_text_without_a_full_stop_is_still_a_section(section: str):
    table = parse_plan(_plan(
        _line(code="1", text="推进东城污水处理厂二期建设", leaders="韩立秋", lead="市水务局"),
        _line(text="并投入运行"),
        section,
        _line(code="1", text="新增托位300个。", leaders="韩立秋", lead="市卫生健康委"),
    ))
    assert [(r.code, r.section, r.text) for r in table.rows] == [
        ("1.1", "稳增长", "推进东城污水处理厂二期建设并投入运行"), ("2.1", "惠民生", "新增托位300个。")]


def test_a_unit_line_that_fills_its_column_goes_on_below_unless_a_new_name_starts():
    table = parse_plan(_plan(
        _line(code="1", text="新增城镇就业岗位2.5万个，开展", leaders="韩立秋", lead="市人社局", co="市财政局、市人力资源社会"),
        _line(text="职业技能培训3万人次。", co="保障局"),
        _line(code="2", text="建成政务数据共享交换平台二期", leaders="韩立秋", lead="市数据局", co="市统计局、市大数据管理局"),
        _line(text="。", co="市水利局"),
    ))
    assert [r.co_units for r in table.rows] == [["市财政局", "市人力资源社会保障局"], ["市统计局", "市大数据管理局", "市水利局"]]


def _no_code_plan(*lines: str) -> SimpleNamespace:
    header = "  " + "工作任务".ljust(28) + "责任领导".ljust(10) + "牵头单位".ljust(14) + "配合单位"
    return SimpleNamespace(text="\n".join(["  青川县2025年重点工作责任分工方案", header, "  一、稳增长", *lines]) + "\n", tables=[])


def _no_code_line(text: str = "", leaders: str = "", lead: str = "", co: str = "") -> str:
    out = ""
    for x, value in ((2, text), (30, leaders), (40, lead), (54, co)):
        if value:
            out = out.ljust(x) + value
    return out


@pytest.mark.parametrize("first, second", [("1. ", "2. "), ("（1）", "（2）")])
def test_numbers_at_the_start_of_the_text_start_rows_in_sequence_only(first: str, second: str):
    table = parse_plan(_no_code_plan(
        _no_code_line(first + "开展两项行动：", "韩立秋", "县商务局", "县财政局"),
        _no_code_line("1.老字号提升；"),
        _no_code_line("3.夜间消费点亮。"),
        _no_code_line(second + "新增托位300个。", "韩立秋", "县卫生健康委"),
    ))
    assert [(r.code, r.text, r.lead_units) for r in table.rows] == [
        ("1.1", "开展两项行动：1.老字号提升；3.夜间消费点亮。", ["县商务局"]), ("1.2", "新增托位300个。", ["县卫生健康委"])]


def test_a_section_mark_in_the_number_column_with_its_title_in_the_text_column():
    table = parse_plan(_plan(
        _line(code="1", text="新建城市公园5个。", leaders="韩立秋", lead="市城市管理局"),
        _line(code="二", text="惠民生"),
        _line(code="1", text="新增托位300个。", leaders="韩立秋", lead="市卫生健康委"),
    ))
    assert [(r.code, r.section) for r in table.rows] == [("1.1", "稳增长"), ("2.1", "惠民生")]
