"""One part of a glossary entry asked ("红黄绿调度里黄色是啥标准", round 24b): the clauses of the
term's 名词解释 entry that name the part answer (answers.glossary_parts); before, the report's
sentence naming the term answered, which says nothing of the part. An entry that does not name
the part answers nothing here. The county report of tests/data/figures_county."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.context import Context
from tests.answers.test_figure_units import county_context
from tests.support.answer_sets import flat

try:
    from answers.glossary_parts import asked_part
except ImportError:  # (before the class was fixed)
    asked_part = None


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = county_context(tmp_path_factory, "glossary_parts")
    yield c
    c.close()


@pytest.mark.parametrize("question, want, wrong", [
    ("三色预警机制里黄色是啥标准", "滞后序时进度15天以内", "15天以上"),
    ("三色预警里红色是什么标准", "滞后15天以上", "15天以内"),
    ("梧桐英才计划里硕士是啥标准", "每月2000元", "30万元"),
    ("梧桐英才计划里的博士是什么标准", "安家补贴30万元", "2000元"),
    ("三级响应里紧急诉求是什么标准", "2小时内响应", "2个工作日"),
])
def test_the_part_of_the_entry_answers(ctx: Context, question: str, want: str, wrong: str) -> None:
    ans = ask(ctx, question)
    first = flat(ans.answer.splitlines()[0])
    assert ans.intent != "none" and want in first and wrong not in first, ans.answer


def test_a_part_the_entry_does_not_name_is_not_answered_from_it(ctx: Context) -> None:
    ans = ask(ctx, "三色预警里蓝色是什么标准")
    assert "三色预警”中的“蓝色" not in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question, parts", [
    ("红黄绿调度里黄色是啥标准", ("红黄绿调度", "黄色")),
    ("X计划里的博士补贴是什么意思", ("X计划", "博士补贴")),
    ("今年目标里GDP是多少", None),  # a figure asked, no part of a term
])
def test_asked_part(question: str, parts: tuple[str, str] | None) -> None:
    assert asked_part(question) == parts
