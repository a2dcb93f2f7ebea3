"""A unit written with the part of the task it does in brackets: "市城管局（口袋公园）".

A task shared by two leads says who does which part inside the unit cell: "市文广新旅局（城市书房）、
市城管局（口袋公园）". Read whole, "市城管局（口袋公园）" became a unit of its own, so "城管局牵头几项"
missed the task (round 33d r33d-042). The unit is the name before the bracket; the bracket is
its scope, kept with the task: when the task's text does not already say it, it is added after
the text ("（市城管局：含职业院校）"), so the answer still shows who does which part.

A bracket that is part of a name stays: a collective's levels ("各乡镇（街道）", "各村（社区）"), a
name whose body before the bracket is no office ("各县（市、区）政府" has its bracket inside), a
bracket naming another body ("市委军民融合办（市国防科工办）"), and the role marks "（牵头）"
"（配合）", read by `retrieval.plans.roles`.
"""
from __future__ import annotations

from core import lazy_re as re
from retrieval.plans.cells import NAME_STARTS, has_suffix

_TRAILING = re.compile(r"^(?P<unit>[^（(]+?)\s*[（(](?P<scope>[^（()）]{2,20})[)）]\s*$")
_ROLE = re.compile(r"^(?:牵头|配合|协办|参与|主办|协助|责任)(?:单位|部门)?$")
# the levels a collective enumerates ("街道", "市、区", "社区")
# a bracket naming another office ("（国防科工办）"); a facility ("全民健身中心") is a scope
_OFFICE = re.compile(r"(?:厅|局|委|办|委员会|办公室)$")
_LEVELS_ONLY = re.compile(r"^[省市县区州乡镇村街道社居委、，,]+$")


def unit_scope(name: str) -> tuple[str, str | None]:
    """(unit, scope) of a unit name written with a scope in brackets; (name, None) otherwise."""
    m = _TRAILING.match(name or "")
    if not m:
        return name, None
    unit, scope = m.group("unit").strip(), m.group("scope").strip()
    if (not has_suffix(unit) or _ROLE.match(scope) or _LEVELS_ONLY.match(scope)
            or scope.startswith(NAME_STARTS) or _OFFICE.search(scope)):
        return name, None
    return unit, scope


def with_scopes(text: str, names: list[str]) -> str:
    """The task's text with the scopes its unit cells give that the text does not say yet."""
    notes = []
    for name in names:
        unit, scope = unit_scope(name)
        if scope and re.sub(r"\s+", "", scope) not in re.sub(r"\s+", "", text):
            notes.append(f"{unit}：{scope}")
    return f"{text}（{'；'.join(notes)}）" if notes else text
