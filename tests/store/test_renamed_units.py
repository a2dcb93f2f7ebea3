"""A unit typed by its name of before the 2018 reform resolves to the present body wherever a
typed unit is resolved (`ducha tasks --unit 经信委`, /bind, progress): `store.units.resolve_unit`
reads `core.renamed_units_data` after the registry's own names. The helper's own invented plan."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import UserError
from store.units import resolve_unit
from tests.support.answer_sets import ingested_context
from tests.support.docx_plans import table_docx

TASKS = [
    ("开展危化品企业安全生产专项整治。", "县应急管理局", "县市场监督管理局"),
    ("建设高标准农田2万亩。", "县农业农村局", "县自然资源局"),
    ("创建国家全域旅游示范区。", "县文化和旅游局", "县发展和改革局"),
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("renamed_units")
    rows: list[list[str] | str] = ["一、重点任务"]
    rows.extend([str(k), text, "邵宏达", lead, co, "2026年12月底前"] for k, (text, lead, co) in enumerate(TASKS, start=1))
    plan = table_docx(folder / "分工方案.docx", "柳川县2026年县政府工作报告重点工作责任分工方案",
                      ["序号", "工作任务", "县领导", "牵头单位", "责任单位", "完成时限"], rows)
    c, results = ingested_context(folder / "data", [plan])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("typed, present", [
    ("安监局", "柳川县应急管理局"),
    ("县质监局", "柳川县市场监督管理局"),
    ("农委", "柳川县农业农村局"),
    ("县旅发委", "柳川县文化和旅游局"),
])
def test_an_old_name_resolves_to_the_present_body(ctx, typed: str, present: str) -> None:
    assert resolve_unit(ctx.db, typed).name == present


def test_an_old_name_whose_successor_is_absent_is_still_unknown(ctx) -> None:
    with pytest.raises(UserError):
        resolve_unit(ctx.db, "扶贫办")
