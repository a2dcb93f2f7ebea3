"""A count asked with its counter before the noun ("开放多少张床", "新建多少间教室", "储备多少顶
帐篷"): the counter is the unit asked, the noun the subject (answers.counted_nouns). Before, the
counter stayed glued to the noun ("张床") and the report's "开放床位420张" was "not found"
(round 26c). An invented county report of a shape the sample corpus lacks."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.counted_nouns import counter_dropped
from core.context import Context
from tests.support.answer_sets import flat, report_context

REPORT = """政府工作报告
——2025年1月12日在桐溪县第十八届人民代表大会第三次会议上
各位代表：
一、2024年工作回顾
民生事业加快发展。县中医院住院楼投入使用，开放床位420张。城区更换节能路灯1500盏。全县发放惠民消费券5000张。
教育条件持续改善。桐溪二中扩建完工，新建标准化考场教室60间。
二、2025年工作安排
新建公办幼儿园3所，新增学位1800个。县应急物资库储备救灾帐篷800顶。新增公交车辆40台。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = report_context(tmp_path_factory.mktemp("counted_nouns"), REPORT)
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("县中医院住院楼开放多少张床", "420张"),
    ("城区更换了多少盏灯", "1500盏"),
    ("今年新增多少台车", "40台"),
    ("全县发了多少张券", "5000张"),
    # shapes that were answered before and must stay so
    ("应急物资库储备多少顶救灾帐篷", "800顶"),
    ("新建了几间教室", "60间"),
])
def test_the_counter_before_the_noun_is_the_unit_asked(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer.splitlines()[0]), ans.answer


def test_a_noun_that_begins_with_a_counter_stays_whole() -> None:
    assert counter_dropped("开放多少张床") == "开放多少 床"
    assert counter_dropped("新增多少床位") == "新增多少床位"  # 床位 is the noun, not 床 + 位
    assert counter_dropped("用了几个月") == "用了几个月"  # a span of time is the measure itself
    assert counter_dropped("哪几个项目") == "哪几个项目"
