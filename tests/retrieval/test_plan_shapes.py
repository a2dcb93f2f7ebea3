"""One plan in the five shapes offices send (a DOCX table, a CSV with "1.1" codes, paragraphs
with labelled owner brackets, the State Council's "A牵头，B配合" paragraphs, column-aligned PDF
text): every shape gives every task exactly (text, leaders, lead and co-units), the region is
never guessed from task text, and a bad plan fails whole naming the shape it was read as.

Two fictional plans: 云岭省 (tests/data/plans/yunling, 40 tasks, files as given) and 青枫市
(tests/data/plans/qingfeng_plan.py, 12 tasks, written in each shape by the test, with other
column names, labels, numbering and owner phrases)."""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from core.deadline_words import task_due
from retrieval.loaders import load_file
from retrieval.plans import PlanTableError, detect_shape, parse_plan
from tests.support.paths import DATA

YUNLING = DATA / "plans" / "yunling"
SHAPE_OF = {"shape1": "table", "shape2": "table", "shape3": "paragraphs", "shape4": "paragraphs", "shape5": "columns"}


def _qingfeng():
    spec = importlib.util.spec_from_file_location("qingfeng_plan", DATA / "plans" / "qingfeng_plan.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["qingfeng_plan"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


QINGFENG = _qingfeng()


def _got(table) -> list[dict]:
    return [{"code": r.code, "text": r.text, "leaders": r.leaders, "lead_units": r.lead_units, "co_units": r.co_units}
            for r in table.rows]


def _yunling_truth(shape: str) -> list[dict]:
    out = []
    for item in json.loads((YUNLING / "expected.json").read_text(encoding="utf-8")):
        truth = {**item, **item.get(shape, {})} if shape == "shape4" else item
        out.append({k: truth[k] for k in ("code", "text", "leaders", "lead_units", "co_units")})
    return out


@pytest.mark.parametrize("path", sorted(YUNLING.glob("shape*")), ids=lambda p: p.stem)
def test_yunling_plan_reads_exactly_in_every_shape(path: Path):
    shape = path.stem.split("_")[0]
    loaded = load_file(path)
    assert detect_shape(loaded) == SHAPE_OF[shape]
    table = parse_plan(loaded)
    assert _got(table) == _yunling_truth(shape)
    assert table.level == "省"
    # The region is the title's or nobody's: 岚川市 is named in many tasks, never taken.
    assert table.region == ("云岭省" if shape in ("shape3", "shape4") else None)


@pytest.fixture(scope="module")
def qingfeng_files(tmp_path_factory) -> dict[str, Path]:
    return QINGFENG.write_all(tmp_path_factory.mktemp("qingfeng"))


@pytest.mark.parametrize("shape", sorted(SHAPE_OF))
def test_qingfeng_plan_reads_exactly_in_every_shape(qingfeng_files, shape: str):
    loaded = load_file(qingfeng_files[shape])
    assert detect_shape(loaded) == SHAPE_OF[shape]
    table = parse_plan(loaded)
    assert _got(table) == QINGFENG.truth(shape)
    assert table.level == "市"
    assert table.region == ("青枫市" if shape in ("shape3", "shape4") else None)
    if shape in ("shape3", "shape4"):
        assert table.year == 2024


def test_subsection_headings_of_a_paragraph_plan(qingfeng_files):
    table = parse_plan(load_file(qingfeng_files["shape3"]))
    assert [r.subsection for r in table.rows[:4]] == ["做强主导产业", "做强主导产业", "培育新兴动能", "培育新兴动能"]
    assert [s.title for s in table.sections][0] == "稳住工业基本盘，壮大实体经济"


def test_time_words_in_the_owner_bracket_become_the_deadline(qingfeng_files):
    rows = {r.code: r for r in parse_plan(load_file(qingfeng_files["shape4"])).rows}
    assert rows["1.2"].due_text == "年底前完成"
    assert task_due(rows["2.4"].text, rows["2.4"].due_text, 2024) == dt.date(2024, 10, 31)
    assert task_due(rows["2.2"].text, rows["2.2"].due_text, 2024) == dt.date(2024, 12, 31)
    # The task's own words still count when the bracket names no time.
    assert task_due(rows["1.4"].text, rows["1.4"].due_text, 2024) == dt.date(2024, 9, 30)


def test_yunling_state_council_due_words():
    rows = {r.code: r for r in parse_plan(load_file(YUNLING / "shape4_statecouncil.txt")).rows}
    truth = {i["code"]: i["shape4"]["due_words"] for i in json.loads((YUNLING / "expected.json").read_text(encoding="utf-8"))}
    for code, row in rows.items():
        words = truth[code]
        if words and words not in row.text:
            assert row.due_text == words, code
        else:
            assert row.due_text is None, code


def test_a_paragraph_plan_with_a_task_missing_its_owners_loads_the_rest_naming_it(tmp_path):
    text = (QINGFENG.write_labelled(tmp_path / "p.txt")).read_text(encoding="utf-8")
    broken = text.replace("（责任领导：顾清和；牵头部门：市教育局；配合单位：市发展改革委、市住房城乡建设局）", "")
    (tmp_path / "p.txt").write_text(broken, encoding="utf-8")
    whole = parse_plan(load_file(QINGFENG.write_labelled(tmp_path / "whole.txt")))
    table = parse_plan(load_file(tmp_path / "p.txt"))
    assert len(table.rows) == len(whole.rows) - 1
    left_out = [w for w in table.warnings if "未导入" in w]
    assert len(left_out) == 1 and "牵头单位" in left_out[0], table.warnings


def test_a_csv_with_repeated_codes_loads_the_first_and_names_the_second(tmp_path):
    path = QINGFENG.write_csv(tmp_path / "c.csv")
    whole = parse_plan(load_file(path))
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    lines[3] = lines[3].replace("1-3", "1-2", 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    table = parse_plan(load_file(path))
    assert len(table.rows) == len(whole.rows) - 1
    assert any("1.2" in w and "重复" in w and "未导入" in w for w in table.warnings), table.warnings


def test_a_report_with_numbered_paragraphs_is_not_a_plan():
    report = "\n".join([
        "政府工作报告", "一、过去一年的工作", "（一）经济运行稳中有进。全市生产总值增长5%。",
        "1. 工业稳步增长（规模以上工业增加值增长6%）", "2. 投资持续扩大（完成投资300亿元）",
        "3. 消费加快恢复（社会消费品零售总额增长7%）",
        "4. 数据口径（由市统计部门负责）", "5. 农业（市场主体参与）", "6. 交通（社会资本参与）",
    ])
    from types import SimpleNamespace

    assert detect_shape(SimpleNamespace(text=report, tables=[])) is None


def _wrapped(lines: list[str], width: int = 36) -> list[str]:
    """Lines as a PDF page sets them: every paragraph cut at the page width."""
    out: list[str] = []
    for line in lines:
        out += [line[i:i + width] for i in range(0, len(line), width)] or [""]
    return out


def test_a_paragraph_plan_as_a_pdf_with_wrapped_lines(tmp_path):
    from tests.support.retrieval_pdf import make_pdf

    text = QINGFENG.write_state_council(tmp_path / "s.txt").read_text(encoding="utf-8")
    lines = _wrapped([ln for ln in text.splitlines() if ln.strip()])
    (tmp_path / "plan.pdf").write_bytes(make_pdf([lines[:30], lines[30:]]))
    loaded = load_file(tmp_path / "plan.pdf")
    assert detect_shape(loaded) == "paragraphs"
    assert _got(parse_plan(loaded)) == QINGFENG.truth("shape4")


def test_a_paragraph_plan_in_word_without_typed_numbers(tmp_path):
    """Word's automatic numbering is not in the text: each owner-bracket paragraph is the next task."""
    import docx

    text = QINGFENG.write_labelled(tmp_path / "l.txt").read_text(encoding="utf-8")
    document = docx.Document()
    for line in text.splitlines():
        if line.strip():
            document.add_paragraph(re.sub(r"^\d+、", "", line))
    document.save(str(tmp_path / "plan.docx"))
    table = parse_plan(load_file(tmp_path / "plan.docx"))
    assert _got(table) == QINGFENG.truth("shape3")


def test_column_text_with_a_deadline_column_and_no_leaders():
    from types import SimpleNamespace

    text = "\n".join([
        "2024年重点任务分解表",
        "序号 工作任务 牵头单位 配合单位 完成时限",
        "一、稳增长（2项）",
        "1 新建城市公园5个，改造提升 市城市管理局 市财政局、 2024年6月底前",
        "街头绿地30处。 市自然资源和规划局",
        "2 推进东城污水处理厂二期建设 市水务局 市发展改革委 2024年12月底前",
        "。",
        "二、惠民生（1项）",
        "1 新增托位300个。 市卫生健康委 各县（市、区）政府 2024年9月底前",
    ])
    table = parse_plan(SimpleNamespace(text=text, tables=[]))
    assert table.shape == "columns" and table.year == 2024 and table.level == "市"
    got = [(r.code, r.text, r.lead_units, r.co_units, r.due_text) for r in table.rows]
    assert got == [
        ("1.1", "新建城市公园5个，改造提升街头绿地30处。", ["市城市管理局"], ["市财政局", "市自然资源和规划局"], "2024年6月底前"),
        ("1.2", "推进东城污水处理厂二期建设。", ["市水务局"], ["市发展改革委"], "2024年12月底前"),
        ("2.1", "新增托位300个。", ["市卫生健康委"], ["各县（市、区）政府"], "2024年9月底前"),
    ]


NOTICE_THEN_PLAN = "\n".join([
    "栖霞县人民政府办公室",
    "关于印发2025年县政府工作报告重点工作责任分工方案的通知",
    "栖政办发〔2025〕3号",
    "各乡镇人民政府，县政府各部门：",
    "现将分工方案印发给你们，并提出以下要求：",
    "一、各牵头县领导要加强调度，各牵头单位要制定推进计划。",
    "二、各牵头单位于每月25日前报送进展情况。",
    "三、未标注完成时限的任务，须于2025年12月底前完成。",
    "栖霞县人民政府办公室",
    "2025年2月10日",
    "2025年县政府工作报告重点工作责任分工方案",
    "一、推动产业升级",
    "1. 新增规上工业企业30家。（牵头县领导：林一舟；牵头单位：县工业和信息化局；责任单位：各乡镇人民政府）",
    "2. 建成县物流园一期。（牵头县领导：林一舟；牵头单位：县商务局；完成时限：2025年10月底前）",
    "二、办好民生实事",
    "3. 新建城区幼儿园2所。（牵头县领导：吴晴；牵头单位：县教育局；责任单位：县住房城乡建设局）",
])


def test_a_notice_with_its_own_numbered_points_before_the_plan(tmp_path):
    # The covering notice's "一、二、三、" hold no task: the plan's sections start again at the
    # body's "一、", and numbering that runs through (3 in section 二) is the place in the section.
    (tmp_path / "n.txt").write_text(NOTICE_THEN_PLAN, encoding="utf-8")
    table = parse_plan(load_file(tmp_path / "n.txt"))
    assert [(s.number, s.title) for s in table.sections] == [(1, "推动产业升级"), (2, "办好民生实事")]
    assert [(r.code, r.lead_units[0]) for r in table.rows] == [
        ("1.1", "县工业和信息化局"), ("1.2", "县商务局"), ("2.1", "县教育局")]
    # A part mark printed again after tasks were read ("一、" twice): its tasks are kept under
    # the next free number, and the warning says so (nothing lost, no two parts of one number).
    (tmp_path / "r.txt").write_text(NOTICE_THEN_PLAN + "\n一、重复的部分\n4. 某项任务。（牵头单位：县财政局）", encoding="utf-8")
    again = parse_plan(load_file(tmp_path / "r.txt"))
    assert [(s.number, s.title) for s in again.sections] == [(1, "推动产业升级"), (2, "办好民生实事"), (3, "重复的部分")]
    assert [(r.code, r.lead_units[0]) for r in again.rows][-1] == ("3.1", "县财政局")
    assert any("重复" in w and "第三部分" in w for w in again.warnings)



def test_a_plan_with_a_part_mark_printed_twice_is_stored_whole(tmp_path):
    """Ingest writes every task of such a plan: two parts of one number once made the store
    refuse the whole file (UNIQUE constraint), and the old index stayed as if nothing came."""
    from bot.wiring import new_context
    from core.settings import load_settings
    from retrieval.ingest import ingest_paths

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "方案.txt").write_text(NOTICE_THEN_PLAN + "\n一、重复的部分\n4. 某项任务。（牵头单位：县财政局）", encoding="utf-8")
    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(tmp_path / "var"), DUCHA_EMBEDDING="none"))
    try:
        (result,) = ingest_paths(ctx, [folder], embed=False)
        assert result.kind == "plan" and result.tasks == 4, result.to_dict()
    finally:
        ctx.close()


