"""The classes outsider round 11 showed, each asked in the helper's own words over the sample
corpus (none is a round's question): a relative year made exact in brackets and a year written
by a document's name; a floor or ceiling (底线/上限) as a target; a target stated as a share of
things ("多大比例的乡镇…") and a city's share of the province ("占全省多少"); a follow-up that
names its own year or region, or compares with another year ("跟2023年比呢"); a table's figure
and the result asked together ("定的多少，实际…多少"); "报告里说…" with no year; an owner asked
with extra asks (时限, "牵头单位和责任单位怎么写的"); "X作为牵头单位的任务"; and a region that
has no documents at all, whose 政府工作报告 names no unit."""
from __future__ import annotations


import pytest

from answers.ask import ask
from answers.question import parse_question
from answers.wording import prepare
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- 1. years: exact in brackets after a relative word; written by a document's name ------

@pytest.mark.parametrize("question, year", [
    ("上年(2021)全省粮食总产多少亿斤", 2021),
    ("前年（2022年）南昌GDP增长多少", 2022),
    ("赣州政府工作报告2023：今年GDP目标", 2023),
    ("2021分工方案里新增发放创业担保贷款多少", 2021),
])
def test_the_exact_year_is_the_one_asked(question: str, year: int) -> None:
    q = parse_question(question)
    assert q.years.explicit == [year] and not q.years.relative, (q.years, q.text)


