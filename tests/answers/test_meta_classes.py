"""Questions about a document rather than in it, and the words around a figure question that
ask for nothing to be searched, for the classes outsider round 14 showed: a document named by
its kind in staff words (那个文 / 通知 = the table's cover notice, 人代会 = the report heard
there), its facts asked in staff words (第几届第几次会议, 几号开的, 字号, 落款日期), a stutter
("是，是多少") and a recall particle (来着) said once; a request for the quoted sentence
("给我原文数字", "引用原文", "原文怎么写") beside a figure question; a count whose unit the
report writes in a short form (11金). Every question here is this helper's own wording over
the sample corpus; none is a round's question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.padding import drop_padding, quote_request
from answers.question import parse_question
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- 1. a document's facts, the document named by its kind in staff words --------------------

@pytest.mark.parametrize("question, asked, kind", [
    ("22年省里那个人代会，开的是第几届几次会议", {"where"}, "report"),
    ("那次人代会几号开的，24年南昌的", {"when"}, "report"),
    ("那个通知的发文字号是啥", {"number"}, "plan"),
    ("责任分工那个文，字号，是多少来着", {"number"}, "plan"),
    ("分工方案落款是几号", {"when"}, "plan"),
    ("那个通知的落款", {"when"}, "plan"),
    ("24年省报告是几月几号在第几次会议上做的", {"when", "where"}, "report"),
])
def test_document_facts_in_staff_words(question: str, asked: set[str], kind: str) -> None:
    q = parse_question(question, home_province="江西省", known_regions=["江西省", "南昌市"])
    assert q.intent == "fact" and set(q.meta) == asked and q.topic == kind, q


@pytest.mark.parametrize("question, wanted, unwanted", [
    # the province's meeting: the province's report only, not 南昌's of the same year
    ("那个省人代会，24年的，第几届第几次会议，哪天开的", ["第十四届人民代表大会第二次会议", "2024年1月23日"], ["南昌"]),
    ("南昌24年的报告是在哪次人代会上作的", ["第十六届人民代表大会第四次会议"], []),
    ("那个文，文号是，是多少来着", ["赣府厅字〔2021〕8号"], []),
    ("21年分工方案那个通知几号印发的，落款日期", ["2021年2月10日"], []),
    # a meeting named by its numbers: the report heard there, whatever the year
    ("省里十三届人大六次会议是几号开的", ["2022年1月17日"], ["2024年"]),
    ("第十六届人民代表大会第四次会议哪天召开", ["2024年1月15日"], ["江西省"]),
])
def test_document_facts_answered(ctx: Context, question: str, wanted: list[str], unwanted: list[str]) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "fact", ans.answer
    assert all(w in ans.answer for w in wanted) and not any(u in ans.answer for u in unwanted), ans.answer


def test_metro_line_number_is_no_date_asked() -> None:
    """"几号线" names a line; only "几号" said of a document (几号开 / 几号印发) asks its date."""
    assert parse_question("报告里地铁几号线要开通").meta == ()


def test_stutter_said_once() -> None:
    assert drop_padding("文号是，是多少来着") == "文号是多少来着"
    assert drop_padding("那个，那个赣州新增托位多少个") == "那个赣州新增托位多少个"
    # a word of content said at a clause's end and the next one's start is no stutter
    assert drop_padding("新增就业，就业率多少") == "新增就业，就业率多少"


# --- 2. a request for the quoted sentence beside a figure question -------------------------------

@pytest.mark.parametrize("clause", ["给我原文数字", "引用原文", "原文怎么写的", "附上原话", "具体表述是什么", "请贴一下报告原文",
                                    "两个数的原文都贴出来"])
def test_quote_requests(clause: str) -> None:
    assert quote_request(clause), clause


@pytest.mark.parametrize("clause", ["原文里托位多少个", "出处是哪", "新增托位多少"])
def test_not_quote_requests(clause: str) -> None:
    assert not quote_request(clause), clause


@pytest.mark.parametrize("question, figure", [
    ("赣州2023年计划新增多少个托位，引用一下原文", "7387个"),
    ("23年赣州计划新增托位几个，引用原文数字", "7387个"),
])
def test_figure_asked_with_a_quote_request(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and figure in flat(ans.answer) and "原文" in ans.answer, ans.answer


def test_a_quote_request_alone_is_kept() -> None:
    """Nothing is dropped when what would be left asks nothing: the request is the question."""
    assert drop_padding("赣州托育那块，原文怎么写的") == "赣州托育那块，原文怎么写的"


# --- 3. a count the report writes in a short unit ("11金1银2铜") ---------------------------------

def test_short_count_units_read_as_their_things() -> None:
    from core.synonyms import counted_things

    assert counted_things("赣鄱健儿收获3金2银1铜，创历史最好") == "赣鄱健儿收获3金牌2银牌1铜牌，创历史最好"
    # a short unit inside a word is no count: 银行, 铜箔
    assert counted_things("新引进5银行2铜箔项目") == "新引进5银行2铜箔项目"


@pytest.mark.parametrize("question, asked", [("亚运会江西健儿一共拿了多少个银牌", "银"), ("江西健儿拿了几块金牌", "金")])
def test_count_of_a_medal_asks_its_short_unit(question: str, asked: str) -> None:
    q = parse_question(question)
    assert q.unit_asked == asked and "个" not in q.topic.split(), q


@pytest.mark.parametrize("question", [
    "江西健儿拿了几块金牌",
    "23年江西健儿一共拿了多少枚金牌",
    # the year said is the report's: what it looks back on is the year before
    "那届亚运会江西健儿拿了几块金牌，2024年省里报告里说的",
])
def test_medal_count_answered_from_the_short_unit(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "fact" and "11金" in flat(ans.answer), ans.answer


# --- 4. lay words of money spent, a place name typed with another reading ---------------------

@pytest.mark.parametrize("question", ["南昌2023年社会救助花了多少钱", "南昌去年社会救助花掉多少钱", "2023年南昌社会救助支出了多少钱"])
def test_money_spent_in_lay_words(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "fact" and "9.15亿元" in flat(ans.answer), ans.answer


def test_money_spent_on_a_field(ctx: Context) -> None:
    ans = ask(ctx, "22年赣州在民生上花了多少钱")
    assert ans.intent == "fact" and "849.08亿元" in flat(ans.answer), ans.answer


def test_lay_money_words_read_as_the_reports_words() -> None:
    q = parse_question("去年全省社会救助一共花了多少钱")
    assert q.unit_asked == "元" and "支出" in q.topic and "花" not in q.topic, q


def test_place_typed_with_another_reading_answers(ctx: Context) -> None:
    ans = ask(ctx, "南长24年要新建多少个城市公园")
    assert ans.intent == "target" and "南昌市" in ans.answer and "12个" in flat(ans.answer), ans.answer


def test_a_figure_asked_of_a_named_report_without_a_done_word_keeps_its_year() -> None:
    """Only what was done ("拿了几块", "实际") is of the year the named report looks back on;
    "是多少" asks what the report says, of its own year."""
    assert parse_question("南昌2024年报告中提到的厨余垃圾处理厂，日处理能力是多少吨").years.explicit == [2024]
    assert parse_question("2024年省报告里说江西健儿拿了几块金牌").years.explicit == [2023]


def test_the_day_asked_with_na_typed_for_which() -> None:
    q = parse_question("分工方案文号是多少 那天印发的", home_province="江西省", known_regions=["江西省"])
    assert q.intent == "fact" and "when" in q.meta and "number" in q.meta, q
