"""Two questions in one, the second about the document the first names: "那份赣州报告是哪一
年的？按它说的今年规上工业增加值要增长多少". The first is a question about the document (its
year, date, speaker); "它" / "该报告" in the second stands for that document, so the second is
asked of it (its region and its year, which "今年" then means) and both answers are given.
"""
from __future__ import annotations

from core import lazy_re as re
from typing import Any, Callable

from answers import backends as B
from answers.compose import Answer
from answers.regions import same_region
from answers.understanding import understand

# "按它说的" / "该报告里" / "那这份报告中提的": the document of the question before
_BACK = re.compile(r"^\s*(?:那|那么)?(?:按|照|据|依|根据)?(?:照)?(?:它|该报告|这份报告|那份报告|这个报告|那个报告|该文件|这份文件|那份文件|这份|那份|其)"
                   r"(?:里面|里头|里|中|上|当中)?(?:说的|讲的|写的|提的|所说的|所写的|说|讲|写|提)?(?:的)?")
_SPLIT = re.compile(r"(?<=[？?；;])")


def back_reference_answer(ctx: Any, question: str, again: Callable[[str], Answer]) -> Answer | None:
    """Both answers, or None when the question is not a document's facts then "它…"."""
    pieces = [p for p in _SPLIT.split(question or "") if p.strip()]
    if len(pieces) != 2 or "报告" not in pieces[0]:
        return None
    ref = _BACK.match(pieces[1])
    if not ref or not pieces[1][ref.end():].strip():
        return None
    first, docs = understand(ctx, pieces[0])
    if not first.meta:
        return None
    fitting = [d for d in docs if (d.kind or "report") == "report" and d.year
               and (not first.region.name or same_region(d.region, first.region.name))
               and (not first.years.explicit or d.year in first.years.explicit)]
    if len(fitting) != 1:
        return None
    doc = fitting[0]
    named = f"{doc.year}年{doc.region or ''}政府工作报告里"
    asked = again(pieces[0])
    then = again(named + pieces[1][ref.end():])
    intent = then.intent if then.intent != "none" else asked.intent
    return Answer(asked.answer + "\n" + then.answer, intent, asked.sources + then.sources, asked.tasks + then.tasks)
