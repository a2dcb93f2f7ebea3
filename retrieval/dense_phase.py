"""The second phase of an ingest: dense vectors for reports already answerable by BM25.

Encoding passages is 97 % of an ingest's time (45–86 s for the sample corpus on two cores),
so `ingest` commits chunks to SQLite first — search answers from BM25 at once — and this
phase embeds afterwards: in the same command with a progress bar, in `ducha embed`, or in a
background thread of `ducha run`. A document is marked embedded (`documents.embedding`) only
after its vectors reached Chroma, so a crash here leaves it pending and the next run resumes;
re-upserting the same chunk ids is idempotent. Search fuses dense ranks only for documents
that have them; `search --json` lists the ones still pending.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from retrieval.chunk import HEADER_SEP, SECTION_SEP, Chunk
from retrieval.embed import embed_passages, is_off, known_key
from retrieval.meta import DocMeta
from store import documents as store

log = logging.getLogger(__name__)

# What the dense model reads of a chunk (issue 15, "embed less"): "<header>" or "<header>:<K>".
# The "title｜section" header is 13 % of the tokens and repeats on every chunk of a section; BM25
# always keeps the whole chunk with its full header (it carries "南昌", "2024年"), and region/year
# reach dense search as Chroma filters anyway. Headers:
#   "chunk":   "title｜section path" on every chunk (before issue 15)
#   "dedupe":  the same, without the innermost heading when the text starts with it (the first
#              chunk of a "（五）…" section reads that heading in its own text)
#   "section": "title｜section path" on the first chunk of each section only
#   "path":    the section path alone on every chunk (no document title)
#   "compact": region + plan year + the innermost heading ("南昌市2024年｜（五）…")
#   "none":    the text alone
# ":K" embeds only the first K characters of the text: the model's cost is ~linear in tokens
# (a little more, attention), and a chunk's opening carries its topic; BM25 reads the rest.
# Measured in docs/benchmarks.md ("embed less"): "dedupe:240" costs 0.79× the CPU per chunk at
# the same hit@1/hit@5 of fused search. It changed two eval answers while a content-free half
# question ("…民生支出多少，占比多少") was searched bare and decided by a dense near-tie; that half
# is now searched with the subject before it (answers/multipart.py), and no answer changes. The embedding
# cache is keyed by the hash of exactly this text, so a changed variant never reuses a stale
# vector, and `documents.embedding` names the variant (see `embedding_marker`), so an index
# embedded under another one is re-embedded, not mixed.
DENSE_HEADER = "dedupe:240"
HEADERS = ("chunk", "dedupe", "section", "path", "compact", "none")


def parse_variant(variant: str) -> tuple[str, int | None]:
    """"dedupe:240" → ("dedupe", 240); "chunk" → ("chunk", None)."""
    header, _, chars = variant.partition(":")
    if header not in HEADERS or (chars and not chars.isdigit()):
        raise ValueError(f"unknown dense text variant: {variant!r}")
    return header, int(chars) if chars else None


def deduped_header(row: store.ChunkRow) -> str:
    """"title｜一、… › （五）…" → "title｜一、…" when the text starts with "（五）…"."""
    parts = row.section.split(SECTION_SEP) if row.section else []
    if parts and row.text.startswith(parts[-1]):
        parts = parts[:-1]
    return f"{row.title}{HEADER_SEP}{SECTION_SEP.join(parts)}" if parts else row.title


def compact_header(row: store.ChunkRow) -> str:
    """"南昌市2024年｜（五）提升生态文明水平": which report, and the innermost heading only."""
    which = f"{row.region or ''}{f'{row.year}年' if row.year else ''}" or row.title
    inner = row.section.rsplit(SECTION_SEP, 1)[-1] if row.section else ""
    if inner and row.text.startswith(inner):
        inner = ""
    return f"{which}{HEADER_SEP}{inner}" if inner else which


def dense_texts(rows: list[store.ChunkRow], variant: str | None = None) -> list[str]:
    """The text embedded for each chunk row (same order)."""
    header, chars = parse_variant(variant or DENSE_HEADER)
    out: list[str] = []
    previous = None
    for r in rows:
        first_in_section = r.header != previous
        previous = r.header
        text = r.text[:chars] if chars else r.text
        if header == "chunk" or (header == "section" and first_in_section):
            out.append(f"{r.header}\n{text}")
        elif header == "dedupe":
            out.append(f"{deduped_header(r)}\n{text}")
        elif header == "path" and r.section:
            out.append(f"{r.section}\n{text}")
        elif header == "compact":
            out.append(f"{compact_header(r)}\n{text}")
        else:
            out.append(text)
    return out


def embedding_marker(key: str) -> str:
    """What `documents.embedding` records: the model's key, and what of a chunk it read when
    that is not the original "header + text" (vectors of another variant are re-embedded, not mixed)."""
    return key if DENSE_HEADER == "chunk" else f"{key}/{DENSE_HEADER}"


def pending_documents(ctx: Any) -> list[dict]:
    """Reports whose chunks have no vectors of the current dense model (empty: dense is off).

    The built-in model is named without loading it: `ducha run` asks this at start, and an
    index with nothing pending then never loads the model (~9 MB, 0.3 s) before a dense query."""
    spec = ctx.settings.embedding
    if is_off(spec):
        return []
    key = known_key(spec)
    if key is None:
        embedder = ctx.index.embedder
        if embedder is None:
            return []
        key = embedder.key
    marker = embedding_marker(key)
    return [d for d in store.list_documents(ctx.db) if d["kind"] == "report" and d["chunks"] and d.get("embedding") != marker]


def embed_document(ctx: Any, doc: dict) -> int:
    """Vectors for one document's committed chunks; returns how many chunks were embedded."""
    index = ctx.index
    embedder = index.embedder
    rows = store.chunks_of(ctx.db, doc["id"])
    texts = [f"{r.header}\n{r.text}" for r in rows]  # what Chroma keeps as the document
    vectors = embed_passages(ctx.db, embedder, dense_texts(rows))
    meta = DocMeta(kind=doc["kind"], region=doc["region"], year=doc["year"], title=doc["title"])
    metadatas = [
        chroma_meta(Chunk(r.seq, r.section, r.span_year, r.text, r.header, r.id), doc["path"], doc["file"], meta)
        for r in rows
    ]
    index.upsert([r.id for r in rows], vectors, texts, metadatas)
    index.prune(doc["path"], {r.id for r in rows})
    store.mark_embedded(ctx.db, doc["id"], content_hash=doc["content_hash"], model=embedding_marker(embedder.key))
    _embed_review_clauses(ctx, doc)
    return len(rows)


