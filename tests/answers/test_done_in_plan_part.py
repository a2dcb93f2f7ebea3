"""A result asked with a verb said done ("遴选了几件…") of the year a report plans, where the
report's plan part says the act done with that verb ("今年遴选了12件…"): that clause answers,
not "only a target is given" (answers/report_facts.py, `_done_said_alike`). Round 32a
(r32a-018); own variants over an invented county's report written here (other acts, other
wordings); a done verb the clause does not say stays not found."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2025, 6, 1)

REPORT = """青桥县2025年政府工作报告

一、2024年工作回顾

2024年，全县地区生产总值增长6.1%，新增规上工业企业21家。

二、2025年重点工作

（一）办好民生实事。今年确定了10件民生实事项目，县人大代表票决后全力办好。
（二）抓好项目招引。今年筛选了8个重大招商项目，逐个落实专班。
（三）推进乡村振兴。今年认定了15个和美乡村示范村，每村安排奖补资金50万元。
（四）加强人才工作。今年评选了30名青桥工匠，给予每人1万元奖励。
（五）繁荣夜间经济。今年命名了12个夜间消费集聚区，延长营业时间。
"""


@pytest.fixture(scope="module")
def qingqiao(tmp_path_factory: pytest.TempPathFactory):
    c = report_context(tmp_path_factory.mktemp("done_in_plan"), REPORT, "青桥县2025年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    ("青桥县今年筛选了多少个重大招商项目", "8个"),
    ("青桥25年评选了多少名工匠", "30名"),
    ("青桥今年筛选了几个招商大项目", "8个"),
    ("青桥今年命名了几个夜间消费的集聚区", "12个"),
])
def test_the_clause_that_says_it_done_answers(qingqiao, question: str, wanted: str) -> None:
    ans = ask(qingqiao, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert wanted in flat(ans.answer)


def test_another_done_verb_stays_not_found(qingqiao) -> None:
    """建成 is not 认定: the clause says the villages named, not built."""
    assert ask(qingqiao, "青桥25年建成了几个和美乡村示范村", today=TODAY).intent == "none"
