"""Optional LLM phrasing (DUCHA_LLM_*): the model rewords the extractive answer, never its facts.

The model sees the question, the evidence the extractive answer stands on and that answer,
and its reply is sent only when `answers.grounding` finds every figure, year, region, unit
and leader in it bound to that evidence. Anything else — a figure from elsewhere, a changed
qualifier or unit, another year or region, an owner the registry does not list, a timeout,
an HTTP error, a reply that is not a chat completion — sends the extractive answer, with one
log line saying why. `Answer.phrasing` records which ("llm", "fallback:<reason>", "skipped:no_evidence"), so
`ducha eval --llm` can count them.

The endpoint is called over plain HTTP (any OpenAI-compatible `/chat/completions`: DeepSeek,
Qwen/DashScope, Ollama, vLLM), so the errors to expect are httpx's and JSON's, caught by name.
"""
from __future__ import annotations

import json
import logging
from core import lazy_re as re
from dataclasses import replace
from typing import Any

import httpx

from answers import backends as B
from answers import grounding as G
from answers.compose import Answer, Evidence, fit, source_line
from answers.figures import figures
from prompts import answers as P

log = logging.getLogger(__name__)

# fallback reasons besides the grounding ones (answers.grounding)
TIMEOUT = "timeout"
HTTP = "http_error"
MALFORMED = "malformed"
DECLINED = "declined"  # the model said the documents do not hold it
NO_EVIDENCE = "no_evidence"  # nothing to bind a wording to (a definition, an office holder): not asked

MAX_TEXT = 480
MAX_TASKS = 6


class Malformed(ValueError):
    """The endpoint answered 200 with something that is not a chat completion."""


def client_for(settings: Any) -> httpx.Client:
    """An HTTP client for the configured endpoint: a proxy from the environment for a hosted
    model, never for one on this machine."""
    local = httpx.URL(settings.llm_base_url).host in ("127.0.0.1", "localhost", "::1")
    return httpx.Client(timeout=settings.llm_timeout, trust_env=not local)


