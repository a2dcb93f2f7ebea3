"""Two asks in one message, comparisons typed with spaces, lists and the table's structure
(round-17 classes). Every question here is the helper's own wording over the sample corpus;
each asserts the figures or tasks a user would see, and "not found" where a side has no
document."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from answers.comparison import compared
from answers.framing import read_frame
from answers.plan_parts import parts_named, term_asked
from core.context import Context
from tests.support.answer_sets import assert_holds, flat, ingested_context

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- a comparison typed with spaces for stops ------------------------------------------------

def test_spaces_cut_a_comparison_only_after_an_ask() -> None:
    cmp = compared("南昌24年GDP增长目标多少 比23年实际增速高还是低")
    assert cmp is not None and cmp.relation == "order" and len(cmp.sides) == 2, cmp
    assert compared("2024年 南昌 GDP增长目标多少") is None


def test_a_target_against_last_year_s_result_typed_with_spaces(ctx: Context) -> None:
    ans = ask(ctx, "南昌24年GDP增长目标多少 比23年实际增速高还是低")
    assert ans.intent != "none"
    assert_holds(ans.answer, "5.0%左右", "4.0%左右", "高于")


def test_the_change_the_report_states_answers_against_the_year_before(ctx: Context) -> None:
    ans = ask(ctx, "南昌23年地表水省考断面水质优良率是多少 跟前一年比升了还是降了")
    assert_holds(ans.answer, "84.85%", "上升3.03个百分点")
    assert "没有找到" not in ans.answer, ans.answer


def test_a_stated_change_is_never_another_indicator_s_growth(ctx: Context) -> None:
    # "地区生产总值增长4.1%、规上工业增加值增长…": the next clause names a subject of its own
    ans = ask(ctx, "2023年江西GDP增长多少，比上一年快了还是慢了")
    assert "报告原文写明比上年" not in ans.answer, ans.answer


def test_two_regions_one_year_and_both_figures_asked(ctx: Context) -> None:
    ans = ask(ctx, "2023年全省GDP增速跟南昌比谁快 各是多少")
    assert_holds(ans.answer, "4.1%", "4.0%左右", "高于")
    assert "没有找到" not in ans.answer, ans.answer


def test_one_measure_written_as_a_ratio_in_two_documents(ctx: Context) -> None:
    ans = ask(ctx, "研发/GDP目标，21年分工方案对比22年省报告")
    assert_holds(ans.answer, "2%左右", "1.9%以上")


def test_a_side_with_no_document_says_not_found_and_compares_nothing(ctx: Context) -> None:
    ans = ask(ctx, "R&D/GDP目标：21年分工方案 vs 24年赣州报告")
    assert_holds(ans.answer, "2%左右", "没有找到赣州市2024年")
    assert "对比：" not in ans.answer, ans.answer


# --- lists -------------------------------------------------------------------------------------

def test_a_list_opened_by_a_request_answers_each_item_labelled(ctx: Context) -> None:
    ans = ask(ctx, "赣州23年产业集群营收目标，帮我列出有色金属和电子信息的")
    text = flat(ans.answer)
    assert "【有色金属】" in text and "【电子信息】" in text, ans.answer
    assert text.index("2300亿元") < text.index("2000亿元"), ans.answer


def test_a_leader_s_tasks_in_two_parts_named_loosely(ctx: Context) -> None:
    ans = ask(ctx, "吴浩在创新和开放两个板块牵头几项")
    assert ans.intent == "leader_tasks"
    assert_holds(ans.answer, "共2项", "1.14", "5.7")
    assert "3.8" not in ans.answer, ans.answer


def test_part_names_fit_headings_or_nothing_is_read() -> None:
    headings = ["推动创新提速提效,加快实现创新驱动的内涵式增长。", "在更高起点上保障和改善民生, 提高人民群众生活品质。"]
    assert parts_named("某某在民生那部分牵头几项", headings)[1] == headings[1:]
    assert parts_named("某某在航天和民生两部分牵头几项", headings) == ([], [])


def test_a_unit_s_tasks_in_one_part(ctx: Context) -> None:
    ans = ask(ctx, "省水利厅在生态环境那部分牵头哪些任务")
    assert ans.intent == "unit_tasks" and [t["code"] for t in ans.tasks] == ["7.3"], ans.answer


def test_tasks_of_the_table_that_mention_a_term(ctx: Context) -> None:
    ans = ask(ctx, "分工方案里涉及航空的有哪些任务")
    assert sorted(t["code"] for t in ans.tasks) == ["3.8", "8.33"], ans.answer


def test_a_term_no_task_mentions_is_not_found_not_the_table_s_count(ctx: Context) -> None:
    assert term_asked("分工方案里跟元宇宙相关的任务有哪些") == "元宇宙"
    ans = ask(ctx, "分工方案里跟元宇宙相关的任务有几项")
    assert ans.intent == "none" and "元宇宙" in ans.answer and "166项重点工作" not in ans.answer, ans.answer


# --- the table's structure: a task by its position, the deadline the table writes -------------

def test_the_table_writes_no_month_for_a_task_asked_by_position(ctx: Context) -> None:
    ans = ask(ctx, "第三部分第二项那条方案规定几月前完成")
    assert ans.intent == "none" and [t["code"] for t in ans.tasks] == ["3.2"], ans.answer
    assert "没有" in ans.answer and "12月31日" in ans.answer, ans.answer


def test_when_a_task_is_due_stays_its_registry_deadline(ctx: Context) -> None:
    ans = ask(ctx, "3.2什么时候完成")
    assert ans.intent == "status" and "2021-12-31" in ans.answer, ans.answer


def test_a_table_with_a_deadline_column_answers_the_month(tmp_path: Path) -> None:
    c, _ = ingested_context(tmp_path, [DATA / "plans" / "shimen_fields.txt"])
    try:
        ans = ask(c, "第一部分第2项标准厂房那条方案要求几月底前完成")
        assert ans.intent == "status" and "2024-11-30" in ans.answer, ans.answer
        ans = ask(c, "1.1那条方案要求几月底前完成")  # "完成时限：2024年底前" is written
        assert ans.intent == "status" and "2024-12-31" in ans.answer, ans.answer
    finally:
        c.close()


# --- scope: another document named to be kept apart -----------------------------------------

@pytest.mark.parametrize("typed, kept", [
    ("22年省报告高标准农田目标多少亩，注意和21年分工方案的数区分开", "22年省报告高标准农田目标多少亩，"),
    ("21年分工方案高标准农田多少亩，以免口径混用", "21年分工方案高标准农田多少亩，"),
    ("省报告里2023年粮食总产多少，不是2021年的", "省报告里2023年粮食总产多少，"),
])
def test_a_figure_kept_apart_is_no_second_ask(typed: str, kept: str) -> None:
    assert read_frame(typed).question == kept


def test_the_plan_s_figure_asked_with_the_report_s_kept_apart(ctx: Context) -> None:
    ans = ask(ctx, "请核对21年分工方案里高标准农田建设的亩数，注意与22年省报告的数字区分")
    assert_holds(ans.answer, "317万亩")
    assert "290万亩" not in ans.answer, ans.answer


def test_two_documents_joined_then_one_subject_each_answered(ctx: Context) -> None:
    ans = ask(ctx, "22年省报告和24年省报告的城镇新增就业目标分别是多少")
    assert_holds(ans.answer, "40万人", "41万人")


def test_two_years_of_one_subject_compared_after_both_are_asked(ctx: Context) -> None:
    ans = ask(ctx, "全省粮食总产2021年和2023年各是多少 23年比21年多了还是少了")
    assert_holds(ans.answer, "438.5亿斤", "439.7亿斤", "高于")


def test_each_year_compared_keeps_the_kind_its_own_clause_asked(ctx: Context) -> None:
    ans = ask(ctx, "南昌23年粮食总产量多少 24年目标多少 24年比23年高还是低")
    assert_holds(ans.answer, "42亿斤以上", "42.96亿斤", "低于")
    assert "没有找到" not in ans.answer, ans.answer


def test_a_list_item_s_name_heads_only_an_answer_that_does_not_name_it(ctx: Context) -> None:
    ans = ask(ctx, "2021年江西实绩列一下：一般公共预算收入、规上工业增加值、固投、社零的增速")
    assert "【" not in ans.answer, ans.answer


@pytest.mark.parametrize("spaced, stopped", [
    ("南昌24年GDP增长目标多少 比23年实际增速高还是低", "南昌24年GDP增长目标多少？比23年实际增速高还是低？"),
    ("2023年全省GDP增速跟南昌比谁快 各是多少", "2023年全省GDP增速跟南昌比谁快，各是多少"),
    ("南昌23年地表水省考断面水质优良率是多少 跟前一年比升了还是降了", "南昌23年地表水省考断面水质优良率是多少？跟前一年比升了还是降了？"),
])
def test_a_comparison_typed_with_spaces_answers_as_with_stops(ctx: Context, spaced: str, stopped: str) -> None:
    a, b = ask(ctx, spaced), ask(ctx, stopped)
    assert (a.answer, a.intent) == (b.answer, b.intent)


def test_parts_named_by_their_numbers(ctx: Context) -> None:
    ans = ask(ctx, "罗小云在第七部分和第八部分牵头哪些")
    assert sorted(t["code"] for t in ans.tasks) == ["7.3", "8.31"], ans.answer


def test_a_change_asked_with_no_direction_is_the_change_the_report_states_once(ctx: Context) -> None:
    ans = ask(ctx, "南昌23年空气质量优良率多少，比上年变化多少")
    assert_holds(ans.answer, "92.3%", "上升6.5个百分点")
    assert flat(ans.answer).count("92.3%") == 2, ans.answer  # the answer line and the quoted sentence


def test_parts_named_with_a_counted_block_word(ctx: Context) -> None:
    ans = ask(ctx, "罗小云在生态环境和民生那两块牵头几项")
    assert sorted(t["code"] for t in ans.tasks) == ["7.3", "8.31"], ans.answer
