"""Opt-in reading of the commitment check by a chat model (`ducha review --llm`), for the tasks
neither the words nor the dense model find named: the review reports many results in words
that share nothing with the task ("7个临时空域获批划设" for "深化低空空域管理改革试点").

The model sees one task and the few review sentences that share most with it, and must answer
with a sentence number and a phrase copied from that sentence. Its answer counts only when the
phrase stands in that sentence, word for word, and is not generic — a model cannot make a
mention the review does not hold. Such a mention is `progress` (named, not shown met). Any
failure of the endpoint (timeout, HTTP error, not a chat completion) keeps the labels of the
lexical reading, with one log line; the model is not asked again in that review.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

import httpx

from answers.llm import Malformed, chat, client_for
from answers.review_match import Sentence
from answers.review_text import GENERIC_BIGRAMS, Weights, content_grams, norm
from prompts import review as msg

log = logging.getLogger(__name__)

CANDIDATES = 6  # review sentences shown per task
MIN_PHRASE, MAX_PHRASE = 4, 40
_REPLY = re.compile(r"^\s*(\d{1,2})\s*[|｜]\s*(.+?)\s*$", re.S)
_QUOTES = re.compile(r"[“”\"'‘’「」《》\s]")


@dataclass
class LlmMention:
    sentence: Sentence
    phrase: str


def candidates(task: str, sentences: list[Sentence], weights: Weights, k: int = CANDIDATES) -> list[Sentence]:
    """The review sentences sharing the most weight of the task's content bigrams."""
    grams = content_grams(norm(task))
    scored = [(sum(weights(g) for g in grams if g in s.grams), s) for s in sentences if not s.shortcoming]
    scored = [p for p in scored if p[0] > 0]
    return [s for _, s in sorted(scored, key=lambda p: (-p[0], p[1].index))[:k]]


def read_reply(reply: str, shown: list[Sentence]) -> LlmMention | None:
    """The model's answer, if it quotes a phrase standing in the sentence it names."""
    m = _REPLY.match(reply.strip().splitlines()[0] if reply.strip() else "")
    if not m:
        return None
    n, phrase = int(m.group(1)), _QUOTES.sub("", m.group(2))
    if not 1 <= n <= len(shown) or not MIN_PHRASE <= len(phrase) <= MAX_PHRASE:
        return None
    sentence = shown[n - 1]
    if phrase not in re.sub(r"\s+", "", sentence.text).replace("“", "").replace("”", ""):
        return None
    if all(phrase[i : i + 2] in GENERIC_BIGRAMS for i in range(len(phrase) - 1)):
        return None
    return LlmMention(sentence, phrase)


def llm_mentions(settings: Any, tasks: dict[str, str], sentences: list[Sentence], weights: Weights,
                 *, client: httpx.Client | None = None) -> dict[str, LlmMention]:
    """For each task (code → text) the review sentence the model finds reporting it, checked."""
    out: dict[str, LlmMention] = {}
    own = client is None
    client = client or client_for(settings)
    try:
        for code, text in tasks.items():
            shown = candidates(text, sentences, weights)
            if not shown:
                continue
            listing = "\n".join(msg.LLM_SENTENCE.format(n=i + 1, text=s.text) for i, s in enumerate(shown))
            messages = [{"role": "system", "content": msg.LLM_SYSTEM},
                        {"role": "user", "content": msg.LLM_USER.format(task=text, sentences=listing)}]
            try:
                reply = chat(settings, messages, client=client)
            except (httpx.HTTPError, Malformed, ValueError) as exc:
                log.warning("review --llm: the model could not be read (%s); lexical labels kept", type(exc).__name__)
                break
            found = read_reply(reply, shown)
            if found:
                out[code] = found
    finally:
        if own:
            client.close()
    return out
