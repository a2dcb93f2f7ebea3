"""Which plan a user means by PLAN, and which report reviews its year."""
from __future__ import annotations

import pytest

from core.errors import UserError
from retrieval.ingest import ingest_paths
from store.review import document_by_name, find_plan, report_for
from tests.support.review_pairs import pair


@pytest.fixture
def ctx(make_ctx):
    ctx = make_ctx(DUCHA_EMBEDDING="none")
    for name in ("qinglan", "fengxi"):
        p = pair(name)
        ingest_paths(ctx, [p.plan, p.report])
    return ctx


def test_plan_by_year_id_or_file(ctx):
    by_year = find_plan(ctx.db, "2025")
    assert by_year.region == "青澜市" and find_plan(ctx.db, by_year.id).id == by_year.id
    assert find_plan(ctx.db, "2024年").region == "枫溪县"
    assert find_plan(ctx.db, "plan_2024.csv").year == 2024


def test_unknown_plan_lists_the_plans(ctx):
    with pytest.raises(UserError) as err:
        find_plan(ctx.db, "2019")
    assert "2025年" in str(err.value) and "\n" not in str(err.value)


def test_report_of_the_same_region_for_the_next_year(ctx):
    assert report_for(ctx.db, "青澜市", 2026).file == "report_2026.txt"
    assert report_for(ctx.db, "枫溪县", 2026) is None
    assert document_by_name(ctx.db, "report_2025.txt").region == "枫溪县"
