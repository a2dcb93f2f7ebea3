"""The year a named thing was launched ("X是哪年推出来的"): from the sentence naming it, a year
printed before a launch verb and earlier than the document (answers.launch_year); never the
report's plan for the thing. Round 25c r25c-052; own variants over tests/data/district and an
invented report written here."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.launch_year import asked_thing
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2025, 6, 1)

REPORT = """白石市2025年政府工作报告

一、2024年工作回顾

营商环境持续优化。擦亮“白石通办”政务服务品牌，推出“一件事一次办”事项30项。白石智慧停车平台于2022年上线，接入车位1.2万个。

二、2025年重点工作

推出“白石通办”3.0版，“一件事一次办”事项拓展到50项。白石智慧停车平台接入车位达到2万个。启动“白石工匠”培育行动，全年培训技能人才3000人次。

名词解释：
1.“白石通办”：我市于2021年推出的政务服务品牌，实行“一窗受理、一次办好”。
2.“白石工匠”：我市2019年设立的技能人才荣誉称号。
"""


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("launch_docs")
    (folder / "白石市2025年政府工作报告.txt").write_text(REPORT, encoding="utf-8")
    c, _ = ingested_context(tmp_path_factory.mktemp("launch_var"), [folder])
    yield c
    c.close()


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("白石通办是哪年推出来的", "2021年"),
        ("“白石工匠”是什么时候设立的", "2019年"),
        ("白石智慧停车平台哪一年上线的", "2022年"),
    ],
)
def test_launch_year_from_the_sentence_naming_it(invented, question: str, year: str):
    ans = ask(invented, question, today=TODAY)
    assert ans.intent == "fact", ans.answer
    assert year in ans.answer.splitlines()[0], ans.answer


def test_launch_year_in_a_district_glossary(district_ctx):
    ans = ask(district_ctx, "岚英计划是哪年出台的", today=TODAY)
    assert "2024年" in flat(ans.answer).splitlines()[0], ans.answer


@pytest.mark.parametrize("question", ["白石通办3.0版是哪年推出来的", "白石通办推出了多少事项"])
def test_no_launch_year_not_made_up(invented, question: str):
    ans = ask(invented, question, today=TODAY)
    assert "2025年推出" not in flat(ans.answer) and "于2021年" not in ans.answer.splitlines()[0], ans.answer


def test_asked_thing():
    assert asked_thing("棠溪快办是哪年推出来的") == "棠溪快办"
    assert asked_thing("棠溪快办推出了几版") is None
