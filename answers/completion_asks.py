""""南昌2023年计划改造老旧小区300个，最后完成没有": whether a year's work was done, asked with
the target the asker remembers.

When no document states that year's target but the next year's review states the result of
the same item, the result is the answer (the asker wants to know what became of it), opened
by the note that the target is not in the documents, so a figure the question offers as the
target ("300个") cannot be checked. The figure offered is never compared with the result:
"300个" asked and "303个" done is no "不是".
"""
from __future__ import annotations

from core import lazy_re as re
from answers.evidence import NUMBER
from prompts import answers as P

# "完成没有" / "完成了吗" / "到底完成了没" / "实现了吗" / "建成没有" / "完成得怎么样": was it done
COMPLETION_ASKED = re.compile(
    r"(?:完成|实现|达到|兑现|做到|建成|落实|达标)(?:了)?(?:没有?|吗|么|嘛|了吗|了没)|"
    r"(?:是否|有没有|有无)(?:完成|实现|达到|兑现|建成)|完成(?:得|的)(?:怎么样|如何|咋样)|完成情况")


def completion_asked(text: str) -> bool:
    return bool(COMPLETION_ASKED.search(text or ""))


# the words around the ask: "最后到底", "后来", "结果"
_LATER = re.compile(r"最后|最终|后来|到底|究竟|结果|实际上?|年底")


def item_coverage(topic: str, clause: str) -> float:
    """How much of the item asked (the topic without the ask, the later words and the figures
    offered) the result clause holds (`answers.evidence.coverage`)."""
    from answers.evidence import coverage, grams

    return coverage(grams(asked_item(topic)), clause)


def asked_item(topic: str) -> str:
    """"改造老旧小区300个 最后 完成没有" → "改造老旧小区": the item, as the note names it."""
    item = _LATER.sub(" ", COMPLETION_ASKED.sub(" ", figures_dropped(topic)))
    item = re.sub(r"没有?|吗|了", " ", item)
    return re.sub(r"\s+", "", re.sub(r"(?:完成|建成|实现|达到)\s*$", "", item.strip()))


def figures_dropped(text: str) -> str:
    """The question without the figures it offers (they are the remembered target)."""
    return NUMBER.sub(" ", text or "")


def no_target_note(year: int | str, what: str, question: str) -> str:
    """The line before a result that answers a completion ask with no target found."""
    offered = [re.sub(r"\s+", "", m.group(0)) for m in NUMBER.finditer(question or "")]
    aside = P.RESULT_OFFERED_UNCHECKED.format(figure="、".join(offered)) if offered else ""
    return P.RESULT_NO_TARGET.format(year=year, what=what, aside=aside)