def _embed_review_clauses(ctx: Any, doc: dict) -> None:
    """The clauses of the report's review of the year before, into the embedding cache: the
    commitment check reads them there (answers.review_related) instead of embedding ~300
    clauses at its first run. Optional: a failure costs the first review time, nothing else."""
    if doc["kind"] != "report" or not doc.get("year"):
        return
    from retrieval.review_part import review_clauses, review_part
    from store.review import ReportRef

    try:
        ref = ReportRef(doc["id"], doc["file"], doc["path"], doc["title"], doc["region"], doc["year"], doc["kind"])
        clauses = review_clauses(review_part(ctx.db, ref, doc["year"] - 1).sentences)
        if clauses:
            embed_passages(ctx.db, ctx.index.embedder, [c for c, _ in clauses])
    except Exception as exc:  # noqa: BLE001 - optional work, logged
        log.warning("dense: review clauses of %s not embedded (%s)", doc["file"], type(exc).__name__)


def embed_pending(ctx: Any, *, on_progress: Callable[[dict, int, int], None] | None = None) -> int:
    """Embed every pending document, one at a time; returns the number of documents done.

    `on_progress(doc, done_chunks, total_chunks)` is called after each document."""
    docs = pending_documents(ctx)
    if docs and ctx.index.embedder is None:  # the model did not load: one warning said why
        return 0
    total = sum(d["chunks"] for d in docs)
    done = 0
    for doc in docs:
        done += embed_document(ctx, doc)
        if on_progress:
            on_progress(doc, done, total)
    return len(docs)


def embed_in_background(make_ctx: Callable[[], Any]) -> threading.Thread:
    """`ducha run`: embed what an earlier `ingest --no-wait` left, without delaying start-up.

    The thread builds its own context (a SQLite connection belongs to one thread); a failure
    logs one line and leaves the documents pending, answerable by BM25."""

    def work() -> None:
        ctx = make_ctx()
        try:
            n = embed_pending(ctx)
            if n:
                log.info("已为 %d 个文件补算语义向量", n)
        except Exception as exc:  # optional work: search goes on with BM25
            # one line in ducha.log; the terminal is left to what stops the bot, if anything does
            log.warning("后台语义向量计算失败，先用关键词检索：%s", f"{type(exc).__name__}: {exc}".splitlines()[0],
                        extra={"file_only": True})
        finally:
            ctx.close()

    thread = threading.Thread(target=work, name="ducha-embed", daemon=True)
    thread.start()
    return thread


def chroma_meta(chunk: Chunk, path: str, file: str, meta: DocMeta) -> dict:
    values = {
        "path": path,
        "file": file,
        "kind": meta.kind,
        "region": meta.region,
        "year": meta.year,
        "span_year": chunk.span_year,
        "section": chunk.section,
        "seq": chunk.seq,
    }
    return {k: v for k, v in values.items() if v is not None}
