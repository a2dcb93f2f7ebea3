"""A unit typed with another place's name ("鹭汀区财政局") is not the registry's unit of the same
short name in another region's plan (澄川市财政局): it leads nothing there, rather than being
answered with the other city's tasks (dev round 34a, answered where none). A unit printed
without a place, or asked with its own place, is still found. Plans invented here."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

PLAN = """2025年{city}《政府工作报告》重点工作责任分工方案
序号\t重点工作\t牵头领导\t牵头单位\t责任单位
一、稳增长\t\t\t\t
1\t争取地方政府专项债券额度{bond}亿元以上。\t{leader}\t市财政局\t市发展改革委
2\t新增规上工业企业{firms}家。\t{leader}\t市工业和信息化局\t市统计局
"""


@pytest.fixture(scope="module")
def two_cities(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("places")
    (tmp / "a.txt").write_text(PLAN.format(city="青岚市", bond=80, firms=120, leader="韩静"), encoding="utf-8")
    ctx, results = ingested_context(tmp, [tmp / "a.txt"])
    assert [r.status for r in results] == ["ingested"], results
    yield ctx
    ctx.close()


@pytest.mark.parametrize("question", ["白鹭区财政局牵头的任务有哪些", "溪口县工业和信息化局牵头几项"])
def test_another_place_unit_leads_nothing_here(two_cities, question: str) -> None:
    ans = ask(two_cities, question)
    text = flat(ans.answer)
    assert "专项债券" not in text and "规上工业企业" not in text, ans.answer


@pytest.mark.parametrize("question, wanted", [("青岚市财政局牵头的任务有哪些", "专项债券"), ("财政局牵头哪些", "专项债券"),
                                              ("市工业和信息化局牵头几项", "规上工业企业")])
def test_the_unit_itself_is_still_found(two_cities, question: str, wanted: str) -> None:
    assert wanted in flat(ask(two_cities, question).answer)
