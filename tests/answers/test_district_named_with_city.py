"""A district's report titled with its city ("澜川市柳湾区2025年政府工作报告") is the district's:
staff type "柳湾区…" / "柳湾…", and the answer was "没有找到柳湾区的政府工作报告。现有报告：澜川市
柳湾区2025年" (round 38d: every question naming the district). `core.places.own_name` gives the
region's own name; regions, unit aliases and the region check of task answers all read it."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.regions import same_region
from core.places import own_name
from tests.support.answer_sets import flat, report_context

REPORT = """澜川市柳湾区2025年政府工作报告

一、2024年工作回顾

全区地区生产总值增长6.1%，柳湾大道快速化改造一期工程4.6公里建成通车。

二、2025年主要目标

地区生产总值增长6%左右，新增城镇就业1.2万人。
"""


@pytest.mark.parametrize("region, own", [
    ("澜川市柳湾区", "柳湾区"), ("江西省南昌市", "南昌市"), ("黔岭州云棠县", "云棠县"),
    ("南昌市", "南昌市"), ("江西省", "江西省"), ("湘西土家族苗族自治州", "湘西土家族苗族自治州"),
])
def test_own_name(region: str, own: str) -> None:
    assert own_name(region) == own


def test_the_district_and_its_city_are_not_the_same_region() -> None:
    assert same_region("柳湾区", "澜川市柳湾区") and same_region("柳湾", "澜川市柳湾区")
    assert not same_region("澜川市", "澜川市柳湾区") and not same_region("澜川", "澜川市柳湾区")


@pytest.fixture(scope="module")
def liuwan(tmp_path_factory: pytest.TempPathFactory):
    c = report_context(tmp_path_factory.mktemp("district_named_with_city"), REPORT, "柳湾区2025年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    ("柳湾区GDP目标多少", "6%左右"),
    ("柳湾今年新增城镇就业目标", "1.2万人"),
    ("柳湾大道快速化一期是多长 通车没", "4.6公里"),
])
def test_the_district_is_asked_by_its_own_name(liuwan, question: str, wanted: str) -> None:
    ans = ask(liuwan, question, today=dt.date(2025, 6, 1))
    assert wanted in flat(ans.answer), ans.answer
