"""Ellipsis across the parts of one message (answers.ellipsis): a later part that names only a
year, a region or a measure of its own asks of the item the part before named; a topic header
before the parts names every part's item; plan and result, or two regions, each answered in
its own scope. Every question here is the helper's own wording over the sample corpus."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.ellipsis import bare_words, names_nothing, numbers_requested
from core.context import Context
from tests.support.answer_sets import assert_holds, flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- 1. a later part names only a year or a region: the item before, asked again ------------

@pytest.mark.parametrize("question, figures", [
    ("规上工业增加值 22年目标增长多少 24年多少", ("8%以上", "6.5%左右")),
    ("全省规上工业增加值增长目标：2022年和2024年分别定的多少", ("8%以上", "6.5%左右")),
    ("全省2021年GDP增长多少，2023年又是多少", ("8.8%", "4.1%")),
    ("2024年全省GDP增长目标多少，南昌的呢", ("5%左右", "5.0%左右")),
    ("全省2021年粮食总产多少，2023年的数字呢", ("438.5亿斤", "439.7亿斤")),
    ("2024年全省GDP增长目标多少，南昌和赣州呢", ("5%左右", "5.0%左右", "没有找到赣州市2024年")),
])
def test_a_part_with_only_a_year_or_region_asks_the_item_before(ctx: Context, question: str, figures: tuple) -> None:
    assert_holds(ask(ctx, question).answer, *figures)


@pytest.mark.parametrize("part, nothing", [
    ("2024年分别填多少", True), ("2023年又是多少", True), ("省里呢", True), ("22年实际完成多少", True),
    ("一共投多少钱", False), ("22年计划开工改造多少个", False), ("固投多少", False),
])
def test_what_names_nothing(part: str, nothing: bool) -> None:
    assert names_nothing(part) is nothing, bare_words(part)


# --- 1b. a later part asks a measure of its own of the same item ----------------------------

@pytest.mark.parametrize("question, figures", [
    ("2021年全省新增农村转移劳动力多少万人，完成年计划百分之几", ("60.4万人", "116.1%")),
    ("24年全省新增改造城镇老旧小区多少个，惠及多少户", ("1008个", "39.09万户")),
    ("2024年全省实施省大中型项目多少个，总共投资多少钱", ("3670个", "1万亿元")),
    ("21年全省国家级小巨人企业总数多少家？其中当年新增几家", ("144家", "109家")),
])
def test_a_measure_of_its_own_is_asked_of_the_item_before(ctx: Context, question: str, figures: tuple) -> None:
    ans = ask(ctx, question)
    assert_holds(ans.answer, *figures)
    assert "没有找到" not in ans.answer, ans.answer


def test_another_item_of_the_same_sentence_is_not_the_measure_asked(ctx: Context) -> None:
    # "新增学位" names an item of its own: never the 托位 sentence's other clause
    ans = ask(ctx, "赣州23年新增托位多少个 新增学位多少个")
    assert_holds(ans.answer, "7387个", "5.1万个")


def test_a_measure_the_item_s_sentence_does_not_hold_is_no_other_item_s_figure(ctx: Context) -> None:
    # the 老旧小区 sentence states no money: never the 重大项目 sentence's 投资…亿元
    ans = ask(ctx, "24年全省新增改造城镇老旧小区多少个，一共投多少钱")
    assert "1008个" in flat(ans.answer), ans.answer
    assert "重大项目" not in ans.answer and "10亿元" not in flat(ans.answer), ans.answer


# --- 2. a topic header, or a year given by 截至…年底 ------------------------------------------

@pytest.mark.parametrize("question, figures", [
    ("保障性租赁住房：全省2022年开工筹集多少套？赣州2022年建设多少套？", ("6.28万套", "1.67万套")),
    ("老旧小区改造：南昌2023年改造了多少个？赣州2023年计划改造多少个？", ("303个", "125个")),
    ("截至2021年底，全省国家级小巨人企业总数多少家", ("144家",)),
    ("截至2023年末全省国家级专精特新小巨人企业累计多少家", ("255家",)),
])
def test_a_header_or_a_year_end_scopes_every_part(ctx: Context, question: str, figures: tuple) -> None:
    assert_holds(ask(ctx, question).answer, *figures)


def test_a_request_for_a_number_is_an_ask() -> None:
    asked = numbers_requested("南昌2024年计划改造老旧小区多少个？另外请报出2023年实际改造的数，注意区分计划与完成")
    assert asked.endswith("2023年实际改造多少"), asked


# --- 3. plan and result, or two regions: each in its own scope -------------------------------

@pytest.mark.parametrize("question, first, second", [
    ("南昌2024年计划改造老旧小区多少个？另外请报出2023年实际改造的数", "南昌市2024年目标", "南昌市2023年"),
    ("赣州中心城区2023年PM2.5控制目标多少？全省2023年实际浓度多少", "赣州市2023年目标", "江西省2023年"),
    ("南昌2023年城镇新增就业多少万人，2024年计划多少", "南昌市2023年", None),
    ("南昌2024年GDP增长目标多少？全省2023年实际增长多少", "南昌市2024年目标", "江西省2023年"),
])
def test_each_part_in_its_own_scope(ctx: Context, question: str, first: str, second: str | None) -> None:
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert first in text, ans.answer
    if second:
        assert second in text, ans.answer
    if "PM2.5" in question:
        assert "27微克" in text and "29微克" in text, ans.answer
    if "城镇新增就业" in question:
        assert "6.89万人" in text, ans.answer
