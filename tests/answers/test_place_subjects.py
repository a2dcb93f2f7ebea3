"""A clause opened by a county or county-level city of the report's region speaks of that place:
"槿山市地区生产总值突破500亿元" in 楠州's review answered "去年GDP总量多少" over the city's own
"全年实现地区生产总值2816.4亿元" (round 38c). Such a clause counts less unless the question names
the place (`answers.evidence._other_place_first`). Own invented city."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_context

REPORT = """岚州市2025年政府工作报告

一、2024年工作回顾

过去一年，全市经济稳中有进。
溪山市地区生产总值突破500亿元，入选全省县域经济高质量发展先进县（市）；全年实现地区生产总值2816.4亿元，增长5.9%。
桐溪县新增规上工业企业31家，全市新增规上工业企业186家。
"""


@pytest.fixture(scope="module")
def lanzhou(tmp_path_factory: pytest.TempPathFactory):
    c = report_context(tmp_path_factory.mktemp("place_subjects"), REPORT, "岚州市2025年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted, not_wanted", [
    ("去年GDP总量多少", "2816.4亿元", "500亿元"),
    ("去年溪山市GDP多少", "500亿元", "2816.4亿元"),
    ("去年新增规上工业企业多少家", "186家", "31家"),
])
def test_the_place_a_clause_opens_with_is_the_one_it_speaks_of(lanzhou, question: str, wanted: str, not_wanted: str) -> None:
    text = flat(ask(lanzhou, question, today=dt.date(2025, 6, 1)).answer)
    headline = text.split("原文")[0]  # the figure given; the sentence quoted may hold the other
    assert wanted in headline and not_wanted not in headline, text


@pytest.mark.parametrize("clause, other", [
    ("槿山市地区生产总值突破500亿元", True), ("桐溪县新增规上工业企业31家", True),
    ("力争城市建成区44%以上面积达标", False), ("推动县城建设提质", False), ("上市公司新增5家", False),
    ("全市新增规上工业企业186家", False), ("岚州市地区生产总值增长6%", False),
])
def test_which_clauses_open_with_another_place(clause: str, other: bool) -> None:
    """A word ending in 市/县 (城市, 县城, 上市) and the report's own region are no other place."""
    from answers.evidence import _other_place_first

    assert _other_place_first(clause, "岚州市", ["地区", "生产"]) is other
