"""A message that asks one indicator of two regions, the second part naming only its region
("社零增速今年我省定多少 我市（南昌）定多少"), or the first part naming its region after the year
("老旧小区改造今年南昌计划多少个 全省24年呢"): each part answered for its own region, the
measure carried from the first (answers/ellipsis.py, answers/regions.py). Rounds 31a (r31a-062,
r31a-065); own variants over an invented province report and city report written here (other
regions, other indicators, other wordings); each failed before."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import assert_holds, ingested_context

TODAY = dt.date(2025, 4, 10)

PROVINCE = """2025年湖南省政府工作报告

一、2024年工作回顾

过去一年，全省地区生产总值增长4.8%。

二、2025年工作安排

今年全省发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业70万人以上，粮食产量稳定在620亿斤以上。
（三）推进新型城镇化。新改建农村公路6000公里，新建5G基站2.5万个。
"""

CITY = """岳阳市2025年政府工作报告

一、2024年工作回顾

过去一年，全市地区生产总值增长5.2%。

二、2025年工作安排

今年全市发展的主要预期目标是：地区生产总值增长6.2%左右，城镇新增就业6.5万人，粮食产量稳定在55亿斤以上。
（二）建设美丽岳阳。新改建农村公路800公里，新建5G基站3200个。
"""


@pytest.fixture(scope="module")
def two_regions(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("carried_parts")
    (tmp / "2025年湖南省政府工作报告.txt").write_text(PROVINCE, encoding="utf-8")
    (tmp / "岳阳市2025年政府工作报告.txt").write_text(CITY, encoding="utf-8")
    c, results = ingested_context(tmp, [tmp / "2025年湖南省政府工作报告.txt", tmp / "岳阳市2025年政府工作报告.txt"])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("question, province, city", [
    # the second part names only its region, in brackets after 我市, asked with 定
    ("城镇新增就业今年我省定多少 我市（岳阳）定多少", "70万人以上", "6.5万人"),
    # the region as the province's word, then the city by name with 定
    ("粮食产量今年省里定多少 岳阳定多少", "620亿斤以上", "55亿斤以上"),
    # the first part names its city after the year; the second only the province
    ("农村公路今年岳阳计划新改建多少公里 全省呢", "6000公里", "800公里"),
    # the same with a year written out and a count
    ("新建5G基站2025年岳阳目标多少个 湖南省呢", "2.5万个", "3200个"),
])
def test_each_part_for_its_own_region(two_regions, question: str, province: str, city: str) -> None:
    ans = ask(two_regions, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert_holds(ans.answer, province, city, "湖南省", "岳阳市")
