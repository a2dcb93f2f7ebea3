"""An edition, batch or numbered institution asked ("第三届…马拉松", "第三批…名录", "县第三人民医院")
is never answered by a plan task about another number ("第二届…"): the ordinal veto of report
answers holds for task answers (owner, status, deadline) too (round 25c). The helper's own
invented plan; none is a blind round's question."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat, ingested_context

PLAN = """2026年松林县《政府工作报告》重点工作责任分工方案

序号\t重点工作\t县政府牵头领导\t牵头单位\t责任单位\t完成时限
一、文化体育\t\t\t\t\t
1\t举办第二届松林半程马拉松。\t林青\t县教育体育局\t县公安局\t2026年10月底
2\t公布第二批县级非物质文化遗产代表性项目名录。\t林青\t县文化广电旅游局\t各乡镇人民政府\t2026年6月底
3\t县第二人民医院新建发热门诊。\t林青\t县卫生健康局\t县第二人民医院\t2026年9月底
4\t办好第五届松林农民丰收节。\t林青\t县农业农村局\t各乡镇人民政府\t2026年9月底
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    root: Path = tmp_path_factory.mktemp("ordinal_tasks")
    (root / "plan.txt").write_text(PLAN, encoding="utf-8")
    c, results = ingested_context(root, [root / "plan.txt"])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("question, other", [
    ("第三届松林半程马拉松啥时候办", "第二届"),
    ("第三批县级非遗名录谁牵头", "第二批"),
    ("县第一人民医院发热门诊什么时候完成", "县卫生健康局"),
    ("第六届农民丰收节归哪个单位负责", "县农业农村局"),
])
def test_a_task_of_another_number_is_no_answer(ctx: Context, question: str, other: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "none" and not ans.tasks, (ans.intent, ans.answer)
    assert "没有找到" in ans.answer, ans.answer


@pytest.mark.parametrize("question, words", [
    ("第二届松林半程马拉松谁牵头", "县教育体育局"),
    ("第五届农民丰收节归哪个单位负责", "县农业农村局"),
    ("县第二人民医院发热门诊谁牵头", "县卫生健康局"),
])
def test_the_task_of_that_number_is_answered(ctx: Context, question: str, words: str) -> None:
    ans = ask(ctx, question)
    assert words in flat(ans.answer), ans.answer
