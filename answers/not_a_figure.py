"""Asks whose answer is printed text, not a figure: one item of a printed list by its place
(`answers.list_items`) and the stage a project is to reach (`answers.stage_asks`). Both would
otherwise be read as a figure or target question and answered with the list's or the project's
bare name. One entry for `answers.ask` so the pipeline holds a single step for them."""
from __future__ import annotations

from typing import Any

from answers.compose import Answer


def not_a_figure_answer(ctx: Any, question: str) -> Answer | None:
    """The item or the stage asked, or None when the question asks neither (or the documents
    do not print it unambiguously: the question is then read as before)."""
    from answers.list_items import list_item_answer
    from answers.stage_asks import stage_answer

    return list_item_answer(ctx, question) or stage_answer(ctx, question)