@pytest.mark.parametrize("question, figure", [
    ("上年(2021)全省粮食总产多少亿斤", "438.5亿斤"),
    ("省政府工作报告（2024）今年粮食产量要确保多少", "430亿斤以上"),
    # a year and a number, no word of target: the report of that year plans it
    ("省政府工作报告2024：今年实施多少个省大中型项目", "3670个"),
])
def test_years_said_these_ways_answer(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert figure in flat(ans.answer) and ans.intent != "none", ans.answer


@pytest.mark.parametrize("text", ["报告里2000公里的目标", "报告2000公里的目标", "方案2035远景目标"])
def test_a_number_is_never_read_as_a_document_s_year(text: str) -> None:
    assert "年" not in prepare(text).replace("目标", ""), prepare(text)


# --- 2. a floor or a ceiling set is a target ------------------------------------------------

@pytest.mark.parametrize("question, figure", [
    ("24年南昌粮食产量底线多少亿斤", "42亿斤以上"),
    ("2024年全省粮食产量的底线定在多少", "430亿斤以上"),
])
def test_floor_is_a_target(ctx: Context, question: str, figure: str) -> None:
    q = parse_question(question)
    assert q.intent == "target" and "底线" not in q.topic, (q.intent, q.topic)
    ans = ask(ctx, question)
    assert ans.intent == "target" and figure in flat(ans.answer), ans.answer


# --- 3. shares: of the things named next, and of the province ---------------------------------

def test_share_of_things_is_a_percentage(ctx: Context) -> None:
    question = "赣州23年要求多大比例的乡镇敬老院达到一级或二级标准"
    assert "比例" not in parse_question(question).topic
    ans = ask(ctx, question)
    assert "80%以上" in flat(ans.answer) and ans.intent == "target", ans.answer


@pytest.mark.parametrize("question", [
    "南昌市上市公司累计有多少家，占全省多少",
    "南昌上市公司占全省比重是多少",
])
def test_city_share_of_the_province(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert "35.54%" in flat(ans.answer), ans.answer


def test_the_province_as_a_share_s_base_is_no_scope() -> None:
    q = parse_question("赣州新增就业占全省多少")
    assert q.region.name != "江西省", q.region


def test_a_kind_of_firm_after_a_city_keeps_the_city_as_scope(ctx: Context) -> None:
    # "上市公司" is what the city has, not a unit named after it: never another city's figure
    q = parse_question("赣州上市公司累计多少家", known_regions=["赣州市", "南昌市"])
    assert q.region.name == "赣州市", q.region
    ans = ask(ctx, "赣州上市公司累计多少家，占全省多少")
    assert "南昌" not in ans.answer and "35.54%" not in ans.answer, ans.answer


# --- 4. follow-ups with their own year or region, and comparisons ---------------------------

def test_follow_up_takes_its_own_region_and_year(ctx: Context) -> None:
    ans = ask(ctx, "赣州23年GDP增长目标多少，南昌24年呢")
    text = flat(ans.answer)
    assert "赣州市2023年目标" in text and "7.5%左右" in text, ans.answer
    assert "南昌市2024年目标" in text and "5.0%左右" in text, ans.answer


@pytest.mark.parametrize("question", [
    "2024年江西城镇新增就业目标多少，去年完成多少，南昌呢",
    "2024年江西城镇新增就业多少，去年完成多少，南昌23年呢",
])
def test_a_follow_up_after_a_resolved_year_keeps_that_year_and_kind(ctx: Context, question: str) -> None:
    # the third part asks what the second did (2023's result), of another region
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert "41万人" in text and "南昌市2023年" in text and "6.89万人" in text, ans.answer


@pytest.mark.parametrize("question, first, second", [
    ("2021年全省新增上市公司多少家，跟2023年比呢", "13家", "12家"),
    ("2023年江西粮食总产多少亿斤，和2021年相比呢", "439.7亿斤", "438.5亿斤"),
])
def test_compared_with_another_year(ctx: Context, question: str, first: str, second: str) -> None:
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert first in text and second in text and ans.intent != "none", ans.answer


# --- 5. the table's figure, then the result ----------------------------------------------------

def test_set_in_the_table_and_done_in_the_year(ctx: Context) -> None:
    ans = ask(ctx, "2021年分工方案里城镇新增就业定的多少，实际完成多少")
    text = flat(ans.answer)
    assert "38万人" in text and "48万人" in text, ans.answer


# --- 6. "报告里说…" with no year: the report's review --------------------------------------

@pytest.mark.parametrize("question", ["政府工作报告里说绿色贷款余额增长多少", "报告中写到绿色贷款余额增长了多少"])
def test_report_says_is_no_topic_word(ctx: Context, question: str) -> None:
    assert parse_question(question).topic.startswith("绿色贷款"), parse_question(question).topic
    ans = ask(ctx, question)
    assert "42.04%" in flat(ans.answer) and ans.intent == "fact", ans.answer


# --- 7. owners asked with extra asks --------------------------------------------------------

@pytest.mark.parametrize("question, who", [
    ("高标准农田建设任务那条 分管省领导是谁？什么时候完成", "胡强"),
    ("新增上市公司10家左右那项 牵头单位跟责任单位怎么写的", "省金融监管局"),
    ("长期护理保险试点那条 谁牵头？截止时间写了吗", "省医保局"),
])
def test_owner_with_extra_asks(ctx: Context, question: str, who: str) -> None:
    q = parse_question(question)
    assert q.intent == "owner", q.intent
    assert not any(w in q.topic.split() for w in ("跟", "和", "谁", "怎", "写")), q.topic
    ans = ask(ctx, question)
    assert ans.intent == "owner" and who in flat(ans.answer) and "截止" in ans.answer, ans.answer


# --- 8. a unit named, then its role ------------------------------------------------------------

@pytest.mark.parametrize("question, task", [
    ("省政务服务办作为牵头单位负责什么", "12345"),
    ("省委编办作为牵头单位的工作有", "事业单位改革"),
])
def test_unit_as_lead(ctx: Context, question: str, task: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "unit_tasks" and task in flat(ans.answer), ans.answer


# --- 9. a region with no documents ------------------------------------------------------------

@pytest.mark.parametrize("question, place", [
    ("上饶市2023年政府工作报告有哪些目标", "上饶市"),
    ("宜春市2024年政府工作报告提出了哪些任务", "宜春市"),
])
def test_region_without_documents_is_not_found(ctx: Context, question: str, place: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "none" and place in ans.answer, ans.answer
    assert "任务共" not in ans.answer, ans.answer


# --- 10. words of asking added for these classes never leave a stub of a word -----------------

@pytest.mark.parametrize("question, stub", [
    ("南昌2023年GDP增长怎么样", "样"),
    ("报告提出的城镇新增就业目标", "出"),
    ("报告写明的粮食产量目标", "明"),
])
def test_no_stub_left_by_the_new_fillers(question: str, stub: str) -> None:
    topic = parse_question(question).topic
    assert stub not in topic, topic


def test_raising_said_in_a_report_is_kept() -> None:
    assert "提高" in parse_question("报告里提高居民收入多少").topic
