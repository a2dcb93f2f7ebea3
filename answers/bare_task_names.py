"""A name typed alone that a task of the responsibility table prints: "晶科能源", "宜春二手车"
(rounds 42a, 43b). Staff type the thing to see who owns it; the reports never mention it (or a
place in it has no report of its own), so the answer was "not found". When nothing answers and
the message is a few words with no question word, the task printing every word is asked for
its owner; the answer stands only when its task holds every word typed.
"""
from __future__ import annotations

from contextvars import ContextVar
from typing import Any, Callable

from answers.compose import Answer
from core import lazy_re as re

# a bare name: a few words, nothing that asks
MAX_NAME_CHARS = 12
_ASKS = re.compile(r"多少|几|什么|啥|哪|谁|吗|呢|么|如何|怎么|是否|是不是|有没有|[？?]|\d")
_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,}")
# set while the owner of a bare name is being asked
_ASKING: ContextVar[bool] = ContextVar("bare_task_asking", default=False)


def bare_task_checked(question: str, ans: Answer, sub: Callable[[str], Answer]) -> Answer:
    """`ans`, or the owner of the one task that prints every word of a bare name (module doc)."""
    text = (question or "").strip()
    if ans.intent != "none" or not text or len(text) > MAX_NAME_CHARS or _ASKS.search(text):
        return ans
    words = _WORDS.findall(text)
    if not words or _ASKING.get():
        return ans  # (the owner ask below may split back into the bare name: asked once only)
    token = _ASKING.set(True)
    try:
        owned = sub(" ".join(words) + " 谁牵头")
    finally:
        _ASKING.reset(token)
    if owned.intent not in ("owner", "task") or not owned.tasks:
        return ans
    held = [t for t in owned.tasks if all(w in _task_text(t) for w in words)]
    return owned if held and len(held) == len(owned.tasks) else ans


def _task_text(task: Any) -> str:
    text = task.get("text", "") if isinstance(task, dict) else getattr(task, "text", "")
    return re.sub(r"\s+", "", text or "")
