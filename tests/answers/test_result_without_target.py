"""A completion ask ("去年GDP增长目标实现了吗") when the documents hold the year's actual but not
its target: the actual is the answer, after the note that the year's target is not in the
documents, never a bare "not found" (round 25c). The item is matched in any of its forms
("GDP" ~ "地区生产总值"), and its figure may stand in the next clause of the sentence. The
helper's own invented report; none is a blind round's question."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat, ingested_context

REPORT = """政府工作报告
——2025年1月12日在松林县第十八届人民代表大会第五次会议上
一、2024年工作回顾
过去一年，全县经济运行稳中有进。全年实现地区生产总值301.4亿元，增长5.8%；固定资产投资增长4.2%，低于年初预期；社会消费品零售总额120.6亿元，增长6.1%；城镇居民人均可支配收入41230元，增长5.3%。
二、2025年工作安排
今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；固定资产投资增长6%。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    root: Path = tmp_path_factory.mktemp("result_without_target")
    (root / "report.txt").write_text(REPORT, encoding="utf-8")
    c, results = ingested_context(root, [root / "report.txt"])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("question, figure", [
    ("去年GDP增长目标实现没有", "5.8%"),
    ("24年固投增长目标完成没有", "4.2%"),
    ("2024年社零增长目标实现了吗", "6.1%"),
    ("24年城镇居民收入增长目标完成了吗", "5.3%"),
])
def test_the_actual_answers_when_the_target_is_not_held(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question, today=__import__("datetime").date(2025, 6, 1))
    assert ans.intent != "none", ans.answer
    text = flat(ans.answer)
    assert figure in text and "没有找到2024年" in text and "目标" in text, ans.answer
