"""Class: a co-unit cell listing one unit a line, without "、", where a long name wraps.

A Word or PDF table often lists its units one a line in a narrow column; a long name then
wraps ("中国人民银行澄江市分" / "行"). Lines are glued to the name above only while that name
is unfinished: a name ending in 分行, 气象台, 电视台 is finished, and "…人力资源和社会" is not
(社会 is no body, though 会 ends 委员会). Every name here is invented.
"""
from __future__ import annotations

import pytest

from retrieval.loaders import load_file
from retrieval.plans import parse_plan, split_units
from tests.support.fpdf_plans import table_pdf


@pytest.mark.parametrize("cell, names", [
    ("中国人民银行澄江市分\n行\n各县（市、区）人民政\n府", ["中国人民银行澄江市分行", "各县（市、区）人民政府"]),
    ("市气象台\n市水利局", ["市气象台", "市水利局"]),
    ("溪口广播电视台\n县文化和旅游局", ["溪口广播电视台", "县文化和旅游局"]),
    ("中国工商银行桂塘分行\n区金融工作办公室", ["中国工商银行桂塘分行", "区金融工作办公室"]),
    ("市人力资源和社会\n保障局\n市税务局", ["市人力资源和社会保障局", "市税务局"]),
    ("县人力资源社会\n保障局\n县财政局", ["县人力资源社会保障局", "县财政局"]),
])
def test_unit_cells_one_a_line(cell, names):
    assert split_units(cell) == names


def test_units_one_a_line_in_a_pdf_table(tmp_path):
    header = ["序号", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"]
    rows = [
        "一、稳就业",
        ["1", "发放创业担保贷款5亿元。", "高明远", "市财政局",
         "市人力资源和社会保障局\n中国人民银行澄江市分行\n各县（市、区）人民政府", "2026年12月底"],
        ["2", "开展气象灾害防御能力提升行动。", "高明远", "市应急管理局", "市气象台\n市水利局", "2026年10月底"],
    ]
    path = table_pdf(tmp_path / "清单.pdf", "澄江市2026年重点工作责任清单", "各单位抓好落实。", header, rows,
                     (12, 110, 22, 40, 32, 25))
    co = {r.code: r.co_units for r in parse_plan(load_file(path)).rows}
    assert co == {"1.1": ["市人力资源和社会保障局", "中国人民银行澄江市分行", "各县（市、区）人民政府"],
                  "1.2": ["市气象台", "市水利局"]}
