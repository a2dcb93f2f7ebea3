"""What staff say around the ask: who relays it, what it is for, what someone else claimed,
a doubt, a scope not wanted, "我们+place", two asks in one clause (answers/framing.py,
answers/noun_asks.py, answers/multipart.py). Every question here is the helper's own wording
over the sample corpus."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.framing import read_frame
from answers.noun_asks import asked_by_nouns
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


def _answered(ctx: Context, question: str, *figures: str) -> str:
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert ans.intent != "none" and all(f in text for f in figures), ans.answer
    return text


# --- the framing clause is no content ---------------------------------------------------------

@pytest.mark.parametrize("question, figure", [
    ("交通口的同事问：24年省里新改建农村公路安排了多少公里？", "3000公里"),
    ("帮处长写汇报稿，南昌24年城中村改造定了几个？", "27个"),
    ("领导强调高新技术企业培育要抓紧，21年分工方案里要新增多少家？", "1500家"),
    ("咱们南昌24年老旧小区改造几个？", "240个"),
])
def test_a_relay_a_purpose_or_an_exhortation_before_the_ask_is_not_searched(ctx: Context, question: str, figure: str) -> None:
    _answered(ctx, question, figure)


# --- a figure someone else said is checked, not searched --------------------------------------

def test_a_wrong_figure_heard_is_answered_with_the_document_s_and_said_to_differ(ctx: Context) -> None:
    text = _answered(ctx, "听群里讲24年省里户籍人口城镇化率要到50%，报告里定的到底是多少？", "46%左右")
    assert "不是“50%”" in text


def test_a_doubt_after_the_heard_figure_is_no_subject(ctx: Context) -> None:
    text = _answered(ctx, "群里说22年省里5020项目要引进300个，我觉得不对，报告原文是多少个？", "170个以上")
    assert "不是“300个”" in text


def test_a_heard_figure_the_document_states_gets_no_correction(ctx: Context) -> None:
    text = _answered(ctx, "有人说23年全省新增上市公司12家，报告里具体是几家？", "12家")
    assert "不是" not in text


def test_a_rough_figure_heard_is_not_judged_and_its_measure_is_asked(ctx: Context) -> None:
    text = _answered(ctx, "上面说南昌23年游客一亿多人次，具体接待了多少？", "1.9亿人次")
    assert "不是" not in text


def test_the_heard_figure_is_kept_out_of_the_question_and_recorded() -> None:
    frame = read_frame("同事转发说21年全省粮食总产450亿斤，报告里是多少？")
    assert "450" not in frame.question and frame.claimed == ("450亿斤",)
    assert "亿斤" in frame.question  # what the ask counts in


# --- "我们+place" and a region with no report -------------------------------------------------

def test_our_city_with_no_report_is_not_found_never_the_province_s_figure(ctx: Context) -> None:
    ans = ask(ctx, "我们抚州市24年GDP目标多少？想跟省里对一下")
    assert ans.intent == "none" and "5%左右" not in flat(ans.answer), ans.answer


# --- a scope said not to be wanted ------------------------------------------------------------

def test_a_region_not_wanted_said_first_leaves_the_city_asked(ctx: Context) -> None:
    _answered(ctx, "别拿全省的数，南昌23年粮食总产是多少？", "42.96亿斤")


def test_a_plan_s_target_not_wanted_asks_the_result(ctx: Context) -> None:
    _answered(ctx, "2021年全省粮食总产是多少？别给分工方案里的目标数", "438.5亿斤")


# --- two asks in one clause -------------------------------------------------------------------

def test_figures_named_by_their_nouns_are_each_asked(ctx: Context) -> None:
    _answered(ctx, "南昌2024年城中村改造的个数和老旧小区改造的个数", "27个", "240个")


def test_a_part_opened_by_then_is_asked_on_its_own(ctx: Context) -> None:
    _answered(ctx, "赣州23年新增托位多少个 然后农村公路新改建多少公里", "7387个", "800公里")


@pytest.mark.parametrize("question", [
    "2021年全省设区城市PM2.5浓度和空气质量优良天数比率分别多少",
    "2021年全省空气质量优良天数比率和设区城市PM2.5浓度分别是多少，帮我摘一下",
])
def test_two_subjects_each_with_its_own_measure_in_either_order(ctx: Context, question: str) -> None:
    _answered(ctx, question, "29微克", "96.1%")


@pytest.mark.parametrize("text, same", [
    ("城镇和农村居民收入目标", True),
    ("2024年GDP增长目标是多少", True),
    ("南昌2024年城中村改造的个数和老旧小区改造的个数", False),
])
def test_noun_asks_only_rewrite_parts_that_each_name_a_measure(text: str, same: bool) -> None:
    assert (asked_by_nouns(text) == text) is same


def test_heard_said_first_then_who_said_it(ctx: Context) -> None:
    text = _answered(ctx, "听说市里要求24年南昌城中村改造30个，报告里到底定了几个", "27个")
    assert "不是“30个”" in text


def test_a_heard_claim_only_confirmed_keeps_its_figure_for_the_yes_or_no() -> None:
    question = "同事说24年全省GDP目标是6%，对吗？"
    assert read_frame(question).question == question


# --- metamorphic: the same question relayed, given a purpose, a request, 我们, a scope not wanted

def test_framing_variants_of_own_questions_get_the_same_answer(ctx: Context) -> None:
    import json
    from pathlib import Path

    from tests.support.frame_variants import frame_consistency

    path = Path(__file__).resolve().parents[1] / "data" / "questions.json"
    items = [i for i in json.loads(path.read_text(encoding="utf-8"))
             if i.get("kind") in ("target", "fact", "owner")][:80]
    result = frame_consistency(ctx, items)
    assert result["variants"] >= 250 and result["rate"] >= 0.98, result["misses"][:10]
