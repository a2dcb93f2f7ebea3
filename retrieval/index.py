"""The retrieval index: chunks in SQLite (truth), BM25 in memory, vectors in Chroma.

`ctx.index` holds one `Index` per process. The BM25 model is built on first use
and rebuilt only when `index_state.generation` moved (an ingest in this or another
process), so a bot answering many questions pays for it once. Chroma is opened
lazily too: `DUCHA_EMBEDDING=none` never touches it.
"""
from __future__ import annotations

import logging
from core import lazy_re as re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence
from urllib.parse import urlparse

from core.errors import UserError
from core.private import private_dir, tighten_tree
from prompts import ingest as msg
from retrieval.embed import Embedder, make_embedder, query_vector
from retrieval import postings
from retrieval.lexical import BM25, Segment
from store import documents as store

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)


@dataclass
class Lexical:
    generation: int
    rows: list[store.ChunkRow]
    bm25: BM25
    position: dict[str, int]  # chunk id -> row index


class Index:
    def __init__(self, settings: Any, db: Any) -> None:
        self.settings = settings
        self.db = db
        self._lock = threading.Lock()
        self._lexical: Lexical | None = None
        self._segments: dict[tuple, tuple[list[store.ChunkRow], Segment]] = {}
        self._client: Any = None
        self._collection: Any = None
        self._embedder: Embedder | None = None
        self._embedder_loaded = False

    # --- dense -------------------------------------------------------------------
    @property
    def embedder(self) -> Embedder | None:
        if not self._embedder_loaded:
            key = self.settings.embedding_api_key.get_secret_value() if self.settings.embedding_api_key else None
            self._embedder = make_embedder(self.settings.embedding, key)
            self._embedder_loaded = True
        return self._embedder

    def client(self) -> Any:
        if self._client is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            chroma_settings = ChromaSettings(anonymized_telemetry=False)
            if self.settings.chroma_url:
                url = urlparse(self.settings.chroma_url)
                try:
                    self._client = chromadb.HttpClient(
                        host=url.hostname or "127.0.0.1",
                        port=url.port or (443 if url.scheme == "https" else 8000),
                        ssl=url.scheme == "https",
                        settings=chroma_settings,
                    )
                except Exception as exc:
                    raise UserError(msg.CHROMA_UNREACHABLE.format(url=self.settings.chroma_url, reason=exc)) from exc
            else:
                private_dir(self.settings.chroma_path)
                self._client = chromadb.PersistentClient(path=str(self.settings.chroma_path), settings=chroma_settings)
                tighten_tree(self.settings.chroma_path)
        return self._client

    def collection(self) -> Any | None:
        """The Chroma collection of the current embedding model, or None (BM25 only)."""
        embedder = self.embedder
        if embedder is None:
            return None
        if self._collection is None:
            from retrieval.chroma_function import DuchaEmbeddingFunction

            self._collection = self.client().get_or_create_collection(
                name=collection_name(embedder.key),
                embedding_function=DuchaEmbeddingFunction(self.settings.embedding),
            )
        return self._collection

    def upsert(self, ids: Sequence[str], vectors: np.ndarray, texts: Sequence[str], metadatas: Sequence[dict]) -> None:
        collection = self.collection()
        if collection is None or not ids:
            return
        for start in range(0, len(ids), 500):
            end = start + 500
            collection.upsert(
                ids=list(ids[start:end]),
                embeddings=[v for v in vectors[start:end]],
                documents=list(texts[start:end]),
                metadatas=list(metadatas[start:end]),
            )
        if not self.settings.chroma_url:
            tighten_tree(self.settings.chroma_path)  # segments Chroma created under a loose umask

    def prune(self, path: str, keep: set[str]) -> None:
        """Delete a document's vectors that are no longer its committed chunks (an older
        version, or what a crashed ingest left behind)."""
        collection = self.collection()
        if collection is None:
            return
        ids = collection.get(where={"path": path}, include=[])["ids"]
        stale = [i for i in ids if i not in keep]
        if stale:
            collection.delete(ids=stale)

    def dense_ranking(self, query: str, *, n: int, where: dict | None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity), best first; empty when dense search is off."""
        collection = self.collection()
        embedder = self.embedder
        if collection is None or embedder is None or n <= 0:
            return []
        vector = query_vector(embedder, query)
        result = collection.query(query_embeddings=[vector], n_results=n, where=where or None, include=["distances"])
        if not result["ids"]:
            return []
        return [(i, 1.0 - float(d)) for i, d in zip(result["ids"][0], result["distances"][0])]

    # --- lexical -----------------------------------------------------------------
    def lexical(self) -> Lexical:
        """The BM25 view of what SQLite has committed, refreshed when the generation moved.

        Segments are kept per document version, so after an ingest only the new document is
        read; its postings come from the `postings` table written at ingest (tokenized only
        when absent); the rest of the refresh is list and array concatenation."""
        current = store.generation(self.db)
        with self._lock:
            if self._lexical is None or self._lexical.generation != current:
                docs = store.indexed_documents(self.db)
                new = [(key[0], key[1]) for key in docs if key not in self._segments]
                stored = store.load_postings(self.db, new, postings.KEY) if new else {}
                segments: dict[tuple, tuple[list[store.ChunkRow], Segment]] = {}
                for key in docs:
                    cached = self._segments.get(key)
                    if cached is None:
                        doc_rows = store.chunks_of(self.db, key[0])
                        cached = (doc_rows, _segment(doc_rows, stored.get(key[0])))
                    segments[key] = cached
                self._segments = segments
                rows = [row for doc_rows, _ in segments.values() for row in doc_rows]
                bm25 = BM25(segments=[segment for _, segment in segments.values()])
                self._lexical = Lexical(current, rows, bm25, {r.id: i for i, r in enumerate(rows)})
            return self._lexical

    def invalidate(self) -> None:
        with self._lock:
            self._lexical = None


def _segment(rows: list[store.ChunkRow], stored: dict[str, bytes] | None) -> Segment:
    """A document's postings: as stored at ingest when they are there and fit its chunks,
    else built from the chunks (a data folder ingested before postings were stored)."""
    if stored is not None:
        segment = postings.unpack(postings.Packed(**stored))
        if segment is not None and segment.size == len(rows):
            return segment
    return postings.build(rows)


def collection_name(key: str) -> str:
    return "ducha_" + re.sub(r"[^a-zA-Z0-9_-]", "_", key)


def open_index(ctx: Any) -> Index:
    return Index(ctx.settings, ctx.db)
