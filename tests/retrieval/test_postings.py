"""BM25 postings stored at ingest (retrieval/postings.py): a process that reads them must rank
exactly as one that tokenizes the chunks itself, and a replaced or broken row must never be
read in place of the document's current text."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from retrieval import postings
from retrieval.ingest import ingest_paths
from retrieval.lexical import BM25, TOKENIZER, chunk_text, tokens
from retrieval.search import search
from store import documents as store
from tests.support.paths import DATA, EXAMPLES

EXAMPLE_REPORT = next(p for p in sorted(EXAMPLES.glob("*.txt")) if "政府工作报告" in p.read_text(encoding="utf-8")[:200])


@pytest.fixture
def lexical_ctx(make_ctx):
    return make_ctx(now="2025-03-01T09:00", DUCHA_EMBEDDING="none")


@pytest.fixture
def report(tmp_path: Path) -> Path:
    target = tmp_path / "in" / "report.txt"
    target.parent.mkdir()
    shutil.copy(EXAMPLE_REPORT, target)
    return target


def _questions() -> list[str]:
    out: list[str] = []
    for path in sorted(DATA.glob("questions*.json")):
        items = json.loads(path.read_text(encoding="utf-8"))
        items = items.get("questions", items) if isinstance(items, dict) else items
        out.extend(q["question"] for q in items if isinstance(q, dict) and q.get("question"))
    return out


def _fresh_bm25(ctx) -> BM25:
    """BM25 tokenized from the stored chunks, as every process built it before postings were stored."""
    return BM25(segments=[postings.build(store.chunks_of(ctx.db, key[0])) for key in store.indexed_documents(ctx.db)])


def _stored_rows(ctx) -> int:
    return ctx.db.execute("SELECT COUNT(*) FROM postings").fetchone()[0]


def test_a_persisted_index_ranks_as_a_fresh_build_on_the_corpus(make_ctx, corpus_dir: Path) -> None:
    writer = make_ctx(now="2025-03-01T09:00", DUCHA_EMBEDDING="none")
    results = ingest_paths(writer, [corpus_dir])
    reports = [r for r in results if r.status == "ingested" and r.kind == "report"]
    # every document with text to search has its postings: the reports, and a plan's covering notice
    assert len(reports) >= 2 and _stored_rows(writer) == len(store.indexed_documents(writer.db)) >= len(reports)
    reader = make_ctx(now="2025-03-01T09:00", DUCHA_EMBEDDING="none")  # another process: nothing cached
    lexical = reader.index.lexical()
    assert all(isinstance(s.postings, postings.PackedPostings) for s in lexical.bm25.segments)  # read, not rebuilt
    fresh = _fresh_bm25(reader)
    assert [r.id for r in lexical.rows] == [r.id for key in store.indexed_documents(reader.db) for r in store.chunks_of(reader.db, key[0])]
    queries = _questions() + ["城镇新增就业", "GDP增长5.5%", "不存在的词语", "占比多少"]
    assert len(queries) > 500
    for query in queries:
        got, expected = lexical.bm25.scores(query), fresh.scores(query)
        assert got.tobytes() == expected.tobytes(), query
    for term in ("增长", "gdp", "5.5%", "不存"):
        for stored, built in zip(lexical.bm25.segments, fresh.segments):
            assert (term in stored.postings) == (term in built.postings)
            if term in built.postings:
                assert [list(x) for x in stored.postings[term]] == [list(x) for x in built.postings[term]]


def test_a_replaced_documents_old_postings_are_gone(make_ctx, lexical_ctx, report: Path) -> None:
    [first] = ingest_paths(lexical_ctx, [report])
    old = store.find_document(lexical_ctx.db, path=first.path)
    old_terms = store.load_postings(lexical_ctx.db, [(old["id"], old["content_hash"])], postings.KEY)[old["id"]]["terms"]
    assert "老旧".encode() in old_terms
    report.write_text(report.read_text(encoding="utf-8").replace("老旧小区", "城中村落") + "\n补充：白鹭洲书院修缮。\n", encoding="utf-8")
    [second] = ingest_paths(lexical_ctx, [report])
    assert second.status == "ingested"
    new = store.find_document(lexical_ctx.db, path=second.path)
    rows = lexical_ctx.db.execute("SELECT doc_id, terms FROM postings").fetchall()
    assert [r[0] for r in rows] == [new["id"]]  # one row: the current version's
    assert "老旧".encode() not in rows[0][1] and "鹭洲".encode() in rows[0][1]
    assert store.load_postings(lexical_ctx.db, [(old["id"], old["content_hash"])], postings.KEY) == {}
    reader = make_ctx(now="2025-03-01T09:00", DUCHA_EMBEDDING="none")
    assert search(reader, "老旧小区改造") == [] or all("老旧" not in h.text for h in search(reader, "老旧小区改造"))
    assert "鹭洲书院" in search(reader, "白鹭洲书院修缮", k=1)[0].text
    assert reader.index.lexical().bm25.scores("老旧").tobytes() == _fresh_bm25(reader).scores("老旧").tobytes()


def test_a_failed_postings_write_leaves_the_old_version_whole(lexical_ctx, report: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    [first] = ingest_paths(lexical_ctx, [report])
    before = lexical_ctx.db.execute("SELECT id, content_hash FROM documents").fetchall()
    chunks_before = lexical_ctx.db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
    report.write_text(report.read_text(encoding="utf-8") + "\n补充：白鹭洲书院修缮。\n", encoding="utf-8")

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(store, "save_postings", crash)
    [failed] = ingest_paths(lexical_ctx, [report])
    assert failed.status == "error"
    assert lexical_ctx.db.execute("SELECT id, content_hash FROM documents").fetchall() == before
    assert lexical_ctx.db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0] == chunks_before
    assert store.load_postings(lexical_ctx.db, before, postings.KEY).keys() == {before[0][0]}
    assert first.status == "ingested"


def test_a_folder_without_postings_searches_the_same_and_ingest_fills_them(make_ctx, lexical_ctx, report: Path) -> None:
    ingest_paths(lexical_ctx, [report])
    question = "示例市今年GDP增长目标是多少？"
    expected = [(h.chunk_id, h.lexical_score) for h in search(lexical_ctx, question)]
    lexical_ctx.db.execute("DELETE FROM postings")  # as a data folder ingested before postings were stored
    lexical_ctx.db.execute("INSERT INTO postings SELECT id, 'bigram0/little/I4', x'', x'', x'00000000', x'', x'' FROM documents")
    reader = make_ctx(now="2025-03-01T09:00", DUCHA_EMBEDDING="none")
    assert [(h.chunk_id, h.lexical_score) for h in search(reader, question)] == expected  # built from the chunks
    assert not any(isinstance(s.postings, postings.PackedPostings) for s in reader.index.lexical().bm25.segments)
    generation = store.generation(lexical_ctx.db)
    [again] = ingest_paths(lexical_ctx, [report])
    assert again.status == "unchanged" and store.generation(lexical_ctx.db) == generation
    assert lexical_ctx.db.execute("SELECT tokenizer FROM postings").fetchall() == [(postings.KEY,)]
    third = make_ctx(now="2025-03-01T09:00", DUCHA_EMBEDDING="none")
    assert [(h.chunk_id, h.lexical_score) for h in search(third, question)] == expected
    assert all(isinstance(s.postings, postings.PackedPostings) for s in third.index.lexical().bm25.segments)


def test_damaged_rows_are_not_read() -> None:
    segment = postings.build([_Row("标题｜一、总体", "地区生产总值增长5.5%"), _Row("标题｜二、目标", "城镇新增就业")])
    packed = postings.pack(segment)
    assert packed is not None
    back = postings.unpack(packed)
    assert back is not None and back.lengths == segment.lengths and set(back.postings) == set(segment.postings)
    assert postings.unpack(postings.Packed(**{**postings.columns(packed), "ids": packed.ids[:-4]})) is None
    assert postings.unpack(postings.Packed(**{**postings.columns(packed), "offsets": packed.offsets[:-4]})) is None
    assert postings.unpack(postings.Packed(**{**postings.columns(packed), "terms": b"\xff\xfe"})) is None


class _Row:
    def __init__(self, header: str, text: str) -> None:
        self.header, self.text = header, text


def test_the_tokenizer_version_names_what_the_tokenizer_does() -> None:
    """Stored postings are trusted under `TOKENIZER`: a change to the tokenizer without a new
    version would mix two cuts of the text. Change the digest only with the version."""
    sample = chunk_text("南昌市2024年政府工作报告｜一、2023年工作回顾", "地区生产总值增长5.5%左右，GDP达到7800亿元；新建5G基站1.2万个。鄱")
    digest = hashlib.sha256("\n".join(tokens(sample)).encode("utf-8")).hexdigest()[:16]
    assert (TOKENIZER, digest) == ("bigram1", "214832367fc19859")
