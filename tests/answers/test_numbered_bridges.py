"""A city's bridges are numbered like its metro lines: "溪江六桥" asked of a report that builds
only "溪江五桥" is "not found", never the 五桥 sentence (round 32c answered it with 五桥's date);
the bridge the report names is answered. Invented report."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_context

REPORT = """汀州市2026年政府工作报告
一、2025年工作回顾
建成通车清河三桥，完成老城区管网改造45公里。
二、2026年重点工作
（一）提升城市功能。6月底前开工建设清河四桥，加快环城北路快速化改造，新建口袋公园30个。
"""


@pytest.fixture(scope="module")
def tingzhou(tmp_path_factory: pytest.TempPathFactory):
    c = report_context(tmp_path_factory.mktemp("bridges"), REPORT, "汀州市2026年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question", ["清河五桥啥时候开工", "清河5桥今年开工吗", "清河六桥什么时候建成通车"])
def test_another_bridge_number_is_not_found(tingzhou, question: str) -> None:
    ans = ask(tingzhou, question, today=dt.date(2026, 3, 1))
    assert ans.intent == "none", ans.answer


@pytest.mark.parametrize("question, wanted", [("清河四桥啥时候开工", "6月底前"), ("清河三桥建成了吗", "建成通车清河三桥")])
def test_the_bridge_named_is_answered(tingzhou, question: str, wanted: str) -> None:
    ans = ask(tingzhou, question, today=dt.date(2026, 3, 1))
    assert wanted in flat(ans.answer), ans.answer
