"""A part's figure is no answer to the whole (round 28c r28c-019): "去年全市GDP总量多少" is
the city's figure, never two districts'; when only a part's figure is written, the answer says
so. Own variants over an invented city (tests/data/s13d_tangjiang)."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.whole_region import part_named
from tests.support.answer_sets import assert_holds, flat

TODAY = dt.date(2026, 6, 1)


@pytest.mark.parametrize(
    ("question", "whole", "part"),
    [
        ("去年全市常住人口多少", "412万人", "86万人"),
        ("去年全市一般公共预算收入多少", "196亿元", "28亿元"),
        ("全市去年GDP总量是多少", "2860亿元", "610亿元"),
        ("去年全市社会消费品零售总额多少", "1180亿元", "320亿元"),
    ],
)
def test_the_whole_before_a_part(tangjiang_ctx, question: str, whole: str, part: str):
    ans = ask(tangjiang_ctx, question, today=TODAY)
    assert_holds(ans.answer, whole)
    assert part not in flat(ans.answer), ans.answer


@pytest.mark.parametrize(
    ("question", "figure", "parts"),
    [
        ("去年全市城镇新增就业多少人", "1.2万人", "江北区"),
        ("去年全市外贸进出口总额多少", "146亿元", "棠东经开区"),
    ],
)
def test_only_a_part_written_is_said_so(tangjiang_ctx, question: str, figure: str, parts: str):
    ans = ask(tangjiang_ctx, question, today=TODAY)
    assert_holds(ans.answer, figure, "没有找到全市", f"只写了{parts}")


@pytest.mark.parametrize(
    ("question", "figure"),
    [("去年江北区常住人口多少", "86万人"), ("去年棠东区一般公共预算收入多少", "28亿元")],
)
def test_a_part_asked_is_answered_by_it(tangjiang_ctx, question: str, figure: str):
    ans = ask(tangjiang_ctx, question, today=TODAY)
    assert_holds(ans.answer, figure)
    assert "没有找到" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("岚东区、临渡区地区生产总值分别达到520亿元、410亿元", "岚东区、临渡区"),
        ("中心城区PM2.5平均浓度29微克/立方米", None),  # the urban core is a scope, not a part
        ("地区生产总值增长5.9%", None),
        ("全市地区生产总值达到3286.4亿元", None),
        ("其中，青溪县粮食产量12亿斤", "青溪县"),
    ],
)
def test_part_named(clause: str, expected):
    assert part_named(clause, "去年全市多少") == expected


@pytest.mark.parametrize(
    "clause",
    ["完成棚户区改造项目14个", "各乡镇污水处理率达到90%", "国家级示范区创建数量3个", "老城片区改造完成率80%"],
)
def test_things_that_end_like_a_place_are_no_parts(clause: str):
    assert part_named(clause, "去年全市多少") is None


@pytest.mark.parametrize("clause", ["开工改造城镇老旧小区1062个、棚户区7.91万套", "城镇老旧小区改造1062个", "乡镇卫生院标准化率100%"])
def test_work_on_estates_and_towns_is_no_part(clause: str):
    assert part_named(clause, "22年老旧小区开工改造多少个") is None
