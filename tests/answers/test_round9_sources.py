"""Where answers come from and how parts are composed (round-9 classes): targets only a
responsibility table states, parts that keep the subject or the source named before them,
"not found" when the thing asked stands nowhere in the evidence, a figure only a target states
answering a question with no mode word, a region per part, a direction asked, two years at
once. Every question here is the helper's own wording over the sample corpus."""
from __future__ import annotations


import pytest

from answers.ask import ask
from answers.multipart import separate_asks
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- 1. a year whose targets only the table states -----------------------------------------

@pytest.mark.parametrize("question, figures, code", [
    # the table named as the source
    ("分工方案里21年新增瞪羚企业多少家", ["80家"], "1.9"),
    # no report of 2021 is loaded, the table of 2021 is: its target, with its whole sentence
    ("21年省大中型项目要实施多少个", ["3067个", "9600亿元左右"], "3.1"),
])
def test_target_only_a_table_states(ctx: Context, question: str, figures: list[str], code: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "target", ans.answer
    assert all(f in flat(ans.answer) for f in figures) and f"（{code}）" in ans.answer, ans.answer
    assert "牵头单位" in ans.answer  # the task's lead unit, as a table answer always says


def test_a_year_the_reports_look_back_on_stays_with_the_reports(ctx: Context) -> None:
    # the 2022 report states what 2021 achieved: a result asked is not the table's target
    ans = ask(ctx, "2021年全省地区生产总值实际增长多少")
    assert "分工方案" not in ans.answer, ans.answer


def test_parts_from_two_sources(ctx: Context) -> None:
    ans = ask(ctx, "二一年分工方案里城镇新增就业是多少，二四年报告里又是多少")
    text = flat(ans.answer)
    assert ans.intent == "target" and "38万人" in text and "41万人" in text, ans.answer
    assert "（8.1）" in ans.answer and "2024年江西省政府工作报告" in ans.answer


# --- 2. a part with no subject or source of its own --------------------------------------

def test_second_part_asked_of_the_table_the_first_came_from(ctx: Context) -> None:
    ans = ask(ctx, "二〇二一年全省要重点实施多少个省大中型项目？年度投资多少？")
    text = flat(ans.answer)
    assert ans.intent == "target" and "3067个" in text and "9600亿元左右" in text, ans.answer
    assert "4800亿元" not in text  # not another clause of a report that shares only 投资


def test_number_of_the_table_asked_beside_a_figure(ctx: Context) -> None:
    ans = ask(ctx, "21年分工方案里高新技术企业多少家，文号是啥")
    assert "1500家" in flat(ans.answer) and "8号" in ans.answer, ans.answer


def test_number_of_the_table_asked_beside_its_count(ctx: Context) -> None:
    ans = ask(ctx, "省里21年那个重点工作分工方案总共多少项任务？文号多少？")
    assert ans.intent == "plan_count" and "166项" in ans.answer and "8号" in ans.answer, ans.answer
    # the table's own name is no part of it: no section counted for the words "政府"/"方案"
    assert "其中" not in ans.answer


def test_a_counted_noun_after_its_counter_is_no_new_question() -> None:
    parts = separate_asks("22年要新选多少个省级村点 农村改厕多少户")
    assert parts and parts[0].endswith("省级村点"), parts


# --- 3. the thing asked stands nowhere in the evidence ---------------------------------------

@pytest.mark.parametrize("question", ["南昌24年新建充电桩多少个", "2024年全省新建5G基站多少个"])
def test_only_the_verb_and_measure_shared_is_not_found(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "none", ans.answer
    assert "城市公园" not in ans.answer


def test_the_same_verb_with_its_own_object_still_answers(ctx: Context) -> None:
    ans = ask(ctx, "南昌24年新建城市公园多少个")
    assert ans.intent == "target" and "12个" in flat(ans.answer), ans.answer


# --- 4. no mode word, only a target states the figure -------------------------------------

def test_no_mode_word_answered_by_the_target(ctx: Context) -> None:
    ans = ask(ctx, "泉岭厨余垃圾处理厂项目日处理能力多少吨")
    assert ans.intent == "target" and "300吨" in flat(ans.answer), ans.answer
    assert "没有找到" not in ans.answer


def test_a_done_word_still_asks_what_was_done(ctx: Context) -> None:
    ans = ask(ctx, "泉岭厨余垃圾处理厂日处理能力实际达到多少吨")
    assert ans.intent == "none", ans.answer


# --- 5. a region per part -------------------------------------------------------------------

def test_each_part_keeps_its_own_region(ctx: Context) -> None:
    ans = ask(ctx, "全省24年新增申报上市公司是不是10家？南昌24年新增上市公司目标多少家？")
    lines = ans.answer.splitlines()
    assert ans.intent == "target", ans.answer
    assert lines[0].startswith("是的。江西省") and "10家" in lines[0], ans.answer
    assert "南昌市" in ans.answer and "3家以上" in flat(ans.answer), ans.answer


def test_confirmation_of_a_city_answered_for_that_city(ctx: Context) -> None:
    ans = ask(ctx, "南昌24年新增上市公司是不是10家？全省24年新增申报上市公司多少家？")
    first = ans.answer.splitlines()[0]
    assert first.startswith("不是。南昌市") and "3家以上" in flat(first), ans.answer


# --- 6. a direction asked ------------------------------------------------------------------

def test_direction_asked_answered_with_the_figure_as_written(ctx: Context) -> None:
    ans = ask(ctx, "2023年江西社零增长多少 固定资产投资是上升还是下降")
    text = flat(ans.answer)
    assert ans.intent == "fact" and "6.3%" in text and "下降5.9%" in text, ans.answer


# --- 7. two years, each from the source that holds it ------------------------------------------

def test_two_years_from_a_report_and_a_table(ctx: Context) -> None:
    ans = ask(ctx, "二一年和二四年全省创业担保贷款目标各是多少")
    text = flat(ans.answer)
    assert ans.intent == "target" and "110亿元" in text and "160亿元" in text, ans.answer
    assert "2024年" in ans.answer and "2021年" in ans.answer  # each figure labelled with its year


def test_a_latin_name_missing_from_the_evidence_is_not_found(ctx: Context) -> None:
    # "GDP总量" shares only 总量 with "贷款…总量突破8000亿元": another indicator's figure
    ans = ask(ctx, "赣州23年GDP总量多少亿元")
    assert ans.intent == "none" and "8000亿元" not in flat(ans.answer.splitlines()[0]), ans.answer


def test_a_latin_name_found_by_its_expansion_still_answers(ctx: Context) -> None:
    ans = ask(ctx, "江西24年GDP增速目标定的多少")
    assert ans.intent == "target" and "5%左右" in flat(ans.answer), ans.answer


def test_a_similar_target_is_no_answer_to_another_indicator(ctx: Context) -> None:
    # no mode word, yet the only target near is another indicator's: not taken as the answer
    ans = ask(ctx, "赣州2023年地区生产总值总量是多少亿元")
    assert ans.intent == "none" and "贷款" not in ans.answer, ans.answer


def test_a_part_in_other_words_answered_from_the_sentence_before(ctx: Context) -> None:
    # "户厕改造" is written "改造农村户用卫生厕所" in the sentence that answered the part before
    ans = ask(ctx, "2022年全省要新选择多少个省级村点？户厕改造多少户？")
    text = flat(ans.answer)
    assert ans.intent == "target" and "6000个左右" in text and "10万户" in text, ans.answer


def test_no_sibling_clause_in_the_asked_unit_stays_not_found(ctx: Context) -> None:
    # the same sentence holds no figure in 座 for 户厕: nothing is taken from it
    ans = ask(ctx, "2022年全省要新选择多少个省级村点？户厕改造多少座？")
    assert "10万户" not in flat(ans.answer), ans.answer


def test_a_counter_then_another_question_without_a_stop_still_splits() -> None:
    parts = separate_asks("南昌上市公司一共多少家占全省比重多少")
    assert len(parts) == 2 and parts[0].endswith("多少家"), parts
