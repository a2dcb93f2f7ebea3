"""A name asked of a first-of-its-kind fact ("首家AA+的县属国企是哪家", "全市第一个零碳园区是
哪个"): a report fact, not an owner question (answers.first_of_kind). Before, "哪家" was read as
"which unit leads" and a task's owners, or "no such task", answered (round 26b). With a verb of
owning the question stays an owner ask."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.first_of_kind import names_first_of_kind
from core.context import Context
from tests.support.answer_sets import flat, report_context

REPORT = """政府工作报告
——2025年1月10日在桐溪县第十八届人民代表大会第三次会议上
各位代表：
一、2024年工作回顾
改革开放持续深化。完成县属国企整合重组，组建桐溪文旅集团，获评AA+主体信用评级，成为全县首家AA+级国有企业。溪口工业园获批省级零碳园区，成为全市第一家零碳园区。桐溪农商银行获评A级，成为全省唯一一家获评A级的县级农商行。桐溪茶创空间获批全县首个国家级星创天地。
二、2025年工作安排
全县地区生产总值增长6%左右。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = report_context(tmp_path_factory.mktemp("first_of_kind"), REPORT)
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("首家AA+的县属国企是哪家", "桐溪文旅集团"),
    ("全市第一家零碳园区是哪家", "溪口工业园"),
    ("唯一一家获评A级的县级农商行是哪家", "桐溪农商银行"),
    ("全县首个国家级星创天地是哪家", "桐溪茶创空间"),
])
def test_the_first_of_a_kind_is_named_from_the_report(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "fact" and want in flat(ans.answer), ans.answer


def test_a_verb_of_owning_keeps_the_owner_ask() -> None:
    assert names_first_of_kind("首家AAA的市属国企是哪家")
    assert not names_first_of_kind("首家AAA国企的改革是哪家牵头")
    assert not names_first_of_kind("老旧小区改造是哪家负责")
