"""Rounds 12/13 classes: lay words for an indicator (看病报销, 好路, 改厕所, 租赁房, 空气好的天数)
read as the indicator's head; 赣南 as 赣州's region; a unit typed as its Latin symbol (km, km/h)
is a unit, not a name; a clause naming the measured thing after its figure ("新（续）建9条…快速
路") takes its qualifier from the clauses before; 占比 asked reads the reports' 占…比重.
Every question here is the helper's own wording over the sample corpus."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.context import Context
from core.synonyms import lay_reading
from core.unit_symbols import is_unit_symbol
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- 1. lay words for an indicator --------------------------------------------------------

@pytest.mark.parametrize("question, figure", [
    ("2022年江西农村的好路比例目标是多少", "75%"),
    ("江西23年看病报销那个基本医保的参保率达到多少了", "99.85%"),
    ("赣州2023年打算改多少个农村厕所", "5.65万个"),
    ("南昌2023年空气好的天数占比多少", "92.3%"),
    ("江西22年那种租赁房要筹集几套", "6.28万套"),
])
def test_a_lay_word_is_read_as_the_indicator(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and figure in flat(ans.answer), ans.answer


def test_lay_reading_puts_the_indicator_first_and_keeps_typed_heads() -> None:
    assert lay_reading("给新市民的那种租赁房 开工 套").startswith("保障性租赁住房")
    assert "那种" not in lay_reading("给新市民的那种租赁房 开工 套")
    # the head typed as well: the lay word is only noise, the typed head stays whole
    assert lay_reading("看病报销 基本医保 参保率") == "基本医保 参保率"
    assert lay_reading("农村的路 公里").startswith("农村公路")
    assert lay_reading("地区生产总值 增长") == "地区生产总值 增长"  # no lay word: unchanged


# --- 2. 赣南 is 赣州 where it stands as the region ---------------------------------------------

def test_gannan_is_read_as_ganzhou(ctx: Context) -> None:
    ans = ask(ctx, "赣南2023年新改建农村公路多少公里")
    assert "赣州市" in ans.answer and "800公里" in flat(ans.answer), ans.answer


# --- 3. a unit typed as its Latin symbol ----------------------------------------------------

@pytest.mark.parametrize("question, figure", [
    ("南昌2023年道路平均车速提高了几km/h", "4km/h"),
    ("2022年赣州中心城区建了多少km快速路", "59.1公里"),
])
def test_a_latin_unit_symbol_is_a_unit(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and figure in flat(ans.answer), ans.answer


def test_unit_symbols_are_told_from_names() -> None:
    assert all(is_unit_symbol(s) for s in ("km", "KM/h", "kW", "t"))
    assert not any(is_unit_symbol(s) for s in ("GDP", "R&D", "5G", "CPI"))


# --- 4. the qualifier of a measured thing stands clauses before ------------------------------

def test_a_figure_before_its_thing_takes_the_qualifier_before(ctx: Context) -> None:
    ans = ask(ctx, "赣州23年中心城区计划新建和续建几条快速路")
    assert ans.intent == "target" and "9条" in flat(ans.answer), ans.answer


# --- 5. 占比 is 占…比重 --------------------------------------------------------------------

@pytest.mark.parametrize("question", ["江西2022年 R&D 占比是多少", "全省24年 R&D 占比是多少"])
def test_a_share_asked_as_zhanbi(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and "1.9%" in flat(ans.answer), ans.answer


# --- 6. people counted by name, not by 人 ----------------------------------------------------

def test_people_counted_by_their_name_answer_how_many_people(ctx: Context) -> None:
    # "为48.7万适龄女生接种…": asked in 人, the people stand where the counter would
    ans = ask(ctx, "2023年全省免费接种宫颈癌疫苗的女孩子有多少人")
    assert ans.intent != "none" and "48.7万" in flat(ans.answer), ans.answer
