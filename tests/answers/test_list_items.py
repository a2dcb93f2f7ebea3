"""One item of a printed list asked by its place (answers.list_items): "今年8件民生实事第5件是啥"
is answered by the fifth item, cut at 一是/二是… or at the separator that gives the count the
name states; a place past the list's end says so (round 27b r27b-010)."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.list_items import item_asked, items_of
from core.context import Context
from tests.answers.worded_report import REPORT
from tests.support.answer_sets import flat, report_context


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = report_context(tmp_path_factory.mktemp("list_items"), REPORT)
    yield c
    c.close()


@pytest.mark.parametrize("question, want, wrong", [
    ("今年8件民生实事第5件是啥", "新改建农村公路60公里", "改造老旧小区9个"),
    ("8件民生实事第二件是什么", "改造老旧小区9个", "新建城区停车位"),
    ("五个一批第3个是啥", "开工一批", "签约一批"),
    ("“五个一批”行动里第五个是什么", "达效一批", "投产一批"),
    ("县里8件民生实事的第8项是什么", "两癌", "改造农村户厕"),
])
def test_the_item_at_the_place_asked(ctx: Context, question: str, want: str, wrong: str) -> None:
    ans = ask(ctx, question)
    first = flat(ans.answer.splitlines()[0])
    assert ans.intent != "none" and want in first and wrong not in first, ans.answer


def test_a_place_past_the_end_is_not_found(ctx: Context) -> None:
    ans = ask(ctx, "今年8件民生实事第9件是啥")
    assert ans.intent == "none" and "共8件" in ans.answer, ans.answer


def test_the_year_asked_picks_its_list() -> None:
    asked = item_asked("24年省里10件民生实事 第9件是啥")
    assert asked is not None and (asked.name, asked.place, asked.year) == ("10件民生实事", 9, 2024)


def test_items_not_matching_the_stated_count_are_not_guessed() -> None:
    assert items_of("甲，乙，丙", 4) is None
    assert items_of("甲、乙、丙、丁", 4) == ["甲", "乙", "丙", "丁"]
