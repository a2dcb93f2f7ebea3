"""Metamorphic checks (issue 10): a question typed another way (clauses reordered, fillers
added, an abbreviation swapped, full-width digits, the year or region left out where the
documents leave no doubt, a 公文 request's purpose and background around it) must get the same answer as the original. The full rate over
every own set is in docs/benchmarks.md (`python benchmarks/bench_metamorphic.py`); the suite
holds the bar on every fourth question of the own sets, to stay quick."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.context import Context
from tests.support.answer_sets import ingested_context, load_items
from tests.support.paths import DATA
from tests.support.variants import (abbreviate, background, consistency, drop_region, drop_year, filler, formal,
                                    reorder, width)

OWN_SETS = ["questions.json", "questions_blind2.json", "questions_blind3.json", "questions_blind4.json"]


@pytest.fixture(scope="module")
def meta_ctx(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    ctx, _ = ingested_context(tmp_path_factory.mktemp("metamorphic"), [corpus_dir])
    yield ctx
    ctx.close()


def test_generators_make_the_variants_they_name() -> None:
    assert reorder("2024年江西GDP目标") == "江西2024年GDP目标"
    assert reorder("南昌2024年GDP目标") == "2024年南昌GDP目标"
    assert filler("24年GDP目标多少？") == "请问一下，24年GDP目标多少呀？"
    assert abbreviate("2022年江西固定资产投资增长目标") == "2022年江西固投增长目标"
    assert width("24年GDP目标？") == "２４年ＧＤＰ目标?"
    assert drop_year("南昌2024年GDP目标", {"南昌": 2024}) == "南昌GDP目标"
    assert drop_region("2022年江西固定资产投资增长目标", {2022: "江西省"}) == "2022年固定资产投资增长目标"
    assert drop_region("2022年江西GDP目标", {2022: "江西省"}) is None  # too little left to be sure
    assert formal("24年GDP目标多少？") == "为做好专项督查工作，烦请核实24年GDP目标多少。"
    assert background("24年GDP目标多少") == "近期有群众反映相关工作进展，为核实情况，请提供24年GDP目标多少，以便比对。"


def test_answers_hold_across_variants(meta_ctx: Context) -> None:
    items = [item for name in OWN_SETS for item in load_items(DATA / name)][::4]
    result = consistency(meta_ctx, items)
    assert result["variants"] >= 500
    assert result["rate"] >= 0.98, (result["rate"], result["misses"][:20])
