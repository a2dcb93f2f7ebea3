"""A reason the report prints, asked in the staff's words (answers.reasons): "为啥社零还有固投
这几项完不成全年计划报告怎么解释的" finds "受…多重因素影响，…等3项指标增幅低于全年计划":
a long 受…影响 clause is a reason, "完不成计划" is the report's "低于计划", abbreviations are
read in the report's form and "报告怎么解释的" asks, it names nothing (round 25a r25a-037)."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.context import Context
from tests.answers.worded_report import REPORT
from tests.support.answer_sets import flat, report_context


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = report_context(tmp_path_factory.mktemp("reason_wording"), REPORT)
    yield c
    c.close()


@pytest.mark.parametrize("question", [
    "去年为啥规上工业增加值社零还有固投这几项完不成全年计划报告怎么解释的",
    "24年规上工业增加值为什么低于全年计划",
    "社零去年为啥没达到全年计划",
    "去年固定资产投资为何完不成年度计划，文件怎么说明的",
])
def test_the_printed_reason_answers(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and "多重因素影响" in flat(ans.answer), ans.answer
    assert "没有写原因" not in ans.answer, ans.answer
