"""The words of a heading asked with an item that stands under it (answers/heading_words.py):
"民生实事里头充电桩今年新增多少个" where the report names the list once ("集中财力办好十件民生
实事：…八是新增公共充电桩2万个；…") and the item never repeats it; asked again without the
heading's words on the not-found path, and taken only when the clause stands under that heading.
Rounds 33c (r33c-011), 33d (r33d-013), 35c (r35c-015); own variants over an invented city's report
written here (other headings, other items, other wordings)."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.heading_words import heading_runs, stands_under, without_run
from retrieval.search import headings
from tests.answers.test_shortened_words import REPORT
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def lanxi(tmp_path_factory: pytest.TempPathFactory):
    c = report_context(tmp_path_factory.mktemp("heading"), REPORT, "岚溪市2025年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    # a list's lead-in ("…八件惠民实事：一是…"), the heading's words with 里头 and a trailing 来着
    ("惠民实事里头社区食堂今年新建几个来着", "40个"),
    # the heading's words with no word of place
    ("今年惠民实事城市书房要建多少个", "10个"),
    # with 中 and the city named
    ("岚溪惠民实事中托位新增多少个", "800个"),
    # a paragraph's run-in heading ("（一）推进城市更新。…")
    ("今年城市更新里头口袋公园新建几个", "20个"),
])
def test_an_item_asked_with_its_headings_words_is_answered(lanxi, question: str, wanted: str) -> None:
    ans = ask(lanxi, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert wanted in flat(ans.answer)


@pytest.mark.parametrize("question", [
    "惠民实事里绿道新建多少公里",  # 绿道 stands under 建设美丽岚溪, not under the 惠民实事
    "惠民实事里口袋公园新建几个",  # 口袋公园 stands under 推进城市更新
])
def test_an_item_under_another_heading_stays_not_found(lanxi, question: str) -> None:
    assert ask(lanxi, question, today=TODAY).intent == "none"


def test_the_headings_of_a_paragraph() -> None:
    paragraph = "办好十件民生实事。今年将集中力量办好十件民生实事：一是新增学位1.5万个；二是新增养老床位1000张。"
    assert headings(paragraph) == ["办好十件民生实事", "今年将集中力量办好十件民生实事"]
    assert headings("新建城市绿道60公里，新增充电桩300个。") == []


def test_a_clause_stands_under_the_heading_before_it_only() -> None:
    chunk = "建设美丽乡村。新建城市绿道60公里。\n办好惠民实事。集中力量办好八件惠民实事：一是新增普惠托位800个；二是新建社区食堂40个。"
    assert stands_under("惠民实事", chunk, "二是新建社区食堂40个", "")
    assert not stands_under("惠民实事", chunk, "新建城市绿道60公里", "")
    assert stands_under("城市更新", chunk, "新建城市绿道60公里", "二、2025年重点工作 › （一）推进城市更新")


def test_the_heading_run_and_its_word_of_place_are_dropped() -> None:
    question = "民生实事里头充电桩今年新增多少个"
    runs = heading_runs(question, lambda w: w == "民生实事")
    assert runs == [(0, 4)]
    assert without_run(question, *runs[0]) == "充电桩今年新增多少个"
