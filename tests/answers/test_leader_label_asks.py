"""A task's leader asked by the label the tables print or at the level of the plan: "X那条 责任领导是
哪位", "X那条的责任领导" (the bare label at the end asks it), "哪位区领导管", "包抓领导". Read as an
owner question, they are answered from the table's task and its leader, never from the report's
sentence about X (round 24b, 25b). The helper's own invented table; none is a round's question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import assert_holds


@pytest.mark.parametrize("question, wanted", [
    ("电动自行车隐患整治那条的责任领导", ["周明远", "区应急管理局"]),
    ("青禾河堤防加固那条 责任领导是哪位", ["周明远", "区水利局"]),
    ("新建社区卫生服务中心由哪位区领导负责", ["唐立新"]),
    ("英才计划那条的包抓领导", ["唐立新"]),
    ("禾园保障房牵头单位是哪个 哪位区领导管", ["区住建局", "唐立新"]),
])
def test_leader_asked_by_its_label_is_the_tables(qinghe_plan_ctx: Context, question: str, wanted: list[str]) -> None:
    ans = ask(qinghe_plan_ctx, question)
    assert ans.intent == "owner", (ans.intent, ans.answer)
    assert_holds(ans.answer, *wanted)


def test_a_task_the_table_lacks_is_not_found(qinghe_plan_ctx: Context) -> None:
    ans = ask(qinghe_plan_ctx, "地铁三号线那条的责任领导")
    assert ans.intent == "none" and not ans.tasks, (ans.intent, ans.answer)
