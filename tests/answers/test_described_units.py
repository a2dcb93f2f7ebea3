"""A unit said by what it does ("管交通的那个厅"): read against the registry's units, one fit
named, several asked back. The helper's own wording; the unit lists are invented."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.described_units import described
from core.context import Context
from tests.support.answer_sets import flat

NAMES = ["省交通运输厅", "省林业局", "省政务服务办", "省住房城乡建设厅", "省卫生健康委",
         "市交通运输局", "市交通执法局", "省推进交通强省建设领导小组成员单位"]


@pytest.mark.parametrize("question, unit", [
    ("省里管交通的那个厅牵头哪些", "省交通运输厅"),
    ("分管林业工作的局有几项任务", "省林业局"),
    ("负责政务服务管理的那个省级办公室牵头什么", "省政务服务办"),
    ("管住房和建设的那个厅", "省住房城乡建设厅"),  # the field's words in another order and form
    ("管卫生的那个委员会牵头哪些", "省卫生健康委"),
])
def test_a_unit_described_by_its_work_is_the_one_unit_of_that_kind_named_so(question: str, unit: str) -> None:
    found = described(question, NAMES)
    assert found is not None and found.units == (unit,)


def test_a_description_two_units_fit_names_both() -> None:
    found = described("管交通的那个局牵头哪些", NAMES)
    assert found is not None and set(found.units) == {"市交通运输局", "市交通执法局"}


@pytest.mark.parametrize("question", [
    "负责新改建农村公路的牵头单位是哪个",  # a task's words, then the role asked: no description
    "管钱的那个厅",  # one character says too little
    "分管教育的那个副省长是谁",  # a person, not a body
])
def test_words_that_describe_no_unit_are_left_alone(question: str) -> None:
    assert described(question, NAMES) is None


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


def test_a_described_unit_s_tasks_are_listed(ctx: Context) -> None:
    ans = ask(ctx, "21年分工方案，省里抓林业的那个局牵头了啥")
    text = flat(ans.answer)
    assert ans.intent == "unit_tasks" and "省林业局" in text and "造林绿化" in text, ans.answer


def test_a_described_unit_offered_as_owner_is_confirmed(ctx: Context) -> None:
    ans = ask(ctx, "21年方案里新改建农村公路3000公里，是不是管交通运输的那个厅牵头")
    assert ans.intent == "owner" and ans.answer.startswith("是的"), ans.answer


def test_a_description_two_units_fit_is_asked_back(monkeypatch: pytest.MonkeyPatch) -> None:
    from answers import backends
    from answers.described_units import with_unit_named

    monkeypatch.setattr(backends, "unit_names", lambda ctx: NAMES)
    question, asked_back = with_unit_named(None, "管交通的那个局牵头哪些")
    assert asked_back is not None and asked_back.intent == "clarify"
    assert "市交通运输局" in asked_back.answer and "市交通执法局" in asked_back.answer
    question, asked_back = with_unit_named(None, "主管林业的那个局牵头哪些")
    assert asked_back is None and question == "省林业局牵头哪些"


def test_a_field_said_by_a_unit_s_short_form_names_that_unit(ctx: Context) -> None:
    ans = ask(ctx, "21年方案里城市生活垃圾分类是不是管住建的那个厅牵头")
    assert ans.intent == "owner" and "省住房城乡建设厅" in ans.answer.splitlines()[0], ans.answer
