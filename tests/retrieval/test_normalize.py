"""Query normalisation: short years, relative years, abbreviations, unit short forms."""
from __future__ import annotations

import datetime as dt

import pytest

from core.abbreviations import ABBREVIATIONS
from retrieval.normalize import normalize_query, strip_question_words
from retrieval.lexical import BM25, tokens

TODAY = dt.date(2024, 3, 1)


@pytest.mark.parametrize(
    "question, expected",
    [
        ("24年GDP增长目标", "2024年地区生产总值增长目标"),
        ("赣州23年社零总额增长目标多少？", "赣州2023年社会消费品零售总额增长目标多少?"),
        ("22年固投增长多少", "2022年固定资产投资增长多少"),
        ("规上工业增加值", "规模以上工业增加值"),
        ("战新产业和高企数量", "战略性新兴产业和高新技术企业数量"),
        ("今年的目标", "2024年的目标"),
        ("去年引进多少首店", "2023年引进多少首店"),
        ("明年计划", "2025年计划"),
    ],
)
def test_expansions(question: str, expected: str) -> None:
    assert normalize_query(question, today=TODAY).split(" ")[0] == expected


def test_short_forms_are_kept_for_reports_that_use_them() -> None:
    assert normalize_query("赣州GDP目标").endswith(" (GDP)")


def test_numbers_that_are_not_years_stay() -> None:
    assert normalize_query("用10年时间建成", today=TODAY) == "用10年时间建成"
    assert normalize_query("近20年来", today=TODAY) == "近20年来"
    assert normalize_query("2024年目标", today=TODAY) == "2024年目标"


def test_doc_year_wins_over_today_and_without_either_relative_words_stay() -> None:
    assert normalize_query("去年粮食产量", today=TODAY, doc_year=2022).startswith("2021年")
    assert normalize_query("去年粮食产量") == "去年粮食产量"


def test_full_form_already_present_is_not_doubled() -> None:
    assert normalize_query("社会消费品零售总额（社零）") == "社会消费品零售总额(社零)"


def test_abbreviations_are_data_and_every_full_form_differs() -> None:
    assert all(short != full for short, full in ABBREVIATIONS.items())


def test_question_words_are_dropped_from_the_lexical_query() -> None:
    assert strip_question_words("城镇新增就业目标是多少？") == "城镇新增就业目标"


def test_bigram_bm25_prefers_the_matching_chunk() -> None:
    assert tokens("GDP增长5.5%") == ["增长", "gdp", "5.5%"]
    bm25 = BM25(["城镇新增就业41万人", "粮食总产量439.7亿斤", "新增就业服务"])
    scores = bm25.scores("城镇新增就业")
    assert max(range(len(scores)), key=scores.__getitem__) == 0 and scores[1] == 0


def test_unit_short_forms_from_the_registry(ctx) -> None:
    try:
        from store.units import add_alias, ensure_units
    except ImportError:
        pytest.skip("registry units module not present")
    ensure_units(ctx.db, ["省发展改革委"], "江西省")
    add_alias(ctx.db, "发改委", "省发展改革委")
    assert normalize_query("发改委牵头的5G网络", db=ctx.db).endswith("(省发展改革委)")
    assert normalize_query("南昌2024年目标", db=ctx.db, today=TODAY) == "南昌2024年目标"


@pytest.mark.parametrize("question", ["24年GDP增长目标", "赣州去年社零增长", "规上工业和固投", "发展改革委"])
def test_normalising_twice_changes_nothing(question: str) -> None:
    once = normalize_query(question, today=TODAY)
    assert normalize_query(once, today=TODAY) == once
