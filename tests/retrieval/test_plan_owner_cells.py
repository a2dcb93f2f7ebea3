"""Three plan shapes outsiders wrote in session 25 (rounds 60b, 60g, 60h), read exactly:
- one 责任分工 column holding every owner of the row, each on its line with its role, in the
  forms offices mix in one table (labelled lines, a leader's label in a unit's bracket, role
  phrases then the leader's label, a flagged lead with the units taking part on the next line);
- a 序号 cell merged down a 民生实事's two or three sub-targets (Word repeats the number in each
  row): one numbered item, each part's own time kept, due by the latest;
- a labelled-field plan where some tasks state their owners as a sentence on the next line
  ("此项工作由X同志负责，A牵头，B配合，全年持续推进。") and some as "…；时间：全年".
The plans are invented."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from retrieval.loaders import load_file
from retrieval.plans import parse_plan
from retrieval.plans.owners import read_owner_cell
from tests.support.docx_plans import table_docx


@pytest.mark.parametrize("cell, leaders, lead, co", [
    ("市领导：许文博\n牵头：市发展改革委\n配合：市财政局、市统计局、各县（市、区）政府",
     ["许文博"], ["市发展改革委"], ["市财政局", "市统计局", "各县（市、区）政府"]),
    ("牵头单位：市财政局、市发展改革委（责任市领导：许文博）\n责任单位：各县（市、区）政府",
     ["许文博"], ["市财政局", "市发展改革委"], ["各县（市、区）政府"]),
    ("市交通运输局牵头，市港口发展中心、市自然资源和规划局配合；责任领导：邵景川",
     ["邵景川"], ["市交通运输局"], ["市港口发展中心", "市自然资源和规划局"]),
    ("市商务局（牵头）\n市住房城乡建设局、市文化广电旅游局\n市领导：唐慧敏",
     ["唐慧敏"], ["市商务局"], ["市住房城乡建设局", "市文化广电旅游局"]),
    ("牵头：县交通运输局  配合：县公路中心", [], ["县交通运输局"], ["县公路中心"]),
])
def test_one_cell_states_every_owner_with_its_role(cell, leaders, lead, co) -> None:
    owners = read_owner_cell(cell)
    assert (owners.leaders, owners.lead, owners.co) == (leaders, lead, co)


def test_a_plain_unit_cell_is_no_combined_cell() -> None:
    assert read_owner_cell("市发展改革委") is None


def test_a_table_with_one_owners_column_is_read_row_by_row(tmp_path: Path) -> None:
    rows = ["一、扩大有效需求",
            ["1", "实施省市重点项目430个以上。", "市领导：许文博\n牵头：市发展改革委\n配合：市财政局", "2025年12月底前"],
            ["2", "新增规上工业企业180家。", "市统计局（牵头）\n市工业和信息化局、市商务局\n市领导：高振宇", "持续推进"],
            ["3", "建成港区二期3个泊位。", "市交通运输局牵头，市港口发展中心配合；责任领导：邵景川", "2025年9月底前"]]
    plan = table_docx(tmp_path / "分工.docx", "临澄市2025年政府工作报告重点任务分工", ["序号", "重点任务", "责任分工", "完成时限"], rows)
    table = parse_plan(load_file(plan))
    got = [(r.code, r.leaders, r.lead_units, r.co_units, r.due_text) for r in table.rows]
    assert got == [("1.1", ["许文博"], ["市发展改革委"], ["市财政局"], "2025年12月底前"),
                   ("1.2", ["高振宇"], ["市统计局"], ["市工业和信息化局", "市商务局"], "持续推进"),
                   ("1.3", ["邵景川"], ["市交通运输局"], ["市港口发展中心"], "2025年9月底前")]


def test_a_number_merged_down_sub_rows_is_one_item(tmp_path: Path) -> None:
    header = ["序号", "民生实事项目", "主要内容和目标", "责任市领导", "牵头单位", "责任单位", "完成时限"]
    rows = [["1", "就业创业服务", "新增城镇就业4.5万人以上", "刘振华", "市人力资源社会保障局", "市财政局", "2025年12月底前"],
            ["2", "基层医疗和妇女健康", "完成40个村卫生室标准化建设", "陈晓梅", "市卫生健康委", "市财政局", "2025年10月底前"],
            ["2", "基层医疗和妇女健康", "为5万名适龄妇女免费开展“两癌”筛查", "陈晓梅", "市卫生健康委、市妇联", "各县（区）人民政府", "2025年12月底前"],
            ["3", "养老服务提升", "新建社区嵌入式养老服务中心15个", "刘振华", "市民政局", "市住房城乡建设局", "2025年11月底前"]]
    plan = table_docx(tmp_path / "民生实事.docx", "岚川市2025年十件民生实事责任分工", header, rows)
    table = parse_plan(load_file(plan))
    assert [r.code for r in table.rows] == ["1.1", "1.2", "1.3"]
    health = table.rows[1]
    assert "村卫生室" in health.text and "两癌" in health.text
    assert "（2025年10月底前）" in health.text and "（2025年12月底前）" in health.text
    assert health.lead_units == ["市卫生健康委", "市妇联"]
    assert "各县（区）人民政府" in health.co_units and "2025年12月底前" in health.due_text


FIELDS = """鹤汀县2025年政府工作报告重点工作任务分解
一、主要预期目标
1.地区生产总值增长6%左右。
牵头县领导：孙立诚
牵头单位：县发展和改革局
协办单位：县统计局
完成时限：全年
2.一般公共预算收入增长5%。
责任领导：孙立诚；责任单位：县财政局（牵头）、县税务局；时间：全年
3.规模以上工业增加值增长8%以上。
此项工作由曹文博同志负责，县工业和信息化局牵头，县统计局、汀东经济开发区管委会配合，全年持续推进。
4.汀源智能装备产业园二期建成投用。
此项工作由汀东经济开发区管委会牵头，县住房和城乡建设局配合，2025年11月底前完成。
5.固定资产投资增长5%左右。
牵头县领导：孙立诚
牵头单位：县发展和改革局
完成时限：全年
6.城镇新增就业4800人以上。
牵头县领导：周慧敏
牵头单位：县人力资源和社会保障局
完成时限：2025年12月底前
"""


def test_owners_said_as_a_sentence_under_the_task() -> None:
    table = parse_plan(SimpleNamespace(text=FIELDS, tables=[]))
    got = [(r.code, r.leaders, r.lead_units, r.co_units) for r in table.rows]
    assert got == [("1.1", ["孙立诚"], ["县发展和改革局"], ["县统计局"]),
                   ("1.2", ["孙立诚"], ["县财政局"], ["县税务局"]),
                   ("1.3", ["曹文博"], ["县工业和信息化局"], ["县统计局", "汀东经济开发区管委会"]),
                   ("1.4", [], ["汀东经济开发区管委会"], ["县住房和城乡建设局"]),
                   ("1.5", ["孙立诚"], ["县发展和改革局"], []), ("1.6", ["周慧敏"], ["县人力资源和社会保障局"], [])]
    assert table.rows[1].due_text == "全年" and "11月底前" in table.rows[3].due_text


@pytest.mark.parametrize("inside, leaders, lead, co, due", [
    # a leader's label among role phrases, the time last
    ("由区发展和改革局牵头，区财政局、区统计局配合，责任区领导：刘某某，2025年6月底前完成",
     ["刘某某"], ["区发展和改革局"], ["区财政局", "区统计局"], "2025年6月底前完成"),
    # a leader named with his office, then the verb of his part
    ("刘某某副区长负责，区住房和城乡建设局牵头落实，各街道办事处配合", ["刘某某"], ["区住房和城乡建设局"], ["各街道办事处"], None),
    ("孟晓川副区长统筹，区城市管理局牵头，区市场监管局参与", ["孟晓川"], ["区城市管理局"], ["区市场监管局"], None),
    # bare role labels: 参与 as 配合
    ("牵头：区城市管理局；参与：区市场监管局；时限：持续推进", [], ["区城市管理局"], ["区市场监管局"], "持续推进"),
    # a unit that 负责 is no person
    ("区教育和体育局负责，12月底前完成", [], ["区教育和体育局"], [], "12月底前完成"),
])
def test_an_owner_bracket_in_sentence_form(inside, leaders, lead, co, due) -> None:
    from retrieval.plans.owners import read_owners

    owners = read_owners(inside)
    assert (owners.leaders, owners.lead, owners.co, owners.due) == (leaders, lead, co, due)


def test_a_number_printed_twice_over_two_tasks_is_still_reported() -> None:
    from retrieval.plans.drafts import Draft, join_merged_numbers
    from core.plan_records import PlanSection

    part = PlanSection(number=1, title="发展", declared_count=None)
    twice = [Draft(row=3, section=part, subsection=None, number=2, text="乙任务"),
             Draft(row=4, section=part, subsection=None, number=2, text="丙任务")]
    assert len(join_merged_numbers(twice)) == 2


def test_a_parts_leader_in_a_labelled_bracket_is_each_of_its_tasks_leader(tmp_path: Path) -> None:
    """"一、扩大有效需求（责任市领导：周启明）" over a table with no leader column (round 62b): the
    part's leaders are its tasks' leaders, and the part is titled without the bracket."""
    path = table_docx(tmp_path / "分工.docx", "霁川市2025年政府工作报告重点任务分工", ["序号", "重点任务", "责任单位", "完成时限"], [
        "一、扩大有效需求（责任市领导：周启明）",
        ["1", "全年实施省市重点项目350个", "市发展改革委（牵头）、市财政局", "2025年12月底前"],
        "二、建设现代化产业体系（责任市领导：周启明、贾文涛）",
        ["2", "推行产业链链长制", "市工业和信息化局、市科技局", "持续推进"],
    ])
    table = parse_plan(load_file(path))
    assert [(r.section, r.leaders) for r in table.rows] == [("扩大有效需求", ["周启明"]),
                                                            ("建设现代化产业体系", ["周启明", "贾文涛"])]
    assert table.rows[0].lead_units == ["市发展改革委"]
