"""A unit said by what it does in plain words: "管钱的那个厅", "搞教育的那个厅", "管环保的",
"医保部门", "人社口".

("生态系统", "教育系统" are left alone: 系统 names a whole line of work or a thing, never one
body.)

`answers.described_units` reads "管交通的那个厅" by the field's own characters in a unit's name.
Staff also say a body by its work in words no name holds ("管钱的" is the finance department)
or by a loose department word after the field ("医保部门"). The function words and the words
a unit's name holds when it is the body doing that work are data with provenance
(`core.synonyms_data.UNIT_FUNCTIONS`); the units themselves are always the registry's own, so
a city's plan ("市财政局") is read as well as a province's ("省财政厅").

The level is the plan's: a level said in the question (省里/省级, 市里, 县里) keeps the units of
that level; a kind of body said (厅/局/委/办) keeps the units of that kind when any is of it.
One unit left: the description is replaced by its name. Several: asked back (intent
`clarify`), never one picked. None: the question is left as it is.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from answers import backends as B
from answers.compose import Answer
from core import lazy_re as re
from core.synonyms_data import UNIT_FUNCTIONS
from prompts import owners as PO

_KIND = {"厅": "厅", "局": "局", "委": "委", "委员会": "委", "办公室": "办", "办": "办"}
# what follows a description and shows a person, a thing or a field is meant, not a body
_NOT_A_BODY = (r"(?!(?:那个|那位|这位|这个)?(?:(?:常务)?副?(?:省长|市长|县长|区长|书记|主任|秘书长)|领导|同志|人|干部|"
               r"事|事情|工作|任务|项目|资金|钱|问题|政策|指标|数据|内容|方面|领域|那块|这块))")
# bodies that are no one unit: a group of members, a group of collectives
_NOT_ONE_BODY = re.compile(r"成员单位|领导小组|联席会议|各设区市|各成员|所属|具有")
_LEVELS = (("省", r"省里|省级|省直|全省|我省|本省|省(?=的?(?:那个|哪个)?(?:厅|局|委|办))"),
           ("市", r"市里|市级|市直|全市|我市|本市|市(?=的?(?:那个|哪个)?(?:局|委|办))"),
           ("县", r"县里|县级|县直|全县|我县|本县|县(?=的?(?:那个|哪个)?(?:局|委|办))"))


# a registry question: only there does a loosely said unit stand for a unit of the plan
_OWNING = re.compile(r"牵头|负责|分管|主抓|承担|配合|任务|分工方案|逾期|到期|几项|哪些|哪几|多少项|啥事|什么事")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = "|".join(sorted({re.escape(w) for w, _names, _why in UNIT_FUNCTIONS}, key=len, reverse=True))
    # "管钱的那个厅" / "搞教育的" / "负责环保的那家单位": a verb of charge, the work, 的, the body
    # (or, with no body said, what is asked of it right after: "管环保的在…牵头哪些")
    doing = re.compile(
        r"(?:主管|分管|负责|管理|管着|管|抓|搞|做|干)(?P<field>" + words + r")(?:工作|这块|这一块|方面)?(?:的|(?=那个|那家|这个))"
        r"(?:(?:那个|那家|这个|那一个)?(?:省级|省直|省里的?|市里的?|县里的?)?(?P<kind>委员会|办公室|厅|局|委|办|部门|单位|机构)"
        r"|" + _NOT_A_BODY + r"(?=(?:那个|那家)?\s*(?:在|牵头|负责|主抓|承担|配合|有几|有哪|有多少|今年|去年|\d|[，,？?]|$)))")
    # "医保部门" / "人社口": the field and a loose word for its department
    loose = re.compile(r"(?:(?:省|市|县)(?:里的?|级)?)?(?P<field>" + words + r")"
                       r"(?P<kind>部门|口子|口(?!径|岸|号|碑|罩))(?!的?(?:领导|干部|职工|人员|负责人))")
    return doing, loose


def _level_of(name: str, holder: str) -> str:
    """"省财政厅" → "省", "南昌市财政局" → "市": the level said before the body's work."""
    before = name[: max(name.find(holder), 0)]
    return next((c for c in reversed(before) if c in "省市县区"), "")


def _holders(field: str) -> tuple[str, ...]:
    return tuple(n for w, names, _why in UNIT_FUNCTIONS if w == field for n in names)


def _plain(name: str) -> str:
    return name.replace("和", "")


def units_doing(question: str, names: list[str]) -> tuple[re.Match, list[str]] | None:
    """The first plain description of a unit in `question` and the registry units of `names`
    it fits, at the level and of the kind said."""
    if not _OWNING.search(question or ""):
        return None
    for pattern in _patterns():
        m = pattern.search(question)
        if m is None:
            continue
        holders = [_plain(h) for h in _holders(m.group("field"))]
        held = {n: next((h for h in holders if h in _plain(n)), None) for n in names if not _NOT_ONE_BODY.search(n)}
        fits = [n for n, h in held.items() if h]
        if not fits:
            continue
        for level, said in _LEVELS:
            if re.search(said, question):
                fits = [n for n in fits if _level_of(_plain(n), held[n] or "") == level] or fits
                break
        kind = _KIND.get(m.group("kind") or "")
        if kind:
            fits = [n for n in fits if n.endswith(kind)] or fits
        # the body whose name holds the field's first (fullest) word beats one holding a shorter
        for h in holders:
            best = [n for n in fits if h in _plain(n)]
            if best:
                fits = best
                break
        return m, fits
    return None


def with_unit_doing(ctx: Any, question: str) -> tuple[str, Answer | None]:
    """(the question with a plainly described unit replaced by its name, None), or (the
    question, a `clarify` answer) when the description fits several units."""
    if not (_OWNING.search(question or "") and any(p.search(question) for p in _patterns())):
        return question, None  # no unit said by its work: the registry is not read
    found = units_doing(question, B.unit_names(ctx))
    if found is None:
        return question, None
    m, units = found
    if len(units) == 1:
        return question[: m.start()] + units[0] + question[m.end():], None
    return question, Answer(PO.CLARIFY_UNIT.format(stem=m.group(0), units="、".join(units), example=units[0]), "clarify")
