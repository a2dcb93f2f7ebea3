"""A LangChain retriever over `retrieval.search`, for LLM chains that expect one.

The fusion, filters and query normalisation stay in `search`; this only converts
hits to LangChain `Document`s (text + hit fields as metadata)."""
from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from retrieval.search import search


class DuchaRetriever(BaseRetriever):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    ctx: Any
    k: int = 5
    region: str | None = None
    year: int | None = None
    kind: str | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        hits = search(self.ctx, query, k=self.k, region=self.region, year=self.year, kind=self.kind)
        return [Document(page_content=h.text, metadata={k: v for k, v in h.to_dict().items() if k != "text"}) for h in hits]
