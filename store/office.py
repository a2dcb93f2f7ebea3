"""The supervision office's reads for its paperwork: each task's latest progress report and
the reports of a recent window, in one query each, so a 台账 of hundreds of tasks is cheap.
Task rows themselves come from store.tasks.list_tasks (the one status rule)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
import json
from dataclasses import dataclass

from core.errors import UserError
from prompts import exports as texts

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class ProgressNote:
    task_id: int
    code: str
    unit: str | None
    text: str
    reported_at: str
    done: bool


def latest_progress(db: sqlite_utils.Database, task_ids: list[int]) -> dict[int, ProgressNote]:
    """{task id: its most recent progress report} for the given tasks (none: not in the dict)."""
    if not task_ids:
        return {}
    rows = db.execute(
        "SELECT p.task_id, t.code, u.name, p.text, p.reported_at, p.done FROM progress p "
        "JOIN tasks t ON t.id = p.task_id LEFT JOIN units u ON u.id = p.unit_id "
        "WHERE p.id IN (SELECT MAX(p2.id) FROM progress p2 WHERE p2.task_id IN (SELECT value FROM json_each(?)) "
        "GROUP BY p2.task_id)",
        [json.dumps(task_ids)],
    ).fetchall()
    return {r[0]: ProgressNote(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows}


def progress_since(db: sqlite_utils.Database, task_ids: list[int], since: dt.date, until: dt.date) -> list[ProgressNote]:
    """Reports on the given tasks dated from `since` to `until` (inclusive), newest first."""
    if not task_ids:
        return []
    rows = db.execute(
        "SELECT p.task_id, t.code, u.name, p.text, p.reported_at, p.done FROM progress p "
        "JOIN tasks t ON t.id = p.task_id LEFT JOIN units u ON u.id = p.unit_id "
        "WHERE p.task_id IN (SELECT value FROM json_each(?)) AND substr(p.reported_at, 1, 10) BETWEEN ? AND ? "
        "ORDER BY p.reported_at DESC, p.id DESC",
        [json.dumps(task_ids), since.isoformat(), until.isoformat()],
    ).fetchall()
    return [ProgressNote(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]


def evidence_counts(db: sqlite_utils.Database, task_ids: list[int]) -> dict[int, int]:
    """{task id: number of evidence files}; empty before the office schema exists."""
    if not task_ids or not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'evidence'").fetchone():
        return {}
    return dict(
        db.execute(
            "SELECT task_id, COUNT(*) FROM evidence WHERE task_id IN (SELECT value FROM json_each(?)) GROUP BY task_id",
            [json.dumps(task_ids)],
        ).fetchall()
    )


def resolve_plan(db: sqlite_utils.Database, value: str | int | None) -> int | None:
    """A plan named on the command line: its id, else its year when one plan has that year.
    None passes through (all plans); anything unknown or ambiguous → UserError, never a guess."""
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip()
    if not text.isdigit():
        raise UserError(texts.EXPORT_NO_PLAN.format(plan=text))
    number = int(text)
    if db.execute("SELECT 1 FROM plans WHERE id = ?", [number]).fetchone():
        return number
    by_year = [r[0] for r in db.execute("SELECT id FROM plans WHERE year = ?", [number]).fetchall()]
    if len(by_year) == 1:
        return by_year[0]
    raise UserError(texts.EXPORT_NO_PLAN.format(plan=text))
