"""SQL of the commitment check (兑现核查): which plan, which report, and the report's chunks.

A check holds one plan (分工方案) of year N against the report of the same region that
plans year N+1, whose first part reviews year N. Everything here is a plain lookup; the
matching lives in `answers/review_match.py`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from core import lazy_re as re
from dataclasses import dataclass
from pathlib import Path

from core.errors import UserError
from prompts import review as msg
from store.documents import ChunkRow, chunks_of

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class PlanRef:
    id: int
    title: str
    region: str | None
    year: int
    source_file: str | None


@dataclass
class ReportRef:
    id: int
    file: str
    path: str
    title: str
    region: str | None
    year: int | None
    kind: str


_PLAN_SQL = "SELECT id, title, region, year, source_file FROM plans"
_DOC_SQL = "SELECT id, file, path, title, region, year, kind FROM documents"


def find_plan(db: sqlite_utils.Database, token: str | int) -> PlanRef:
    """PLAN as a user writes it: a plan id, a year ("2021", when only one plan has it), or
    the plan's file name. Unknown or ambiguous → UserError naming the candidates."""
    text = re.sub(r"\s+", "", str(token)).removesuffix("年")
    if not text:
        raise UserError(msg.PLAN_EMPTY)
    plans = [PlanRef(*r) for r in db.execute(_PLAN_SQL + " ORDER BY year DESC, id DESC")]
    if not plans:
        raise UserError(msg.NO_PLANS)
    if text.isdigit():
        number = int(text)
        if 1900 <= number <= 2200:
            same_year = [p for p in plans if p.year == number]
            if len(same_year) == 1:
                return same_year[0]
            if len(same_year) > 1:
                raise UserError(msg.PLAN_AMBIGUOUS.format(year=number, plans=_plan_list(same_year)))
        by_id = [p for p in plans if p.id == number]
        if by_id:
            return by_id[0]
    by_file = [p for p in plans if p.source_file and (p.source_file == text or Path(p.source_file).stem == text)]
    if len(by_file) == 1:
        return by_file[0]
    raise UserError(msg.PLAN_UNKNOWN.format(plan=token, plans=_plan_list(plans)))


def _plan_list(plans: list[PlanRef]) -> str:
    return "；".join(msg.PLAN_ITEM.format(id=p.id, year=p.year, title=p.title) for p in plans[:8])


def plans_newest_first(db: sqlite_utils.Database) -> list[PlanRef]:
    return [PlanRef(*r) for r in db.execute(_PLAN_SQL + " ORDER BY year DESC, id DESC")]


def report_for(db: sqlite_utils.Database, region: str | None, year: int) -> ReportRef | None:
    """The report of `region` that plans `year` (its review speaks of year-1). Of two
    versions of the same region and year, the one ingested last answers."""
    row = db.execute(
        _DOC_SQL + " WHERE kind = 'report' AND region IS ? AND year = ? ORDER BY ingested_at DESC, id DESC LIMIT 1",
        [region, year],
    ).fetchone()
    return ReportRef(*row) if row else None


def document_by_name(db: sqlite_utils.Database, name: str) -> ReportRef | None:
    """A document by its resolved path, else by its file name (the newest of that name)."""
    path = str(Path(name).expanduser().resolve())
    row = db.execute(_DOC_SQL + " WHERE path = ?", [path]).fetchone()
    if row is None:
        row = db.execute(_DOC_SQL + " WHERE file = ? ORDER BY ingested_at DESC, id DESC LIMIT 1", [Path(name).name]).fetchone()
    return ReportRef(*row) if row else None


def document_by_hash(db: sqlite_utils.Database, data: bytes) -> ReportRef | None:
    """The document with these bytes, wherever it was ingested from (a copy of a known file)."""
    import hashlib  # here, not at import: OpenSSL's hashes are no part of a question's start-up

    digest = hashlib.sha256(data).hexdigest()
    row = db.execute(_DOC_SQL + " WHERE content_hash = ? ORDER BY ingested_at DESC, id DESC LIMIT 1", [digest]).fetchone()
    return ReportRef(*row) if row else None


def report_chunks(db: sqlite_utils.Database, doc_id: int) -> list[ChunkRow]:
    """All chunks of one report in reading order (the review part is chosen above this layer)."""
    return chunks_of(db, doc_id)
