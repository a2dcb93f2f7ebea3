"""The label of a task the review names in other words (answers.review_related finds the
clause): progress, unless what the sentence says settles it — a number of the task's unit
compared with its one figure, or the stated result of a task that only asks to keep
something going."""
from __future__ import annotations

from answers.review_figures import Figure, meets, numbers
from answers.review_items import Commitment
from answers.review_text import NOT_YET_CUES, PARTIAL_CUES, RESULT_CUES, norm
from core import lazy_re as re

# a number per head or per area is a density, not the count a target asks for: "每千人口拥有
# …托位数达到4.1个" says nothing of "新增普惠性托位1500个"
_PER = re.compile(r"每[十百千万]?(?:人口|人|户|名|平方公里)|[人户]均|平均每")


def figure_in(parts: list[Commitment], text: str) -> tuple[Figure, Figure, bool] | None:
    """The task's one figure against the one number of the same unit a related mention's
    sentence holds ("3615套住房交付到户" for "完成3600套保交房任务"): the sentence is about the
    task (its words said so), so its number is the task's figure even under other words.
    None when the task has not exactly one figure or the sentence not exactly one such number
    (a number per head or per area, in its clause, is not one)."""
    targets = [c.figure for c in parts if c.kind == "figure" and c.figure is not None]
    if len(targets) != 1:
        return None
    target = targets[0]
    plain = norm(text)
    found = [f for f in numbers(plain) if not f.rate and f.family == target.family and f.unit == target.unit
             and not _PER.search(re.split(r"[,;:]", plain[: f.start])[-1])]
    if len(found) != 1:
        return None
    ok = meets(target, found[0])
    return None if ok is None else (target, found[0], ok)


def related_label(parts: list[Commitment], clause: str, shortcoming: bool) -> str:
    """The label of a task the review names in other words: progress, but done when the
    task only asks to keep something going (every commitment a 坚持/守牢/加强…, no figure,
    nothing to build) and the clause reports it achieved ("全面打赢…疫情阻击战" for "守牢疫情
    不反弹底线"): such a task has no deliverable beyond the result the review states."""
    if parts and all(c.kind == "item" and c.verb == "move" for c in parts):
        plain = norm(clause)
        if not shortcoming and RESULT_CUES.search(plain) and not (NOT_YET_CUES.search(plain) or PARTIAL_CUES.search(plain)):
            return "done"
    return "progress"
