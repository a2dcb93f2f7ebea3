"""What a question asks beside its item (answers/side_requests.py): a source or a section
asked, a 口径 named, a choice between kinds or a caution, a scope excluded and another named,
a kind word glued to the item, a year written without 年. Every question here is the helper's
own wording over the sample corpus; none is a round's question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.side_requests import read_side_requests, without_side_requests
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- 1. clauses that ask about the source, the section, the 口径 or the detail -------------

@pytest.mark.parametrize("question, figure", [
    ("全省2021年粮食总产多少？要具体数，注明哪一部分", "438.5亿斤"),
    ("2022年江西城镇新增就业目标多少？这个是计划数还是完成数？请说明来源。", "40万人"),
    ("赣州2023年GDP增长目标多少？在报告第几部分？", "7.5%左右"),
    ("全省2023年粮食总产多少？请附上原文出处", "439.7亿斤"),
    ("南昌2023年旅游综合收入多少，出自哪个报告？", "1977.79亿元"),
    ("江西2022年城镇老旧小区开工改造多少个？是开工数还是完工数？出自报告哪部分", "1062个"),
    ("南昌2024年粮食产量目标多少？注意区分目标和完成，要准确数字", "42亿斤以上"),
])
def test_source_and_detail_clauses_are_no_content(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent in ("fact", "target") and figure in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question, figure, region", [
    # a document's 口径: its targets are of its year, its figures of results of the year before
    ("全省新增上市公司（2022年省报告口径）", "13家", "江西省2021年"),
    ("城镇新增就业（2024年省报告口径，目标）", "41万人", "江西省2024年"),
    ("南昌GDP增长目标（2024年南昌市报告口径）", "5.0%左右", "南昌市2024年"),
    # a place inside the item's name is no scope when the 口径 names the document
    ("杭州亚运会金牌数（2024年省报告口径）", "11金", "江西省2023年"),
])
def test_koujing_names_the_document(ctx: Context, question: str, figure: str, region: str) -> None:
    ans = ask(ctx, question)
    assert figure in flat(ans.answer) and region in ans.answer, ans.answer


def test_kind_koujing_kept_when_it_names_no_document() -> None:
    read = without_side_requests("省2022年报告中新增5G基站目标是多少（新增口径，不是累计）？")
    assert "口径" not in read and "累计" not in read and "5G基站" in read, read


def test_a_lone_source_question_is_kept() -> None:
    # no item asked beside it: the clause is the question
    assert without_side_requests("这句话出自哪份报告？") == "这句话出自哪份报告？"


def test_compare_clause_is_left_to_the_comparison() -> None:
    assert "对比" in without_side_requests("赣州23年GDP目标多少，南昌24年的多少？对比一下")


# --- 2. kind words glued to the item, a year without 年 -------------------------------------

@pytest.mark.parametrize("question, figure, year", [
    ("赣州2022年老旧小区改造完成数", "151个", "2022年"),
    ("全省2023年新增上市公司实际数是多少", "12家", "2023年"),
    ("南昌2023年城镇新增就业干了多少", "6.89万人", "2023年"),
    ("2021全省粮食总产完成值", "438.5亿斤", "2021年"),
    ("2022全省城镇新增就业目标值", "40万人", "2022年"),
    ("2023赣州老旧小区改造目标", "125个", "2023年"),
    ("南昌2024吸引人才目标值", "10万人才", "2024年"),
])
def test_kind_word_and_bare_year(ctx: Context, question: str, figure: str, year: str) -> None:
    ans = ask(ctx, question)
    assert figure in flat(ans.answer) and year in ans.answer, ans.answer


@pytest.mark.parametrize("text", ["新增2000万元以上项目多少个", "2035远景目标", "PM2.5浓度", "5020工程"])
def test_numbers_that_are_no_year_get_no_year(text: str) -> None:
    read = without_side_requests(text)
    assert "2000万" in read or "2000年" not in read, read
    assert "2005年" not in read and "5020年" not in read, read


def test_lay_word_for_attracting_talent(ctx: Context) -> None:
    ans = ask(ctx, "南昌24年引才目标是多少")
    assert "10万人才" in flat(ans.answer), ans.answer


# --- 3. a scope excluded, another named ------------------------------------------------------

@pytest.mark.parametrize("question, figure, absent", [
    ("2024年GDP增长目标 要南昌的不要全省的", "5.0%左右", "江西省2024年"),
    ("全省2024年新增上市公司目标，要全省的不要南昌的", "10家", "南昌市"),
    ("2024年新增上市公司目标，不是南昌的是全省的", "10家", "南昌市"),
    ("全省城镇新增就业目标（不是2024年的，是2022年的）", "40万人", "41万人"),
    ("2024年GDP增长目标是多少？不是南昌的", "5%左右", "南昌市"),
    ("2022年全省城镇新增就业目标，注意不是分工方案里那个", "40万人", "38万人"),
])
def test_scope_excluded(ctx: Context, question: str, figure: str, absent: str) -> None:
    ans = ask(ctx, question)
    assert figure in flat(ans.answer) and absent not in ans.answer, ans.answer


def test_province_excluded_asks_the_cities(ctx: Context) -> None:
    ans = ask(ctx, "2023年城镇新增就业多少，别给我省里的")
    assert "6.89万人" in flat(ans.answer) and "江西省" not in ans.answer, ans.answer


def test_exclusion_is_no_fallback() -> None:
    assert read_side_requests("2024年GDP增长目标 要南昌的不要全省的").scoped
    assert not read_side_requests("南昌2023年接待游客多少人次？请标明出处。").scoped


# --- what is no side request stays as typed --------------------------------------------------

@pytest.mark.parametrize("text", [
    "分工方案里X同志牵头的一共几项？分别是？",  # the members asked
    "2024年全省老旧小区改造的计划数量是多少个",  # 计划数量: a measure word, no kind word
    "2023年农村公路新建改造总共要搞多少公里",  # 要搞多少: a target, not a result
    "分工方案 旅游接待恢复到2019水平那条，牵头单位？",  # a level, not the year asked
    "南昌2023年城镇新增就业多少？原文怎么写的",  # the sentence asked
    "赣州23年GDP目标多少，南昌24年的多少？对比一下",  # both figures side by side
])
def test_not_a_side_request(text: str) -> None:
    read = without_side_requests(text)
    for word in ("分别是", "计划数量", "要搞多少", "2019水平", "原文怎么写", "对比一下"):
        if word in text:
            assert word in read, read


@pytest.mark.parametrize("text", [
    "赣州2023年计划改造老旧小区多少个？另请一并报出2022年实际完成的数，注意区分计划与完成。",
    "杭州亚运会金牌数（2024年省报告口径）",
    "2023年城镇新增就业多少 别给我省里的",
    "南昌和赣州GDP目标，请分别给出",
])
def test_reading_twice_changes_nothing(text: str) -> None:
    once = without_side_requests(text)
    assert without_side_requests(once) == once


def test_a_further_request_is_asked_as_a_question() -> None:
    read = without_side_requests("赣州2023年计划改造老旧小区多少个？另请一并报出2022年实际完成的数")
    assert read.endswith("2022年实际完成多少"), read


def test_county_named_stays_the_scope() -> None:
    assert without_side_requests("2024年青溪县GDP目标（不是全市的）") == "2024年青溪县GDP目标"


def test_source_asked_of_a_pasted_figure_is_the_question() -> None:
    # no other ask beside it: tracing the figure is what is asked (answers.claims)
    assert without_side_requests("85万亩冬种油菜，出自哪份报告") == "85万亩冬种油菜，出自哪份报告"


def test_only_this_scope_wanted() -> None:
    read = read_side_requests("2024年GDP增长目标多少，只要南昌的")
    assert read.question.startswith("南昌") and read.scoped, read
