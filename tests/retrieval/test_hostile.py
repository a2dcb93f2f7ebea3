"""Ingest reads only what it was given, refuses what is not a document, and a refusal is cheap.

Each hostile input is built here (tests/support/hostile.py): links out of the folder to a fake
`.env` and a fake shadow file, keys and dotfiles, a FIFO, an English text and PDF, zip bombs
(honest and lying about their sizes), a workbook with too many rows, a CSV with a 200 KB
field, a large text. Time and memory of the same refusals are measured in
benchmarks/bench_refusals.py (docs/benchmarks.md).
"""
from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from core.errors import UserError
from core.limits import Limits
from retrieval.ingest import ingest_paths
from retrieval.loaders import load_file
from store import documents as store
from tests.support import hostile
from tests.support.paths import EXAMPLES

REPORT = next(p for p in sorted(EXAMPLES.glob("*.txt")) if "政府工作报告" in p.read_text(encoding="utf-8")[:200])


@pytest.fixture
def lexical_ctx(make_ctx):
    return make_ctx(DUCHA_EMBEDDING="none")


def _by_file(results):
    return {r.file: r for r in results}


def _indexed_text(ctx) -> str:
    return "\n".join(f"{r.header}\n{r.text}" for r in store.all_chunks(ctx.db))


def test_links_out_of_the_folder_secrets_and_special_files_are_never_read(lexical_ctx, tmp_path: Path) -> None:
    folder, _ = hostile.hostile_folder(tmp_path)
    (folder / "report.txt").write_bytes(REPORT.read_bytes())
    results = _by_file(ingest_paths(lexical_ctx, [folder]))
    assert results["report.txt"].status == "ingested"
    for link in ("配置说明.txt", "账户.txt", "笔记.txt", "服务器"):
        assert results[link].status == "skipped" and "所给文件夹之外" in results[link].error, results[link]
    assert results["shadow"].status == "skipped"  # a link named like a password file: refused by name first
    assert results["broken.txt"].status == "skipped"
    assert results["id_rsa"].status == "skipped" and "密钥" in results["id_rsa"].error
    assert results["server.key"].status == "skipped"
    assert results["pipe.txt"].status == "skipped" and "不是普通文件" in results["pipe.txt"].error
    assert ".env" not in results, "dotfiles are not even listed"
    for text_file in ("english.txt", "部署.txt", "backup.txt"):
        assert results[text_file].status == "error" and "不是中文文件" in results[text_file].error
    indexed = _indexed_text(lexical_ctx)
    for secret in (hostile.FAKE_TOKEN, hostile.FAKE_LLM_KEY, "FAKEHASH", "私人笔记"):
        assert secret not in indexed
    assert [d["file"] for d in store.list_documents(lexical_ctx.db)] == ["report.txt"]


