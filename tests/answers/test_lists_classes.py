"""The classes outsider rounds 12 and 13 showed for lists and what is said around a question:
indicators listed after a colon (one figure per item, sharing the head's year, region and
kind), one indicator asked for several scopes ("X：赣州22年完成多少、23年计划多少"), a figure
offered to be confirmed in other forms ("…200座，是这个数吗" / "应该是15个吧" / "40万人吧"),
and chat padding (who asks, a reported claim's frame, what the answer is for). Every question
here is the helper's own wording over the sample corpus; none is a round's question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.enumerated import listed_parts
from answers.padding import drop_padding
from answers.understanding import understand
from answers.wording import offered_figure
from core.context import Context
from tests.support.answer_sets import assert_holds


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


_holds = assert_holds


# --- 1. indicators listed after a colon: one figure (and source) per item -------------------

@pytest.mark.parametrize("question, figures", [
    ("帮我整理一下2024年江西这些目标：新增信贷投放、企业直接融资、新增申报上市公司，分别是多少",
     ("5000亿元以上", "5000亿元左右", "10家")),
    # the head's word (社会事业) is a topic, not a word the report must hold
    ("2022年江西社会事业指标：新增社区嵌入式养老院多少家、改造提升乡镇敬老院多少所", ("100家", "120所")),
    # the unit asked in brackets after each item
    ("南昌2023年收成：粮食播面（万亩）、生猪出栏（万头）", ("516.81万亩", "230万头")),
    # a measure said once on the last item holds for every item; 实际 in the head asks results
    ("2021年江西实际完成情况：固投、社零的增速", ("10.8%", "17.7%")),
    # the head's measure (营收) holds for every item, its count (两个) is no topic
    ("赣州23年两个产业的营收目标：纺织服装、电子信息", ("1300亿元", "2000亿元")),
])
def test_listed_indicators_each_answered(ctx: Context, question: str, figures: tuple[str, ...]) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none", ans.answer
    _holds(ans.answer, *figures)
    assert ans.answer.count("来源：") >= 2, ans.answer  # each item with its source


def test_listed_items_take_the_heads_year_region_and_kind(ctx: Context) -> None:
    q, _ = understand(ctx, "2024年南昌几个城建目标：新建城市公园、城中村改造，这两个数")
    parts = listed_parts(ctx, q)
    assert len(parts) == 2, parts
    assert all("2024年" in p and "南昌" in p and "目标" in p for p in parts), parts
    assert not any("城建" in p for p in parts), parts


@pytest.mark.parametrize("question, count", [
    ("江西2024年几个目标，新增信贷投放、企业直接融资、新增申报上市公司", 3),  # said with a comma
    ("南昌，2024年新建城市公园、城中村改造目标多少", 2),  # year before the first item, ask on the last
    ("2024年江西目标：新增信贷投放 企业直接融资", 2),  # items between spaces
    ("2024年江西目标：新增信贷投放/企业直接融资/新增申报上市公司", 3),  # or slashes
])
def test_a_list_said_without_colon_or_shared_ask(ctx: Context, question: str, count: int) -> None:
    q, _ = understand(ctx, question)
    parts = listed_parts(ctx, q)
    assert len(parts) == count and all("2024年" in p and "目标" in p for p in parts), parts


@pytest.mark.parametrize("question", [
    "2023年江西：城镇、农村居民收入增速",  # a short first item shares the second's words
    "24年全省危桥改造多少座，新改建农村公路多少公里",  # two asks: not a list
    "关于2023年全省上市公司的情况，新增几家、累计多少家",  # two asks of the first clause's subject
])
def test_what_is_no_list(ctx: Context, question: str) -> None:
    q, _ = understand(ctx, question)
    assert listed_parts(ctx, q) == []


def test_a_colon_that_opens_no_list_is_left_alone(ctx: Context) -> None:
    q, _ = understand(ctx, "问题：2024年全省危桥改造多少座")
    assert listed_parts(ctx, q) == []


# --- 4. one indicator, several scopes (region / year / kind per item) ------------------------

@pytest.mark.parametrize("question, figures", [
    ("老旧小区改造：南昌23年完成多少个、24年计划多少个", ("303个", "240个")),
    ("GDP增长目标：江西24年、赣州23年，分别多少", ("5%左右", "7.5%左右")),  # regions as items
    ("城镇新增就业：21年分工方案定的、21年实际完成，各多少万人", ("38万人", "48万人")),
    # said with a comma: the first clause, which asks nothing, is the indicator
    ("老旧小区改造，南昌2023年完成多少个？南昌2024年计划多少个？", ("303个", "240个")),
])
def test_scopes_of_one_indicator_each_answered(ctx: Context, question: str, figures: tuple[str, ...]) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none", ans.answer
    _holds(ans.answer, *figures)


def test_a_region_named_by_an_item_holds_for_the_items_after_it(ctx: Context) -> None:
    q, _ = understand(ctx, "PM2.5浓度：赣州23年中心城区目标、22年实际；江西23年实际，各多少微克")
    parts = listed_parts(ctx, q)
    assert [("赣州" in p, "江西" in p) for p in parts] == [(True, False), (True, False), (False, True)], parts
    assert all("PM2.5" in p for p in parts), parts


# --- 2. a figure offered in the question, confirmed or corrected -----------------------------

@pytest.mark.parametrize("question, right", [
    ("2024年全省要实施危桥改造200座，是这个数吗", "160座"),
    ("听说2022年全省新增社区嵌入式养老院定的是200家，对吗？", "100家"),
    ("南昌2024年新建城市公园应该是15个吧？", "12个"),
    ("2021年分工方案里新增发放创业担保贷款目标是100亿元吧", "110亿元"),  # a table's target
    ("2024年全省危桥改造任务定的200座？", "160座"),  # a figure ending a question that asks nothing else
    ("南昌2024年新建城市公园，我记得是15个", "12个"),  # the asker's memory before the figure
])
def test_offered_figure_that_does_not_match_is_corrected(ctx: Context, question: str, right: str) -> None:
    ans = ask(ctx, question)
    assert ans.answer.startswith("不是"), ans.answer
    _holds(ans.answer, right)


def test_offered_figure_that_matches_is_confirmed(ctx: Context) -> None:
    ans = ask(ctx, "2021年分工方案里新增发放创业担保贷款目标是110亿元吧")
    assert ans.answer.startswith("是的"), ans.answer


def test_an_offered_figure_then_a_result_asked(ctx: Context) -> None:
    ans = ask(ctx, "21年分工方案里城镇新增就业目标是35万人吧？最后实际完成了多少？")
    assert ans.answer.startswith("不是"), ans.answer
    _holds(ans.answer, "38万人", "48万人")


@pytest.mark.parametrize("text, figure", [
    ("2024年危桥改造200座，是这个数吗", "200座"),
    ("城镇新增就业目标是40万人吧", "40万人"),
    ("高标准农田是300万亩对吗", "300万亩"),
])
def test_offered_figure_is_out_of_the_topic(text: str, figure: str) -> None:
    rest, offered = offered_figure(text)
    assert offered == figure and figure not in rest, (rest, offered)


# --- 3. chat padding around the ask --------------------------------------------------------

@pytest.mark.parametrize("question, figure", [
    ("你好，我是市政府办新来的，想核对一下。请问2024年全省危桥改造安排多少座？", "160座"),
    ("2023年赣州新增托位多少个？这个数要写进汇报材料", "7387个"),
    ("南昌2024年新建城市公园几个，领导要对账", "12个"),
    ("我在群里看到说2024年全省新改建农村公路3000公里，是这个数吗", "3000公里"),
])
def test_padding_is_no_topic(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none", ans.answer
    _holds(ans.answer, figure)


@pytest.mark.parametrize("text, kept", [
    ("我是刚调来的，2024年全省危桥改造多少座", "2024年全省危桥改造多少座"),  # a clause about the asker
    ("我是省民政厅的，我们牵头哪些任务", "我是省民政厅的，我们牵头哪些任务"),  # who 我们 is: kept
    ("我是赣州的，23年新增托位多少个", "我是赣州的，23年新增托位多少个"),  # where 我 is from: kept
])
def test_leading_clauses_about_the_asker(text: str, kept: str) -> None:
    assert drop_padding(text) == kept


@pytest.mark.parametrize("text", [
    "我省2024年GDP目标多少",
    "2024年江西：户籍人口城镇化率、海绵城市达标面积比例，这两个数",
    "24年全省危桥改造多少座",
])
def test_what_asks_is_never_padding(text: str) -> None:
    assert drop_padding(text) == text


def test_a_documents_year_before_the_colon_is_the_items_this_year(ctx: Context) -> None:
    """"X报告2022：今年A多少，B多少": 今年 is the report's year, not the newest report's."""
    ans = ask(ctx, "江西省政府工作报告2022：今年规上工业增加值增长多少，固定资产投资增长多少")
    _holds(ans.answer, "8%以上")
    assert "2024" not in ans.answer, ans.answer
