"""A line pasted from a document and a question about it; promises asked in staff words; a
report's meeting asked by its numbers (round-12 classes). Every question here is the helper's
own wording over the sample corpus."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.promises import delivery_question, promise_words_dropped
from answers.quoted import quoted_answer, split
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- 1. a pasted line: its figure, its source, its year ------------------------------------

@pytest.mark.parametrize("question, figure", [
    # the figure just after the pasted line, a word of it dropped ("社区嵌入式养老院…")
    ("…新增社区嵌入式养老院,日间照料机构覆盖 这条指标是多少", "90%以上"),
    # the figure cut out of the pasted line itself
    ("…全力做好冬种油菜管护和收获工作 这条具体多少万亩", "85.5万亩"),
    ("…推进乡镇敬老院资源优化配置改革和一老一小幸福院建设,打造区域性中心敬老院 这条多少家", "100家"),
    # a responsibility table's task holds the figure
    ("…强化稳岗扩岗激励,新增发放创业担保贷款 这条具体指标多少", "110亿元"),
])
def test_a_pasted_line_is_answered_with_its_own_figure(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and figure in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question, region, year, section", [
    ("绿色贷款余额增长42.04%,新增上市公司12家 这句出自哪份文件", "江西省", "2024", "2023年工作回顾"),
    ("建成公共停车场125个,新增泊位13888个 这句话出自哪里", "南昌市", "2024", "2023年工作回顾"),
])
def test_a_pasted_line_is_traced_to_its_document(ctx: Context, question: str, region: str, year: str, section: str) -> None:
    ans = ask(ctx, question)
    head = ans.answer.splitlines()[0]
    assert region in head and year in head and section in head, ans.answer


def test_the_year_of_a_pasted_target_then_another_year_s_figure_for_the_same_thing(ctx: Context) -> None:
    ans = ask(ctx, "…32%建成区达到海绵城市建设要求 这是哪一年的目标")
    assert ans.answer.startswith("这是江西省2022年的目标"), ans.answer
    # the same subject, worded otherwise in the other year's report
    ans = ask(ctx, "新开工装配式建筑面积占新开工建筑面积比例37%以上 这是哪年的 22年定的呢")
    text = flat(ans.answer)
    assert ans.answer.startswith("这是江西省2024年的目标") and "30%" in text, ans.answer


@pytest.mark.parametrize("question", [
    "…全面建成赣州地铁5号线北延工程 这条具体指标多少",  # no document holds the line
    "…新增上市公司 15 家 这句话出自哪个文件",  # the line with another figure is another line
])
def test_a_line_no_document_holds_is_not_traced(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "none" and "出自" not in ans.answer, ans.answer


def test_only_a_pasted_line_and_an_ask_are_read_as_one() -> None:
    assert split("…打造100家区域性中心敬老院 这条具体多少") is not None
    assert split("2024年区域性中心敬老院打造多少家") is None  # an ordinary question
    assert split("…敬老院 这条") is None  # a phrase, not a line


# --- 2. promises ------------------------------------------------------------------------

@pytest.mark.parametrize("question, figure", [
    ("2022年省报告有没有承诺新建农业物联网示范基地？多少个？", "100个"),
    ("南昌24年报告提没提城中村改造？多少个", "27个"),
])
def test_whether_a_report_promised_is_answered_with_the_promise(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "target" and figure in flat(ans.answer), ans.answer


def test_promise_words_are_dropped_only_when_asking() -> None:
    assert promise_words_dropped("省报告有没有承诺新建示范基地？多少个？") == "省报告新建示范基地？多少个？"
    assert promise_words_dropped("泉岭厨余垃圾处理厂承诺的日处理能力") == "泉岭厨余垃圾处理厂承诺的日处理能力"


def test_a_plan_task_asked_what_became_of_it_is_the_commitment_check(ctx: Context) -> None:
    ans = ask(ctx, "2021年分工方案说新增发放创业担保贷款110亿元，后来报告里实际发放了多少？")
    assert ans.intent == "review" and "179.2亿元" in flat(ans.answer) and "110亿元" in flat(ans.answer), ans.answer
    assert delivery_question("21年方案里的高标准农田，后来建成了吗") == "2021年的高标准农田兑现了吗"
    assert delivery_question("南昌市2023年老旧小区改造完成了多少") is None  # no plan named
    assert delivery_question("分工方案一共多少项？") is None


def test_a_review_of_last_year_s_promises_is_answered_from_the_review(ctx: Context) -> None:
    ans = ask(ctx, "江西2022年报告回顾里，2021年年初确定的民生实事有多少件？兑现没有？")
    text = flat(ans.answer)
    assert "51件" in text and "全部兑现" in text, ans.answer


# --- 3. a report's meeting by its numbers -----------------------------------------------------

def test_the_meeting_asked_by_its_numbers(ctx: Context) -> None:
    ans = ask(ctx, "江西省2024年的报告是第几届人大第几次会议上作的，哪一天")
    assert "第十四届人民代表大会第二次会议" in ans.answer and "1月23日" in ans.answer, ans.answer


def test_a_pasted_line_asked_of_who_or_what_it_means_is_left_to_those_answerers(ctx: Context) -> None:
    ans = ask(ctx, "…完成340所公办养老院改造提升、1.2万户特殊困难老年人家庭居家适老化改造 这项谁负责")
    assert "省民政厅" in ans.answer, ans.answer
    # a definition is the glossary's to answer, not the pasted line's figure
    assert quoted_answer(ctx, "打造城市客厅席地而坐示范点 这是什么意思", ctx.today(), lambda q: ask(ctx, q)) is None


@pytest.mark.parametrize("question, expected, intent", [
    ("南昌24年的报告是万广明市长作的吗", "万广明", "fact"),
    # a report that names nobody: not found, never the offered name's tasks
    ("2022年江西省政府工作报告是殷美根同志作的吗", "没有写明", "none"),
])
def test_who_delivered_a_report_asked_with_a_name_offered(ctx: Context, question: str, expected: str, intent: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == intent and expected in ans.answer, ans.answer


def test_a_pasted_line_asked_both_where_from_and_its_figure(ctx: Context) -> None:
    ans = ask(ctx, "…全力做好冬种油菜管护和收获工作 这句出自哪个文件，具体多少万亩")
    assert "南昌市2024年" in ans.answer and "85.5万亩" in flat(ans.answer), ans.answer


def test_a_year_s_work_asked_what_became_of_it_later_is_the_commitment_check(ctx: Context) -> None:
    ans = ask(ctx, "21年省里说要新增上市公司10家左右，最后实际新增了几家")
    assert ans.intent == "review" and "13家" in flat(ans.answer), ans.answer
    # no plan of that year: left to the reports, never "no plan" for a report's own work
    ans = ask(ctx, "23年南昌的城中村改造，后来完成了没")
    assert "分工方案" not in ans.answer, ans.answer
