"""A target the report states in words (answers.worded_targets): asked "增长多少", a clause like
"城乡居民人均可支配收入增长与经济增长同步" is the whole target, quoted as the answer with a note
that no figure is given, never "文件中没有找到具体数字" (round 24b r24b-015)."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.worded_targets import worded_target
from core.context import Context
from tests.answers.worded_report import REPORT
from tests.support.answer_sets import flat, report_context


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = report_context(tmp_path_factory.mktemp("worded_targets"), REPORT)
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("一般公共预算收入今年目标增长多少", "与上年基本持平"),
    ("城乡居民收入今年目标增长多少？", "与经济增长同步"),
    ("粮食总产量今年要增长多少", "稳中有升"),
    ("地表水环境质量今年目标是多少", "持续改善"),
    ("今年单位GDP能耗要降低多少", "完成市下达任务"),
])
def test_a_target_in_words_is_quoted(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "target" and want in flat(ans.answer) and "没有找到" not in ans.answer, ans.answer
    assert "没有给出具体数字" in ans.answer, ans.answer


def test_a_figure_target_is_still_its_figure(ctx: Context) -> None:
    ans = ask(ctx, "今年地区生产总值增长多少")
    assert "5%左右" in flat(ans.answer) and "文字表述" not in ans.answer, ans.answer


@pytest.mark.parametrize("clause", [
    "新港片区同步推进路网、管网和学校建设",  # 同步 as a verb, not the clause's end
    "城乡居民人均可支配收入增长6%，与经济增长同步",  # a figure printed: the figure answers
    "出口总额稳中提质",  # says nothing of the amount: stays "no figure" (test_blind2)
])
def test_no_worded_target_in_a_verb_or_beside_a_figure(clause: str) -> None:
    assert worded_target(clause, "城乡居民收入 增长") is None
