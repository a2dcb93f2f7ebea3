"""A parsed responsibility plan as plain records: what the parser produces and the registry stores.

They live in the kernel so that `retrieval/` (which reads plans out of files) and `store/`
(which writes them to SQLite) share the shape without either importing the other.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class PlanRow:
    code: str
    section_number: int
    number: int
    section: str
    subsection: str | None
    text: str
    leaders: list[str]
    lead_units: list[str]
    co_units: list[str]
    due_text: str | None = None  # the 完成时限 cell as printed, when the table has one
    # a leader's office as the row prints it beside the name ("常务副省长 邵继平"): staff ask by
    # the office alone ("常务副省长管哪些")
    offices: dict[str, str] = field(default_factory=dict)
    # the row's cells under columns no role names ("包村干部": "王磊（柳湾村）"), by their labels:
    # shown with the task, so what the table says of it beside its owners is answered too
    others: dict[str, str] = field(default_factory=dict)


@dataclass
class PlanSection:
    number: int
    title: str
    declared_count: int | None


@dataclass
class PlanTable:
    title: str | None
    region: str | None
    year: int | None
    issued: dt.date | None
    sections: list[PlanSection]
    rows: list[PlanRow]
    warnings: list[str] = field(default_factory=list)
    shape: str | None = None  # how it was read: "table", "pipes", "columns", "paragraphs" or "fields"
    level: str | None = None  # the level its units belong to (省, 市…), read when the region is unknown
    # How its one units column says who leads (retrieval/plans/lead_rule.py): "first", "mark",
    # "unstated" (no rule: every unit listed is kept a lead), None (a 牵头 column or role words).
    lead_rule: str | None = None

    def count_by_section(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for row in self.rows:
            counts[row.section_number] = counts.get(row.section_number, 0) + 1
        return counts