# One small county plan, four tasks, written the ways offices lay out owners. Each must read
# to the same tasks: codes, leaders, lead and co-units, printed deadline.
_MUCHUAN_TASKS = [
    ("一、稳增长", None),
    ("新开工项目40个。", ("周成", "县发展改革局", "县财政局、各乡镇人民政府", "2025年12月底前")),
    ("规上工业增加值增长8%。", ("周成", "县工信局", "", "")),
    ("二、惠民生", None),
    ("新增城镇就业1500人。", ("李雯", "县人社局", "各乡镇人民政府", "")),
    ("改造老旧小区12个。", ("李雯", "县住建局", "", "")),
]
_OWNER_LAYOUTS = {
    # labels separated by commas inside the owner bracket
    "commas": lambda leader, lead, co, due: "（" + "，".join(
        f"{k}：{v}" for k, v in (("牵头县领导", leader), ("牵头单位", lead), ("责任单位", co), ("完成时限", due)) if v) + "）",
    # boxed labels on the task's own line
    "boxed": lambda leader, lead, co, due: "".join(
        f"【{k}】{v}" for k, v in (("牵头县领导", leader), ("牵头单位", lead), ("责任单位", co), ("完成时限", due)) if v),
    # labels after the task text, separated by semicolons, no bracket
    "inline": lambda leader, lead, co, due: "；".join(
        f"{k}：{v}" for k, v in (("牵头县领导", leader), ("牵头单位", lead), ("责任单位", co), ("完成时限", due)) if v),
    # labels on the next line, separated by spaces
    "next_line": lambda leader, lead, co, due: "\n" + "  ".join(
        f"{k}：{v}" for k, v in (("牵头县领导", leader), ("牵头单位", lead), ("责任单位", co), ("完成时限", due)) if v),
}


