"""How a question is read, for the classes two outsider rounds (8 and 9) showed: chat wrappers
with a colleague's short title, fillers never cut out of a word, place nicknames, abbreviations
typed by sound or in lower case, a figure offered to be confirmed, the review part of a report
and a region said not to be meant. Every question here is the helper's own wording over the
sample corpus; none is a round's question."""
from __future__ import annotations


import pytest

from answers.ask import ask
from answers.question import parse_question
from answers.regions import read_nicknames
from answers.wording import offered_figure, prepare
from core.context import Context
from core.places import CITIES, NICKNAMES, PROVINCES
from core.spoken import unwrap
from core.synonyms import table
from core.synonyms_data import SYNONYMS
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- 1. chat wrappers with a short title; fillers never cut from inside a word ---------------

@pytest.mark.parametrize("wrapped, inner", [
    ("王科让我问下，南昌24年社零增长目标", "南昌24年社零增长目标"),
    ("张总叫我查一下江西2022年固投目标", "江西2022年固投目标"),
    ("刘局要我了解一下24年全省GDP目标，谢谢", "24年全省GDP目标"),
    ("陈处让问问：赣州民生支出多少", "赣州民生支出多少"),
    ("想了解下南昌2024年新建几个城市公园", "南昌2024年新建几个城市公园"),
    ("你好，了解一下江西24年危桥改造多少座？谢谢", "江西24年危桥改造多少座？"),
    ("请教一下，江西24年城镇新增就业多少", "江西24年城镇新增就业多少"),
])
def test_short_title_wrappers(wrapped: str, inner: str) -> None:
    assert unwrap(wrapped) == inner


@pytest.mark.parametrize("said", ["统计局要求的口径是什么", "南昌局让我看下的文件"])
def test_a_unit_name_is_no_colleague(said: str) -> None:
    # a unit's name before 要/让 is part of the question, only "surname + title" is a colleague
    assert unwrap(said) == said


@pytest.mark.parametrize("question, word", [
    # a word of asking that holds a filler's character goes whole
    ("22年全省农村公路优良中等路率要求不低于多少", "优良中等路率 不低于"),
    ("我想了解南昌24年城市公园新建几个", "城市公园新建"),
    ("南昌24年老年人口目标多少", "老年"),
    ("江西24年青年人才引进目标", "青年"),
])
def test_filler_never_cut_from_a_word(question: str, word: str) -> None:
    topic = parse_question(question).topic
    assert word in topic, topic


def test_wrapped_question_with_a_requirement_answers(ctx: Context) -> None:
    ans = ask(ctx, "王科让我问问，2022年省里农村公路的优良中等路率要求是百分之几？")
    assert "75%" in flat(ans.answer) and ans.intent != "none", ans.answer


# --- 2. place nicknames read as the region -------------------------------------------------

@pytest.mark.parametrize("said, read", [
    ("英雄城2024年规上工业增加值目标", "南昌2024年规上工业增加值目标"),
    ("2024年洪城的社零增长目标", "2024年南昌的社零增长目标"),
    ("赣24年固投目标", "江西24年固投目标"),
    ("虔城22年民生支出多少", "赣州22年民生支出多少"),
    # inside a name, or a name of its own: left as typed
    ("洪城大市场改造进展", "洪城大市场改造进展"),
    ("赣江新区24年目标", "赣江新区24年目标"),
    ("赣州24年GDP目标", "赣州24年GDP目标"),
    ("24年赣南脐橙产值", "24年赣南脐橙产值"),
])
def test_nicknames_as_the_region(said: str, read: str) -> None:
    assert read_nicknames(said) == read


