"""Letter-spaced labels as PDFs print them ("责 任 领 导：", "牵 头 单 位 ：", header cells
"序 号", "牵头 单位") are read as the plain labels, in labelled fields, owner brackets and
column-aligned headers; text that only looks spaced is left alone."""
from __future__ import annotations

import importlib.util
import sys
from types import SimpleNamespace

import pytest

from retrieval.loaders import load_file
from retrieval.plans import detect_shape, parse_plan
from retrieval.plans.header import HEADER_LABELS
from retrieval.plans.spaced import join_header_tokens, join_spaced_labels
from tests.support.paths import DATA

TOWN = DATA / "plans" / "qingshi" / "town_fields.txt"


def _module():
    spec = importlib.util.spec_from_file_location("qingshi_plan", DATA / "plans" / "qingshi_plan.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["qingshi_plan"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


QINGSHI = _module()


def test_spaced_field_labels_give_leaders_units_and_deadlines():
    table = parse_plan(load_file(TOWN))
    assert table.shape == "fields" and len(table.rows) == 8
    first, last = table.rows[0], table.rows[-1]
    assert (first.code, first.leaders, first.lead_units, first.co_units, first.due_text) == (
        "1.1", ["周怀远"], ["镇经济发展办"], ["镇规划建设办", "镇财政所"], "2024年12月底")
    assert first.text == "推进青石农产品加工园二期建设，全年完成固定资产投资2.6亿元。"  # no "任 务：" left in it
    assert (last.code, last.leaders, last.lead_units, last.co_units) == ("3.3", ["宋清禾"], ["镇社会事务办"], ["镇财政所", "各村（社区）"])


def test_the_spaced_file_reads_as_the_plain_one():
    spaced = TOWN.read_text(encoding="utf-8")
    plain = join_spaced_labels(spaced)
    assert "牵头单位：镇经济发展办" in plain and "牵 头" not in plain
    read = [parse_plan(SimpleNamespace(text=t, tables=[])) for t in (spaced, plain)]
    assert [(r.text, r.leaders, r.lead_units, r.co_units, r.due_text) for r in read[0].rows] == \
           [(r.text, r.leaders, r.lead_units, r.co_units, r.due_text) for r in read[1].rows]


@pytest.mark.parametrize("shape", QINGSHI.SHAPES)
def test_every_shape_reads_spaced_labels_and_headers(tmp_path, shape):
    path = QINGSHI.write(tmp_path, shape, spaced=True)
    table = parse_plan(load_file(path))
    assert table.shape == ("table" if shape == "csv" else shape)
    assert [(r.code, r.text, r.leaders, r.lead_units, r.co_units) for r in table.rows] == QINGSHI.truth()


@pytest.mark.parametrize("line, plain", [
    ("责 任 领 导：张三", "责任领导：张三"),
    ("牵 头 单 位 ：镇党政办    配 合 单 位：镇财政所", "牵头单位 ：镇党政办    配合单位：镇财政所"),
    ("（1）任 务：修路。（牵 头 单 位：A；配 合 单 位：B）", "（1）任务：修路。（牵头单位：A；配合单位：B）"),
    ("【牵 头 单 位】镇党政办", "【牵头单位】镇党政办"),
    ("责\u3000任\u3000领\u3000导：张三", "责任领导：张三"),
])
def test_a_run_of_single_characters_before_a_colon_is_one_label(line, plain):
    assert join_spaced_labels(line) == plain


@pytest.mark.parametrize("line", [
    "共 建 设 项 目 12 个",  # no colon: not a label
    "推进镇 村 联动：",  # the run starts inside a word
    "王 五、李 四",  # names, no colon
    "牵头单位：镇党政办",  # nothing spaced
])
def test_text_that_is_not_a_spaced_label_is_left_alone(line):
    assert join_spaced_labels(line) == line


def test_header_cells_split_by_spacing_are_joined_by_structure():
    def cells(line: str) -> list[str]:
        return join_header_tokens(line.split(), HEADER_LABELS)

    assert cells("序 号 工 作 任 务 责任 领导 牵头 单位 配合 单位") == ["序号", "工作任务", "责任领导", "牵头单位", "配合单位"]
    assert cells("序 号 重点工作 牵 头 领 导 牵头 单位 完成 时限") == ["序号", "重点工作", "牵头领导", "牵头单位", "完成时限"]
    assert cells("序号 任务 牵头 配合") == ["序号", "任务", "牵头", "配合"]  # whole cells stay apart


def test_a_report_with_spaced_words_is_still_no_plan():
    text = "政 府 工 作 报 告\n各位代表：\n过去一年，全镇经济运行稳中有进。\n一、2023年工作回顾\n完成固定资产投资2亿元。\n"
    assert detect_shape(SimpleNamespace(text=text, tables=[])) is None
