"""The stage a project is to reach this year (answers.stage_asks): "X今年要干到啥程度" is
answered by the clause naming X with a milestone ("年内完成主体结构封顶"), not by X's line in
the key-project list that gives only its investment (round 25c r25c-007)."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.stage_asks import asked_thing
from core.context import Context
from tests.answers.worded_report import REPORT
from tests.support.answer_sets import flat, report_context


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = report_context(tmp_path_factory.mktemp("stage_asks"), REPORT)
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("县医院新院区今年要干到啥程度", "主体结构封顶"),
    ("三中扩建今年要建到什么程度", "建成投用"),
    ("枫岭大桥改建年内要推进到哪一步", "完成桩基施工"),
    ("青石水库除险加固要干到什么程度", "汛期前完工"),
    ("县人民医院新院区2025年计划建到哪个阶段", "主体结构封顶"),
    ("县第三中学扩建项目年内要干到什么程度", "秋季开学前建成投用"),
    ("今年县人民医院新院区计划干到啥程度", "主体结构封顶"),
])
def test_the_stage_clause_answers(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer.splitlines()[0]), ans.answer


@pytest.mark.parametrize("question", [
    "县人民医院新院区干到哪一步了",  # progress so far: the registry's question
    "县人民医院新院区今年投资多少",
])
def test_no_planned_stage_is_asked(question: str) -> None:
    assert asked_thing(question) is None
