"""A clause that asks only which unit the figure asked is in: "南昌惠企通累计兑现资金多少 单位是
亿元还是万元", "…多少 单位是什么", "…多少 是万元还是亿元". Every answer quotes the figure with
the unit the report prints, so the clause asks nothing the answer does not say; left in, its
words ("单位 亿元还 万元") were searched as words of the subject and nothing was found (round 26d).

Read by the clause's words: 单位 (or 计量单位) with what asks it (是/用的/按 … 什么/啥),
and units (`core.unit_words_data`, `core.measures`) joined by 还是/或者; or two units or more
joined so, with no 单位. Nothing else may be left.
"""
from __future__ import annotations

from core import lazy_re as re
from core.measures import alternation as measure_alternation
from core.unit_words_data import MULTIPLIERS, UNITS


def _unit() -> str:
    units = "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
    mult = "|".join(sorted(map(re.escape, MULTIPLIERS), key=len, reverse=True))
    return rf"(?:(?:{mult})?(?:{measure_alternation()}|{units})|{mult})"


_UNIT = _unit()
_OR = r"(?:还是|或者|或是|或)"
_LEAD = r"(?:那个|这个|这|那|该)?(?:数字|数据|数|金额|资金|指标)?(?:的)?"
_ASK_UNIT = re.compile(
    rf"^{_LEAD}(?:计量)?单位(?:是|用的是|用的|用|按|为)?(?:(?:什么|啥)"
    rf"|{_UNIT}(?:{_OR}{_UNIT})*)?(?:呀|啊|呢|吗|哈)?$")
_UNITS_ONLY = re.compile(rf"^(?:是|按|用|以)?{_UNIT}(?:{_OR}(?:是|按|用|以)?{_UNIT})+(?:的)?(?:呀|啊|呢|吗|哈)?$")


def asks_only_the_unit(clause: str) -> bool:
    """Whether `clause` asks only which unit the figure is in (module doc)."""
    s = re.sub(r"[，,、；;。？?！!：:\s]+", "", clause or "")
    return bool(s) and bool(_ASK_UNIT.match(s) or _UNITS_ONLY.match(s))
