"""A report replaces the older report of the same region and year only when it is a version of
it (most of the wording shared, `retrieval.versions`); another document of that region and
year is kept beside it and the user is told. Before: any same-region, same-year report
superseded the other, so a second document hid the real report."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from answers.ask import ask
from bot.wiring import new_context
from core.settings import load_settings
from retrieval.clean import clean_text
from retrieval.ingest import ingest_paths
from retrieval.versions import REVISION_BAR, text_similarity
from store.documents import list_documents
from tests.support.answer_sets import flat
from tests.support.paths import DATA, EXAMPLES

EXAMPLE_REPORT = (EXAMPLES / "示例市2025年政府工作报告.txt").read_text(encoding="utf-8")
OTHER_REPORT = (DATA / "plans" / "lanxi_report_2025.txt").read_text(encoding="utf-8")


def _ctx(tmp_path: Path):
    return new_context(load_settings(DUCHA_DATA_DIR=str(tmp_path / "var"), DUCHA_EMBEDDING="none"))


def _current(ctx) -> list[str]:
    return sorted(d["file"] for d in list_documents(ctx.db))


def _rewrap(text: str, width: int = 37) -> str:
    """The same text as a PDF extraction prints it: fixed-width lines with blank lines between."""
    flat_text = re.sub(r"\s+", "", text)
    return "\n\n".join(flat_text[i:i + width] for i in range(0, len(flat_text), width))


@pytest.mark.parametrize("make_new", [
    pytest.param(lambda t: t.replace("地区生产总值增长5.5%左右", "地区生产总值增长6%左右"), id="one-figure"),
    pytest.param(lambda t: re.sub(r"(\d+)(亿元|公里|个|万人)", lambda m: str(int(m.group(1)) + 1) + m.group(2), t), id="many-figures"),
    pytest.param(lambda t: "\n".join(p for k, p in enumerate(t.split("\n")) if k % 6 != 5 or "5.5%" in p), id="paragraphs-dropped"),
    pytest.param(_rewrap, id="re-extracted-from-pdf"),
])
def test_a_version_supersedes(tmp_path: Path, make_new) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a_初稿.txt").write_text(EXAMPLE_REPORT, encoding="utf-8")
    ctx = _ctx(tmp_path)
    try:
        ingest_paths(ctx, [folder / "a_初稿.txt"])
        (folder / "b_定稿.txt").write_text(make_new(EXAMPLE_REPORT), encoding="utf-8")
        [result] = ingest_paths(ctx, [folder / "b_定稿.txt"])
        assert result.status == "ingested" and result.supersedes == ["a_初稿.txt"], result.to_dict()
        assert not result.notes
        assert _current(ctx) == ["b_定稿.txt"]
    finally:
        ctx.close()


@pytest.mark.parametrize("first,second", [
    pytest.param("example", "other", id="other-report-after"),
    pytest.param("other", "example", id="other-report-before"),
])
def test_another_report_of_the_same_year_is_kept(tmp_path: Path, first: str, second: str) -> None:
    """Two different reports both stating 示例市 and 2025: neither hides the other, the summary says why."""
    texts = {"example": EXAMPLE_REPORT, "other": OTHER_REPORT.replace("澜溪", "示例")}
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in (first, second):
        (folder / f"{name}.txt").write_text(texts[name], encoding="utf-8")
    ctx = _ctx(tmp_path)
    try:
        [one] = ingest_paths(ctx, [folder / f"{first}.txt"])
        [two] = ingest_paths(ctx, [folder / f"{second}.txt"])
        assert (one.region, one.year) == (two.region, two.year) == ("示例市", 2025)
        assert two.supersedes == []
        assert len(two.notes) == 1 and f"{first}.txt" in two.notes[0] and "两份都保留" in two.notes[0], two.notes
        assert _current(ctx) == ["example.txt", "other.txt"]
        assert "5.5%左右" in flat(ask(ctx, "示例市2025年GDP增长目标").answer)
    finally:
        ctx.close()


def test_cli_summary_names_the_kept_report(tmp_path: Path) -> None:
    from bot.cli_ingest import format_result  # noqa: PLC0415 - the line a user reads

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(EXAMPLE_REPORT, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER_REPORT.replace("澜溪", "示例"), encoding="utf-8")
    ctx = _ctx(tmp_path)
    try:
        ingest_paths(ctx, [folder / "a.txt"])
        [two] = ingest_paths(ctx, [folder / "b.txt"])
        line = format_result(two)
        assert "已有报告 a.txt" in line and "取代" not in line, line
    finally:
        ctx.close()


@pytest.mark.parametrize("a,b", [
    ("000_743cd0f839ad087c.txt", "001_c41ed5da75bef198.txt"),  # one province, two years
    ("001_c41ed5da75bef198.txt", "004_d698cca8952d26ee.txt"),  # a province and its capital, one year
    ("000_743cd0f839ad087c.txt", "003_4c8e686c04f634e5.txt"),  # a report and a plan
])
def test_different_documents_are_below_the_bar(corpus_dir: Path, a: str, b: str) -> None:
    x, y = (clean_text((corpus_dir / n).read_text(encoding="utf-8")) for n in (a, b))
    assert text_similarity(x, y) < REVISION_BAR - 0.1


def test_a_plan_is_not_a_version_of_its_report() -> None:
    plan = (EXAMPLES / "示例市2025年重点工作责任分工方案.txt").read_text(encoding="utf-8")
    assert text_similarity(EXAMPLE_REPORT, plan) < REVISION_BAR - 0.2