def test_a_link_inside_the_folder_is_read_once_where_it_really_is(lexical_ctx, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    (folder / "2025").mkdir(parents=True)
    (folder / "2025" / "report.txt").write_bytes(REPORT.read_bytes())
    (folder / "latest.txt").symlink_to(folder / "2025" / "report.txt")
    results = ingest_paths(lexical_ctx, [folder])
    assert [(r.file, r.status) for r in results] == [("report.txt", "ingested")]


def test_secret_names_are_refused_even_when_named_explicitly(lexical_ctx, tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text(hostile.FAKE_ENV, encoding="utf-8")
    link = tmp_path / "看这里.txt"
    link.symlink_to(env)
    results = ingest_paths(lexical_ctx, [env, link])
    assert [r.status for r in results] == ["skipped", "skipped"]
    assert store.list_documents(lexical_ctx.db) == []


def test_empty_path_is_an_error_not_the_current_folder(lexical_ctx, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "report.txt").write_bytes(REPORT.read_bytes())
    (result,) = ingest_paths(lexical_ctx, [""])
    assert result.status == "error" and "路径为空" in result.error
    assert store.list_documents(lexical_ctx.db) == []


def test_unreadable_folder_is_reported(lexical_ctx, tmp_path: Path, monkeypatch) -> None:
    import os

    folder = tmp_path / "docs"
    (folder / "locked").mkdir(parents=True)
    (folder / "report.txt").write_bytes(REPORT.read_bytes())
    real_walk = os.walk

    def walk(top, **kw):  # root reads every folder; stand in for a folder we may not list
        for item in real_walk(top, **kw):
            if item[0].endswith("locked"):
                kw["onerror"](PermissionError(13, "Permission denied", item[0]))
                continue
            yield item

    monkeypatch.setattr("retrieval.gather.os.walk", walk)
    results = _by_file(ingest_paths(lexical_ctx, [folder]))
    assert results["report.txt"].status == "ingested"
    assert results["locked"].status == "error" and "无法读取文件夹" in results["locked"].error


def test_english_text_and_an_english_20000_page_pdf_are_refused(lexical_ctx, tmp_path: Path) -> None:
    (tmp_path / "annual.txt").write_text(hostile.ENGLISH * 50, encoding="utf-8")
    (tmp_path / "annual.pdf").write_bytes(hostile.english_pdf(20_000))
    (tmp_path / "short.pdf").write_bytes(hostile.english_pdf(3))
    started = time.monotonic()
    results = _by_file(ingest_paths(lexical_ctx, [tmp_path / "annual.txt", tmp_path / "annual.pdf", tmp_path / "short.pdf"]))
    assert time.monotonic() - started < 30
    assert "不是中文文件" in results["annual.txt"].error
    assert "页数太多：20000 页" in results["annual.pdf"].error
    assert "不是中文文件" in results["short.pdf"].error
    assert store.list_documents(lexical_ctx.db) == []


def test_chinese_text_without_report_structure_is_refused(lexical_ctx, tmp_path: Path) -> None:
    path = tmp_path / "随笔.txt"
    path.write_text("今天天气很好，我们去公园散步，看见湖里有很多鱼，孩子们在草地上奔跑玩耍，老人们在树下下棋聊天。" * 5, encoding="utf-8")
    (result,) = ingest_paths(lexical_ctx, [path])
    assert result.status == "error" and "不像政府工作报告" in result.error


def _peak_mb(fn) -> tuple[float, object]:
    tracemalloc.start()
    try:
        outcome = fn()
    except UserError as exc:
        outcome = exc
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20, outcome


@pytest.mark.parametrize("lie", [False, True], ids=["honest", "lying-sizes"])
def test_docx_zip_bomb_is_refused_before_inflating(tmp_path: Path, lie: bool) -> None:
    bomb = hostile.zip_bomb(tmp_path / "bomb.docx", inflated_mb=300, lie=lie)
    assert bomb.stat().st_size < 2 * 2**20
    started = time.monotonic()
    peak, outcome = _peak_mb(lambda: load_file(bomb))
    assert isinstance(outcome, UserError)
    assert ("压缩比异常" in str(outcome) or "解压后太大" in str(outcome)) if not lie else ("不符" in str(outcome)), outcome
    assert time.monotonic() - started < 20 and peak < 64, peak


def test_archive_limits_are_settings(tmp_path: Path) -> None:
    """The same 40 MB member passes a generous setting and is refused under a tight one."""
    from retrieval.zip_guard import check_archive

    data = hostile.zip_bomb(tmp_path / "big.docx", inflated_mb=40).read_bytes()
    check_archive(data, Limits(unzipped_bytes=200 * 2**20, zip_ratio=100_000), bad="bad")
    with pytest.raises(UserError, match="解压后太大"):
        check_archive(data, Limits(unzipped_bytes=20 * 2**20, zip_ratio=100_000), bad="bad")
    with pytest.raises(UserError, match="压缩比异常"):
        check_archive(data, Limits(unzipped_bytes=200 * 2**20, zip_ratio=100), bad="bad")


def test_xlsx_with_too_many_rows_is_refused_streaming(tmp_path: Path) -> None:
    book = hostile.xlsx_rows(tmp_path / "big.xlsx", 6_000)
    peak, outcome = _peak_mb(lambda: load_file(book))
    assert isinstance(outcome, UserError) and "行数太多" in str(outcome)
    assert peak < 64, peak


def test_csv_field_of_200_kb_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("序号,工作任务,牵头单位\n1," + "很长" * 100_000 + ",市财政局\n", encoding="utf-8")
    with pytest.raises(UserError, match="单元格"):
        load_file(path)


def test_large_text_is_refused_by_size_before_reading(make_ctx, tmp_path: Path) -> None:
    ctx = make_ctx(DUCHA_EMBEDDING="none", DUCHA_MAX_FILE_MB="5")
    big = hostile.large_text(tmp_path / "big.txt", mb=8)
    started = time.monotonic()
    (result,) = ingest_paths(ctx, [big])
    assert result.status == "error" and "文件太大" in result.error and "DUCHA_MAX_FILE_MB" in result.error
    assert time.monotonic() - started < 5
    assert store.list_documents(ctx.db) == []


def test_text_and_chunk_limits(make_ctx, tmp_path: Path) -> None:
    big = hostile.large_text(tmp_path / "big.txt", mb=1)
    ctx = make_ctx(DUCHA_EMBEDDING="none", DUCHA_MAX_TEXT_CHARS="100000")
    (result,) = ingest_paths(ctx, [big])
    assert "文字太多" in result.error
    ctx = make_ctx(DUCHA_EMBEDDING="none", DUCHA_MAX_CHUNKS="50")
    (result,) = ingest_paths(ctx, [big])
    assert "段的上限" in result.error
    assert store.list_documents(ctx.db) == []


def test_plan_of_too_many_tasks_is_refused(make_ctx, tmp_path: Path) -> None:
    lines = ["2025年市《政府工作报告》重点工作责任分工方案", "具体工作任务和要求\t牵头领导\t牵头单位\t责任单位", "一、推动科技创新。\t\t\t"]
    lines += [f"{i}. 推进第{i}项重点工作，年底前完成。\t张明\t市科技局\t市财政局" for i in range(1, 121)]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (result,) = ingest_paths(make_ctx(DUCHA_EMBEDDING="none", DUCHA_MAX_TABLE_ROWS="100"), [path])
    assert result.status == "error" and "行数太多" in result.error
    (result,) = ingest_paths(make_ctx(DUCHA_EMBEDDING="none"), [path])
    assert result.status == "ingested" and result.tasks == 120, result
