"""Responsibility plans (重点工作责任分工方案) → `PlanTable`, one concept per module:

- `numbering`: section / subsection / task numbers, codes, declared counts;
- `cells`: cleaning cells, splitting leaders and units (names broken over lines rejoined);
- `header`: which column holds what, from the header's words;
- `rows`: rows of cells from tables, bar tables pasted as text (`pipes`), PDF tab lines or
  column-aligned text (`layout`; printed by position, as `pdftotext -layout` does: `aligned`);
- `table`: stage 1 for tables — the row state machine giving draft tasks;
- `paragraphs` + `owners`: stage 1 for paragraph plans with owner brackets;
- `fields`: stage 1 for numbered blocks whose owners are labelled lines ("牵头单位：…");
- `drafts`: the shared last stage — headings, renumbering, codes, lead/co units;
- `spaced`: letter-spaced labels and header cells ("牵 头 单 位：", "序 号") read plainly;
- `meta`: title, region (down to 镇/乡/街道), year, issue date and level, from the plan's own words;
- `counts`: the plan's stated size (cover "共明确45项", sections "（8项）") against the tasks
  read, once for every shape: `PlanTable.warnings`;
- `readings`: a PDF read from its plain text and, when that reads poorly, from its layout text;
- `parse`: detecting the shape and running the stages (`parse_plan`, `looks_like_plan`).
"""
from core.plan_records import PlanRow, PlanSection, PlanTable
from retrieval.plans.cells import clean_cell, split_leaders, split_units
from retrieval.plans.errors import PlanTableError
from retrieval.plans.meta import read_plan_meta
from retrieval.plans.parse import detect_shape, looks_like_plan, parse_plan

__all__ = [
    "PlanRow", "PlanSection", "PlanTable", "PlanTableError", "clean_cell", "detect_shape", "looks_like_plan",
    "parse_plan", "read_plan_meta", "split_leaders", "split_units",
]
