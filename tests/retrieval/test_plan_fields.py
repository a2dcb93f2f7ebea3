"""Labelled-field plans (each task a numbered block, owners on "牵头单位：…" lines) read exactly:
one fictional plan (澜溪市 2024, 12 tasks, tests/data/plans/lanxi) written three ways — a cover
notice before 附件 with continuous numbering; restarting numbers with several fields a line and
other labels; PDF text cut at the page width with footers and a running header — gives the same
tasks, codes section.position, owners and deadlines, and the plan's own title, region and year.
Headings among blocks, a closing 工作要求 section and a block without a lead unit are checked on
small texts written here."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from retrieval.loaders import load_file
from retrieval.plans import PlanTableError, detect_shape, parse_plan
from tests.support.paths import DATA

LANXI = DATA / "plans" / "lanxi"
TRUTH = json.loads((LANXI / "expected.json").read_text(encoding="utf-8"))


def _got(table) -> list[dict]:
    return [{"code": r.code, "text": r.text, "leaders": r.leaders, "lead_units": r.lead_units, "co_units": r.co_units,
             "due": r.due_text} for r in table.rows]


def _text(text: str):
    return SimpleNamespace(text=text, tables=[])


@pytest.mark.parametrize("path", sorted(LANXI.glob("fields*.txt")), ids=lambda p: p.stem)
def test_lanxi_plan_reads_exactly_in_every_variant(path: Path):
    loaded = load_file(path)
    assert detect_shape(loaded) == "fields"
    table = parse_plan(loaded)
    assert _got(table) == TRUTH
    assert [(s.number, s.declared_count) for s in table.sections] == [(1, 4), (2, 5), (3, 3)]
    assert table.sections[1].title == "坚持创新驱动，加快建设现代化产业体系"
    assert (table.title, table.region, table.year) == ("澜溪市2024年政府工作报告重点工作责任分工方案", "澜溪市", 2024)
    assert table.shape == "fields" and table.level == "市" and table.warnings == []
    if path.stem != "fields2_inline":  # the two with a cover notice: its signature date
        assert table.issued == dt.date(2024, 2, 20)


def test_subsections_of_the_inline_variant():
    table = parse_plan(load_file(LANXI / "fields2_inline.txt"))
    assert [(r.code, r.subsection) for r in table.rows if r.section_number == 2] == [
        ("2.1", "培育创新主体"), ("2.2", "培育创新主体"), ("2.3", "培育创新主体"), ("2.4", "推动产业升级"), ("2.5", "推动产业升级")]


HEADED = """石桥县2025年重点工作任务分解方案
一、稳增长
1．项目建设
（1）开工建设石桥大道改造工程，完成投资3亿元。
牵头领导：罗一鸣 副县长
主责单位：县交通运输局
配合单位：县财政局；县自然资源局
完成时间：2025年10月
（2）任务：新增规模以上工业企业10家。
牵头领导：罗一鸣县长
牵头单位：县工业和信息化局 协办单位：无 备注：按季度报送
2．消费提振
（3）举办消费季活动20场。
责任单位：县商务局
二、惠民生
1．新增城镇就业3000人。
分管领导：何晓云
责任单位：县人力资源社会保障局 参与单位：各乡镇人民政府
完成时限：2025年12月底
三、工作要求
（一）加强组织领导。各单位要高度重视，主要负责同志亲自抓。
（二）强化督查考核。县政府督查室定期通报进展。
"""


def test_dot_headings_over_paren_tasks_titles_without_brackets_and_a_closing_section():
    table = parse_plan(_text(HEADED))
    assert [(r.code, r.subsection, r.leaders, r.lead_units, r.co_units, r.due_text) for r in table.rows] == [
        ("1.1", "项目建设", ["罗一鸣"], ["县交通运输局"], ["县财政局", "县自然资源局"], "2025年10月"),
        ("1.2", "项目建设", ["罗一鸣"], ["县工业和信息化局"], [], None),
        ("1.3", "消费提振", [], ["县商务局"], [], None),
        ("2.1", None, ["何晓云"], ["县人力资源社会保障局"], ["各乡镇人民政府"], "2025年12月底"),
    ]
    assert [s.title for s in table.sections] == ["稳增长", "惠民生"]  # 工作要求 holds no task


def test_a_block_without_lead_unit_fails_the_whole_plan_naming_its_line():
    text = HEADED.replace("责任单位：县商务局\n", "配合单位：县商务局\n")
    with pytest.raises(PlanTableError) as err:
        parse_plan(_text(text))
    assert err.value.shape == "fields"
    assert err.value.problems == ["第13行：任务 1.3 没有牵头单位"]


def test_a_stray_line_inside_the_plan_is_reported():
    text = HEADED.replace("完成时间：2025年10月\n", "完成时间：2025年10月\n另见县政府常务会议纪要\n")
    with pytest.raises(PlanTableError) as err:
        parse_plan(_text(text))
    assert err.value.problems == ["第9行无法识别：另见县政府常务会议纪要"]


def test_a_cut_line_continues_even_when_it_starts_like_a_number():
    text = (LANXI / "fields3_pdf.txt").read_text(encoding="utf-8")
    wrapped = "经费投入增长12%，全市研发投入强度力争比上年提高\n1.2个百分点。\n"  # cut at the page width
    assert "经费投入增长12%。\n" in text
    table = parse_plan(_text(text.replace("经费投入增长12%。\n", wrapped)))
    assert len(table.rows) == 12
    assert table.rows[4].text == "新认定高新技术企业120家，全社会研发经费投入增长12%，全市研发投入强度力争比上年提高1.2个百分点。"


def test_reports_and_bracket_plans_are_not_read_as_labelled_blocks():
    report = "澜溪市2025年政府工作报告\n一、2024年工作回顾\n1. 牵头单位：市发展改革委的项目完成。\n" * 2
    assert detect_shape(_text(report)) is None
    bracket = "\n".join(f"{n}. 实施第{n}项工程。（牵头领导：甲乙；牵头单位：市科技局；责任单位：市财政局）" for n in range(1, 5))
    assert detect_shape(_text("一、创新\n" + bracket)) == "paragraphs"


def test_a_county_plan_with_codes_role_marks_and_a_red_head_cover():
    """石门县: written after the reader, run once as found (its first run read every text as
    "1 任务内容：…" and 县工信局（牵头） as a unit name), then fixed."""
    table = parse_plan(load_file(DATA / "plans" / "shimen_fields.txt"))
    assert table.shape == "fields"
    assert (table.title, table.region, table.year, table.issued) == ("2024年县政府重点工作任务分解方案", "石门县", 2024, dt.date(2024, 3, 5))
    assert [(r.code, r.text, r.leaders, r.lead_units, r.co_units, r.due_text) for r in table.rows] == [
        ("1.1", "新增规模以上工业企业15家，规上工业增加值增长8%。", ["王建国"], ["县工信局"], ["县统计局", "各乡镇人民政府"], "2024年底前"),
        ("1.2", "推进石门工业园三期标准厂房建设，年内竣工10万平方米。", ["王建国", "刘芳"], ["石门工业园管委会"], ["县住建局", "县自然资源局"], "2024年11月底前"),
        ("1.3", "争取上级专项资金2亿元。", ["刘芳"], ["县财政局", "县发改局"], [], "全年"),
        ("2.1", "城镇新增就业2000人。", ["赵敏"], ["县人社局"], [], "2024年12月底前"),
        ("2.2", "新建城区小学1所。", ["赵敏"], ["县教体局"], ["县住建局", "县财政局"], "2024年8月底前"),
        ("2.3", "改造农村公路50公里。", ["刘芳"], ["县交通运输局"], [], "2024年10月底前"),
    ]
    assert table.warnings == []  # "共梳理出6项重点工作" on the cover: 6 read


def test_counts_that_do_not_add_up_are_warned():
    text = (DATA / "plans" / "shimen_fields.txt").read_text(encoding="utf-8").replace("共梳理出6项", "共梳理出7项")
    text = text.replace("二、社会民生(3项)", "二、社会民生(4项)")
    table = parse_plan(_text(text))
    assert table.warnings == ["第2部分标明4项，实际读到3项", "方案写明共7项，实际读到6项"]


def test_a_cover_with_numbered_points_and_no_annex_line_gives_no_sections():
    text = """关于印发石门县2024年重点工作分解方案的通知
