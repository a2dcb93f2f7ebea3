"""Words that point at a subject ("民运会那块场馆…", "高铁站那边配套道路…", "养老这一块…"): no word
of it. The rules' topic already dropped them, but the fallback's asked item kept them, and their
characters, printed in no report, read as a word the documents do not hold: a false "not found"
(round 26b "省运会那块场馆要新建改造几个"). An invented county report that prints neither 那 nor 块."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.answerability import asked_text
from core.context import Context
from tests.support.answer_sets import flat, report_context

REPORT = """政府工作报告
——2025年1月8日在梅川县第十七届人民代表大会第四次会议上
各位代表：
一、2024年工作回顾
文体事业繁荣发展。成功承办全省第十届少数民族传统体育运动会，完成新建、改造比赛场馆9个。
交通条件明显改善。梅川高铁站建成投用，同步建成站前配套道路12公里。
二、2025年工作安排
提升养老服务水平，新增普惠养老床位360张。深化招商引资，全年签约亿元以上项目46个。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = report_context(tmp_path_factory.mktemp("pointing_words"), REPORT)
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("民运会那块场馆新建改造了几个", "9个"),
    ("民运会那块比赛场馆完成了几个", "9个"),
    ("养老这一块普惠床位要新增多少张", "360张"),
    ("养老那边普惠床位新增几张", "360张"),
    # shapes that were answered before and must stay so
    ("高铁站那边站前配套道路建了多少公里", "12公里"),
    ("招商那块亿元以上项目今年签约多少个", "46个"),
])
def test_a_pointing_word_is_no_word_of_the_subject(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer), ans.answer


def test_the_asked_item_drops_the_pointing_words() -> None:
    assert "那块" not in asked_text("省运会那块场馆要新建改造几个")
    assert "这一块" not in asked_text("养老这一块床位多少张")
    assert "那边" not in asked_text("高铁站那边道路多少公里")
