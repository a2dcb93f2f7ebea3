"""Words outsiders type around a question in session 24's tuning rounds (59a, 59g), and two
readings of what they ask: the occasion said first ("给领导报个数 …", "翻旧账哈，…", "发文要引用 …"),
who asked the asker ("上次会上领导问到…"), what the answer is for said after ("我在对比这两年的任务
量", "帮我核一下"), 当时 pointing back at the year said, 咱们县 as 我县, a total printed beside the
year's new ones ("新认定…企业19家、总数达到86家"), and one thing asked twice in two sentences
("文号是多少？X政办发几号来着"). The documents are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.padding import drop_padding
from tests.support.answer_sets import flat, report_and_plan_context

TODAY = dt.date(2025, 5, 6)
REPORT = """嵘川县2025年政府工作报告
——2025年1月9日在嵘川县第十八届人民代表大会第五次会议上
一、2024年工作回顾
新认定国家高新技术企业19家、总数达到86家，全社会研发投入强度达到2.16%。改造老旧小区22个。
二、2025年主要目标
全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；固定资产投资增长7%。
三、2025年重点工作
（一）推进城市更新。改造老旧小区19个，新建口袋公园8个。
"""
TITLE = "嵘川县2025年政府工作报告目标任务分解方案"
TASKS = [("改造老旧小区19个。", "县住房和城乡建设局", "县财政局", "2025年12月底前")]


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    c = report_and_plan_context(tmp_path_factory.mktemp("occasions"), "嵘川县2025年政府工作报告.txt", REPORT, TITLE, TASKS, "蒋一帆")
    yield c
    c.close()


@pytest.mark.parametrize("typed, kept", [
    ("给领导报个数 今年gdp预期目标定的多少", "今年gdp预期目标定的多少"),
    ("翻旧账哈，24年那份报告里gdp增长目标定的多少", "24年那份报告里gdp增长目标定的多少"),
    ("发文要引用 分解方案的文号是多少", "分解方案的文号是多少"),
    ("上次会上领导问到今年全县gdp预期增长是多少", "今年全县gdp预期增长是多少"),
    ("老旧小区计划改造多少个？我在对比这两年的任务量", "老旧小区计划改造多少个？"),
    # what the answer is compared with, said last, is no scope (round 61e: "省里" read as the region)
    ("南昌23年接待游客多少人次 旅游综合收入多少 要跟省里对比用", "南昌23年接待游客多少人次 旅游综合收入多少"),
    # a subject said first, with no question word, is never an occasion
    ("气象灾害防御那条好像挂了两个县领导，是哪两位", "气象灾害防御那条好像挂了两个县领导，是哪两位"),
])
def test_the_occasion_is_no_part_of_the_question(typed: str, kept: str) -> None:
    assert drop_padding(typed) == kept


@pytest.mark.parametrize("question, wanted", [
    ("给领导报个数 今年gdp预期目标定的多少", "6%左右"),
    ("去年年底咱们县国家高新技术企业总数到了多少家", "86家"),
    ("24年老旧小区当时改造了多少个？我在对比这两年的任务量", "22个"),
])
def test_asked_around_and_still_answered(county, question: str, wanted: str) -> None:
    ans = ask(county, question, today=TODAY)
    assert ans.intent != "none" and wanted in flat(ans.answer), ans.answer


def test_each_sentence_is_asked_alone_when_the_whole_is_not_found() -> None:
    """"分解方案的文号是多少？嵘政办发几号来着": read whole, the two asks of one thing found nothing;
    each sentence asked alone is answered, and the same answer is given once."""
    from answers.compose import Answer
    from answers.pipeline import each_sentence_checked

    number = Answer("分解方案：文号嵘政办发〔2025〕6号。", "fact")
    asked: list[str] = []

    def sub(part: str) -> Answer:
        asked.append(part)
        return number

    whole = Answer("文件中没有找到报告中关于“分解方案 文号 嵘政办发 号”的内容。", "none")
    out = each_sentence_checked("分解方案的文号是多少？嵘政办发几号来着", whole, sub)
    assert asked == ["分解方案的文号是多少？", "嵘政办发几号来着"]
    assert out.intent == "fact" and out.answer.count("〔2025〕6号") == 1, out.answer
    # a sentence too short to name its subject is no ask alone ("…哪天作的？报告人是谁"), and a
    # not-found that says what is missing is an answer of its own
    asked.clear()
    assert each_sentence_checked("赣州23年那份报告是哪天作的？报告人是谁", whole, sub) is whole and not asked
    said = Answer("文件中没有找到作报告人：赣州市2023年政府工作报告里没有写明。", "none")
    assert each_sentence_checked("分解方案的文号是多少？嵘政办发几号来着", said, sub) is said and not asked
    # an answered message is never asked again
    assert each_sentence_checked("分解方案的文号是多少？嵘政办发几号来着", number, sub) is number


@pytest.mark.parametrize("question, when", [
    ("市中医院新院区是几月几号开工的", False),
    ("城际铁路具体是哪天开的工", False),
    ("市中医院新院区什么时候开工", True),
    ("分工方案要求城际铁路几月底前开工", True),
])
def test_the_day_it_happened_is_no_deadline(question: str, when: bool) -> None:
    """"是几月几号开工的" asks the day it happened, which a notice states; "什么时候开工" asks the
    table's deadline (rounds 59a, 59f)."""
    from answers.question import parse_question

    q = parse_question(question)
    assert (q.intent == "status" and q.status_what == "due") is when, q


def test_wen_hao_typed_by_its_sound() -> None:
    from answers.question import parse_question

    assert "number" in parse_question("重点任务责任分解那个文件问号是多少").meta


@pytest.mark.parametrize("typed, read", [
    ("新能源电池产业链产值去年是多少 不对 要今年1到9月的", "新能源电池产业链产值今年1到9月是多少"),
    ("老旧小区今年完工几个了 哦不对 我要的是去年全年改造了多少个", "老旧小区去年全年改造了多少个"),
    ("GDP目标多少 不对", "GDP目标多少 不对"),  # nothing said after: nothing corrected
])
def test_a_correction_said_last(typed: str, read: str) -> None:
    """The whole ask said, then taken back, the year meant said last (round 59a)."""
    from answers.corrections import tail_corrected

    assert tail_corrected(typed) == read


def test_a_correction_said_last_is_asked(county) -> None:
    ans = ask(county, "老旧小区今年计划改造几个 哦不对 我要的是去年改造了多少个", today=TODAY)
    assert "22个" in flat(ans.answer) and "19个" not in flat(ans.answer).split("原文")[0], ans.answer


@pytest.mark.parametrize("typed, read", [
    ("招商签了几个亿元以上项目", "招商签了几个亿元以上项目"),  # a count of projects over a bound
    ("固投完成了几个亿", "固投完成了多少亿"),  # an amount
])
def test_ge_yi_before_a_bound_is_a_count(typed: str, read: str) -> None:
    from core.synonyms import rewrite_question

    assert rewrite_question(typed) == read


def test_an_amount_over_a_bound_stays_an_amount() -> None:
    """"新增贷款要多少个亿以上 那个…" (round 38b) asks an amount; only a noun counted after the bound makes a count."""
    from core.synonyms import rewrite_question

    assert rewrite_question("新增贷款要多少个亿以上 那个普惠金改那块的") == "新增贷款要多少亿以上 那个普惠金改那块的"