@pytest.mark.parametrize("layout", sorted(_OWNER_LAYOUTS))
def test_county_plan_owner_layouts_read_alike(tmp_path, layout: str):
    lines = ["沐川县人民政府办公室关于印发2025年政府工作报告重点任务分工方案的通知", "沐府办〔2025〕2号",
             "各乡镇人民政府，县政府各部门：", "现将方案印发给你们，请认真抓好落实。"]
    number = 0
    for text, owners in _MUCHUAN_TASKS:
        if owners is None:
            lines.append(text)
            continue
        number += 1
        lines.append(f"{number}. {text}" + _OWNER_LAYOUTS[layout](*owners))
    (tmp_path / "p.txt").write_text("\n".join(lines), encoding="utf-8")
    table = parse_plan(load_file(tmp_path / "p.txt"))
    got = [(r.code, r.leaders, r.lead_units, r.co_units, r.due_text) for r in table.rows]
    assert got == [
        ("1.1", ["周成"], ["县发展改革局"], ["县财政局", "各乡镇人民政府"], "2025年12月底前"),
        ("1.2", ["周成"], ["县工信局"], [], None),
        ("2.1", ["李雯"], ["县人社局"], ["各乡镇人民政府"], None),
        ("2.2", ["李雯"], ["县住建局"], [], None),
    ]
    assert (table.region, table.year) == ("沐川县", 2025)


