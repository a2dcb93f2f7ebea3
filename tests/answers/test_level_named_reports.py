"""A report named by its level scopes the question to that level: "省两会报告" / "省级政府工作
报告" is the province's report only, never a city's beside it; "市政府工作报告" / "市级报告" /
"市两会报告" with no city named is a city's report (the default city, else the cities'), never
the province's. The helper's own wordings over the sample corpus; none is a blind round's
question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.regions import city_level_said, parse_region
from answers.side_requests import read_side_requests
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


@pytest.mark.parametrize("question, figure", [
    ("省两会报告里2024年的地区生产总值增长目标", "5%左右"),
    ("2024年省两会报告里的粮食产量目标", "430亿斤"),
    ("省里开两会的报告2024年粮食产量目标", "430亿斤"),
    ("2024年地区生产总值增长目标（按省政府工作报告）", "5%左右"),
    ("2024年地区生产总值增长目标，要省两会报告的", "5%左右"),
])
def test_the_provinces_report_answers_alone(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert ans.intent == "target" and figure in text, ans.answer
    assert "南昌" not in text and "赣州" not in text, ans.answer


@pytest.mark.parametrize("question, figure, not_figure", [
    ("2024年市政府工作报告里的地区生产总值增长目标", "5.0%左右", "增长5%左右"),
    ("2024年市级报告的粮食产量目标", "42亿斤", "430亿斤"),
    ("2024年市两会报告里一般公共预算收入增长目标", "5.0%左右", "江西省"),
    ("市级政府工作报告2023年城镇新增就业多少", "6.89万人", "江西省"),
    ("2024年粮食产量目标（市级报告口径）", "42亿斤", "430亿斤"),
    ("2024年粮食产量目标（依据市两会报告）", "42亿斤", "430亿斤"),
])
def test_a_citys_report_said_by_level_is_never_the_provinces(ctx: Context, question: str, figure: str,
                                                             not_figure: str) -> None:
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert ans.intent in ("target", "fact") and figure in text, ans.answer
    assert not_figure not in text and "江西省" not in text, ans.answer


def test_a_citys_report_with_a_default_city_is_that_citys() -> None:
    ref = parse_region("市政府工作报告里GDP目标多少", default_region="南昌市", home="江西省")
    assert ref.name == "南昌市" and ref.default_used
    assert city_level_said("市两会报告里粮食产量") == "市"
    assert city_level_said("南昌市政府工作报告里粮食产量") is None  # the city is named
    assert city_level_said("城市更新报告") is None


def test_a_level_report_in_a_side_clause_is_the_scope() -> None:
    assert read_side_requests("2024年GDP目标（按省政府工作报告）").question == "全省2024年GDP目标"
    assert read_side_requests("2024年粮食产量目标（依据市两会报告）").question == "市里2024年粮食产量目标"
    # a plan named the same way stays the question's own words (answers.plan_named reads it)
    assert read_side_requests("21年新增上市公司多少家（按分工方案）").question == "21年新增上市公司多少家（按分工方案）"
