"""Ingest and search through the library and the CLI, BM25 only (fast): incremental and
transactional ingest, bad input, filters, and one index reused across queries."""
from __future__ import annotations

from tests.support.paths import EXAMPLES

import json
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from retrieval.documents import list_documents
from retrieval.ingest import ingest_paths
from retrieval.search import search

from tests.support.retrieval_pdf import blank_pdf

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


def test_ingest_reads_meta_from_text_and_search_finds_the_target(lexical_ctx, report: Path) -> None:
    [result] = ingest_paths(lexical_ctx, [report])
    assert result.status == "ingested", result.error
    assert (result.kind, result.region, result.year) == ("report", "示例市", 2025)
    assert result.title == "示例市2025年政府工作报告"
    assert result.chunks > 5 and result.missing == []
    hits = search(lexical_ctx, "示例市今年GDP增长目标是多少？")
    assert "地区生产总值增长5.5%左右" in hits[0].text
    assert hits[0].section == "二、2025年工作安排"
    assert (hits[0].region, hits[0].year, hits[0].file) == ("示例市", 2025, "report.txt")
    assert hits[0].lexical_score > 0 and hits[0].dense_score is None  # BM25 only here
    glossary = search(lexical_ctx, "强链工程是什么意思", k=1)[0]
    assert glossary.section.startswith("名词解释") and "三条产业链" in glossary.text


def test_second_ingest_is_unchanged_and_writes_nothing(lexical_ctx, report: Path) -> None:
    ingest_paths(lexical_ctx, [report])
    generation = lexical_ctx.db.execute("SELECT value FROM index_state WHERE key='generation'").fetchone()[0]
    [again] = ingest_paths(lexical_ctx, [report])
    assert again.status == "unchanged" and again.chunks > 0 and again.region == "示例市"
    assert lexical_ctx.db.execute("SELECT value FROM index_state WHERE key='generation'").fetchone()[0] == generation


def test_changed_file_replaces_its_old_version(lexical_ctx, report: Path) -> None:
    ingest_paths(lexical_ctx, [report])
    report.write_text(report.read_text(encoding="utf-8").replace("增长5.5%左右", "增长6.2%左右"), encoding="utf-8")
    [result] = ingest_paths(lexical_ctx, [report])
    assert result.status == "ingested"
    texts = " ".join(h.text for h in search(lexical_ctx, "示例市2025年地区生产总值增长目标", k=10))
    assert "6.2%左右" in texts and "5.5%左右" not in texts
    assert len(list_documents(lexical_ctx.db)) == 1
    count = lexical_ctx.db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
    assert count == result.chunks


def test_crash_while_replacing_keeps_the_previous_version(lexical_ctx, report: Path, monkeypatch) -> None:
    ingest_paths(lexical_ctx, [report])
    report.write_text(report.read_text(encoding="utf-8").replace("增长5.5%左右", "增长6.2%左右"), encoding="utf-8")
    import store.documents

    real = store.documents.replace_document

    def crash_inside_transaction(db, doc, chunks):
        from store.db import transaction

        with transaction(db):  # half the write happens, then the power goes
            db.execute("DELETE FROM chunks")
            raise RuntimeError("power cut")

    monkeypatch.setattr(store.documents, "replace_document", crash_inside_transaction)
    [crashed] = ingest_paths(lexical_ctx, [report])
    assert crashed.status == "error" and "power cut" in crashed.error
    monkeypatch.setattr(store.documents, "replace_document", real)
    texts = " ".join(h.text for h in search(lexical_ctx, "示例市2025年地区生产总值增长目标", k=10))
    assert "5.5%左右" in texts and "6.2%左右" not in texts
    [retry] = ingest_paths(lexical_ctx, [report])
    assert retry.status == "ingested"