@pytest.mark.parametrize("question, region, figure", [
    ("英雄城2024年规上工业增加值增长目标", "南昌市", "6.5%左右"),
    ("2024年洪城的社零增长目标是多少", "南昌市", "7.0%左右"),
    ("赣24年固定资产投资增长目标", "江西省", "3%左右"),
    ("赣鄱大地24年危桥改造多少座", "江西省", "160座"),
])
def test_nickname_questions_answer_for_the_place(ctx: Context, question: str, region: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert region in ans.answer and figure in flat(ans.answer), ans.answer


def test_nicknames_are_data_with_provenance() -> None:
    capitals = {"北京", "天津", "上海", "重庆", "石家庄", "太原", "呼和浩特", "沈阳", "长春", "哈尔滨", "南京",
                "杭州", "合肥", "福州", "南昌", "济南", "郑州", "武汉", "长沙", "广州", "南宁", "海口", "成都",
                "贵阳", "昆明", "拉萨", "西安", "兰州", "西宁", "银川"}
    places = set(PROVINCES) | set(CITIES)
    for nickname, place, why in NICKNAMES:
        assert place in places and why.strip(), (nickname, place)
    named = {place for _n, place, _w in NICKNAMES}
    assert capitals <= named, capitals - named
    assert all(p in named for p in PROVINCES if p != "台湾"), set(PROVINCES) - named


# --- 3. abbreviations typed by sound or in lower case --------------------------------------

@pytest.mark.parametrize("typed, read", [
    ("南昌24年设零增长目标", "社零"),
    ("南昌24年固头增长目标", "固投"),
    ("江西22年规尚工业增加值目标", "规上"),
    ("江西2021年cpi上涨多少", "CPI"),
    ("南昌24年Gdp目标", "GDP"),
    ("r&d经费投入强度", "R&D"),
])
def test_abbreviation_repaired(typed: str, read: str) -> None:
    assert read in prepare(typed)


@pytest.mark.parametrize("typed", ["24年乡镇卫生院建设", "国旗护卫", "应收账款", "就该这么干", "崭新面貌", "高起点规划"])
def test_real_words_never_become_abbreviations(typed: str) -> None:
    assert prepare(typed) == typed


def test_statistical_short_forms_are_in_the_table() -> None:
    query = table("query")
    for short in ("固投", "社零", "规上", "CPI", "GDP", "R&D"):
        assert short in query
    assert query["CPI"] == "居民消费价格"
    assert all(why.strip() for *_rest, why in SYNONYMS)


@pytest.mark.parametrize("question, figure", [
    ("南昌24年固头增长目标多少", "5.0%左右"),
    ("江西2021年cpi涨幅是多少", "0.9%"),
])
def test_abbreviation_slips_answer(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert figure in flat(ans.answer) and ans.intent != "none", ans.answer


# --- 4. a figure offered to be confirmed ---------------------------------------------------

@pytest.mark.parametrize("said, rest, figure", [
    ("南昌24年固投目标是不是定的5%左右", "南昌24年固投目标 ", "5%左右"),
    ("24年危桥改造是200座对吧", "24年危桥改造 ", "200座"),
    ("GDP增长是7%，对吗", "GDP增长 ，对吗", "7%"),
    # a year is no figure offered, and a question without a figure offers none
    ("是不是24年的目标", "是不是24年的目标", None),
    ("南昌GDP目标是多少", "南昌GDP目标是多少", None),
])
def test_offered_figure(said: str, rest: str, figure: str | None) -> None:
    assert offered_figure(said) == (rest, figure)


def test_offered_figure_is_not_in_the_topic() -> None:
    q = parse_question("江西2024年社零增长目标是不是百分之六点五左右")
    assert "6.5" not in q.topic and "社零" in q.topic, q.topic


@pytest.mark.parametrize("question, head, figures", [
    ("南昌24年固投增长目标是不是定的百分之五左右", "是的", ["5.0%左右"]),
    ("2024年全省危桥改造是两百座对吧？城镇新增就业多少人", "不是", ["160座", "41万人"]),
])
def test_confirmation_with_a_figure(ctx: Context, question: str, head: str, figures: list[str]) -> None:
    ans = ask(ctx, question)
    assert ans.answer.startswith(head) and all(f in flat(ans.answer) for f in figures), ans.answer


# --- 5. the review part of a report --------------------------------------------------------

def test_review_of_a_named_report_is_the_year_before() -> None:
    q = parse_question("南昌24年政府工作报告回顾里重大重点项目完成投资多少")
    assert q.years.explicit == [2023] and q.mode == "result" and "回顾" not in q.topic, q


@pytest.mark.parametrize("said, read", [
    ("赣州23年报告的工作回顾里民生支出", "赣州22年实际 民生支出"),
    ("24年省报告回顾中固投下降多少", "23年全省实际 固投下降多少"),
    ("南昌23年工作回顾部分 重大项目投资", "南昌23年实际 重大项目投资"),
])
def test_review_cue_read_as_results(said: str, read: str) -> None:
    assert prepare(said) == read


def test_review_part_answers(ctx: Context) -> None:
    ans = ask(ctx, "赣州23年报告的回顾中，民生支出占一般公共预算支出的比重")
    assert "82.6%" in flat(ans.answer) and ans.intent != "none", ans.answer


# --- 6. a region said not to be meant ------------------------------------------------------

@pytest.mark.parametrize("question, region", [
    ("赣州22年民生支出多少，不要全省的", "赣州市"),
    ("江西24年固投目标，不是南昌的", "江西省"),
    ("南昌2024年规上工业增加值目标 而不是省里的", "南昌市"),
])
def test_region_said_not_meant(question: str, region: str) -> None:
    q = parse_question(question, home_province="江西省", known_regions=["江西省", "南昌市", "赣州市"])
    assert q.region.name == region and not q.also_regions, q


def test_city_asked_not_the_province_answers(ctx: Context) -> None:
    ans = ask(ctx, "南昌24年社零增长目标多少 不要全省的")
    assert "南昌市" in ans.answer and "7.0%左右" in flat(ans.answer) and "江西省" not in ans.answer, ans.answer


# --- a direction asked ------------------------------------------------------------------

def test_direction_asked_in_a_second_part(ctx: Context) -> None:
    ans = ask(ctx, "江西23年规上工业增加值增长多少，社零是下降了还是增长了")
    assert "5.4%" in flat(ans.answer) and "6.3%" in flat(ans.answer), ans.answer
