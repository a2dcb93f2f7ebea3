"""A policy's issue date asked ("X啥时候印发的"): the report prints it in the policy's entry or
sentence ("2024年8月由县政府印发"); the date as printed, to its month, answers
(answers.launch_year). Round 26c r26c-053; own variants over an invented report."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2025, 6, 1)

REPORT = """松岗县2025年政府工作报告

一、2024年工作回顾

出台“松岗稳岗八条”，发放稳岗补贴1200万元。落实“松岗人才新政”，引进高校毕业生800人。县政府2023年6月下发《松岗县农村人居环境整治方案》，整治村庄120个。

二、2025年重点工作

全面落实“松岗稳岗八条”和“松岗人才新政”，新增就业岗位5000个。

名词解释：
1.“松岗稳岗八条”：即《松岗县稳就业稳岗位八条措施》，2024年3月由县政府印发，涵盖就业补贴、技能培训等八个方面。
2.“松岗人才新政”：即《松岗县引进培育人才若干政策》，2023年11月由县委、县政府联合印发。
3.“松岗消费券”：2024年5月颁布实施的促消费举措。
"""


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("issue_docs")
    (folder / "松岗县2025年政府工作报告.txt").write_text(REPORT, encoding="utf-8")
    c, _ = ingested_context(tmp_path_factory.mktemp("issue_var"), [folder])
    yield c
    c.close()


@pytest.mark.parametrize(("question", "when"), [
    ("松岗稳岗八条啥时候印发的", "2024年3月"),
    ("松岗人才新政是什么时候印发的", "2023年11月"),
    ("“松岗消费券”哪年颁布的", "2024年5月"),
    ("松岗县农村人居环境整治方案什么时候下发的", "2023年6月"),
    ("松岗稳岗八条是哪一年出台的", "2024年3月"),
])
def test_issue_date_as_printed(invented, question: str, when: str) -> None:
    ans = ask(invented, question, today=TODAY)
    assert ans.intent == "fact" and when in flat(ans.answer).splitlines()[0], ans.answer
