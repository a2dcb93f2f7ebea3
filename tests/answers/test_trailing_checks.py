"""Short checks naming no subject run on after a question that names it ("X咋样了 创成没",
"X开了没 加了多少床位"): the part naming the subject is answered from its sentence, not "not
found" (answers.trailing_checks). Round 25c r25c-022/023; own variants over the sample corpus
and an invented report written here."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.trailing_checks import first_ask
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2025, 6, 1)

REPORT = """青川市2025年政府工作报告

一、2024年工作回顾

健康青川加快建设。总投资5.2亿元的青川市妇幼保健院新院建成开诊，新增床位420张；青川市中医院成功创建三级甲等中医医院。

城市功能持续完善。青川体育中心建成投用，可容纳观众2.4万人；滨江绿道二期全线贯通，新增绿道18公里。
"""


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("checks_docs")
    (folder / "青川市2025年政府工作报告.txt").write_text(REPORT, encoding="utf-8")
    c, _ = ingested_context(tmp_path_factory.mktemp("checks_var"), [folder])
    yield c
    c.close()


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("妇幼保健院新院开了没 加了多少床位", ("建成开诊", "420张")),
        ("青川市中医院创三甲咋样了 成了没", ("三级甲等",)),
        ("体育中心投用了没 能坐多少人", ("建成投用", "2.4万人")),
        ("滨江绿道二期通了没 修了多少公里", ("全线贯通", "18公里")),
    ],
)
def test_subject_answered_beside_its_checks(invented, question: str, words: tuple[str, ...]):
    ans = ask(invented, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    for w in words:
        assert w in flat(ans.answer), ans.answer


def test_sample_report_subject_with_a_check(asked_corpus):
    ans = ask(asked_corpus, "赣深高铁通车了没 咋样了", today=TODAY)
    assert "赣深高铁开行" in flat(ans.answer), ans.answer


@pytest.mark.parametrize(
    "question", ["中医院创三甲咋样了", "体育中心投用了没 滨江绿道二期修了多少公里", "咋样了 成了没"],
)
def test_not_checks_of_one_subject(question: str):
    assert first_ask(question) is None
