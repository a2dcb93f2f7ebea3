"""Two classes of round 19/20: a figure the asker types is a premise to check, not a word to
match (rough figures "七百多公里", choices said in words, a figure ending the question, a line
pasted with a figure no document holds); and a look-alike measure in the same slot (常住/户籍,
新增/累计, 国家级/省级, 城镇/农村) is no answer. Every question here is the helper's own
wording over the sample corpus; none is a round's question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.contrasts import contrasted
from answers.figure_choice import figure_offered, rough_figures
from answers.stated_figures import agrees, rough_range
from answers.wording import offered_figure
from core.context import Context
from core.spoken import spoken_numbers
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- 1. numbers the asker types ------------------------------------------------------------

@pytest.mark.parametrize("said, digits", [
    ("四百三十九亿多斤", "439亿多斤"),
    ("七百多公里", "700多公里"),
    ("两千多公里", "2000多公里"),
    ("一百多万人", "100多万人"),
])
def test_rough_figure_said_in_words_is_read_in_digits(said: str, digits: str) -> None:
    assert spoken_numbers(said) == digits


def test_words_that_are_no_figure_stay() -> None:
    assert spoken_numbers("三十多年来") == "三十多年来"


@pytest.mark.parametrize("written, low, high", [
    ("439亿多斤", 439e8, 440e8),
    ("430多亿斤", 430e8, 440e8),
    ("700多公里", 700, 800),
    ("1.2万多个", 12000, 13000),
])
def test_rough_range_is_the_last_digit_step(written: str, low: float, high: float) -> None:
    got = rough_range(written)
    assert got is not None and abs(got[0] - low) < 1e-6 and abs(got[1] - high) < 1e-6


def test_rough_figure_alone_is_put_as_the_ask() -> None:
    assert figure_offered("赣州23年新改建农村公路七百多公里？") == "赣州23年新改建农村公路多少公里？"
    assert rough_figures("赣州23年新改建农村公路七百多公里？") == ["700多公里"]


def test_choice_said_in_words_is_asked_as_the_figure() -> None:
    assert "多少%" in figure_offered("南昌2024年社零增长百分之六点五还是百分之七")


@pytest.mark.parametrize("question, figure", [
    ("南昌24年社零增长目标6.5%？", "6.5%"),
    ("2023年全省新建高标准农田300万亩吗", "300万亩"),
    ("21年分工方案社零突破1.2万亿？", "1.2万亿"),
])
def test_figure_ending_the_question_is_offered(question: str, figure: str) -> None:
    topic, offered = offered_figure(question)
    assert offered == figure and figure not in topic


@pytest.mark.parametrize("question", ["5G基站？", "南昌地铁3号线？", "PM2.5？"])
def test_a_name_with_digits_is_no_offered_figure(question: str) -> None:
    assert offered_figure(question)[1] is None


def test_a_figure_without_its_measure_agrees() -> None:
    assert agrees("1.1万亿", ["1.1万亿元"]) and not agrees("1.2万亿", ["1.1万亿元"])


@pytest.mark.parametrize("question, want", [
    ("江西23年粮食总产四百三十九亿多斤？要准数", "439.7亿斤"),
    ("赣州23年新改建农村公路七百多公里？", "800公里"),
    ("南昌2024年社零增长百分之六点五还是百分之七", "7.0%左右"),
    ("23年全省新建高标准农田是三百万亩还是二百九十万亩", "290万亩"),
])
def test_offered_figure_answers_the_true_value(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer), ans.answer


def test_rough_figure_inside_the_range_is_not_contradicted(ctx: Context) -> None:
    ans = ask(ctx, "江西23年粮食总产四百三十九亿多斤？要准数")
    assert "不是" not in ans.answer.splitlines()[0], ans.answer


@pytest.mark.parametrize("question", [
    "赣州23年新改建农村公路七百多公里？",
    "江西2023年粮食总产四百四十多亿斤吗",
])
def test_rough_figure_outside_the_range_is_said_to_differ(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert ans.answer.startswith("文件里写的不是"), ans.answer


@pytest.mark.parametrize("question, verdict", [
    ("南昌24年社零增长目标6.5%？", "不是"),
    ("21年分工方案社零突破1.2万亿？", "不是"),
    ("21年分工方案社零突破1.1万亿？", "是的"),
    ("江西2023年GDP增长4.5？", "不是"),
    ("江西23年地区生产总值增长四点一？", "是的"),
    ("2023年全省固投下降5.9吗", "是的"),
])
def test_figure_ending_the_question_gets_a_verdict(ctx: Context, question: str, verdict: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and ans.answer.startswith(verdict), ans.answer


def test_quoted_line_in_words_then_another_year(ctx: Context) -> None:
    ans = ask(ctx, "“百分之三十二建成区达到海绵城市建设要求”是省里哪年的目标？二四年又定的多少")
    text = flat(ans.answer)
    assert "2022" in text and "44%以上" in text, ans.answer


def test_pasted_figure_not_held_then_another_year(ctx: Context) -> None:
    ans = ask(ctx, "“3000个省大中型项目”是哪年的？2024年是多少个")
    text = flat(ans.answer)
    assert "没有哪份文件写的是3000个" in text and "3670个" in text, ans.answer


# --- 2. a look-alike measure in the same slot ---------------------------------------------

@pytest.mark.parametrize("question, clause, other", [
    ("24年常住人口城镇化率目标", "户籍人口城镇化率达46%左右", "户籍人口"),
    ("新增国家级专精特新企业几家", "省级专精特新企业310家", "省级"),
    ("新增建成智能安防小区多少个", "累计建成智能安防小区1.22万个", "累计"),
    ("城镇居民人均可支配收入增长多少", "农村居民人均可支配收入增长7%", "农村"),
    ("一般公共预算收入增长多少", "一般公共预算支出增长5%", "支出"),
    ("常住人口城镇化率，不是户籍的", "户籍人口城镇化率达46%左右", "户籍人口"),
])
def test_competing_qualifier_in_the_same_slot(question: str, clause: str, other: str) -> None:
    assert contrasted(question, clause) == other


@pytest.mark.parametrize("question, clause", [
    ("城镇居民人均可支配收入增长多少", "城镇、农村居民人均可支配收入分别增长5%、7%左右"),
    ("城镇新增就业多少", "新增就业48万人"),
    ("新增国家级专精特新企业几家", "新增国家级专精特新“小巨人”企业109家"),
    ("常住人口和户籍人口城镇化率分别多少", "户籍人口城镇化率达46%左右"),
])
def test_no_veto_when_the_asked_qualifier_stands_or_no_slot_competes(question: str, clause: str) -> None:
    assert contrasted(question, clause) == ""


@pytest.mark.parametrize("question", [
    "江西24年常住人口城镇化率要达到多少",
    "南昌23年新增国家级专精特新企业几家",
    "全省23年新增建成了多少个智能安防小区",
    "21年分工方案农村新增就业目标多少万人",
])
def test_look_alike_measure_is_not_answered(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "none", ans.answer


def test_not_found_names_the_other_measure(ctx: Context) -> None:
    ans = ask(ctx, "江西24年常住人口城镇化率要达到多少")
    assert "户籍人口城镇化率" in ans.answer and "不是所问的指标" in ans.answer, ans.answer


@pytest.mark.parametrize("question, want", [
    ("江西24年户籍人口城镇化率要达到多少", "46%左右"),
    ("全省23年累计建成智能安防小区多少个", "1.22万个"),
    ("江西2024年农村居民人均可支配收入增长目标", "7%"),
    ("21年分工方案城镇新增就业目标多少万人", "38万人"),
])
def test_the_measure_itself_is_still_answered(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer), ans.answer


# --- a figure inside the subject is part of the subject (a threshold) -----------------------

@pytest.mark.parametrize("question, value", [
    ("赣州23年引进多少个投资两千万以上的项目", 2e7),
    ("全省24年实施几个投资10亿元以上重大项目", 1e9),
])
def test_threshold_read_from_the_subject(question: str, value: float) -> None:
    from answers.thresholds import thresholds

    assert thresholds(question) == [value]


@pytest.mark.parametrize("question", ["2024年GDP增长多少", "2022年5G基站多少个", "是不是投资2000万以上的项目400个"])
def test_no_threshold_where_none_qualifies(question: str) -> None:
    from answers.thresholds import thresholds

    assert thresholds(question) == []


def test_another_threshold_is_no_answer(ctx: Context) -> None:
    ans = ask(ctx, "赣州23年引进多少个投资三千万元以上的项目")
    assert ans.intent == "none" and "15个" not in ans.answer, ans.answer


@pytest.mark.parametrize("question", ["赣州23年引进多少个投资2000万以上项目", "赣州23年引进多少个投资两千万元及以上的项目"])
def test_threshold_said_another_way_is_answered(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert "400个" in flat(ans.answer), ans.answer
