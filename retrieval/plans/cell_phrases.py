"""Roles written as phrases inside ONE units cell, the State Council style a table also uses:

    省交通运输厅牵头，省发展改革委、省自然资源厅，沅州市政府按职责分工负责
    省交通运输厅牵头、省发展改革委、沅州市政府按职责分工负责
    省科技厅牵头，省财政厅、省统计局配合
    省科技厅为牵头单位，省财政厅参与
    由省科技厅牵头，省财政厅等单位配合

Read as one unit list, such a cell became one "unit" per 、-piece with the role words glued
on ("省政务服务办牵头", "省直有关部门按职责分工负责"), every piece a lead — so a unit that only
takes part was listed as leading (round 31b). Here the cell is read phrase by phrase: the
units before a role phrase take its role ("牵头" → lead; "配合 / 参与 / 协办 / 协助" → co;
"按职责分工负责 / 负责" → co when another phrase names the lead, else lead, as in an owner
bracket, `owners`). Units listed with no phrase of their own ("…省自然资源厅，沅州市政府按职责
分工负责") take the role of the phrase that follows them; units after the last phrase take
part (the lead was named before them). A bracketed mark ("A（牵头）") names one unit only.
"""
from __future__ import annotations

from core import lazy_re as re

from retrieval.plans.cells import dedupe, split_units

# A role phrase ends a clause: it is followed by a separator or the end of the cell, never by
# more of a name ("负责人" is no phrase). Longer phrases come first in each alternation.
_END = r"(?=[，,；;、。\s]|$)"
_PHRASE_RE = re.compile(
    r"(?P<lead>(?:为|是|作为)(?:主要)?牵头(?:单位|部门)|(?:共同)?牵头(?:负责|落实|推进|实施)?" + _END + r")"
    r"|(?P<shared>(?:按职责分工负责|按职责负责|按职能分工负责|分工负责|共同负责|负责落实|负责)" + _END + r")"
    r"|(?P<co>(?:为|是|作为)(?:配合|参与|协办)(?:单位|部门)|(?:配合落实|配合|参与|协办|协助)" + _END + r")"
    r"|(?P<mark>[（(]\s*(?:牵头|配合|协办|参与)\s*[)）])"
)
# Words around a unit list that are no unit: "由A牵头", "B等单位配合".
_LEADING_RE = re.compile(r"^(?:由|请)")
_TRAILING_RE = re.compile(r"等(?:有关|相关)?(?:单位|部门)?$")


def phrase_roles(cell: str, known: set[str] | frozenset[str] = frozenset()) -> tuple[list[str], list[str]] | None:
    """(lead, co) of a units cell that states roles as phrases ("A牵头，B、C按职责分工负责");
    None when the cell has no role phrase after a unit (a plain list, or marks only, which
    `roles.unit_roles` reads)."""
    matches = [m for m in _PHRASE_RE.finditer(cell or "") if m.start() > 0]
    if not any(m.lastgroup != "mark" for m in matches):
        return None
    leads: list[str] = []
    cos: list[str] = []
    shared: list[str] = []
    waiting: list[str] = []  # listed units still without a role: they take the next phrase's
    has_lead = any(m.lastgroup == "lead" or (m.lastgroup == "mark" and "牵头" in m.group()) for m in matches)
    start = 0
    for m in matches:
        names = _names(cell[start:m.start()], known)
        start = m.end()
        if m.lastgroup == "mark":
            # a bracketed mark names the one unit before it; those listed before it wait
            if not names:
                continue
            waiting += names[:-1]
            (leads if "牵头" in m.group() else cos).append(names[-1])
            continue
        names = waiting + names
        waiting = []
        if m.lastgroup == "lead":
            leads += names
        elif m.lastgroup == "co":
            cos += names
        else:
            shared += names
    waiting += _names(cell[start:], known)
    if has_lead:
        cos += shared + waiting
    else:
        leads += shared
        cos += waiting
    if not leads and not cos:
        return None
    leads = dedupe(leads)
    return leads, [u for u in dedupe(cos) if u not in leads]


def _names(text: str, known: set[str] | frozenset[str]) -> list[str]:
    """The unit names listed in one stretch of the cell, without the list's framing words."""
    text = text.strip(" \n\t，,；;、。")
    text = _TRAILING_RE.sub("", _LEADING_RE.sub("", text)).strip(" \n\t，,；;、。")
    return [n for n in (_TRAILING_RE.sub("", _LEADING_RE.sub("", u)) for u in split_units(text, known)) if n]
