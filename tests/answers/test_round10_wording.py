"""How a question is read, for the classes outsider round 10 showed: formal openings
("关于X工作，请问…"), fillers never cut out of a word (全年, 里程, 上一年度), report facts asked
in formal words (于何日, 在哪次会议上), Latin and pinyin fillers ("ok", "zhe ge"), a year in
brackets that names a batch, a unit said by its stem ("住建 牵头"), 哪条 as a list, 重点工作 as
no narrowing word, and a count asked with another counter (几块金牌 ~ "11金"). Every question
here is the helper's own wording over the sample corpus; none is a round's question."""
from __future__ import annotations


import pytest

from answers.ask import ask
from answers.question import parse_question
from answers.wording import offered_figure, prepare
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- 1. formal openings: 关于 + its clause is context, 关于/请问/《》 are no topic words --------

@pytest.mark.parametrize("question", [
    "关于2024年危桥改造工作，请问全省计划改造多少座？",
    "关于2024年度全省交通工作，请问危桥改造安排多少座",
])
def test_formal_opening_keeps_its_clause(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert "160座" in flat(ans.answer) and "江西省" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "关于2022年农村公路管理工作，请问优良中等路率不低于多少",
    "关于《2022年江西省政府工作报告》，请问农村公路优良中等路率不低于多少",
])
def test_formal_words_are_no_topic(question: str) -> None:
    topic = parse_question(question).topic
    assert not any(w in topic for w in ("关于", "请问", "《", "》")), topic
    assert "优良中等路率" in topic, topic


# --- 2. fillers never cut out of a word ----------------------------------------------------

@pytest.mark.parametrize("question, absent", [
    ("2022年全年为市场主体减负多少", "全 "),
    ("赣州上一年度新增上市企业几家", "度"),
    ("江西24年新改建农村公路里程多少公里", "程"),
])
def test_no_stub_of_a_word_left(question: str, absent: str) -> None:
    topic = parse_question(question).topic + " "
    assert absent not in topic, topic


def test_last_year_said_formally_is_the_year_before() -> None:
    q = parse_question("赣州上一年度新增上市企业几家")
    assert q.years.relative == [-1], q.years


@pytest.mark.parametrize("question, figure", [
    ("2022年全年为市场主体减负多少", "2000亿元"),
    ("关于2024年农村公路，请问新建改建里程安排多少公里", "3000公里"),
    ("赣州上一年度新增上市企业几家", "4家"),
])
def test_protected_words_answer(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert figure in flat(ans.answer) and ans.intent != "none", ans.answer


# --- 3. report facts asked in formal words --------------------------------------------------

def test_formal_meta_asks(ctx: Context) -> None:
    q = parse_question("关于南昌市2024年度《政府工作报告》，请问于何时、在哪次会议上作的？")
    assert set(q.meta) == {"when", "where"}, q.meta
    ans = ask(ctx, "南昌市2024年政府工作报告于何日、在哪次会议上报告的")
    assert "2024年1月15日" in ans.answer and "第十六届人民代表大会第四次会议" in ans.answer, ans.answer


# --- 4. Latin and pinyin fillers ------------------------------------------------------------

@pytest.mark.parametrize("typed", ["江西24年危桥改造多少座 ok", "江西24年危桥改造多少座，OK？", "na ge 危桥改造 24年江西多少座",
                                   "zhege 江西24年危桥改造多少座"])
def test_latin_and_pinyin_fillers(ctx: Context, typed: str) -> None:
    assert "ok" not in prepare(typed).lower() and "ge" not in prepare(typed)
    ans = ask(ctx, typed)
    assert "160座" in flat(ans.answer), ans.answer


def test_latin_words_stay() -> None:
    # a Latin word inside the question is no filler ("TOKEN", "Booking"), only a closing "ok"
    assert "Booking" in prepare("Booking平台入驻多少家")


# --- 5. a year in brackets that names a batch -----------------------------------------------

def test_bracketed_batch_year_is_the_tasks_words(ctx: Context) -> None:
    q = parse_question("那1277个（2021年计划内）老旧小区改造由哪个单位牵头")
    assert q.years.explicit == [] and "2021" in q.topic, (q.years, q.topic)
    ans = ask(ctx, "那1277个（2021年计划内）老旧小区改造由哪个单位牵头")
    assert ans.intent == "owner" and "省住房城乡建设厅" in ans.answer, ans.answer


def test_a_year_alone_in_brackets_is_still_the_year() -> None:
    assert parse_question("南昌市（2024年）新建城市公园几个").years.explicit == [2024]


# --- 6. unit stems, 哪条 as a list, 重点工作 no narrowing ------------------------------------

def test_unit_said_by_its_stem(ctx: Context) -> None:
    ans = ask(ctx, "人社 牵头哪几条")
    assert ans.intent == "unit_tasks" and "省人力资源社会保障厅" in ans.answer, ans.answer


def test_stem_without_a_verb_of_owning_stays() -> None:
    q = parse_question("人社领域有什么新政策", units_in_text=lambda t: ["省人力资源社会保障厅"] if "人社厅" in t else [],
                       known_names=["人社厅"])
    assert "人社厅" not in q.text, q.text


@pytest.mark.parametrize("question, intent, word", [
    ("省国资委牵头哪一条", "unit_tasks", "4.14"),
    ("吴浩分管哪几条", "leader_tasks", "共25项"),
])
def test_which_item_is_a_list(ctx: Context, question: str, intent: str, word: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == intent and word in ans.answer, ans.answer


def test_key_work_does_not_narrow_a_leaders_list(ctx: Context) -> None:
    ans = ask(ctx, "吴浩同志分管的重点工作有哪些")
    assert ans.intent == "leader_tasks" and "共25项" in ans.answer and "有关" not in ans.answer, ans.answer


# --- 7. a count asked with another counter --------------------------------------------------

@pytest.mark.parametrize("question", ["杭州亚运会江西拿了多少枚金牌", "江西在杭州亚运会上获得几块金牌",
                                      "杭州亚运会上江西运动员拿了多少块金牌", "杭州亚运会江西拿了几块银牌"])
def test_medals_counted_by_any_counter(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert "11金" in flat(ans.answer), ans.answer


# --- a figure offered with 有没有 is checked, not searched --------------------------------

def test_offered_with_have_or_not() -> None:
    _text, figure = offered_figure("2022年研发经费占GDP比重多少，有没有定到2%？")
    assert figure == "2%"


@pytest.mark.parametrize("question, word", [
    ("杭州亚运会上江西运动员拿了多少块金牌", "金牌"),
    ("江西24年新增几家上市公司", "上市公司"),
])
def test_counter_and_verb_of_the_count_leave_the_topic(question: str, word: str) -> None:
    topic = parse_question(question).topic
    assert word in topic.split() and "块" not in topic and "拿" not in topic, topic


@pytest.mark.parametrize("question, year", [
    ("南昌GDP增速（2024年目标）是多少", 2024),
    ("老旧小区改造（2021年纳入计划的）由谁牵头", None),
    ("那1277个（2021年开工）老旧小区谁牵头", None),
])
def test_bracketed_year_kept_only_for_a_figures_year(question: str, year: int | None) -> None:
    assert parse_question(question).years.explicit == ([year] if year else []), parse_question(question).years
