"""An institution asked by its number ("县三院", "县第二实验中学") is that numbered institution:
a registry unit printed without the number ("县人民医院", "县实验中学") is another one, and its
tasks are no answer (round 25c: "市三院" was answered with 市人民医院's task). The helper's own
invented plan; none is a blind round's question."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat, ingested_context

PLAN = """2026年松林县《政府工作报告》重点工作责任分工方案

序号\t重点工作\t县政府牵头领导\t牵头单位\t责任单位
一、办好民生实事\t\t\t\t
1\t县人民医院门诊综合楼建成投用。\t林青\t县卫生健康局\t县人民医院
2\t县实验中学新校区完成主体工程。\t林青\t县教育体育局\t县实验中学
3\t县实验小学扩建教学楼一栋。\t林青\t县教育体育局\t县实验小学
4\t县第二人民医院新建发热门诊。\t林青\t县卫生健康局\t县第二人民医院
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    root: Path = tmp_path_factory.mktemp("numbered_units")
    (root / "plan.txt").write_text(PLAN, encoding="utf-8")
    c, results = ingested_context(root, [root / "plan.txt"])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("question, other", [
    ("县三院今年有啥建设任务", "门诊综合楼"),
    ("县第三人民医院配合哪些工作", "门诊综合楼"),
    ("县第二实验中学有什么任务", "新校区"),
    ("县二实小参与了哪些任务", "扩建教学楼"),
])
def test_a_number_the_registry_does_not_hold_is_not_found(ctx: Context, question: str, other: str) -> None:
    ans = ask(ctx, question)
    assert other not in flat(ans.answer), ans.answer
    assert ans.intent == "none", (ans.intent, ans.answer)


@pytest.mark.parametrize("question, words", [
    ("县二院有啥任务", "发热门诊"),
    ("县人民医院有啥任务", "门诊综合楼"),
    ("县实验中学有什么任务", "新校区"),
])
def test_the_unit_with_that_number_or_none_is_found(ctx: Context, question: str, words: str) -> None:
    ans = ask(ctx, question)
    assert words in flat(ans.answer), ans.answer
