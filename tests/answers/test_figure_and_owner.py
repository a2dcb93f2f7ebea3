"""A figure and a task's owner asked in one message ("今年外贸增长目标多少？海铁联运班列那条谁
牵头"): both parts are answered, in the order asked (answers.owner_parts). Round 25c r25c-050;
own variants over the sample corpus's reports and 2021 responsibility plan."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.owner_parts import owner_parts
from tests.support.answer_sets import flat

TODAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("2021年粮食产量目标多少；赣籍人才回归工程牵头单位是哪个", ("432.8亿斤", "省人力资源社会保障厅")),
        ("高新技术企业新增多少家 北斗综合应用示范项目那项由谁负责", ("高新技术企业", "北斗综合应用示范项目", "牵头单位")),
        ("节地增效行动哪个单位牵头？2021年粮食产量目标多少", ("省自然资源厅", "432.8亿斤")),
        ("2021年R&D经费支出占GDP比重目标多少？低空空域管理改革试点那条谁牵头", ("2%", "省委军民融合办")),
    ],
)
def test_both_parts_answered(asked_corpus, question: str, words: tuple[str, ...]):
    ans = ask(asked_corpus, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    for w in words:
        assert w in flat(ans.answer), ans.answer


@pytest.mark.parametrize(
    "question",
    [
        "“低空空域管理改革”这项谁牵头？截止时间？",  # the owner's answer shows the deadline
        "北斗综合应用示范项目投资多少？谁牵头",  # the owner part names no task of its own
        "北斗综合应用示范项目谁牵头",
        "高标准农田建设任务多少万亩，牵头几家单位",
    ],
)
def test_not_two_asks_of_different_kinds(question: str):
    assert owner_parts(question) is None
