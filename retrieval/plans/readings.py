"""A PDF plan read two ways: its plain text, and its text with the layout kept.

A table drawn by a PDF library or exported from Word places every cell by position and wraps
long cells inside their column. pypdf's plain extraction loses that: a one-line row comes out
with its cells glued by single spaces, a wrapped row one cell piece a line, or every piece of a
row on one line, so a wrapped task's second half is read as its lead unit ("定在8万吨以上")
and a section title swallowed into a task. The same page with its layout kept prints the
columns aligned, which `aligned` reads by position. So a PDF whose plain reading fails, or
reads with cells that are not what their column holds, is read again from its layout text,
and the better reading wins: one that loads before one that is refused, then the fewer count
warnings and suspect cells; the plain reading on a tie (every PDF that read well keeps its
reading). When neither loads, the refusal naming fewer problems is the one the user sees.
"""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from core import lazy_re as re
from core.plan_records import PlanTable
from retrieval.plans.cells import has_suffix

# Words of a plan's lead column header: a PDF whose plain text has none is no table plan.
_LEAD_WORDS = ("牵头", "责任单位", "责任部门", "主办单位", "主责单位", "负责单位")
_BRACKETED_TAIL_RE = re.compile(r"[（(][^（）()]*[）)]$")
_DIGIT_RE = re.compile(r"[0-9０-９%％]")


def grid_reading(loaded: Any) -> SimpleNamespace | None:
    """The file as the tables its ruling lines draw (with its plain text for the title, the
    cover's counts and the lead rule) when it is a PDF that may hold a table plan, else None.
    A drawn table says where each cell is; this reading is tried before any text reading."""
    drawn = getattr(loaded, "drawn_tables", None)
    text = getattr(loaded, "text", "") or ""
    if getattr(loaded, "source", "") != "pdf" or drawn is None or not any(w in text for w in _LEAD_WORDS):
        return None
    tables = drawn()
    return SimpleNamespace(text=text, tables=tables, source="pdf") if tables else None


def layout_reading(loaded: Any) -> SimpleNamespace | None:
    """The file as its layout text when it is a PDF that may hold a table plan, else None."""
    layout_text = getattr(loaded, "layout_text", None)
    text = getattr(loaded, "text", "") or ""
    if getattr(loaded, "source", "") != "pdf" or layout_text is None or not any(w in text for w in _LEAD_WORDS):
        return None
    laid = layout_text()
    if not laid.strip():
        return None
    return SimpleNamespace(text=laid, tables=[], source="pdf")


def _odd_unit(name: str) -> bool:
    """A unit cell piece that is no unit's name: a figure or a task's wrapped tail ("定在8万吨以上",
    "梯80部"), a name's broken-off end ("局", "团"), a name cut before its suffix, or a name with
    another cell's piece glued on ("各村（社区）底")."""
    bare = _BRACKETED_TAIL_RE.sub("", name)
    collective = bare.startswith("各") and not any(b in bare for b in "（()")  # 各街道（镇）, not 各村（社区）底
    return bool(_DIGIT_RE.search(bare)) or len(bare) < 3 or not (has_suffix(bare) or collective)


def suspects(table: PlanTable) -> int:
    """How many cells of a reading are not what their column holds: odd unit names, and tasks
    without a leader in a plan that names leaders (a leader printed once for a run is every
    following row's; a reading that lost it has read the rows wrongly)."""
    odd = sum(_odd_unit(u) for row in table.rows for u in row.lead_units + row.co_units)
    if any(row.leaders for row in table.rows):
        odd += sum(1 for row in table.rows if not row.leaders)
    return odd


def score(table: PlanTable) -> tuple[int, int]:
    """Lower is better: count warnings first (a section's "（8项）" not met), then suspect cells."""
    return len(table.warnings), suspects(table)