def test_a_page_footer_inside_an_owner_bracket_is_no_part_of_it():
    """A PDF prints its page number wherever the page ends, even inside a bracket: "（责任县领导：
    欧阳明；责任单" / "— 1 —" / "位：县乡村振兴服务中心、县民政局）" (round 40b: the task was left out)."""
    from types import SimpleNamespace

    text = """岚川县2025年《政府工作报告》重点工作责任清单
各责任单位中排在第一位的为牵头单位。
一、农业稳县
　　1．稳定粮食生产，粮食播种面积稳定在41.2万亩以上。（责任县领导：欧阳明；责任单位：县农业农村局、各乡镇人民政府）
　　2．新建高标准农田2.2万亩。（责任县领导：欧阳明；责任单位：县农业农村局、县财政局）
　　3．巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制。（责任县领导：欧阳明；责任单
— 1 —
位：县乡村振兴服务中心、县民政局、县医疗保障局）
　　4．深化林长制，森林覆盖率稳定在76.5%。（责任县领导：欧阳明；责任单位：县林业局、各乡镇人民政府）
　　5．做强茶产业，茶园面积稳定在12万亩。（责任县领导：欧阳明；责任单位：县茶产业发展中心、县农业农村局）
"""
    table = parse_plan(SimpleNamespace(text=text, tables=[]))
    assert [(r.code, r.lead_units) for r in table.rows][2] == ("1.3", ["县乡村振兴服务中心"])
    assert table.rows[2].co_units == ["县民政局", "县医疗保障局"] and table.warnings == []


@pytest.mark.parametrize("heading, leader", [
    ("县委副书记、县长林书恒负责", "林书恒"), ("区委副书记、区长　贺承宇", "贺承宇"), ("副区长 许嘉", "许嘉"),
    ("副县长郑晓岚负责", "郑晓岚"), ("罗永胜副县长负责", "罗永胜"), ("加快建设现代化产业体系", None),
    ("推进城市更新 做强区域中心", None), ("市长办公会议议定事项", None),
])
def test_the_leader_a_parts_heading_names(heading: str, leader: str | None) -> None:
    """One table (or block) a leader, under a heading naming the leader with titles before or
    after the name (rounds 40a/40b); a part's theme names nobody."""
    from retrieval.plans.paragraphs import section_leaders

    assert section_leaders(heading) == ([leader] if leader else [])
