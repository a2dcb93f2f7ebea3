"""Two figures compared in one message (answers/comparison.py): a target against last year's
result, two documents' targets, two indicators joined by 和, a second figure of the same
subject, and a side no document holds. Every question is the helper's own wording over the
sample corpus, none a round's question; each failed before the comparison was read."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.comparison import compared
from core.context import Context
from tests.support.answer_sets import assert_holds


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


_holds = assert_holds


# --- how a message is split into its compared sides --------------------------------------

@pytest.mark.parametrize("text, relation, sides", [
    # the clause that asks, and what 跟…比 compares it with
    ("江西24年GDP预期目标多少，跟23年实际增长比哪个高", "order", ("江西24年GDP预期目标多少", "23年实际增长")),
    # this clause's subject before 比, against the clause before (它 = that figure)
    ("赣州23年计划建设高标准农田多少万亩，22年实际建成的比它多还是少", "order",
     ("赣州23年计划建设高标准农田多少万亩", "22年实际建成的")),
    # two scopes joined by 和, the subject said once before them
    ("新增上市公司目标，2021年分工方案和2022年省报告，哪个高", "order", ("2021年分工方案", "2022年省报告")),
    # two clauses that ask, then a bare tail
    ("2021年全省粮食产量分工方案目标多少，实际产了多少，相差多少", "diff",
     ("2021年全省粮食产量分工方案目标多少", "实际产了多少")),
    # the kind both sides share, said once after the second
    ("2024年全省新增信贷投放与企业直接融资目标的说法相同吗", "same", ("2024年全省新增信贷投放目标", "企业直接融资目标")),
])
def test_sides_of_a_comparison(text: str, relation: str, sides: tuple[str, ...]) -> None:
    cmp = compared(text)
    assert cmp is not None
    assert (cmp.relation, cmp.sides) == (relation, sides)


@pytest.mark.parametrize("text", [
    "2024年GDP增长目标是多少",
    "南昌和赣州的GDP目标分别是多少",
    "老旧小区改造谁牵头",
])
def test_no_comparison_no_sides(text: str) -> None:
    assert compared(text) is None


# --- each side from its own document, then one comparison line ------------------------------

@pytest.mark.parametrize("question, words", [
    # a target of year N against the result of year N-1 (the same report's review)
    ("江西24年GDP预期目标多少，跟23年实际增长比哪个高",
     ("5%左右", "4.1%", "高于", "相差0.9个百分点，按原文数字计算")),
    # the earlier year, no kind word of its own: what was done that year
    ("南昌24年新增上市公司的目标是几家，和23年新增的比是多了还是少了", ("3家以上", "5家", "低于")),
    # a table's target against a report's target, the subject said once before the two sources
    ("新增上市公司目标，2021年分工方案和2022年省报告，哪个高", ("10家左右", "12家", "低于")),
    # a table's target and the next report's result, the result's verb said in the second clause
    ("2021年全省粮食产量分工方案目标多少，实际产了多少，相差多少", ("432.8亿斤", "438.5亿斤", "相差5.7亿斤")),
    # 上年 counts from the other side's year, not from today
    ("2024年南昌新增上市公司目标几家，比上年实际新增的多还是少", ("3家以上", "5家", "低于")),
    # two documents of two regions, the subject said once before them; 比例 is what one report
    # writes 比重
    ("衔接资金投向产业的比例，江西2024年和赣州2023年哪个定得高", ("65%", "60%", "高于")),
    # 它 stands for the figure asked before
    ("赣州23年计划建设高标准农田多少万亩，22年实际建成的比它多还是少", ("55.2万亩", "63.2万亩", "低于")),
])
def test_both_sides_answered_and_compared(ctx: Context, question: str, words: tuple[str, ...]) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none", ans.answer
    _holds(ans.answer, *words)
    assert ans.answer.count("对比：") == 1, ans.answer


def test_two_indicators_same_figure_other_wording(ctx: Context) -> None:
    ans = ask(ctx, "2024年全省新增信贷投放与企业直接融资目标的说法相同吗")
    _holds(ans.answer, "5000亿元以上", "5000亿元左右", "两个数都是5000亿元")


def test_a_side_from_a_table_lists_its_task(ctx: Context) -> None:
    ans = ask(ctx, "2021年全省粮食产量分工方案目标多少，实际产了多少，相差多少")
    assert [t["code"] for t in ans.tasks] == ["6.7"], ans.tasks
    assert ans.sources, ans.to_dict()


def test_second_figure_of_the_same_subject(ctx: Context) -> None:
    # "总数" names no indicator: it is the first clause's subject, from the clause that answered it
    ans = ask(ctx, "2023年全省限上商贸经营主体净增多少家，总数达到多少，附上原文")
    _holds(ans.answer, "4198家", "2.3万家")
    assert "产业集群" not in ans.answer, ans.answer
    ans = ask(ctx, "2021年全省新增上市公司几家，总数到了多少，请附上原文")
    _holds(ans.answer, "13家", "100家")
    assert ans.intent != "none", ans.answer


def test_figures_with_several_of_the_unit_pick_the_subjects(ctx: Context) -> None:
    # "粮食总产439.7亿斤、增产9.3亿斤": the figure said with the subject is compared
    ans = ask(ctx, "24年全省粮食产量目标是多少亿斤，跟23年实际产量比高还是低")
    _holds(ans.answer, "430亿斤", "439.7亿斤", "相差9.7亿斤")


def test_a_side_no_document_holds_is_not_found(ctx: Context) -> None:
    ans = ask(ctx, "九江2024年GDP目标跟南昌比哪个高")
    assert ans.intent == "none", ans.answer
    _holds(ans.answer, "九江市", "无法比较", "5.0%左右")  # the side held, briefly
    assert "原文：" not in ans.answer, ans.answer


def test_clause_after_the_comparison_is_asked_too(ctx: Context) -> None:
    ans = ask(ctx, "赣州23年计划建设高标准农田多少万亩，22年实际建成的比它多还是少，新增上市企业目标几家")
    _holds(ans.answer, "55.2万亩", "63.2万亩", "5家")


def test_by_how_much_is_the_comparisons_own_ask(ctx: Context) -> None:
    cmp = compared("南昌2024年城中村改造几个，比上年多还是少，多几个")
    assert cmp is not None and cmp.relation == "diff" and cmp.extra == (), cmp
