"""A pasted line with a figure no document holds, then the same thing asked for another year:
"“3000个省大中型项目”是哪年的？2024年是多少个".

`answers.quoted` answers such a question when a passage holds the line as pasted; when none
does (the figure was remembered wrong), the question is still two asks: where the line was
said (the claim check, `answers.claims`: "not found", with the nearest figure the documents
give labelled as another one) and the figure of the line's subject in the year named after it.
Both are answered, the claim first; nothing is answered when the follow-up finds nothing.
"""
from __future__ import annotations

from typing import Callable

from answers.compose import Answer


def claim_then_year(fragment: str, ask: str, ask_again: Callable[[str], Answer]) -> Answer | None:
    """The claim's verdict and the follow-up year's figure, or None when the question is not
    that shape (`ask` asks no year, or names no other year after it)."""
    from answers.claims import claim_of
    from answers.quoted import _ASK_YEAR, _follow_up

    if not _ASK_YEAR.search(ask) or claim_of(f"{fragment}是哪年的") is None:
        return None
    follow = _follow_up(fragment, ask)
    if follow is None:
        return None
    year, plan, subject = follow
    more = ask_again(f"{year}年{'分工方案' if plan else ''}{subject}是多少")
    if more.intent == "none":
        return None
    first = ask_again(f"{fragment}是哪年的")
    lines: list[str] = [first.answer] if first.intent == "none" else []
    if not lines:
        return None  # the line is held after all: the ordinary answerers say where
    return Answer("\n".join([*lines, more.answer]), more.intent, [*first.sources, *more.sources],
                  more.tasks, evidence=more.evidence)

