"""Class: a researcher's full sentences (round 42b): a clause about the asker before the ask
("我在写综述材料需要原文引用：…"), an event named by another place ("成都大运会上…"), the list
of headings under a part. Each reads the ask as staff meant it; before, the extra words were
searched as words of the subject and the answer was "not found". The report is invented.
The headings under a part, asked as a list ("工作安排分了哪几个方面", "五个小标题列给我"), are read
from the report's structure: before, the words were searched and one paragraph or nothing came."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2025, 6, 1)
REPORT = """澜江省2025年政府工作报告
——2025年1月16日在澜江省第十四届人民代表大会第三次会议上
省长 苏明远

一、2024年工作回顾
过去一年，年初确定的10件民生实事全部兑现，全省地区生产总值达到3.4万亿元，首次突破3万亿元大关，增长5.2%，增速居全国第8位。澜江健儿在成都大运会上收获6金3银2铜，创造了历史最好成绩。
在肯定成绩的同时，我们也清醒看到，发展中还存在不少困难和问题，主要是：有效需求不足；科技创新能力不强；民生保障仍有短板。

二、2025年工作安排
经济社会发展主要预期目标是：地区生产总值增长5%左右，在实际工作中力争更好结果；城镇新增就业38万人。
（一）加快建设现代化产业体系。新增规上工业企业1200家，实施全社会研发投入攻坚行动。
（二）全力扩大有效需求。实施省级重点项目3000个以上，推动省交通投资集团主体信用等级提升至AAA。
（三）持续保障和改善民生。城镇新增就业38万人。

三、加强政府自身建设
我们将大力推进良好的政治生态、营商环境和社会风气“三个良好”建设。
一是旗帜鲜明讲政治。坚持用党的创新理论武装头脑。
二是坚定不移抓落实。健全重点任务闭环落实机制。
三是持之以恒转作风。驰而不息纠治“四风”。

名词解释
1.“三个示范”创建行动：指示范城市、示范园区、示范社区创建行动。
2.10件民生实事：2024年10件民生实事为新建公办托育机构、改造农贸市场、加装电梯等。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    c = report_context(tmp_path_factory.mktemp("research"), REPORT, "澜江省2025年政府工作报告.txt")
    yield c
    c.close()


def test_an_event_named_by_another_place_is_no_region_asked(ctx):
    ans = ask(ctx, "成都大运会上澜江健儿一共拿了几金几银几铜？", today=TODAY)
    assert "6金3银2铜" in flat(ans.answer), ans.answer


def test_a_place_with_no_report_is_still_refused(ctx):
    ans = ask(ctx, "成都2025年GDP目标多少", today=TODAY)
    assert ans.intent == "none" and "成都" in ans.answer, ans.answer


@pytest.mark.parametrize(("question", "words"), [
    # a clause about the asker, ended by a colon
    ("我在写综述材料需要原文引用：25年省报告里关于地区生产总值增长目标的那句话，原话是怎么表述的？", ("5%左右",)),
    # "在…之后" / "在…时": where the passage stands, not words of the thing asked
    ("25年省报告在回顾完成绩之后，专门讲了当前面临的困难和问题，主要列了哪几条？", ("有效需求不足", "民生保障仍有短板")),
    ("省报告在讲产业体系时，新增规上工业企业的目标是多少？", ("1200家",)),
])
def test_the_words_around_the_ask_are_not_searched(ctx, question, words):
    ans = ask(ctx, question, today=TODAY)
    assert ans.intent != "none" and all(w in flat(ans.answer) for w in words), ans.answer


@pytest.mark.parametrize(("question", "words"), [
    ("25年省报告工作安排下面分了哪几个方面？", ("（一）加快建设现代化产业体系", "（三）持续保障和改善民生")),
    ("省报告讲政府自身建设的那一部分，下面有三个小标题，能把标题原文列给我吗", ("旗帜鲜明讲政治", "坚定不移抓落实", "持之以恒转作风")),
    # the items counted by 条, their titles asked (round 44b)
    ("25年报告政府自身建设那部分分了几条，每条标题是啥？", ("旗帜鲜明讲政治", "持之以恒转作风")),
])
def test_the_headings_under_a_part_are_listed(ctx, question, words):
    ans = ask(ctx, question, today=TODAY)
    assert ans.intent != "none" and all(w in flat(ans.answer) for w in words), ans.answer


def test_a_count_of_headings_the_report_lacks_lists_nothing(ctx):
    ans = ask(ctx, "省报告工作安排下面的七个方面分别是啥", today=TODAY)
    assert "（一）加快建设现代化产业体系" not in flat(ans.answer), ans.answer


def test_a_quoted_name_is_never_answered_by_another_entry(ctx):
    """"“三个良好”…三个分别是什么" once took the glossary's "三个示范" for it (round 42b)."""
    ans = ask(ctx, "省报告讲政府自身建设时提到的“三个良好”建设，三个分别是什么？", today=TODAY)
    assert "政治生态" in flat(ans.answer) and "示范城市" not in ans.answer, ans.answer


def test_a_grade_answers_a_rating_asked(ctx):
    """"信用等级要提到多少" is answered by "提升至AAA": a grade is the figure of a rating (round 42c)."""
    ans = ask(ctx, "省交通投资集团的主体信用等级今年要提到多少", today=TODAY)
    assert ans.intent != "none" and "AAA" in ans.answer, ans.answer


@pytest.mark.parametrize(("question", "words"), [
    # the rate two clauses after its subject, an adverb opening the clause between (round 42d)
    ("去年GDP增长多少", ("5.2%",)),
    ("去年GDP总量多少，增速多少", ("3.4万亿元", "5.2%")),
    ("我省去年GDP增速在全国排第几", ("第8位",)),
])
def test_a_figure_clauses_after_its_subject(ctx, question, words):
    ans = ask(ctx, question, today=TODAY)
    assert ans.intent != "none" and all(w in flat(ans.answer) for w in words), ans.answer


def test_an_entry_asked_by_where_it_is_listed(ctx):
    """"附件里列的…具体是哪些": the 名词解释 entry answers, not a sentence naming it (round 43a)."""
    ans = ask(ctx, "25年省报告附件里列的2024年那10件民生实事具体是哪些？", today=TODAY)
    assert "公办托育机构" in flat(ans.answer), ans.answer


def test_a_share_asked_of_a_clause_without_it_is_not_found(ctx):
    """"研发投入强度目标": "实施全社会研发投入攻坚行动" names the thing but no 强度; it is said as
    what the report does say, never as the target (round 44a)."""
    ans = ask(ctx, "25年研发投入强度目标", today=TODAY)
    assert ans.intent == "none" and "研发投入攻坚行动" in flat(ans.answer), ans.answer
