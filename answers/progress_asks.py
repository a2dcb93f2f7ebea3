"""A figure asked together with how far the work has got: "X日处理能力是多少吨弄到哪一步了" /
"…要建多少公里 现在进展咋样了".

The reports state the figure (mostly as a target: "全力推进日处理能力300吨的…项目建设") and say
nothing later of its progress; read as one ask, the progress words dilute the subject and the
whole is refused. The figure is asked on its own; the answer then says plainly that the
documents give no later progress than the sentence shown (the progress of a task in a loaded
plan is `ducha task`'s, asked by its own words). Round 25a ("泉岭…弄到哪一步了").
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import replace

from answers.compose import Answer
from prompts import answers as P

_PROGRESS = re.compile(
    r"[，,。；;\s]*(?:那|这)?(?:现在|目前|眼下|如今)?"
    r"(?:(?:弄|搞|做|建|修|推进|进行|干|走)到(?:了)?(?:哪一步|哪步|什么程度|啥程度|什么地步|哪里|哪儿|哪)|"
    r"(?:进展|进度)(?:到(?:了)?哪(?:一步|了)?|如何|怎么样|咋样|怎样|情况)|推进(?:得)?(?:怎么样|咋样|如何))"
    r"(?:了|啦|呢)?\s*[？?。]?\s*$"
)
_FIGURE_ASKED = re.compile(r"(多少|(?<!哪)几)")


def progress_split(question: str) -> str | None:
    """The figure question without its closing progress ask, or None when the question is not
    a figure plus progress."""
    m = _PROGRESS.search(question or "")
    if not m or m.start() < 4:
        return None
    figure = question[: m.start()].strip(" ，,。")
    return figure if _FIGURE_ASKED.search(figure) else None


def with_progress_note(ans: Answer) -> Answer:
    """The figure's answer, with the plain note that no later progress is stated."""
    if ans.intent == "none":
        return ans
    return replace(ans, answer=ans.answer + "\n" + P.NOTE_NO_PROGRESS)