一、提高思想认识
各单位要充分认识做好重点工作的重要意义。
二、强化责任落实
各牵头单位要切实负起责任。
石门县2024年重点工作分解方案
一、工业经济
1. 新增规模以上工业企业15家。
牵头单位：县工信局
2. 新建标准厂房10万平方米。
牵头单位：石门工业园管委会
二、社会民生
1. 城镇新增就业2000人。
牵头单位：县人社局
"""
    table = parse_plan(_text(text))
    assert [(r.code, r.section, r.lead_units) for r in table.rows] == [
        ("1.1", "工业经济", ["县工信局"]), ("1.2", "工业经济", ["石门工业园管委会"]), ("2.1", "社会民生", ["县人社局"])]
    assert (table.title, table.region, table.year) == ("石门县2024年重点工作分解方案", "石门县", 2024)


def test_boxed_labels_read_as_labels():
    text = HEADED.replace("主责单位：", "【主责单位】").replace("（2）任务：", "（2）【任务】").replace("责任单位：县商务局", "【责任单位】 县商务局")
    table = parse_plan(_text(text))
    assert [(r.code, r.text, r.lead_units) for r in table.rows][:3] == [
        ("1.1", "开工建设石桥大道改造工程，完成投资3亿元。", ["县交通运输局"]),
        ("1.2", "新增规模以上工业企业10家。", ["县工业和信息化局"]),
        ("1.3", "举办消费季活动20场。", ["县商务局"])]


def test_tasks_numbered_in_their_label_and_titles_before_names():
    text = """云溪区2025年政府工作报告重点任务清单
