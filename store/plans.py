"""Loading a parsed responsibility table into the registry, whole or not at all.

A plan is identified by (region, year, title): re-ingesting a changed table of the same plan
updates its tasks in place by code, so deadlines set by admins, progress reports, done
flags and reminder history (all keyed on tasks.id) survive; tasks that disappeared are
marked removed, not deleted. Another year or region is another plan.
"""
from __future__ import annotations

import datetime as dt
import json
from core import lazy_re as re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core.errors import UserError
from prompts import registry as msg
from core.deadline_words import task_due
from core.plan_records import PlanTable
from store.db import transaction
from store.tasks import index_task
from store.units import ensure_units, short_forms_shown

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class LoadResult:
    plan_id: int
    tasks: int
    status: str  # "ingested" (new or changed) | "unchanged" (same content hash)
    created: int = 0
    updated: int = 0
    removed: int = 0
    title: str = ""
    region: str | None = None
    year: int | None = None
    warnings: list[str] = field(default_factory=list)


def _meta_value(meta: Any, name: str) -> Any:
    if meta is None:
        return None
    if isinstance(meta, dict):
        return meta.get(name)
    return getattr(meta, name, None)


def _iso(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def plan_identity(table: PlanTable, meta: Any = None) -> tuple[str, str | None, int]:
    """(title, region, year): what the table read from its own cover (the issuer
    "南昌市人民政府办公室", the title line), else what `meta` says (the caller's explicit
    values: `ducha ingest --region`; never a region guessed from place names in the tasks).
    The region decides how the plan's units are named (store.units.qualify), so the issuer
    wins over anything given.
    A plan without a year cannot have deadlines: refused."""
    region = table.region or _meta_value(meta, "region")
    year = table.year or _meta_value(meta, "year")
    title = table.title or _meta_value(meta, "title")
    if not year:
        raise UserError(msg.NO_TITLE)
    if not title:
        title = f"{region or ''}{year}年重点工作责任分工方案"
    return re.sub(r"\s+", "", str(title)), region, int(year)


def known_unit_names(db: sqlite_utils.Database) -> set[str]:
    """The unit vocabulary for `parse_plan(known_units=…)`: names learned from earlier tables."""
    return {r[0] for r in db.execute("SELECT name FROM units")}


def load_plan(
    db: sqlite_utils.Database,
    table: PlanTable,
    meta: Any = None,
    source_file: str | None = None,
    content_hash: str | None = None,
) -> LoadResult:
    """Write `table` as one plan, in one transaction. meta may be None or a DocMeta/dict with
    region, year, title, delivered, used where the table's own cover says nothing (see
    `plan_identity`). The returned LoadResult carries the title/region/year stored."""
    title, region, year = plan_identity(table, meta)
    issued = _iso(_meta_value(meta, "delivered") or _meta_value(meta, "issued") or table.issued)
    with transaction(db):
        row = db.execute(
            "SELECT id, content_hash FROM plans WHERE region IS ? AND year = ? AND title = ?", [region, year, title]
        ).fetchone()
        if row is None and source_file:
            row = db.execute(
                "SELECT id, content_hash FROM plans WHERE region IS ? AND year = ? AND source_file = ?", [region, year, source_file]
            ).fetchone()
        if row and content_hash and row[1] == content_hash:
            count = db.execute("SELECT count(*) FROM tasks WHERE plan_id = ? AND removed = 0", [row[0]]).fetchone()[0]
            return LoadResult(plan_id=row[0], tasks=count, status="unchanged", title=title, region=region, year=year, warnings=table.warnings)
        if row:
            plan_id = row[0]
            db.execute(
                "UPDATE plans SET title = ?, issued = ?, source_file = ?, content_hash = ?, warnings = ?, ingested_at = CURRENT_TIMESTAMP WHERE id = ?",
                [title, issued, source_file, content_hash, json.dumps(table.warnings, ensure_ascii=False), plan_id],
            )
        else:
            plan_id = int(
                db.execute(
                    "INSERT INTO plans (title, region, year, issued, source_file, content_hash, warnings) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [title, region, year, issued, source_file, content_hash, json.dumps(table.warnings, ensure_ascii=False)],
                ).lastrowid
            )
        db.execute("DELETE FROM sections WHERE plan_id = ?", [plan_id])
        for sec in table.sections:
            db.execute(
                "INSERT INTO sections (plan_id, number, title, declared_count) VALUES (?, ?, ?, ?)",
                [plan_id, sec.number, sec.title, sec.declared_count],
            )
        unit_ids = ensure_units(db, [u for r in table.rows for u in (*r.lead_units, *r.co_units)], region)
        leader_ids = _ensure_leaders(db, {name for r in table.rows for name in r.leaders})
        shown = short_forms_shown(db, unit_ids, region)
        existing = {code: tid for code, tid in db.execute("SELECT code, id FROM tasks WHERE plan_id = ?", [plan_id])}
        created = updated = 0
        for r in table.rows:
            due = task_due(r.text, getattr(r, "due_text", None), year).isoformat()
            others = getattr(r, "others", None)
            values = [r.section_number, r.number, r.section, r.subsection, r.text, due, getattr(r, "due_text", None),
                      json.dumps(others, ensure_ascii=False) if others else None]
            if r.code in existing:
                task_id = existing.pop(r.code)
                db.execute(
                    "UPDATE tasks SET section_number = ?, number = ?, section = ?, subsection = ?, text = ?, text_due = ?, due_printed = ?, other_cells = ?, removed = 0 WHERE id = ?",
                    [*values, task_id],
                )
                db.execute("DELETE FROM task_units WHERE task_id = ?", [task_id])
                db.execute("DELETE FROM task_leaders WHERE task_id = ?", [task_id])
                updated += 1
            else:
                task_id = int(
                    db.execute(
                        "INSERT INTO tasks (plan_id, code, section_number, number, section, subsection, text, text_due, due_printed, other_cells) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [plan_id, r.code, *values],
                    ).lastrowid
                )
                created += 1
            seen_units: set[int] = set()
            for role, names in (("lead", r.lead_units), ("co", r.co_units)):
                for ord_, name in enumerate(names):
                    uid = unit_ids[name]
                    if uid in seen_units:
                        continue  # two spellings of one unit in one task
                    seen_units.add(uid)
                    db.execute("INSERT INTO task_units (task_id, unit_id, role, ord, printed) VALUES (?, ?, ?, ?, ?)",
                               [task_id, uid, role, ord_, shown.get(name)])
            for ord_, name in enumerate(r.leaders):
                db.execute("INSERT OR IGNORE INTO task_leaders (task_id, leader_id, ord, office) VALUES (?, ?, ?, ?)",
                           [task_id, leader_ids[name], ord_, r.offices.get(name)])
            index_task(db, task_id, r.text)
        removed = 0
        for task_id in existing.values():
            removed += db.execute("UPDATE tasks SET removed = 1 WHERE id = ? AND removed = 0", [task_id]).rowcount
            db.execute("DELETE FROM tasks_fts WHERE rowid = ?", [task_id])
    return LoadResult(
        plan_id=plan_id, tasks=len(table.rows), status="ingested", created=created, updated=updated, removed=removed,
        title=title, region=region, year=year, warnings=table.warnings,
    )


def _ensure_leaders(db: sqlite_utils.Database, names: set[str]) -> dict[str, int]:
    ids = {}
    for name in sorted(names):
        db.execute("INSERT OR IGNORE INTO leaders (name) VALUES (?)", [name])
        ids[name] = db.execute("SELECT id FROM leaders WHERE name = ?", [name]).fetchone()[0]
    return ids


def list_plans(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every plan, newest year first: the contract's plan object (`ducha plan list --json`)
    plus `issued`, `source_file`, `closed_at`, `closed_by` and `warnings` (its count disagreements)."""
    return [
        {"id": i, "title": t, "region": r, "year": y, "tasks": n, "status": st, "file": f,
         "issued": s, "source_file": f, "closed_at": ca, "closed_by": cb, "warnings": json.loads(w or "[]")}
        for i, t, r, y, s, f, n, st, ca, cb, w in db.execute(
            "SELECT p.id, p.title, p.region, p.year, p.issued, p.source_file, "
            "(SELECT count(*) FROM tasks t WHERE t.plan_id = p.id AND t.removed = 0), p.status, p.closed_at, p.closed_by, p.warnings "
            "FROM plans p ORDER BY p.year DESC, p.id DESC"
        )
    ]


def plan_warnings(db: sqlite_utils.Database, content_hash: str) -> list[str]:
    """The count warnings stored with the plan read from a file of these bytes ([] when none),
    so re-ingesting an unchanged file says them again."""
    row = db.execute("SELECT warnings FROM plans WHERE content_hash = ? ORDER BY id DESC LIMIT 1", [content_hash]).fetchone()
    return json.loads(row[0] or "[]") if row else []


# --- a plan's life after its year ----------------------------------------------------------


def resolve_plan(db: sqlite_utils.Database, ref: str | int) -> dict[str, Any]:
    """The plan `ref` names: its id, or its year when only one plan has that year
    ("2024", "2024年"). UserError with the candidates otherwise."""
    text = str(ref).strip().rstrip("年")
    plans = list_plans(db)
    if not plans:
        raise UserError(msg.NO_PLAN)
    if not text.isdigit():
        raise UserError(msg.PLAN_BAD_REF.format(ref=ref))
    value = int(text)
    if value >= 1900:
        found = [p for p in plans if p["year"] == value]
        if len(found) > 1:
            raise UserError(msg.PLAN_AMBIGUOUS.format(ref=ref, candidates="；".join(f"{p['id']} {p['title']}" for p in found)))
    else:
        found = [p for p in plans if p["id"] == value]
    if not found:
        raise UserError(msg.PLAN_UNKNOWN.format(ref=ref))
    return found[0]


def set_plan_status(db: sqlite_utils.Database, ref: str | int, status: str, *, by: str, now: dt.datetime) -> dict[str, Any]:
    """Close (archive) or reopen a plan. A closed plan's tasks get no reminders, escalations
    or overdue counts (store/reminder_queries.py, store/tasks.STATUS_SQL) and stay answerable;
    reopening restores all of it, since nothing about the tasks themselves changes.
    Returns the plan as `list_plans` shows it, plus `changed` (False when it already was so)."""
    if status not in ("active", "closed"):
        raise ValueError(status)
    plan = resolve_plan(db, ref)
    changed = plan["status"] != status
    if changed:
        with transaction(db):
            if status == "closed":
                db.execute("UPDATE plans SET status = 'closed', closed_at = ?, closed_by = ? WHERE id = ?",
                           [now.isoformat(timespec="seconds"), by, plan["id"]])
            else:
                db.execute("UPDATE plans SET status = 'active', closed_at = NULL, closed_by = NULL WHERE id = ?", [plan["id"]])
    return {**resolve_plan(db, plan["id"]), "changed": changed}


def plans_sharing_code(db: sqlite_utils.Database, code: str) -> list[dict[str, Any]]:
    """The plans that hold a task with this code (newest first): more than one means an
    answer must name its plan."""
    return [
        {"id": i, "title": t, "year": y, "status": st}
        for i, t, y, st in db.execute(
            "SELECT DISTINCT p.id, p.title, p.year, p.status FROM tasks t JOIN plans p ON p.id = t.plan_id "
            "WHERE t.code = ? AND t.removed = 0 ORDER BY p.year DESC, p.id DESC",
            [code],
        )
    ]


def chat_plan(db: sqlite_utils.Database, chat_id: int) -> int | None:
    """The plan a chat chose with `/plan 2024`: what `/task 1.2` means there; None = newest."""
    row = db.execute("SELECT plan_id FROM chat_plans WHERE chat_id = ?", [chat_id]).fetchone()
    return row[0] if row else None


def set_chat_plan(db: sqlite_utils.Database, chat_id: int, ref: str | int, *, by: str, now: dt.datetime) -> dict[str, Any]:
    plan = resolve_plan(db, ref)
    with transaction(db):
        db.execute("INSERT OR REPLACE INTO chat_plans (chat_id, plan_id, set_by, set_at) VALUES (?, ?, ?, ?)",
                   [chat_id, plan["id"], by, now.isoformat(timespec="seconds")])
    return plan


def plan_year_of_task(db: sqlite_utils.Database, task_id: int) -> int:
    return db.execute("SELECT p.year FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE t.id = ?", [task_id]).fetchone()[0]
