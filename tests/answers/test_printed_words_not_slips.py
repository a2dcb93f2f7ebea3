"""A word the documents print is a word, not a same-sound slip for a unit's short name: a
plan whose unit is short-named 政服办 (政务服务管理办公室) must not turn every "县政府" of a
question into "县政服" (seen on round 28d: 省政府 read as 省政服). Names typed by their sound
are still put right when the documents do not print what was typed (干州 → 赣州)."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

PLAN = """2025年松林县《政府工作报告》重点工作责任分工方案

序号\t重点工作\t县政府牵头领导\t牵头单位\t责任单位
一、优化营商环境\t\t\t\t
1\t新推出“一件事一次办”集成服务20项。\t林青\t县政服办\t县数据局
2\t完成县城北片区征迁1200亩。\t林青\t县政府\t县自然资源局
3\t新改建农村公路120公里。\t周航\t县交通运输局\t各乡镇人民政府
"""

REPORT = """松林县2025年政府工作报告
——2025年1月10日在松林县第十八届人民代表大会第五次会议上
一、2024年工作回顾
全县地区生产总值增长5.2%，县政府新办民生实事10件。
二、2025年工作安排
全县地区生产总值增长5.5%左右。新改建农村公路120公里。
"""


@pytest.fixture(scope="module")
def songlin(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("printed")
    (tmp / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp / "report.txt").write_text(REPORT, encoding="utf-8")
    ctx, results = ingested_context(tmp, [tmp / "plan.txt", tmp / "report.txt"])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    yield ctx
    ctx.close()


@pytest.mark.parametrize("question, wanted, not_wanted", [
    ("县政府牵头哪些任务", "征迁1200亩", "一件事一次办"),
    ("县政府去年新办民生实事几件", "10件", "政服"),
    ("县政服办牵头哪些", "一件事一次办", "征迁"),  # the unit itself, as printed
])
def test_a_printed_word_is_read_as_printed(songlin, question: str, wanted: str, not_wanted: str) -> None:
    ans = ask(songlin, question)
    text = flat(ans.answer)
    assert wanted in text and not_wanted not in text, ans.answer


def test_a_leader_typed_by_sound_is_still_read_as_the_leader(songlin) -> None:
    ans = ask(songlin, "周杭牵头哪几项")  # 杭 for 航: the documents print no 周杭
    assert "农村公路120公里" in flat(ans.answer), ans.answer
