"""Who does a task: lead and co-units from unit cells, honouring role words written inside a
cell ("牵头单位：…；配合单位：…", "…（牵头）", "A牵头，B、C按职责分工负责": `cell_phrases`).
"""
from __future__ import annotations

from core import lazy_re as re

from retrieval.plans.cell_phrases import phrase_roles
from retrieval.plans.cells import dedupe, split_units
from retrieval.plans.unit_scopes import unit_scope

# Role words inside a unit cell: "牵头单位：市发展改革委；配合单位：市财政局" or
# "市发展改革委（牵头）、市财政局" in a table with one unit column.
_ROLE_LABEL_RE = re.compile(r"(牵头单位|牵头部门|牵头|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位|配合|协办|参与)\s*[:：]")
_ROLE_MARK_RE = re.compile(r"\s*[（(]\s*(牵头|配合|协办|参与)\s*[)）]\s*$")


def unit_roles(lead_cell: str, co_cell: str, known: set[str]) -> tuple[list[str], list[str]]:
    """Lead and co-units of a task from its unit cells, honouring role words written inside
    a cell (labels "牵头单位：…；配合单位：…", or marks "…（牵头）"). Without role words the
    lead column holds the leads and the co column the co-units."""
    leads: list[str] = []
    cos: list[str] = []
    for cell, default in ((lead_cell, leads), (co_cell, cos)):
        parts = _ROLE_LABEL_RE.split(cell)
        if len(parts) == 1 and (phrased := phrase_roles(cell, known)) is not None:
            leads += phrased[0]  # "A牵头，B、C按职责分工负责": the cell's own phrases
            cos += phrased[1]
            continue
        segments = [(None, parts[0])] + [(parts[k], parts[k + 1]) for k in range(1, len(parts) - 1, 2)]
        for label, text in segments:
            target = default if label is None else (leads if label.startswith(("牵头",)) or (label.startswith("责任") and default is leads) else cos)
            names = split_units(text.strip(" ；;，,。\n"), known)
            marked = [n for n in names if _ROLE_MARK_RE.search(n)]
            for name in names:
                m = _ROLE_MARK_RE.search(name)
                bare = unit_scope(_ROLE_MARK_RE.sub("", name))[0]  # "市城管局（口袋公园）": 市城管局
                if m:
                    (leads if m.group(1) == "牵头" else cos).append(bare)
                elif marked and default is leads and label is None:
                    cos.append(bare)  # "A（牵头）、B": B only takes part
                else:
                    target.append(bare)
    leads = dedupe(leads)
    return leads, [u for u in dedupe(cos) if u not in leads]
