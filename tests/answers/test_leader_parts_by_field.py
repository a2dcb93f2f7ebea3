"""A leader's tasks in a part of the table named by its field ("在科技创新那部分", "水利那块",
"在卫生健康方面"), where the part's heading says it in other words ("坚持创新驱动发展，增强发展
新动能"): every task of the leader in that part, not only those whose text holds the words; the
answer names the heading read (round 24b). A field several headings share picks none. The
helper's own invented table; none is a round's question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.plan_parts import field_fits
from core.context import Context
from tests.support.answer_sets import assert_holds, flat


@pytest.mark.parametrize("question, wanted, not_wanted", [
    ("许嘉禾在科技创新那部分管哪几条", ["储能材料实验室", "高新技术企业", "算力中心"], ["锦溪灌区", "英才"]),
    ("许嘉禾副区长在水利那块牵头什么", ["锦溪灌区", "海绵城市"], ["堤防加固", "储能"]),
    ("许嘉禾在卫生健康方面分管哪些任务", ["新院区", "急救指挥调度平台"], ["社区卫生服务中心", "储能"]),
    ("唐立新在卫生健康那部分牵头几项", ["社区卫生服务中心", "免费体检"], ["新院区", "英才"]),
])
def test_leader_tasks_in_a_part_named_by_its_field(qinghe_plan_ctx: Context, question: str,
                                                   wanted: list[str], not_wanted: list[str]) -> None:
    ans = ask(qinghe_plan_ctx, question)
    assert ans.intent == "leader_tasks", (ans.intent, ans.answer)
    assert_holds(ans.answer, *wanted)
    assert not [w for w in not_wanted if w in flat(ans.answer)], ans.answer


def test_the_heading_read_is_named(qinghe_plan_ctx: Context) -> None:
    ans = ask(qinghe_plan_ctx, "许嘉禾在科技创新那部分管哪几条")
    assert "坚持创新驱动发展，增强发展新动能" in ans.answer, ans.answer


def test_a_field_of_several_headings_fits_none() -> None:
    headings = ["坚持创新驱动发展，增强发展新动能", "加快科技成果转化", "持续保障和改善民生"]
    assert field_fits("科技创新", headings) == []
    assert field_fits("科技创新", headings[:1] + headings[2:]) == [headings[0]]
    assert field_fits("营商环境", headings) == []


def test_a_part_set_aside_is_no_part_asked(qinghe_plan_ctx: Context) -> None:
    ans = ask(qinghe_plan_ctx, "许嘉禾除了科技创新那块还管哪些")
    assert "储能材料实验室" not in flat(ans.answer), ans.answer
