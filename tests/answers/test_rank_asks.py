"""A rank asked with the verb of ranking ("营商环境排第几", "县域经济我们排第几"): the verb and
the speaker's "我们" are no words of the indicator (answers.rank_asks); kept in the topic, they
left the clause that states the rank unmatched (a false "not found", outsider round 25c).
An invented county's report, and the sample corpus."""
from __future__ import annotations


import pytest

from answers.ask import ask
from answers.rank_asks import rank_asked, strip_rank_ask
from core.context import Context
from tests.support.answer_sets import flat, report_context

REPORT = """政府工作报告
——2025年1月9日在青石县第十七届人民代表大会第四次会议上
各位代表：
一、2024年工作回顾
综合实力稳步提升。县域经济综合实力位列全省第18位，比上年前移2位。营商环境评价得分位居全省第7位。全县高质量发展综合绩效考核排名全市第二。科技创新指数居全省第12位。社会消费品零售总额86.3亿元，增长5.1%。城乡居民收入稳步增长。乡村振兴实绩考核评价连续两年获评全省先进县。
二、2025年工作安排
全县地区生产总值增长6%左右。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = report_context(tmp_path_factory.mktemp("rank_asks"), REPORT)
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("县域经济我们排第几", "第18位"),
    ("营商环境排第几", "第7位"),
    ("绩效考核我们排在第几", "全市第二"),
    ("县域经济综合实力排在第几位", "第18位"),
])
def test_a_rank_asked_with_its_verb_is_answered(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer.splitlines()[0]), ans.answer


def test_a_rank_asked_of_the_sample_corpus(asked_corpus: Context) -> None:
    ans = ask(asked_corpus, "平安中国建设示范市数量排第几")
    assert "第2位" in flat(ans.answer.splitlines()[0]), ans.answer


def test_rank_words() -> None:
    assert rank_asked("县域经济排第几") and not rank_asked("县域经济增长多少")
    assert strip_rank_ask("营商环境我们排第几").split() == ["营商环境", "第几"]
    assert strip_rank_ask("我们的GDP增长多少") == "我们的GDP增长多少"  # no rank asked: untouched


def test_a_rank_asked_of_a_figure_given_without_one_is_not_found(ctx: Context) -> None:
    # the report gives the figure and its growth, no rank: the figure is said, never as the rank
    ans = ask(ctx, "去年社零增速在全省排第几")
    assert ans.intent == "none" and "排名" in ans.answer and "5.1%" in flat(ans.answer), ans.answer
