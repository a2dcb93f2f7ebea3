"""A task's owner guessed in the ask, in forms the owner rules did not read (round 33b):

- by the verb 管 or 负责, or with no 是 before the unit: "危废医废收集处理是环保厅管吗",
  "晶科能源三年千亿那个 经信委牵头的？" — read as "X是U牵头吗", an owner offered to confirm;
- as a choice with 归: "长期护理保险试点归社保局还是医保局" — read as "X是A还是B牵头";
- by a unit's name of before the 2018 reform ("环保厅", "卫计委", "经信委"): read as the present
  body (`answers.renamed_units`) and the answer says so.

Before, the guessed unit and its verb stayed in the task's words ("危废医废收集处理 环保厅管"),
or "U牵头的" was read as the unit's list of tasks, and nothing or the wrong thing was found.
The unit is only taken as a guess when the registry names it exactly (its whole name or an
alias), and what stands before it still names a task (two characters or more).
"""
from __future__ import annotations

from typing import Callable

from answers.compose import Answer
from answers.renamed_units import read_renamed
from core import lazy_re as re
from prompts import owners as PO

Lookup = Callable[[str], list[str]]

# the offered owner's verb and question mark at the end ("…管吗", "…牵头的？", "…负责的吧")
_OFFER_END = re.compile(r"(?:牵头|负责|主抓|管)(?:的)?(?:吗|吧|么|嘛|呢)?\s*[？?]*\s*$")
_ASKED_AT_END = re.compile(r"[吗吧么嘛？?]\s*$")
# words between the task and the unit offered: they point or link, they name nothing
_LINK = re.compile(r"(?:是不是|是|归|由|让)$")
_POINTER = re.compile(r"(?:那个|那条|那项|这个|这条|这项|那件|这件|那块|这块)$")
# the asker wants the owner named, no guess offered ("归谁管吗")
_WHO = re.compile(r"(?:谁|哪个|哪家|哪些|哪里|什么|啥)[^，,。？?]{0,4}$")
_MAX_UNIT = 16
# a name shaped as an office's ("社保局", "发改委"), for the side of a choice the registry lacks
_UNIT_LIKE = r"[\u4e00-\u9fff]{1,8}?(?:厅|局|委|办|中心)"


def _unit_at_end(text: str, units_named: Lookup) -> str | None:
    """The longest end of `text` the registry names exactly as a unit ("…那个 省工业和信息化厅")."""
    text = text.rstrip()
    for k in range(min(_MAX_UNIT, len(text)), 1, -1):
        tail = text[-k:]
        if re.search(r"[\s，,。？?；;！!]", tail):
            continue
        if units_named(tail):
            return tail
    return None


def _task_named(head: str) -> bool:
    """Whether the words before the unit name a task: two characters or more besides a year."""
    rest = re.sub(r"(?:今年|去年|明年|本年度?|(?:19|20)?\d{2}年)", "", head)
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", rest)) >= 2


def _head(text: str) -> str:
    """What stands before the offered unit, without the words linking it to the unit."""
    head = _LINK.sub("", text.rstrip()).rstrip()
    return head


def offered_owner(question: str, units_named: Lookup) -> str | None:
    """"X是U管吗" / "X那个 U牵头的？" → "X是U牵头吗"; None when the question offers no owner so."""
    m = _OFFER_END.search(question)
    if not m or not _ASKED_AT_END.search(question):
        return None
    before = question[:m.start()]
    if _WHO.search(before):
        return None
    unit = _unit_at_end(before, units_named)
    if unit is None:
        return None
    head = _head(before[: len(before.rstrip()) - len(unit)])
    if not _task_named(_POINTER.sub("", head)):
        return None
    offered = f"{head}是{unit}牵头吗"
    return offered if offered != question.strip() else None


def offered_choice(question: str, units_named: Lookup) -> str | None:
    """"X归A还是B" / "X是A管还是B管" → "X是A还是B牵头": A and B units, or shaped as offices,
    at least one of them named by the registry; None otherwise."""
    text = re.sub(r"(?:的)?[吗呢啊呀？?\s]*$", "", question or "")
    if text.count("还是") != 1:
        return None
    left, right = text.split("还是")
    b = re.sub(r"^(?:归|由|是)", "", re.sub(r"(?:牵头|负责|主抓|管)(?:的)?$", "", right.strip()))
    left = re.sub(r"(?:牵头|负责|主抓|管)$", "", left.rstrip())
    a = _unit_at_end(left, units_named)
    if a is None:
        m = re.search(r"(?:归|由|是)(" + _UNIT_LIKE + ")$", left)
        if not m:
            return None
        a = m.group(1)
    if not (units_named(b) or re.fullmatch(_UNIT_LIKE, b)) or not (units_named(a) or units_named(b)):
        return None
    head = _head(left[: len(left) - len(a)])
    if not _task_named(_POINTER.sub("", head)) or not re.search(r"(?:归|由|是|管|牵头|负责)", question):
        return None
    offered = f"{head}是{a}还是{b}牵头"
    return offered if offered != question.strip() else None


def guessed_owner(question: str, units_named: Lookup, ask: Callable[[str], Answer],
                  provincial: bool = True) -> str | Answer | None:
    """The question with its guessed owner in the form the owner rules read (a rewrite), or,
    when an old unit name was read as the present body, the answer with that reading said."""
    text, renamed = read_renamed(question, units_named, provincial)
    text = offered_owner(text, units_named) or offered_choice(text, units_named) or text
    if not renamed:
        return text if text != question else None
    ans = ask(text)
    notes = "".join(PO.UNIT_RENAMED.format(old=r.old, present=r.present) for r in renamed)
    return Answer(notes + "\n" + ans.answer, ans.intent, ans.sources, tasks=ans.tasks, evidence=ans.evidence)


def provincial_asked(region: str | None) -> bool:
    """Whether an old name without a level ("经信委") is first read at province level: no region
    set, or a province's."""
    return not region or region.endswith(("省", "自治区"))
