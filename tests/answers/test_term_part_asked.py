"""A part of a glossary term asked with its members counted ("一核两翼三带里的两翼指的哪两个地方",
round 33c): a definition, answered with the term's entry, never a review sentence that only
mentions the term."""
from __future__ import annotations

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_context

REPORT = """青川市2025年政府工作报告
一、2024年工作回顾
扎实推进“一心两廊”空间布局，全市地区生产总值增长5.8%。
二、2025年工作安排
地区生产总值增长5.5%左右。
名词解释
1.“一心两廊”：“一心”即青川主城；“两廊”即以白沙镇为起点的东部科创走廊和以石门镇为起点的西部生态走廊。
2.“三个一批”：签约一批、开工一批、投产一批重大项目。
"""


@pytest.mark.parametrize("question,words", [
    ("一心两廊里的两廊指的哪两个地方", ("白沙镇", "石门镇")),
    ("一心两廊里头两廊是哪两条", ("东部科创走廊", "西部生态走廊")),
    ("三个一批是指的哪三个", ("签约一批", "投产一批")),
])
def test_the_members_of_a_term_are_its_entry(tmp_path, question, words):
    answer = flat(ask(report_context(tmp_path, REPORT), question).answer)
    assert all(w in answer for w in words) and "5.8%" not in answer, answer
