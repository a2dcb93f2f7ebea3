"""A district's own office signs "鹊岭区", its reports are titled "泓州市鹊岭区…": one place.
Before, the two names were two regions, so a question about the district found half its
documents and "several regions" answers listed it twice (round 53b). The shorter name takes
the fuller one on record, whichever document comes first; a name two cities share stays apart."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.wiring import new_context
from core.places import fuller_form
from core.settings import load_settings
from retrieval.ingest import ingest_paths
from retrieval.search import search
from store.documents import list_documents
from tests.support.paths import DATA, EXAMPLES

FULL = (EXAMPLES / "示例市2025年政府工作报告.txt").read_text(encoding="utf-8").replace("示例市", "泓州市鹊岭区")
OLDER = re.sub(r"202([45])", lambda m: f"202{int(m.group(1)) - 2}",
               (DATA / "plans" / "lanxi_report_2025.txt").read_text(encoding="utf-8").replace("澜溪市", "鹊岭区"))


def test_the_fuller_name_is_the_one_name_that_fits() -> None:
    assert fuller_form("鹊岭区", ["泓州市鹊岭区", "江西省"]) == "泓州市鹊岭区"
    assert fuller_form("鹊岭区", ["泓州市鹊岭区", "临州市鹊岭区"]) is None  # two cities, two districts
    assert fuller_form("泓州市鹊岭区", ["鹊岭区"]) is None  # already names its city
    assert fuller_form("泓州市", ["泓州市鹊岭区"]) is None  # the city is not its district


def _ingest(tmp_path: Path, texts: dict[str, str]):
    folder = tmp_path / "docs"
    folder.mkdir()
    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(tmp_path / "var"), DUCHA_EMBEDDING="none"))
    results = []
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
        results += ingest_paths(ctx, [folder / name])
    return ctx, results


@pytest.mark.parametrize("order", [("full.txt", "short.txt"), ("short.txt", "full.txt")], ids=["full-first", "short-first"])
def test_a_district_named_with_and_without_its_city_is_one_region(tmp_path: Path, order: tuple[str, str]) -> None:
    texts = {"full.txt": FULL, "short.txt": OLDER}
    ctx, results = _ingest(tmp_path, {name: texts[name] for name in order})
    try:
        assert {d["region"] for d in list_documents(ctx.db)} == {"泓州市鹊岭区"}
        assert any("「鹊岭区」与「泓州市鹊岭区」" in note for r in results for note in r.notes), [r.notes for r in results]
        hits = search(ctx, "地区生产总值", region="鹊岭区", year=2023, k=3)
        assert hits and all(h.file == "short.txt" for h in hits)
    finally:
        ctx.close()


def test_a_district_name_two_cities_share_stays_apart(tmp_path: Path) -> None:
    other = FULL.replace("泓州市鹊岭区", "临州市鹊岭区").replace("2025", "2026")
    ctx, _ = _ingest(tmp_path, {"a.txt": FULL, "b.txt": other, "c.txt": OLDER})
    try:
        assert sorted(d["region"] for d in list_documents(ctx.db)) == ["临州市鹊岭区", "泓州市鹊岭区", "鹊岭区"]
    finally:
        ctx.close()
