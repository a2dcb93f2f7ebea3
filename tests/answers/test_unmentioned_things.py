"""A thing the documents never mention is "not found", even when a task shares its other words
(answers/unmentioned.py): "机场改扩建哪位领导分管" is not answered by 中小学改扩建 (dev round 30b,
r30b-045); and a numbered name is checked on a target read off a plan task too (answers/ordinals.py:
"地铁6号线" is not "4号线、5号线", round 28d r28d-055). Own variants over the invented district
table and report tests/data/qinghe_*_2026.txt (other topics, other document, other wordings)."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask

TODAY = dt.date(2026, 3, 1)


@pytest.mark.parametrize("question, absent", [
    ("水库现代化改造 哪位领导分管", "水库"),  # the task: 锦溪灌区续建配套与现代化改造
    ("码头现代化改造谁负责", "码头"),  # the same task, asked of another thing
    ("敬老院免费体检谁牵头", "敬老院"),  # the same task as 幼儿园, asked of another thing
    ("幼儿园免费体检哪位领导分管", "幼儿园"),  # the task: 65岁以上老年人免费体检
])
def test_a_thing_no_document_mentions_is_not_found(qinghe_ctx, question: str, absent: str) -> None:
    ans = ask(qinghe_ctx, question, today=TODAY)
    assert ans.intent == "none", ans.answer
    assert absent in ans.answer


@pytest.mark.parametrize("question, code", [
    ("锦溪灌区现代化改造谁分管", "2.1"),
    ("老年人免费体检谁牵头", "3.4"),
    ("电动车安全隐患整治谁牵头", "5.2"),  # 电动车: a short form the task writes in full
    ("高企新增那条谁牵头", "1.2"),  # 高企: the task's 高新技术企业 (core/synonyms_data.py)
])
def test_a_thing_the_task_names_is_still_answered(qinghe_ctx, question: str, code: str) -> None:
    ans = ask(qinghe_ctx, question, today=TODAY)
    assert ans.intent == "owner", ans.answer
    assert ans.answer.startswith(code)


def test_another_phase_of_a_task_read_as_a_target(qinghe_ctx) -> None:
    ans = ask(qinghe_ctx, "锦澄食品集团三期项目今年咋安排", today=TODAY)
    assert ans.intent == "none", ans.answer
    assert "三期" in ans.answer
