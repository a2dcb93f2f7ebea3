"""Optional LLM phrasing (DUCHA_LLM_*): rewrite the extractive answer from its sources only.

The LLM may only help: it sees the question, the retrieved passages and the extractive draft,
and its reply is accepted only when every figure in it stands in those passages and the
draft's key figures survive. On a mismatch, a timeout or any error the extractive answer is
returned unchanged, so a flaky endpoint never costs a correct answer.
"""
from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any

from answers.compose import Answer, fit
from answers.evidence import NUMBER
from prompts import answers as P

log = logging.getLogger(__name__)

_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def get_model(settings: Any) -> Any | None:
    """A LangChain chat model for the configured OpenAI-compatible endpoint (None if unset)."""
    if not settings.llm_enabled:
        return None
    from langchain_openai import ChatOpenAI

    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-needed"
    return ChatOpenAI(
        model=settings.llm_model,
        base_url=settings.llm_base_url,
        api_key=key,
        timeout=settings.llm_timeout,
        max_retries=0,
        temperature=0,
    )


def build_messages(question: str, draft: str, sources: list[dict]) -> list[tuple[str, str]]:
    context = "\n\n".join(
        P.LLM_CONTEXT_ITEM.format(n=i + 1, title=s.get("title", ""), section=s.get("section", ""), text=s.get("text", ""))
        for i, s in enumerate(sources)
    )
    return [("system", P.LLM_SYSTEM), ("human", P.LLM_USER.format(question=question, context=context, draft=draft))]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def figures_ok(reply: str, draft_head: str, sources: list[dict]) -> bool:
    """Every number in the reply appears in the sources; the draft's figures are kept."""
    corpus = _flat(" ".join(s.get("text", "") for s in sources)) + _flat(draft_head)
    flat_reply = _flat(reply)
    for m in _BARE_NUMBER.finditer(flat_reply):
        if m.group(0) not in corpus:
            return False
    for m in NUMBER.finditer(draft_head):
        if _flat(m.group(0)) not in flat_reply:
            return False
    return True


def rephrase(ctx: Any, question: str, answer: Answer, *, model: Any | None = None) -> Answer:
    """The LLM's wording of `answer`, or `answer` itself when it cannot be trusted."""
    if not answer.sources:
        return answer
    lines = answer.answer.split("\n")
    source_line = lines[-1] if lines and lines[-1].startswith(P.SOURCE_MARK) else ""
    draft_head = lines[0] if lines else answer.answer
    try:
        model = model or get_model(ctx.settings)
        if model is None:
            return answer
        reply = model.invoke(build_messages(question, answer.answer, answer.sources))
        text = str(getattr(reply, "content", reply) or "").strip()
    except Exception as exc:  # noqa: BLE001 - timeout, HTTP error, bad key: stay extractive
        log.warning("LLM failed, extractive answer kept: %s", exc.__class__.__name__)
        return answer
    if not text or "没有找到" in text or not figures_ok(text, draft_head, answer.sources):
        log.info("LLM reply rejected (figures not in sources)")
        return answer
    body = fit(text, 480 - len(source_line))
    return replace(answer, answer=body + ("\n" + source_line if source_line else ""))
