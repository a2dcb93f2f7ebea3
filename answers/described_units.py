"""A unit said by what it does, not by its name: "省里管交通的那个厅", "主管林业的那个局",
"负责政务服务管理的那个省级办公室".

Staff new to a line of work know what a body is for before they know its name. The
description has one shape: a verb of charge (管/主管/分管/负责/抓), the field of work, 的,
maybe 那个, then the kind of body (厅/局/委/办/办公室, or 部门/单位 for any). It is read
against the registry's own unit list: the units of that kind whose name holds the field's
words (its two-character runs, in any order: "住房建设" is 省住房城乡建设厅's) name the body.
One such unit: the description is replaced by its name and the question goes on as typed.
Several: the question is asked back with the candidates (intent `clarify`), never one picked.
None: the question is left as it is.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from answers import backends as B
from answers.compose import Answer
from core import lazy_re as re
from prompts import owners as PO

_KIND = {"厅": "厅", "局": "局", "委": "委", "委员会": "委", "办公室": "办", "办": "办"}
_DESCRIBED = re.compile(
    r"(?P<level>省里|省级|省直|省)?(?:的)?(?:主管|分管|负责|管理|管|抓)(?P<field>[\u4e00-\u9fff]{2,10}?)"
    r"(?:工作|管理|事务|方面|这块|这一块)?(?:的)(?:那个|那家|这个|那一个)?(?:省级|省直|省里的?|省)?"
    r"(?P<kind>委员会|办公室|厅|局|委|办|部门|单位|机构)")
# bodies that are no one unit: a group of members, a group of collectives
_NOT_ONE_BODY = re.compile(r"成员单位|领导小组|联席会议|各设区市|各成员|所属|具有")
MIN_SHARED = 0.66  # of the field's characters, in two-character runs the unit's name holds


@dataclass(frozen=True)
class Described:
    """A description found in a question and the units it fits, best first."""
    start: int
    end: int
    said: str
    units: tuple[str, ...]


def _shared(field: str, name: str) -> float:
    covered = [False] * len(field)
    for i in range(len(field) - 1):
        if field[i:i + 2] in name:
            covered[i] = covered[i + 1] = True
    return sum(covered) / len(field) if field else 0.0


def described(question: str, names: list[str]) -> Described | None:
    """The first description of a unit in `question` and the units of `names` it fits."""
    m = _DESCRIBED.search(question or "")
    if m is None:
        return None
    kind = _KIND.get(m.group("kind"))
    field = m.group("field")
    scored = []
    for name in names:
        if _NOT_ONE_BODY.search(name) or (kind and not name.endswith(kind)):
            continue
        score = _shared(field, name)
        if score >= MIN_SHARED:
            scored.append((score, name))
    if m.group("level") and any(n.startswith("省") for _, n in scored):
        scored = [(s, n) for s, n in scored if n.startswith("省")]
    if not scored:
        return None
    best = max(s for s, _ in scored)
    units = tuple(n for s, n in sorted(scored, key=lambda x: (-x[0], len(x[1]))) if s == best)
    return Described(m.start(), m.end(), m.group(0), units)


def with_unit_named(ctx: Any, question: str) -> tuple[str, Answer | None]:
    """(the question with a described unit replaced by its name, None), or (the question,
    a `clarify` answer) when the description fits several units."""
    from answers.unit_functions import with_unit_doing  # "管钱的那个厅", "医保部门": said by its work

    if not _DESCRIBED.search(question or ""):
        return with_unit_doing(ctx, question)
    found = described(question, B.unit_names(ctx))
    if found is None:
        short = _by_short_form(ctx, question)
        return (short, None) if short != question else with_unit_doing(ctx, question)
    if len(found.units) == 1:
        return question[: found.start] + found.units[0] + question[found.end:], None
    units = list(found.units)
    return question, Answer(PO.CLARIFY_UNIT.format(stem=found.said, units="、".join(units), example=units[0]), "clarify")


def _by_short_form(ctx: Any, question: str) -> str:
    """"管住建的那个厅": the field said by a unit's short form, which with the kind of body is
    one of the registry's aliases (住建 + 厅 = 住建厅); the question unchanged otherwise."""
    m = _DESCRIBED.search(question)
    kind = _KIND.get(m.group("kind")) if m else None
    if m is None or kind is None:
        return question
    units = B.units_in_text(ctx, m.group("field") + kind)
    if len(units) != 1:
        return question
    return question[: m.start()] + units[0] + question[m.end():]
