"""A code name defined in the 名词解释 asked with "是指啥" / "指的是啥" ("南昌8810是指啥",
round 27b r27b-054): a definition ask, even when the name is digits only."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.context import Context
from tests.answers.worded_report import REPORT
from tests.support.answer_sets import flat, report_context


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = report_context(tmp_path_factory.mktemp("code_names"), REPORT)
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("3611是指啥", "竹木加工"),
    ("枫岭3611是指啥", "百亿级产业集群"),
    ("3611工程是指的啥", "6个省级以上工业园区平台"),
    ("县里的3611指的是啥", "竹木加工"),
    ("五个一批是指啥", "谋划一批"),
    ("3611是指的啥", "绿色食品3条主导产业链"),
    ("枫岭的3611是指的啥", "竹木加工"),
])
def test_a_code_name_asked_with_shi_zhi_sha_is_defined(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer), ans.answer
    assert "是”指" not in ans.answer, ans.answer  # the ask word is no part of the name
