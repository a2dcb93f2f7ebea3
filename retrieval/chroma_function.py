"""Chroma's view of our embedder, kept apart from retrieval/embed.py so that importing the
embedders never imports Chroma (~0.3 s and ~50 MB): only opening a collection does.

Registered by name so that a collection created by one process is reopened by another with
the same model, never with Chroma's default (which would download an ONNX model).
"""
from __future__ import annotations

from typing import Any

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from retrieval.embed import make_embedder


@register_embedding_function
class DuchaEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma's view of our embedder. Registered by name so that a collection created
    by one process is reopened by another with the same model, never Chroma's default."""

    def __init__(self, spec: str = "default") -> None:
        self.spec = spec

    @staticmethod
    def name() -> str:
        return "ducha"

    def __call__(self, input: Documents) -> Embeddings:
        embedder = make_embedder(self.spec)
        if embedder is None:
            raise RuntimeError(f"embedding {self.spec!r} unavailable")
        return [v for v in embedder.passages(list(input))]

    def embed_query(self, input: Documents) -> Embeddings:
        embedder = make_embedder(self.spec)
        if embedder is None:
            raise RuntimeError(f"embedding {self.spec!r} unavailable")
        return [embedder.query(t) for t in input]

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def supported_spaces(self) -> list[str]:  # type: ignore[override]
        return ["cosine"]

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "DuchaEmbeddingFunction":
        return DuchaEmbeddingFunction(config.get("spec", "default"))

    def get_config(self) -> dict[str, Any]:
        return {"spec": self.spec}
