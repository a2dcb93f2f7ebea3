"""A paragraph plan whose owner brackets a PDF cut over lines, so that some lines start
with a label ("牵头单位：…"), is still a paragraph plan: those labels stand inside the
bracket the task's line opened, not on lines of their own. (The labelled-field reader took
such a plan for its shape and refused it, every task "没有牵头单位".)"""
from __future__ import annotations

from types import SimpleNamespace

from retrieval.plans import detect_shape, parse_plan

UNITS = ["市发展改革委", "市工业和信息化局", "市商务局", "市住房城乡建设局", "市教育局"]


def _plan() -> str:
    lines = ["苇川市2025年《政府工作报告》重点工作责任分工方案", "", "一、扩大有效需求（5项）", ""]
    for n, unit in enumerate(UNITS, start=1):
        # The cut falls right before a label: the next line opens with it.
        lines += [f"{n}. 实施第{n}批重点项目，年内完成投资{n * 10}亿元以上。（牵头领导：",
                  f"韦启{n}；", f"牵头单位：{unit}；责任单位：市财政局、各县（市、区）政府）", ""]
    return "\n".join(lines)


def test_labels_cut_onto_their_own_lines_inside_an_owner_bracket():
    loaded = SimpleNamespace(text=_plan(), tables=[])
    assert detect_shape(loaded) == "paragraphs"
    table = parse_plan(loaded)
    assert [r.code for r in table.rows] == ["1.1", "1.2", "1.3", "1.4", "1.5"]
    assert [r.lead_units for r in table.rows] == [[u] for u in UNITS]
    assert table.rows[0].leaders == ["韦启1"] and table.rows[2].text == "实施第3批重点项目，年内完成投资30亿元以上。"