def test_folder_with_bad_files_ingests_the_good_ones_and_exits_2(make_ctx, tmp_path: Path, capsys, monkeypatch) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(EXAMPLE_REPORT, folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "random.pdf").write_bytes(bytes(range(256)) * 40)
    (folder / "scan.pdf").write_bytes(blank_pdf())
    (folder / "notes.xyz").write_text("政府工作报告", encoding="utf-8")
    (folder / "garbage.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "README.md").write_text("# 说明：这里放报告", encoding="utf-8")  # documentation, skipped
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DUCHA_EMBEDDING", "none")
    code = main(["ingest", str(folder), "--json"])
    assert code == 2
    files = {f["file"]: f for f in json.loads(capsys.readouterr().out)["files"]}
    assert set(files) == {"good.txt", "empty.txt", "random.pdf", "scan.pdf", "notes.xyz", "garbage.txt"}
    assert files["good.txt"]["status"] == "ingested" and files["good.txt"]["region"] == "示例市"
    assert files["scan.pdf"]["error"] == "没有文本层，请先做 OCR"
    for name in ("empty.txt", "random.pdf", "notes.xyz", "garbage.txt"):
        assert files[name]["status"] == "error" and files[name]["error"] and "\n" not in files[name]["error"]
    ctx = make_ctx(DUCHA_DATA_DIR=str(tmp_path / "var"))
    assert [d.file for d in list_documents(ctx.db)] == ["good.txt"]  # nothing half-written


def test_cli_plain_summary_and_search(tmp_path: Path, report: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DUCHA_EMBEDDING", "none")
    assert main(["ingest", str(report)]) == 0
    out = capsys.readouterr().out
    assert "已导入" in out and "示例市" in out and "2025" in out and "\x1b[" not in out  # no progress bar off a TTY
    assert main(["ingest", str(report)]) == 0
    assert "未变化" in capsys.readouterr().out
    assert main(["search", "老旧小区改造", "--k", "2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["hits"]) == 2
    assert {"text", "file", "title", "region", "year", "section", "score", "chunk_id"} <= set(data["hits"][0])
    assert main(["search", "老旧小区改造", "--region", "示例市", "--year", "2024"]) == 0
    plain = capsys.readouterr().out
    assert "改造老旧小区86个" in plain  # the 2024 review, found through the year it speaks of
    assert main(["search", "老旧小区改造", "--region", "抚州"]) == 0
    assert "没有找到" in capsys.readouterr().out
    assert main(["ingest", str(tmp_path / "nope.txt")]) == 2
    assert main(["search", "  "]) == 2


def test_filters_region_year_and_kind(lexical_ctx, report: Path) -> None:
    ingest_paths(lexical_ctx, [report])
    assert search(lexical_ctx, "老旧小区", region="示例") and search(lexical_ctx, "老旧小区", region="示例市")
    assert search(lexical_ctx, "老旧小区", region="南昌市") == []
    assert search(lexical_ctx, "老旧小区", year=2023) == []
    assert all(h.span_year == 2024 or h.year == 2024 for h in search(lexical_ctx, "老旧小区", year=2024))
    assert search(lexical_ctx, "老旧小区", kind="plan") == []


def test_index_is_built_once_and_refreshed_after_an_ingest(make_ctx, lexical_ctx, report: Path, tmp_path: Path) -> None:
    ingest_paths(lexical_ctx, [report])
    search(lexical_ctx, "老旧小区")
    built = lexical_ctx.index.lexical()
    search(lexical_ctx, "新建城市公园")
    assert lexical_ctx.index.lexical() is built  # reused across queries
    other = make_ctx(now="2025-03-01T09:00", DUCHA_EMBEDDING="none")  # another process on the same data
    second = tmp_path / "in" / "second.txt"
    second.write_text(report.read_text(encoding="utf-8").replace("示例市", "样板市"), encoding="utf-8")
    ingest_paths(other, [second])
    assert any(h.region == "样板市" for h in search(lexical_ctx, "样板市老旧小区改造"))
    assert lexical_ctx.index.lexical() is not built


def test_table_that_is_not_a_plan_is_refused(lexical_ctx, tmp_path: Path) -> None:
    path = tmp_path / "prices.csv"
    path.write_text("品名,价格\n大米,5\n面粉,4\n" * 5, encoding="utf-8")
    [result] = ingest_paths(lexical_ctx, [path])
    assert result.status == "error" and result.error


def test_langchain_retriever_returns_documents_with_sources(lexical_ctx, report: Path) -> None:
    from retrieval.lc_retriever import DuchaRetriever

    ingest_paths(lexical_ctx, [report])
    docs = DuchaRetriever(ctx=lexical_ctx, k=2, region="示例市").invoke("城镇新增就业目标")
    assert docs and "3.5万人以上" in docs[0].page_content
    assert docs[0].metadata["region"] == "示例市" and docs[0].metadata["section"]
