"""A task named with one piece typed by its sound ("锦西灌区" for the table's "锦溪灌区", "禾元" for
"禾园"), or by its company without the kind word ("锦成食品二期" for "锦澄食品集团二期"): the table's
task is answered and the answer says which word it read; two slips, or another phase, are still
"not found" (round 24d: "兰汽二期开工" of "澜汽集团二期项目"). The helper's own invented table."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.ordinals import same_owner
from answers.task_sounds import heard_topics
from core.context import Context
from tests.support.answer_sets import assert_holds


@pytest.mark.parametrize("question, wanted", [
    ("锦西灌区改造那条牵头单位是谁", ["区水利局", "许嘉禾"]),
    ("禾元保障房那条谁牵头", ["区住建局", "唐立新"]),
    ("英材计划那条谁牵头", ["区委人才办"]),
    ("锦成食品二期开工那条 牵头单位是谁", ["区工信局", "周明远"]),
])
def test_a_name_typed_by_its_sound_finds_the_task(qinghe_plan_ctx: Context, question: str, wanted: list[str]) -> None:
    ans = ask(qinghe_plan_ctx, question)
    assert ans.intent == "owner", (ans.intent, ans.answer)
    assert_holds(ans.answer, *wanted)


def test_the_word_read_is_said(qinghe_plan_ctx: Context) -> None:
    ans = ask(qinghe_plan_ctx, "锦西灌区改造那条牵头单位是谁")
    assert "按同音的“锦溪”理解" in ans.answer, ans.answer


@pytest.mark.parametrize("question", ["金城食品二期谁牵头", "锦澄食品三期谁牵头", "锦西水库除险加固那条谁牵头"])
def test_two_slips_or_another_phase_are_not_found(qinghe_plan_ctx: Context, question: str) -> None:
    ans = ask(qinghe_plan_ctx, question)
    assert ans.intent == "none" and not ans.tasks, (ans.intent, ans.answer)


def test_no_reading_when_every_piece_is_the_tables() -> None:
    assert heard_topics("锦溪灌区", ["实施锦溪灌区续建配套与现代化改造。"]) == []
    assert [h.read for h in heard_topics("锦西灌区", ["实施锦溪灌区续建配套与现代化改造。"])] == ["锦溪"]


def test_a_company_said_without_its_kind_is_the_same_project() -> None:
    assert same_owner("澜汽", "推动澜汽集团")
    assert same_owner("兰汽", "推动澜汽集团")
    assert not same_owner("金城食品", "推动锦澄食品")


def test_a_deadline_asked_of_a_name_typed_by_its_sound_is_the_tables(qinghe_plan_ctx: Context) -> None:
    """Round 53b: "鹊湖围堤加固最晚啥时候要完工" for 鹊湖圩堤: the deadline, not a report's sentence."""
    ans = ask(qinghe_plan_ctx, "锦西灌区改造最晚啥时候要完成")
    assert ans.intent == "status" and "按同音的“锦溪”理解" in ans.answer, (ans.intent, ans.answer)
