"""A document named by when it was delivered, a report's own facts, a leader by surname and
office, figures offered rather than asked, a lead unit set aside (round-16 classes). Every
question here is the helper's own wording over the sample corpus."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.document_named import document_named
from answers.figure_choice import figure_offered
from answers.leader_titles import leaders_by_title
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- the document named by when it was delivered; relative years count from it ----------------

@pytest.mark.parametrize("typed, plain", [
    ("前年（2022）的报告", "2022年的报告"),
    ("2021年（去年）城镇新增就业", "2021年城镇新增就业"),
    ("十四五开局那年的分工方案", "2021年的分工方案"),
    ("建党百年之年GDP", "2021年GDP"),
    ("省政府2024年1月作的那份报告里", "省里2024年的那份报告里"),
    ("赣州市政府2023年初的报告", "赣州市2023年的报告"),
    ("前年那份省政府报告里", "前年那份省里报告里"),
    ("十四五规划里GDP", "十四五规划里GDP"),  # no year named: left as typed
])
def test_a_document_and_its_years_are_said_plainly(typed: str, plain: str) -> None:
    assert document_named(typed) == plain


def test_this_year_of_a_report_named_by_its_delivery_month_is_that_report_s_year(ctx: Context) -> None:
    ans = ask(ctx, "省政府2024年1月作的那份报告里，今年地区生产总值增长目标是多少")
    assert ans.intent == "target" and "5%左右" in ans.answer and "南昌" not in ans.answer, ans.answer


def test_last_year_in_brackets_beside_a_report_of_early_that_year_is_the_reviewed_year(ctx: Context) -> None:
    ans = ask(ctx, "2024年初省政府报告里讲的去年（2023年）新增上市公司多少家")
    assert "12家" in ans.answer and "目标" not in ans.answer, ans.answer


def test_last_year_said_of_this_year_s_report_glossed_is_the_year_before_it(ctx: Context) -> None:
    ans = ask(ctx, "省政府今年（2022年）报告里说去年城镇新增就业多少人")
    assert "48万人" in ans.answer and "2021年" in ans.answer, ans.answer


def test_a_year_named_by_an_event_is_that_year(ctx: Context) -> None:
    ans = ask(ctx, "十四五开局那年的分工方案里，知识产权保护那件事谁牵头")
    assert ans.intent == "owner" and "省市场监管局" in ans.answer, ans.answer


# --- a report's own facts -------------------------------------------------------------------

def test_who_and_when_said_beside_the_meeting(ctx: Context) -> None:
    ans = ask(ctx, "南昌24年政府工作报告是谁作的，在大会上哪天作的")
    assert "万广明" in ans.answer and "1月15日" in ans.answer, ans.answer


def test_a_wrong_date_offered_for_a_report_is_corrected(ctx: Context) -> None:
    ans = ask(ctx, "听说2024年省政府工作报告是1月20日在人代会上作的吧")
    assert ans.answer.startswith("不对") and "1月23日" in ans.answer and "不是1月20日" in ans.answer, ans.answer


def test_a_right_date_offered_for_a_report_is_confirmed(ctx: Context) -> None:
    ans = ask(ctx, "南昌24年报告是1月15号作的吧")
    assert ans.answer.startswith("是的") and "1月15日" in ans.answer, ans.answer


def test_the_year_of_a_document_then_a_figure_of_it(ctx: Context) -> None:
    ans = ask(ctx, "南昌那份报告是哪年的？按它说的今年规上工业增加值要增长多少")
    assert "2024年的报告" in ans.answer and "6.5%左右" in ans.answer, ans.answer


# --- a leader by surname and office ---------------------------------------------------------

def test_a_surname_and_office_is_the_one_leader_of_that_surname(ctx: Context) -> None:
    ans = ask(ctx, "罗副省长牵头哪些任务")
    assert ans.intent == "leader_tasks" and ans.answer.startswith("罗小云"), ans.answer


def test_two_leaders_of_one_surname_are_never_guessed() -> None:
    assert leaders_by_title("王副市长牵头哪些", ["王一", "王二"]) == "王副市长牵头哪些"
    assert leaders_by_title("王副市长牵头哪些", ["王一", "李二"]) == "王一副市长牵头哪些"
    assert leaders_by_title("王一副市长牵头哪些", ["王一"]) == "王一副市长牵头哪些"


def test_tasks_of_a_leader_without_one_lead_unit(ctx: Context) -> None:
    ans = ask(ctx, "殷美根牵头的任务里，不是发改委牵头的有几项")
    assert ans.intent == "leader_tasks" and "不含省发展改革委" in ans.answer, ans.answer
    assert ans.tasks and all("省发展改革委" not in (t.get("lead_units") or []) for t in ans.tasks)


# --- figures offered rather than asked ------------------------------------------------------

@pytest.mark.parametrize("typed, plain", [
    ("拿了十块金牌还是十一块？", "拿了几块金牌？"),
    ("增长5%还是6%", "增长多少%"),
    ("是住建还是交通牵头", "是住建还是交通牵头"),
    ("听说新增十来家，具体几家", "听说新增，具体几家"),
    ("新增十来家", "新增十来家"),  # nothing else asked: the rough figure stays
])
def test_figures_offered_are_put_as_the_ask(typed: str, plain: str) -> None:
    assert figure_offered(typed) == plain


def test_a_choice_of_two_counts_is_answered_with_the_text_s(ctx: Context) -> None:
    ans = ask(ctx, "2023年全省新增上市公司是10家还是12家")
    assert ans.intent == "fact" and "12家" in ans.answer, ans.answer


def test_a_figure_and_its_share_asked_with_how_big(ctx: Context) -> None:
    ans = ask(ctx, "赣州2022年民生支出是多少，占一般公共预算支出的比重多大")
    text = flat(ans.answer)
    assert "849.08亿元" in text and "82.6%" in text, ans.answer


@pytest.mark.parametrize("text, asked", [
    ("2024年省报告里讲的2023年新增多少", [2023]),
    ("2022年和2024年的报告里分别多少", [2022, 2024]),
    ("2022年和2024年GDP目标", [2022, 2024]),
    ("南昌2024年报告里2024年目标", [2024]),
])
def test_the_year_naming_the_report_is_not_asked_beside_another(text: str, asked: list[int]) -> None:
    from answers.years import parse_years, relative_to_named_report

    assert relative_to_named_report(text, parse_years(text)).explicit == asked


@pytest.mark.parametrize("typed", ["是23年还是24年的报告", "十四五还是十三五的目标", "第一还是第二"])
def test_a_choice_of_years_or_names_is_no_figure(typed: str) -> None:
    assert figure_offered(typed) == typed


@pytest.mark.parametrize("text, explicit, relative", [
    ("今年省里报告里去年的GDP增长多少", [], [-1]),
    ("去年的报告里今年的目标", [], [-1]),
    ("今年的报告里2023年新增多少", [2023], []),
    ("今年和去年的GDP目标", [], [0, -1]),
])
def test_a_relative_year_counts_from_the_report_a_relative_year_names(text: str, explicit: list[int], relative: list[int]) -> None:
    from answers.years import parse_years, relative_to_named_report

    ref = relative_to_named_report(text, parse_years(text))
    assert (ref.explicit, ref.relative) == (explicit, relative)


def test_last_year_in_this_year_s_report_is_one_year(ctx: Context) -> None:
    ans = ask(ctx, "今年省政府报告里去年的规上工业增加值增长多少")
    assert "5.4%" in ans.answer and "目标" not in ans.answer, ans.answer


def test_a_year_after_a_report_s_name_and_a_joiner_names_a_report_too() -> None:
    from answers.years import parse_years, relative_to_named_report

    text = "赣州市2024年政府工作报告和2023年的相比，GDP目标有什么变化"
    assert relative_to_named_report(text, parse_years(text)).explicit == [2024, 2023]


def test_the_table_named_is_no_word_a_leader_s_tasks_must_hold(ctx: Context) -> None:
    ans = ask(ctx, "陈小平同志在21年方案里牵头哪些")
    assert ans.answer.startswith("陈小平牵头的任务共14项"), ans.answer


def test_the_office_said_before_a_leader_s_name_narrows_nothing(ctx: Context) -> None:
    ans = ask(ctx, "省政府领导秦义在21年方案里负责哪些工作")
    assert ans.answer.startswith("秦义牵头的任务共3项"), ans.answer
