"""Asks of batch 70's read sets (70b, 70d, 70f, 70h), written by outsiders and read after their
first run: what the asker has already or compares with, said after the ask ("想跟江西对比下",
"全省的我已经有了"); the subject said after the ask with a product's name in it ("多少个来着 22年那个
5g基站"); a sentence naming a term before its ask ("…发展四首经济 四首指哪四个"); 研发投入 for R&D."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.padding import drop_padding
from answers.trailing_asides import trailing_aside

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize("question, kept", [
    ("湖南省24年gdp目标多少 想跟江西对比下", "湖南省24年gdp目标多少"),
    ("南昌23年空气优良率多少 全省的我已经有了", "南昌23年空气优良率多少"),
])
def test_what_the_asker_has_or_compares_with_is_no_word_of_the_ask(question, kept):
    assert drop_padding(question) == kept


def test_a_products_name_after_the_ask_is_the_subject_not_a_premise():
    assert trailing_aside("22年那个5g基站", "", "计划新增多少个来着") is None
    assert trailing_aside("22年是5%", "", "目标定的多少") is not None


@pytest.mark.parametrize("question, wanted", [
    ("计划新增多少个来着 22年那个5g基站", ["1万个以上"]),
    ("南昌报告里讲的发展四首经济 四首指哪四个", ["区域首店", "新品首发"]),
    ("研发投入占ＧＤＰ比重 24年省里目标是不是2％", ["1.9%以上"]),
    ("24年省里定的老百姓收入增长目标 城镇和农村各是多少", ["5%、7%左右"]),
])
def test_asks_of_the_sample_corpus_typed_by_outsiders(asked_corpus, question, wanted):
    text = "".join(ask(asked_corpus, question, today=TODAY).answer.split())
    assert all(w in text for w in wanted), text


def test_what_was_won_last_year_is_a_result_not_a_target():
    from answers.question import parse_question

    q = parse_question("去年争取到的国债 中央预算内 专项债资金 加起来多少")
    assert q.intent == "fact" and q.mode != "target", q


@pytest.mark.parametrize("typed, read", [("今年按排了多少个", "安排"), ("谁签头", "牵头"), ("分管领到是谁", "领导")])
def test_ask_words_typed_by_sound(typed, read):
    from core.spoken import standard_asks

    assert read in standard_asks(typed)


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    from tests.support.answer_sets import plan_context

    c = plan_context(tmp_path_factory.mktemp("county70"), "霁川县2026年重点任务分工方案",
                     ["序号", "重点任务", "责任领导", "牵头单位", "责任单位", "完成时间"],
                     ["一、基础设施",
                      ["1", "省道S218霁川段改建工程建成通车", "周立群", "县交通运输局", "县财政局", "2026年12月底前"],
                      ["2", "实施农村公路提质改造120公里", "周立群", "县交通运输局", "各乡镇", "11月底前"],
                      ["3", "实施中小河流治理28公里，汛前完成主体工程", "周立群", "县水利局", "县财政局", "2026年5月底前"]],
                     tasks=3)
    yield c
    c.close()


def test_a_named_facility_no_document_holds_is_not_found_through_a_verb(county):
    answer = ask(county, "县体育中心那个项目啥时候完工 谁牵头", today=TODAY)
    assert answer.intent == "none" and "中小河流" not in answer.answer, answer.answer


def test_a_units_tasks_with_their_deadlines_asked(county):
    text = "".join(ask(county, "交通运输局牵头的任务有哪些 完成时间分别是啥", today=TODAY).answer.split())
    assert "2026年12月底前" in text and "11月底前" in text, text
