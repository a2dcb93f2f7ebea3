"""Two asks of different kinds in one message: a figure and a task's owner
("今年外贸增长目标多少？海铁联运班列那条谁牵头"). Read whole, the owner words route the message
to the registry, which answers the owner part alone and drops the figure. Each part is asked as
a question of its own and the answers are given in the order asked. Round 25c.

Only when both parts stand alone: the figure part asks a figure (多少/几) and speaks of no owner,
the owner part names its task in words of its own (not "谁牵头" alone, which asks about the part
before it and is left to the owner rules).
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import dataclass
from typing import Callable

from answers.carried_subject import subject_of
from answers.compose import Answer
from answers.owner_asks import asks_owner, strip_owner_asks
from prompts import answers as P

# a stop between asks; voice input leaves a space instead
_STOP = re.compile(r"[？?！!；;。]+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_OWNER = re.compile(r"(谁(?:来|在)?(?:牵头|负责|分管|主抓|抓)|由谁|(?:牵头|责任|负责)(?:的)?(?:单位|部门|领导)(?:是|为)?(?:谁|哪)|"
                    r"哪(?:个|家|位)(?:单位|部门|领导)?(?:来|在)?(?:牵头|负责|分管))")
_OWNING = re.compile(r"(牵头|负责|配合|分管|责任单位|领导)")
_FIGURE = re.compile(r"(多少|(?<!哪)几(?!家单位|个单位|位))")
_FILLER = re.compile(r"(?:那|这|该)(?:一)?(?:条|项|件|个)|的|是|呢|吗|啊")
# a figure part that names no subject, only what is measured of one ("进度多少", "完成投资多少了")
_MEASURE_ONLY = re.compile(r"(?:现在|目前|眼下|截至目前|到现在|实际|已经|已)?(?:完成|进度|进展|完成率|完成进度|完成比例|完成投资|投资|"
                           r"投了|开工|建成|干了|做了)*(?:了)?(?:百分之)?(?:多少|几)(?:个|%|亿元?|万元?|公里|个百分点)?(?:了)?")


@dataclass(frozen=True)
class OwnerParts:
    """The message's asks in the order written; `owner` says which of them asks an owner."""

    asks: tuple[str, ...]
    owner: tuple[bool, ...]


def _owner_ask(piece: str) -> bool:
    return bool(_OWNER.search(piece) or asks_owner(piece))


def _names_task(piece: str) -> bool:
    """The owner part names its task: two or more characters beside the ask words."""
    rest = _FILLER.sub("", strip_owner_asks(piece) if _owner_ask(piece) else piece)
    rest = _OWNER.sub("", rest)
    return len(re.findall(r"[\u4e00-\u9fff A-Za-z0-9]", rest.replace(" ", ""))) >= 2


def owner_parts(question: str) -> OwnerParts | None:
    """The figure ask and the owner ask of a two-in-one message, or None when it is not one."""
    from answers.carried_subject import carried  # "…X那个目标谁牵头？这个目标又定的多少": X

    pieces = list(carried(tuple(p.strip() for p in _STOP.split((question or "").strip()) if p and p.strip())))
    if len(pieces) < 2:
        return None
    owner = tuple(_owner_ask(p) for p in pieces)
    if not any(owner) or all(owner):
        return None
    # "X挂在哪个单位下面 进度多少": a figure part that names only its measure is the task's
    subject = next((s for p, o in zip(pieces, owner) if o and (s := subject_of(p))), "")
    pieces = [f"{subject}{p}" if subject and not o and _MEASURE_ONLY.fullmatch(_FILLER.sub("", p)) else p
              for p, o in zip(pieces, owner)]
    figure = [p for p, o in zip(pieces, owner) if not o]
    if not all(_FIGURE.search(p) and not _OWNING.search(p) for p in figure):
        return None  # "X谁牵头？时限有没有写": the owner's answer shows the rest
    if not all(_names_task(p) for p, o in zip(pieces, owner) if o):
        return None
    return OwnerParts(tuple(pieces), owner)


def each_answered(asks: tuple[str, ...], ask_one: Callable[[str], Answer]) -> Answer:
    """Asks of different kinds, each answered as its own question, in the order asked; a part
    not found says so in its place (never dropped, never filled from another part)."""
    answers = [ask_one(a) for a in asks]
    found = [a for a in answers if a.intent != "none"]
    if not found:
        return answers[0]
    return Answer(P.PARTS_SEP.join(a.answer for a in answers), found[0].intent,
                  [s for a in found for s in a.sources], tasks=[t for a in found for t in (a.tasks or [])],
                  evidence=[e for a in found for e in a.evidence])
