"""A report's annex of main targets (附表: 指标 | 单位 | 2025年完成 | 2026年目标 | 属性, round 63c/63d):
the figures are printed bare, their unit in a column of its own. A row read as sentences says
"单位地区生产总值能耗降低完成2.8"; that bare figure answers "去年能耗降了多少" (before: "no figure
given"), and "城镇化率去年完成多少 今年目标多少" gives the result to the first part and the target to
the second (before, the second part's 目标 made the first a target too). The report is invented."""
from __future__ import annotations

import datetime as dt

import docx
import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2026, 11, 20)
PARAGRAPHS = [
    "汐澜省2026年政府工作报告",
    "——2026年1月20日在汐澜省第十四届人民代表大会第五次会议上",
    "一、2025年工作回顾",
    "过去一年，全省地区生产总值达到3.2万亿元，增长5.3%。",
    "二、2026年主要预期目标",
    "今年全省经济社会发展的主要预期目标是：地区生产总值增长5%以上；城镇新增就业60万人以上。",
    "附表",
    "2026年全省经济社会发展主要预期目标",
]
TABLE = [["指标", "单位", "2025年完成", "2026年目标", "属性"],
         ["外贸进出口总额增长", "%", "4.1", "3左右", "预期性"],
         ["单位地区生产总值能耗降低", "%", "2.8", "2.5左右", "约束性"],
         ["常住人口城镇化率", "%", "62.9", "63.5", "预期性"]]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("annex")
    document = docx.Document()
    for p in PARAGRAPHS:
        document.add_paragraph(p)
    table = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for r, values in enumerate(TABLE):
        for cell, value in zip(table.rows[r].cells, values):
            cell.text = value
    path = tmp / "汐澜省2026年政府工作报告.docx"
    document.save(path)
    c, results = ingested_context(tmp / "data", [path])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


def test_a_bare_figure_of_the_annex_answers(ctx):
    ans = ask(ctx, "去年能耗降了多少", today=TODAY)
    assert ans.intent != "none" and "2.8" in flat(ans.answer), ans.answer


def test_a_result_part_keeps_its_kind_beside_a_target_part(ctx):
    text = flat(ask(ctx, "城镇化率去年完成多少 今年目标多少", today=TODAY).answer)
    assert "62.9" in text and "63.5" in text, text
