"""A report's date asked with the meeting it was delivered at ("几号在人代会上作的"), beside who
delivered it: both facts answered, the date read off the report's date line (answers/question.py
META_ASKS "when"). Round 32a (r32a-053); variants over an invented report written here (another
city, other meeting words, other wordings)."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2025, 6, 1)

REPORT = """政府工作报告

——2025年1月9日在岚溪市第八届人民代表大会第五次会议上

岚溪市人民政府市长周立新

各位代表：

现在，我代表市人民政府向大会报告工作，请予审议。

一、2024年工作回顾

2024年，全市地区生产总值增长5.3%，新建城市公园14个。

二、2025年重点工作

（一）做强实体经济。新增规上工业企业60家。
"""


@pytest.fixture(scope="module")
def lanxi(tmp_path_factory: pytest.TempPathFactory):
    c = report_context(tmp_path_factory.mktemp("delivered"), REPORT, "岚溪市2025年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question, also", [
    ("岚溪今年的报告是几号在人大会议上作的", None),
    ("岚溪25年报告谁作的，几号在市八届人大五次会议上讲的", "周立新"),
    ("岚溪市政府工作报告 市长是几号在大会上做的报告", None),
    ("请问岚溪报告是几号在人代会上作的 哪位市长作的", "周立新"),
])
def test_the_date_is_answered(lanxi, question: str, also: str | None) -> None:
    ans = ask(lanxi, question, today=TODAY)
    assert ans.intent == "fact", ans.answer
    assert "2025年1月9日" in flat(ans.answer)
    if also:
        assert also in ans.answer
