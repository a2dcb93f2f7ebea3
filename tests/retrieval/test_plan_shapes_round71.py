"""Plan and report shapes of batch 71, read after its one run: a 街道's list of labelled paragraphs
("责任科室：经济发展办公室（牵头），财政所"), a sheet whose first table has no 序号 (指标 | 目标值 | 牵头单位 |
配合单位), a 民生实事 notice whose items are numbered as parts with their owners in a bracket, a report's
indicator table with a 单位 column, and a 街道办事处's report to its 居民代表会议."""
from __future__ import annotations

from types import SimpleNamespace

from retrieval.meta import read_meta
from retrieval.plans.parse import parse_plan
from retrieval.report_tables import row_sentences

LIST = """桐川街道2026年重点工作责任清单
一、产业发展
1. 全年完成财政总收入7.1亿元，同比增长4%左右。
责任领导：党工委委员、办事处副主任 韩立新
责任科室：经济发展办公室（牵头），财政所
完成时限：2026年12月底前
2. 招引亿元以上产业项目6个，完成招商引资到位资金15亿元。
责任领导：党工委委员、办事处副主任 韩立新
责任科室：投资促进办公室（牵头），经济发展办公室
完成时限：2026年12月底前
3. 新增市场主体1000户。
责任领导：办事处副主任 陈默
责任科室：经济发展办公室
完成时限：2026年12月底前
"""


def test_a_sub_districts_labelled_paragraphs_name_their_offices():
    table = parse_plan(SimpleNamespace(text=LIST, tables=[]))
    assert [r.lead_units for r in table.rows] == [["经济发展办公室"], ["投资促进办公室"], ["经济发展办公室"]]
    assert table.rows[0].co_units == ["财政所"] and table.rows[0].leaders == ["韩立新"]


def test_a_table_with_no_code_column_reads_each_row_as_a_task():
    rows = [["指标", "目标值", "牵头单位", "配合单位"],
            ["地区生产总值增长", "6%左右", "市发展改革委", "市统计局"],
            ["一般公共预算收入增长", "5%", "市财政局", "市税务局"],
            ["城镇新增就业", "5.5万人以上", "市人力资源社会保障局", "市财政局"]]
    text = "澜岗市2026年主要预期目标责任分解\n" + "\n".join("\t".join(r) for r in rows)
    table = parse_plan(SimpleNamespace(text=text, tables=[rows]))
    assert [r.lead_units[0] for r in table.rows] == ["市发展改革委", "市财政局", "市人力资源社会保障局"]
    assert "6%左右" in table.rows[0].text


def test_items_numbered_as_parts_with_their_owners_in_a_bracket():
    text = ("澜江省2026年省十件民生实事\n"
            "一、既有住宅加装电梯2400部，其中建成投入使用1800部以上。\n（牵头省领导：孙雅琴；牵头单位：省住房城乡建设厅；责任单位：各设区市政府）\n"
            "二、为1500所中小学校配齐专兼职心理健康教育教师。\n（牵头省领导：何文斌；牵头单位：省教育厅；责任单位：各设区市政府）\n"
            "三、为6000名残疾儿童提供康复救助。\n（牵头省领导：唐晓燕；牵头单位：省民政厅；责任单位：省残联）\n")
    table = parse_plan(SimpleNamespace(text=text, tables=[]))
    texts = [r.text for r in table.rows]
    assert any("加装电梯" in t for t in texts) and any("心理健康" in t for t in texts), texts


def test_a_unit_column_of_an_indicator_table_is_the_figures_measure():
    said = row_sentences([["指标", "单位", "2025年完成", "2026年目标"],
                          ["社会消费品零售总额增长", "%", "5.3", "5以上"],
                          ["城镇新增就业", "万人", "68.3", "66以上"]])
    assert said is not None and "5%以上" in said[0] and "66万人以上" in said[1] and "（单位" not in "".join(said), said


def test_a_sub_districts_report_to_its_residents_congress():
    meta = read_meta("桐川街道办事处工作报告\n——2026年1月13日在桐川街道第三届居民代表会议第二次会议上\n桐川街道办事处主任  陆文涛\n"
                     "各位代表：\n一、2025年工作回顾\n全年完成财政总收入6.83亿元。\n二、2026年工作安排\n新增市场主体1000户。\n",
                     kind="report")
    assert (meta.region, meta.year) == ("桐川街道", 2026) and meta.delivered.isoformat() == "2026-01-13"
