""""X推迟到什么时候" / "X延期到哪年" / "X顺延到几月份": a moved deadline asked of one item.

Reports and responsibility tables write an item's time once (the table's 完成时限, a report's
"年底前建成" or "通车"); they do not record a deadline moved later. Such a question is read as
the item's deadline (`answers.question._when`, never the list of every overdue task), and its
answer says first that no moved time is written, then gives the time the documents do give.
"""
from __future__ import annotations

from dataclasses import replace

from answers.compose import Answer
from answers.question import MOVED_WHEN
from prompts import answers as P


def moved_asked(question: str) -> bool:
    """Whether the question asks the time an item was moved to."""
    return bool(MOVED_WHEN.search(question or ""))


def with_moved_note(question: str, ans: Answer) -> Answer:
    """`ans` (the item's stated time) opened by the note that no moved time is written. A task
    found whose table writes no 完成时限 is still the answer (its block says so), not "not
    found": the item is there. Any other "not found" is left as it is."""
    if not moved_asked(question) or (ans.intent == "none" and not ans.tasks):
        return ans
    return replace(ans, answer=P.DUE_NOT_MOVED + "\n" + ans.answer, intent="status" if ans.intent == "none" else ans.intent)
