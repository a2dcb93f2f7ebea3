""""为啥X没能按期完成" / "X没完成是什么原因" / "为什么X超额完成": a reason asked of one item. A
report sentence that gives the reason answers; otherwise what the documents say of the item,
opened by the plain note that no reason is written, never "not found" when the item is in the
text. The helper's own wordings over the sample corpus; none is a blind round's question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.reasons import reason_asked
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


@pytest.mark.parametrize("question", [
    "2023年主要经济指标为什么不及预期",
    "2023年全省经济增速为啥没达到预期",
    "2023年经济指标增速不及预期的原因是什么",
])
def test_reason_the_report_gives(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert ans.intent == "fact", (question, ans.answer)
    assert "不确定难预料因素增多" in text and "没有写原因" not in text, text


@pytest.mark.parametrize("question, said", [
    ("为啥2021年纳入计划的老旧小区改造没能按期完成", "2021年计划改造的全部开工"),
    ("为什么2023年保障性租赁住房超额完成", "超额完成年度任务"),
    ("赣州2022年棚户区改造为什么没完成", "1.88万户"),
    ("2021年造林任务超额完成的原因是什么", "208.2%"),
    ("南昌老旧小区改造进度慢是什么原因", "303个"),
    ("赣深客专为什么没有按期通车", "赣深客专"),
    ("南昌2023年GDP增速为啥只有4%", "4.0%左右"),
])
def test_no_reason_written_gives_what_is(ctx: Context, question: str, said: str) -> None:
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert ans.intent != "none", (question, ans.answer)
    assert text.startswith("文件里没有写原因"), text
    assert said in text, (question, ans.answer)
    assert "无法核对" not in text, text  # a figure said of the state is no remembered target


@pytest.mark.parametrize("text, asked", [
    ("为啥X没能按期完成", True), ("X没完成是什么原因", True), ("X为何滞后", True), ("X的原因有哪些", True),
    ("为什么叫两山银行", False), ("两山银行为什么这么叫", False), ("X完成了没有", False),
])
def test_reason_asked(text: str, asked: bool) -> None:
    assert reason_asked(text) is asked
