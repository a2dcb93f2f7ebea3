"""Remarks said inside a message, around its ask (answers/remarks.py): who wants it checked
("主任让我核实一下"), a delivery or a use ("转我一下 写材料要用"), a hedged judgement ("印象中挺多的"),
a rough figure offered ("我记得好像是两万多人吧", "好像三十几公里"), a pointer ("那几批"), a clause that
restates the ask ("就是养老驿站那几个"). Rounds 29c, 31a, 31d, 32a, 32b (r29c-030, r31a-024,
r31d-008, r32a-006/018/019/052, r32b-004/009); own variants over an invented city's report
written here (other topics, other document, other wordings)."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.figure_choice import rough_figures
from answers.remarks import without_remarks
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2025, 6, 1)

REPORT = """柳岸市2025年政府工作报告

一、2024年工作回顾

2024年，全市地区生产总值增长5.8%。城镇新增就业2.36万人，引进博士及高层次人才312名。完成老旧小区改造84个，改造雨污管网46公里。全年争取上级补助资金18.2亿元。

二、2025年重点工作

（一）建设宜居城市。新建城市绿道75公里，新建公共充电桩4200个，建设口袋公园30个，新建社区养老驿站18个。打造“柳岸15分钟生活圈”，推进“三城同创”。
（二）发展数字经济。实施“3510”行动，培育直播电商企业60家，建设非遗工坊12个。
（三）优化营商环境。坚持“无事不扰、有求必应”，让企业办事像网购一样方便。

名词解释

1.“三城同创”：同步创建全国文明城市、国家卫生城市、国家园林城市。
2.“3510”行动：3年内培育5个百亿产业集群、10个数字化示范园区。
"""


@pytest.fixture(scope="module")
def liuan(tmp_path_factory: pytest.TempPathFactory):
    c = report_context(tmp_path_factory.mktemp("remarks"), REPORT, "柳岸市2025年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    # a hedged judgement of the figure after the ask
    ("柳岸去年引进博士多少名 印象中挺多的", "312名"),
    # a delivery closing the ask's clause, a use in a clause of its own
    ("柳岸报告讲企业办事像网购那句原话转我一下 写材料要用", "像网购一样方便"),
    # a leader's use of the answer
    ("柳岸今年绿道新建多少公里 领导要写讲话稿用", "75公里"),
    # who asked for it to be checked, by a short title
    ("柳岸今年绿道新建多少公里 科长叫我查一下", "75公里"),
    # a rough figure offered with two hedges, within the figure written
    ("柳岸去年新增就业多少人 我记得好像是两万多人吧", "2.36万人"),
    # a pointer at things said before, the rough figure offered to be confirmed
    ("柳岸去年那几批老旧小区改造了多少个 是不是八十多个", "84个"),
    # some tens and a few, of an amount; the funds won named by 争取的
    ("柳岸去年争取的上级补助资金一共多少 好像十几个亿", "18.2亿元"),
])
def test_the_ask_is_answered_without_its_remarks(liuan, question: str, wanted: str) -> None:
    ans = ask(liuan, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert wanted in flat(ans.answer)
    assert "文件里写的不是" not in ans.answer


@pytest.mark.parametrize("question, offered, wanted", [
    ("柳岸去年新增就业多少人 我记得好像是三万多人吧", "3万多人", "2.36万人"),
    ("柳岸去年改造雨污管网多少公里 好像三十几公里", "30多公里", "46公里"),
    ("柳岸去年那几批老旧小区改造了多少个 是不是九十多个", "90多个", "84个"),
    ("柳岸去年争取的上级补助资金一共多少 印象中二十几个亿", "20多亿", "18.2亿元"),
])
def test_a_rough_figure_offered_is_checked(liuan, question: str, offered: str, wanted: str) -> None:
    """The figure offered in a remark is a premise: the answer says the document's is not it."""
    ans = ask(liuan, question, today=TODAY)
    assert ans.answer.startswith(f"文件里写的不是“{offered}”"), ans.answer
    assert wanted in flat(ans.answer)


@pytest.mark.parametrize("question, read", [
    ("柳岸今年社区养老驿站新建几个 就是养老驿站那几个", "柳岸今年社区养老驿站新建几个"),
    ("柳岸三城同创是啥意思 就是三城同创那个三城", "柳岸三城同创是啥意思"),
    ("柳岸去年引进的博士人才多少名 也就是博士那个", "柳岸去年引进的博士人才多少名"),
    ("柳岸今年城市绿道新建多少公里，就是城市绿道那一条", "柳岸今年城市绿道新建多少公里"),
])
def test_a_restating_clause_is_dropped(question: str, read: str) -> None:
    assert without_remarks(question) == read


@pytest.mark.parametrize("question, read", [
    # an older hand's context said first (round 64e): the paperwork, who asked, when it is wanted
    ("领导下午要个数，麻烦帮我查下 柳岸今年城市绿道新建多少公里", "柳岸今年城市绿道新建多少公里"),
    ("办公室要做会议纪要，柳岸今年城市绿道新建多少公里", "柳岸今年城市绿道新建多少公里"),
    ("发改委那边让核一下，柳岸今年城市绿道新建多少公里", "柳岸今年城市绿道新建多少公里"),
    ("归档要填，柳岸今年城市绿道新建多少公里", "柳岸今年城市绿道新建多少公里"),
    ("柳岸今年城市绿道新建多少公里 明天开会要问", "柳岸今年城市绿道新建多少公里"),
    ("写对比用 柳岸今年城市绿道新建多少公里", "柳岸今年城市绿道新建多少公里"),
    ("明天上午开会领导要用，麻烦查一下 柳岸今年城市绿道新建多少公里", "柳岸今年城市绿道新建多少公里"),
])
def test_the_context_said_first_is_dropped(question: str, read: str) -> None:
    assert without_remarks(question) == read


def test_a_figure_remembered_in_corner_marks_is_checked_not_searched(liuan) -> None:
    ans = ask(liuan, "柳岸今年城市绿道新建多少公里？我印象是「80公里」，对不对？", today=TODAY)
    assert "75公里" in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question", [
    "南昌GDP增长目标多少，去年的",  # a year: a scope, no remark
    "南昌GDP增长目标多少 全省的呢",  # a place
    "GDP增长多少 报告开头那句",  # a position in the text
    "新建绿道多少公里 就是南昌的",  # a restatement that names what the ask does not
    "新增就业多少人 好像是2.5万人",  # an exact figure offered is checked by its own reader
])
def test_what_is_no_remark_stays(question: str) -> None:
    assert without_remarks(question) is None


def test_some_tens_and_a_few_is_a_rough_figure() -> None:
    assert rough_figures("好像十几个亿") == ["10多亿"]
    assert rough_figures("二十几家企业") == ["20多家"]


def test_funds_won_named_far_before_the_ask_are_no_target() -> None:
    # "去年争取的国债专项债那些上级资金一共多少" (round 64g): 争取的 names the funds won
    from answers.question import won_asked
    from answers.years import parse_years

    q = "去年争取的国债专项债那些上级资金一共多少"
    assert won_asked(q, parse_years(q))
    assert not won_asked("今年要争取的国债专项债那些上级资金多少", parse_years("今年要争取的国债专项债那些上级资金多少"))