def chat(settings: Any, messages: list[dict], *, client: httpx.Client | None = None) -> str:
    """One chat completion from the configured endpoint: the first choice's message text."""
    url = settings.llm_base_url.rstrip("/") + "/chat/completions"
    headers = {"Content-Type": "application/json"}
    if settings.llm_api_key:
        headers["Authorization"] = "Bearer " + settings.llm_api_key.get_secret_value()
    body = {"model": settings.llm_model, "messages": messages, "temperature": 0, "stream": False}
    own = client is None
    client = client or client_for(settings)
    try:
        resp = client.post(url, json=body, headers=headers)
        resp.raise_for_status()
        data = resp.json()
    finally:
        if own:
            client.close()
    try:
        content = data["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as exc:
        raise Malformed(f"no choices[0].message.content ({exc.__class__.__name__})") from None
    if not isinstance(content, str):
        raise Malformed("content is not text")
    return content


def build_messages(question: str, answer: Answer, evidence: list[Evidence]) -> list[dict]:
    """The prompt: the evidence the answer stands on (not every retrieved passage: less to
    mix up) and the extractive answer, to be reworded."""
    items = []
    for i, e in enumerate(evidence):
        items.append(P.LLM_EVIDENCE_ITEM.format(n=i + 1, region=e.region or "", year=e.year or "",
                                               title=e.title, section=e.section, clause=e.clause,
                                               sentence=e.sentence or e.clause))
    for t in answer.tasks[:MAX_TASKS]:
        items.append(P.LLM_TASK_ITEM.format(n=len(items) + 1, code=t.get("code", ""), text=t.get("text", ""),
                                           leaders="、".join(t.get("leaders") or []) or "—",
                                           leads="、".join(t.get("lead_units") or []) or "—",
                                           cos="、".join(t.get("co_units") or []) or "—",
                                           due=t.get("due") or "—"))
    user = P.LLM_USER.format(question=question, context="\n\n".join(items), draft=answer.answer)
    return [{"role": "system", "content": P.LLM_SYSTEM}, {"role": "user", "content": user}]


def rephrase(ctx: Any, question: str, answer: Answer, *, client: httpx.Client | None = None) -> Answer:
    """The model's wording of `answer` when it is bound to the evidence; else `answer` itself,
    marked with why."""
    evidence = list(answer.evidence) or [G.task_evidence(t) for t in answer.tasks[:MAX_TASKS]]
    if not evidence:
        log.info("LLM not asked (%s), extractive answer kept: %s", NO_EVIDENCE, question[:40])
        return replace(answer, phrasing="skipped:" + NO_EVIDENCE)
    try:
        text = chat(ctx.settings, build_messages(question, answer, evidence), client=client).strip()
    except httpx.TimeoutException as exc:
        return replace(answer, phrasing=_fallback(TIMEOUT, exc.__class__.__name__, question))
    except httpx.HTTPStatusError as exc:
        return replace(answer, phrasing=_fallback(HTTP, f"HTTP {exc.response.status_code}", question))
    except httpx.HTTPError as exc:
        return replace(answer, phrasing=_fallback(HTTP, exc.__class__.__name__, question))
    except (json.JSONDecodeError, UnicodeDecodeError, Malformed) as exc:
        return replace(answer, phrasing=_fallback(MALFORMED, str(exc)[:80], question))
    text = _strip_sources(text)
    if not text:
        return replace(answer, phrasing=_fallback(MALFORMED, "empty reply", question))
    if "没有找到" in text:
        return replace(answer, phrasing=_fallback(DECLINED, "", question))
    verdict = G.check(
        text,
        evidence,
        owners=G.owners_of(answer.tasks),
        units_in=lambda t: B.units_in_text(ctx, t),
        leaders_in=lambda t: B.leaders_in_text(ctx, t),
        places=[d.region for d in B.documents(ctx) if d.region],
        require_key=bool(answer.evidence),
    )
    if not verdict.ok:
        detail = verdict.detail
        if verdict.reason == G.FIGURE and _elsewhere(verdict.detail, answer):
            detail += " (it stands elsewhere in the retrieved passages)"
        return replace(answer, phrasing=_fallback(verdict.reason, detail, question))
    return replace(answer, answer=_compose(text, answer, evidence), phrasing="llm", extractive=answer.answer)


def _fallback(reason: str, detail: str, question: str) -> str:
    log.info("LLM wording not sent (%s%s), extractive answer kept: %s", reason, ": " + detail if detail else "",
             question[:40])
    return "fallback:" + reason


def _elsewhere(detail: str, answer: Answer) -> bool:
    """The rejected figure's number and unit stand in a retrieved passage (another indicator's)."""
    said = figures(detail.split(" ", 1)[0])
    if not said:
        return False
    context = [f for src in answer.sources for f in figures(src.get("text", ""))]
    return any(said[0].same_number(f) and said[0].unit == f.unit for f in context)


def _strip_sources(text: str) -> str:
    """A model told not to write the source sometimes does: our own source line is added."""
    lines = text.strip().splitlines()
    return "\n".join(ln for ln in lines if not ln.strip().startswith(P.LLM_SOURCE_PREFIX)).strip()


def _compose(text: str, answer: Answer, evidence: list[Evidence]) -> str:
    """The model's words, the quoted sentence when there is one evidence, and the sources."""
    sources = []
    if answer.evidence:
        sources = [source_line(e.title, e.section) for e in answer.evidence]
    else:
        sources = [source_line(t.get("plan_title"), t.get("section")) for t in answer.tasks[:MAX_TASKS] if t.get("plan_title")]
    sources = list(dict.fromkeys(sources))
    quote = ""
    if len(answer.evidence) == 1 and answer.evidence[0].sentence:
        sentence = answer.evidence[0].sentence
        if re.sub(r"\s", "", sentence) not in re.sub(r"\s", "", text):
            quote = P.FACT_CONTEXT.format(sentence=sentence)
    if quote and len(text) + len(quote) + sum(len(s) + 1 for s in sources) > MAX_TEXT:
        quote = ""  # a phone screen: the model's words and the sources first
    tail = "\n".join(x for x in [quote, *sources] if x)
    return fit(text, max(120, MAX_TEXT - len(tail))) + ("\n" + tail if tail else "")
