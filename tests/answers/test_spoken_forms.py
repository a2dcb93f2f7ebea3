"""Questions dictated or typed the way a senior official or a prefecture clerk says them
(rounds 46a/46c, read): a dictated opening before the request ("小王啊 我下午要去开个…的会
你帮我看一下…"), a meeting the answer is for ("明天开会要汇报交通这块，…"), a medal counted in 块
("多少块金牌" is no sum of money), a grade moved up ("升成国家五a"). Before: each was "not found"."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat


@pytest.mark.parametrize("question, wanted", [
    ("小王啊 我下午要去开个文旅方面的会 你帮我看一下南昌二零二三年全年接待游客多少人次 旅游综合收入又是多少",
     ["1.9亿人次", "1977.79亿元"]),
    ("明天开会要汇报这块，南昌二零二三年全年接待游客多少人次", ["1.9亿人次"]),
    ("第七届互联网加大学生创新创业大赛 咱们省拿了多少块金牌", ["24金"]),
    ("赣州二零二二年哪个景区升成国家五a了", ["三百山"]),
    ("赣州二二年哪个景区晋级了国家五A级", ["三百山"]),  # typed in upper case: read as before
])
def test_spoken_forms_are_answered(asked_corpus: Context, question: str, wanted: list[str]) -> None:
    ans = ask(asked_corpus, question)
    assert ans.intent != "none" and all(w in flat(ans.answer) for w in wanted), ans.answer


def test_a_sum_asked_in_kuai_is_still_money(asked_corpus: Context) -> None:
    # 块 with nothing counted after it is yuan: a count of medals never answers it
    ans = ask(asked_corpus, "第七届互联网加大学生创新创业大赛花了多少块钱")
    assert "24金" not in flat(ans.answer.splitlines()[0]) or ans.intent == "none", ans.answer


@pytest.mark.parametrize("question, wanted", [
    # a long opening about the asker, then 麻烦查一下: the question starts after the request
    ("领导下周要在全市经济工作会上讲话，我在核对省里的预期目标，麻烦查一下2022年省政府工作报告里地区生产总值和社会消费品零售总额分别定的是增长多少",
     ["7%以上", "10%以上"]),
    # a figure, then a table's owner asked after 顺便查下
    ("2022年省报告里新增发放创业担保贷款的目标是多少亿？顺便查下2021年分工方案里创业担保贷款那条是哪个单位牵头",
     ["150亿元", "省人力资源社会保障厅"]),
    # the report's difficulties, with what the asker will do with them said after the ask
    ("2024年省报告里讲存在的问题和不足那一段，主要讲了哪几条？领导要对照着找我们自己的短板", ["有效需求仍然不足"]),
    ("赣州那份报告自己找的差距和短板有哪些？我想跟南昌的放一起比较一下", ["经济总量偏小"]),
])
def test_what_is_said_around_the_ask_is_no_part_of_it(asked_corpus: Context, question: str, wanted: list[str]) -> None:
    ans = ask(asked_corpus, question)
    assert ans.intent != "none" and all(w in flat(ans.answer) for w in wanted), ans.answer


def test_a_year_said_only_in_the_opening_stays() -> None:
    from core.spoken import unwrap

    assert unwrap("我在核对2022年的数，麻烦查一下GDP目标多少") == "我在核对2022年的数，麻烦查一下GDP目标多少"



PAID = """澜坪省2025年政府工作报告
一、2024年工作回顾
（四）深化改革扩大开放。开展拖欠企业账款清理，己清偿68.3亿元。新设经营主体52万户，增长9.1%。
二、2025年重点工作
全省地区生产总值增长5.5%左右。
"""


def test_a_figure_in_the_clause_after_its_subject(tmp_path) -> None:
    # "…清理，己清偿68.3亿元" (己: an OCR slip of 已): a paying verb after 已 opens no subject;
    # the clause before names it (round 46c)
    from tests.support.answer_sets import report_context

    ctx = report_context(tmp_path, PAID, "澜坪省2025年政府工作报告.txt")
    try:
        ans = ask(ctx, "去年清理拖欠企业账款清偿了多少钱")
        assert ans.intent != "none" and "68.3亿元" in flat(ans.answer), ans.answer
    finally:
        ctx.close()