（一）着力扩大有效投资
任务1：实施重大项目攻坚行动，全年完成固定资产投资增长5%。
责任领导：区长周文
牵头单位：区发改委
责任单位：各街道办事处，区直有关单位
任务2：新开工城市更新项目12个。
责任领导：副区长林梅
牵头单位：区住建局
第3项：争取超长期特别国债资金3亿元。
责任领导：林梅副区长
牵头单位：区财政局
"""
    table = parse_plan(_text(text))
    assert [(r.code, r.subsection, r.text[:6], r.leaders, r.lead_units, r.co_units) for r in table.rows] == [
        ("1.1", "着力扩大有效投资", "实施重大项目", ["周文"], ["区发改委"], ["各街道办事处", "区直有关单位"]),
        ("1.2", "着力扩大有效投资", "新开工城市更", ["林梅"], ["区住建局"], []),
        ("1.3", "着力扩大有效投资", "争取超长期特", ["林梅"], ["区财政局"], []),
    ]
    assert (table.region, table.year) == ("云溪区", 2025)


def test_a_number_alone_on_its_line_opens_the_task_below_it():
    """A PDF whose number sits in a hanging column extracts "1." on a line of its own, the task
    text on the lines below (round 36c: the plan was refused with 105 problems)."""
    text = """附件
2025年市《政府工作报告》重点工作任务分解方案
说明："责任单位"中排在首位的为牵头单位，其余为配合单位。
一、聚焦产业强市（2项）
1.
实施主导产业倍增行动，力争新能源电池产业营业收入突破800亿元、高端装备产业营
业收入突破600亿元。
责任领导：方雅琴
责任单位：市工业和信息化局、市发展改革委、市科技局
2. 建成云计算中心二期，新建5G基站1200个。
责任领导：方雅琴
责任单位：市数据局、市工业和信息化局
完成时限：2025年10月底前
二、聚焦扩大内需（1项）
3.
安排市级重点项目450个，年度计划投资1150亿元以上。
责任领导：邹启航
责任单位：市发展改革委、市自然资源和规划局
"""
    table = parse_plan(_text(text))
    assert [(r.code, r.text[:8], r.lead_units, r.co_units, r.due_text) for r in table.rows] == [
        ("1.1", "实施主导产业倍增", ["市工业和信息化局"], ["市发展改革委", "市科技局"], None),
        ("1.2", "建成云计算中心二", ["市数据局"], ["市工业和信息化局"], "2025年10月底前"),
        ("2.1", "安排市级重点项目", ["市发展改革委"], ["市自然资源和规划局"], None),
    ]
    assert table.rows[0].text.endswith("高端装备产业营业收入突破600亿元。")


PART_LEADERS = """芷岭市2025年政府工作报告重点工作责任分工方案
一、科技创新
（本部分除注明外，责任领导均为罗意清副市长）
1. 全社会研发经费投入强度达到2.5%。牵头单位：市科技局；责任单位：市统计局；完成时限：2025年12月底前。
2. 新增上市公司2家。责任领导：林书桓常务副市长；牵头单位：市金融办；完成时限：2025年12月底前。
二、生态文明
本部分责任领导：钱知白副市长
3. 国省考断面水质优良比例保持在95%以上。牵头单位：市生态环境局；完成时限：2025年12月底前。
三、民生
4. 新增公办幼儿园学位3600个。牵头单位：市教育局；完成时限：2025年9月底前。
"""


def test_a_part_leader_said_once_under_its_heading_is_each_tasks_unless_a_task_names_its_own():
    """Round 54c: "本部分责任领导：X副市长" / "（本部分除注明外，责任领导均为X副市长）" under a part's
    heading; before, those tasks had no leader and the line was a stray."""
    table = parse_plan(_text(PART_LEADERS))
    assert [(r.code, r.leaders) for r in table.rows] == [
        ("1.1", ["罗意清"]), ("1.2", ["林书桓"]), ("2.1", ["钱知白"]), ("3.1", [])]
