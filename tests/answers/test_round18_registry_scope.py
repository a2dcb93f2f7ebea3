"""Round-18 classes of the registry and of scope: a task named by a short description inside
a request ("请明确分工方案中X一项的牵头单位"), a bare number as the key to a task ("…12345…"),
a leader's or a unit's whole list asked with words that narrow nothing ("作为…的全部任务"),
a pasted line two documents hold asked for its year, a place's other name in a list of two
regions, and the verb a figure is asked with ("压到多少"). Every question is the helper's own
wording over the sample corpus; each asserts what a user would see."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.owner_asks import bare_numbers, narrowing_words, task_words
from answers.regions import read_nicknames
from core.context import Context
from tests.support.answer_sets import assert_holds


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


def test_request_words_around_a_description_are_dropped() -> None:
    assert task_words("麻烦明确一下分工方案里爱国卫生运动那条") == "爱国卫生运动"
    assert bare_numbers("政务热线归并到12345这项") == ["12345"]
    assert bare_numbers("2024年新建3000公里") == []


def test_a_task_named_inside_a_request(ctx: Context) -> None:
    ans = ask(ctx, "麻烦明确一下分工方案里爱国卫生运动那条归谁牵头")
    assert ans.intent == "owner", ans.answer
    assert_holds(ans.answer, "8.23", "省卫生健康委")


def test_a_bare_number_names_the_one_task_holding_it(ctx: Context) -> None:
    # the plan says "整入…12345政务服务热线": another verb, the number the key
    ans = ask(ctx, "政务热线归并到12345这项牵头单位是谁")
    assert ans.intent == "owner", ans.answer
    assert_holds(ans.answer, "4.4", "省政务服务办")


def test_whole_list_words_narrow_nothing() -> None:
    assert narrowing_words("为准备汇报， 作为省政府 领导 全部") == ""
    assert narrowing_words("涉及信访") == "信访"


def test_a_leader_s_whole_list_asked_with_role_words(ctx: Context) -> None:
    plain = ask(ctx, "孙菊生牵头的任务")
    ans = ask(ctx, "请汇总孙菊生同志作为牵头领导的所有任务")
    assert ans.intent == "leader_tasks", ans.answer
    assert "有关" not in ans.answer, ans.answer
    assert len(ans.tasks) == len(plain.tasks) > 3


def test_a_unit_s_whole_list_asked_with_a_purpose_first(ctx: Context) -> None:
    ans = ask(ctx, "为准备汇报，请列出省民政厅作为配合单位的所有任务")
    assert ans.intent == "unit_tasks", ans.answer
    assert "有关" not in ans.answer, ans.answer
    assert_holds(ans.answer, "3.15", "8.8")


def test_the_year_of_a_line_two_documents_hold_names_both(ctx: Context) -> None:
    ans = ask(ctx, "新改建农村公路3000公里属于哪一年的任务")
    assert_holds(ans.answer, "2024年", "2021年", "分工方案")


def test_a_place_s_other_name_in_a_list_of_two_regions() -> None:
    assert read_nicknames("省里和洪城分别多少") == "省里和南昌分别多少"
    assert read_nicknames("洪城和赣州的GDP") == "南昌和赣州的GDP"
    assert read_nicknames("洪城大市场和洪城广场") == "洪城大市场和洪城广场"


def test_each_of_two_regions_said_by_other_names(ctx: Context) -> None:
    ans = ask(ctx, "24年老旧小区改造目标 省里和洪城分别多少个")
    assert_holds(ans.answer, "1008个", "240个", "南昌市", "江西省")


def test_the_verb_a_figure_is_asked_with_is_no_subject_word(ctx: Context) -> None:
    ans = ask(ctx, "赣州23年中心城区PM2.5要压到多少")
    assert ans.intent == "target", ans.answer
    assert_holds(ans.answer, "27微克")


def test_a_project_of_another_name_is_no_task_of_the_same_kind(ctx: Context) -> None:
    # the plan speeds up "花桥水利枢纽": another project's name shares only the kind
    ans = ask(ctx, "请明确分工方案中峡江水利枢纽一项的牵头单位")
    assert ans.intent == "none", ans.answer
    assert "3.4" in ask(ctx, "请明确分工方案中花桥水利枢纽一项的牵头单位").answer
