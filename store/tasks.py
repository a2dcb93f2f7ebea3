"""Reading tasks: lists, one task in full, full-text search, leaders named in a question.

Deadline rule (every part uses it; the reminders read the same tables):
- effective due = the latest row in `deadlines` for the task (an admin's `ducha due`, kept
  as history; latest = highest id) else `tasks.text_due`;
- `tasks.text_due` is set at load time from the task's own time words
  (`core.deadline_words.due_from_text`: "6月底前", "三季度", "2022年底"…), else 31 December
  of the plan year — a 分工方案 asks for everything "确保年底兑现";
- done = `tasks.done_at` is not null (a progress report with done=1 sets it);
- status, for a given today: 已完成 when done; 逾期 when the due date is before today;
  推进中 when any progress was reported; 未开始 otherwise. A task is due ON its due day, so
  it is overdue from the next day on.
Removed tasks (gone from a re-ingested table) are kept for history but never listed.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from core.dates import stored_date
from core.errors import UserError
from prompts import registry as msg
from store import units as units_mod

STATUSES = ("未开始", "推进中", "已完成", "逾期")

DUE_SQL = "COALESCE((SELECT d.due FROM deadlines d WHERE d.task_id = t.id ORDER BY d.id DESC LIMIT 1), t.text_due)"
STATUS_SQL = (
    "CASE WHEN t.done_at IS NOT NULL THEN '已完成' "
    "WHEN {due} < :today THEN '逾期' "
    "WHEN EXISTS (SELECT 1 FROM progress pr WHERE pr.task_id = t.id) THEN '推进中' "
    "ELSE '未开始' END"
).format(due=DUE_SQL)


@dataclass
class TaskView:
    id: int
    code: str
    text: str
    section: str
    subsection: str | None
    leaders: list[str]
    lead_units: list[str]
    co_units: list[str]
    due: dt.date | None
    status: str
    plan_id: int
    plan_title: str
    region: str | None = None
    year: int | None = None
    role: str | None = None
    done_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The contract's task object (CONTRACT.md, `ducha tasks --json`)."""
        out: dict[str, Any] = {
            "code": self.code,
            "text": self.text,
            "section": self.section,
            "subsection": self.subsection,
            "leaders": list(self.leaders),
            "lead_units": list(self.lead_units),
            "co_units": list(self.co_units),
            "due": self.due.isoformat() if self.due else None,
            "status": self.status,
        }
        if self.role is not None:
            out["role"] = self.role
        return out


def status_of(due: dt.date | None, today: dt.date, *, done: bool, has_progress: bool) -> str:
    """The status rule in Python, for callers holding one task (same as STATUS_SQL)."""
    if done:
        return "已完成"
    if due is not None and due < today:
        return "逾期"
    return "推进中" if has_progress else "未开始"


# --- full text ----------------------------------------------------------------------------

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+|[A-Za-z0-9]+(?:\.[0-9]+)?")


def grams(text: str) -> str:
    """Index terms: overlapping CJK bigrams (a lone character stays itself) and lower-cased
    ASCII words, space-separated for the unicode61 tokenizer. "5G网络覆盖" → "5g 网络 络覆 覆盖"."""
    terms: list[str] = []
    for run in _CJK_RUN.findall(text or ""):
        if run[0].isascii():
            terms.append(run.lower().replace(".", ""))
        elif len(run) == 1:
            terms.append(run)
        else:
            terms.extend(run[i : i + 2] for i in range(len(run) - 1))
    return " ".join(terms)


def index_task(db: sqlite_utils.Database, task_id: int, text: str) -> None:
    db.execute("DELETE FROM tasks_fts WHERE rowid = ?", [task_id])
    db.execute("INSERT INTO tasks_fts (rowid, grams) VALUES (?, ?)", [task_id, grams(text)])


# --- reading ------------------------------------------------------------------------------

_SELECT = (
    "SELECT t.id, t.code, t.text, t.section, t.subsection, {due} AS due, {status} AS status, "
    "t.plan_id, p.title, p.region, p.year, t.done_at FROM tasks t JOIN plans p ON p.id = t.plan_id"
).format(due=DUE_SQL, status=STATUS_SQL)
_ORDER = " ORDER BY p.year DESC, t.plan_id DESC, t.section_number, t.number"


def _views(db: sqlite_utils.Database, rows: list[tuple], roles: dict[int, str] | None = None) -> list[TaskView]:
    """Build TaskViews for task rows, fetching units and leaders of all of them in two queries."""
    if not rows:
        return []
    ids = json.dumps([r[0] for r in rows])
    lead: dict[int, list[str]] = {}
    co: dict[int, list[str]] = {}
    for task_id, role, name in db.execute(
        "SELECT tu.task_id, tu.role, u.name FROM json_each(?) j CROSS JOIN task_units tu ON tu.task_id = j.value "
        "JOIN units u ON u.id = tu.unit_id ORDER BY tu.task_id, tu.ord",
        [ids],
    ):
        (lead if role == "lead" else co).setdefault(task_id, []).append(name)
    leaders: dict[int, list[str]] = {}
    for task_id, name in db.execute(
        "SELECT tl.task_id, l.name FROM json_each(?) j CROSS JOIN task_leaders tl ON tl.task_id = j.value "
        "JOIN leaders l ON l.id = tl.leader_id ORDER BY tl.task_id, tl.ord",
        [ids],
    ):
        leaders.setdefault(task_id, []).append(name)
    out = []
    for r in rows:
        out.append(
            TaskView(
                id=r[0], code=r[1], text=r[2], section=r[3], subsection=r[4],
                due=stored_date(r[5]), status=r[6], plan_id=r[7], plan_title=r[8],
                region=r[9], year=r[10], done_at=r[11], leaders=leaders.get(r[0], []),
                lead_units=lead.get(r[0], []), co_units=co.get(r[0], []),
                role=(roles or {}).get(r[0]),
            )
        )
    return out


def _check_status(status: str | None) -> None:
    if status is not None and status not in STATUSES:
        raise UserError(msg.STATUS_BAD.format(value=status))


def resolve_leader(db: sqlite_utils.Database, name: str) -> int:
    key = re.sub(r"\s+", "", name or "")
    row = db.execute("SELECT id FROM leaders WHERE name = ?", [key]).fetchone()
    if row:
        return row[0]
    found = [r for r in db.execute("SELECT id, name FROM leaders") if r[1] in key]
    if len(found) == 1:
        return found[0][0]
    raise UserError(msg.LEADER_UNKNOWN.format(name=name))


def list_tasks(
    db: sqlite_utils.Database,
    *,
    unit: str | units_mod.Unit | None = None,
    leader: str | None = None,
    status: str | None = None,
    due_before: dt.date | None = None,
    today: dt.date,
    plan_id: int | None = None,
    limit: int | None = None,
) -> list[TaskView]:
    """Tasks of every plan (newest plan first, then in table order), filtered.

    `unit` (any alias) matches lead and co-units, and also collectives the unit belongs to
    (南昌市政府 gets the tasks of 各设区市政府); each view's `role` says lead or co (lead wins
    when both). `due_before` is inclusive. Unknown unit/leader/status → UserError."""
    _check_status(status)
    where = ["t.removed = 0"]
    params: dict[str, Any] = {"today": today.isoformat()}
    roles: dict[int, str] | None = None
    if unit is not None:
        u = unit if isinstance(unit, units_mod.Unit) else units_mod.resolve_unit(db, unit)
        unit_ids = [u.id, *units_mod.collectives_of(db, u.id)]
        roles = {}
        for task_id, is_lead in db.execute(
            "SELECT task_id, MAX(role = 'lead') FROM task_units WHERE unit_id IN (SELECT value FROM json_each(?)) GROUP BY task_id",
            [json.dumps(unit_ids)],
        ):
            roles[task_id] = "lead" if is_lead else "co"
        where.append("t.id IN (SELECT value FROM json_each(:ids))")
        params["ids"] = json.dumps(list(roles))
    if leader is not None:
        params["leader"] = resolve_leader(db, leader)
        where.append("t.id IN (SELECT task_id FROM task_leaders WHERE leader_id = :leader)")
    if plan_id is not None:
        params["plan"] = plan_id
        where.append("t.plan_id = :plan")
    sql = _SELECT + " WHERE " + " AND ".join(where)
    outer = []
    if status is not None:
        params["status"] = status
        outer.append("status = :status")
    if due_before is not None:
        params["due_before"] = due_before.isoformat()
        outer.append("due <= :due_before")
    if outer:
        sql = f"SELECT * FROM ({sql + _ORDER}) WHERE " + " AND ".join(outer)
    else:
        sql += _ORDER
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = db.execute(sql, params).fetchall()
    return _views(db, rows, roles)


CODE_RE = re.compile(r"^\s*(\d{1,3})\s*[.．\-]\s*(\d{1,3})\s*$")


def normalize_code(code: str) -> str:
    m = CODE_RE.match(str(code))
    if not m:
        raise UserError(msg.TASK_BAD_CODE.format(code=code))
    return f"{int(m.group(1))}.{int(m.group(2))}"


def task_id_for(db: sqlite_utils.Database, code: str, *, plan_id: int | None = None) -> int:
    """The task a code means: in `plan_id`, else in the newest plan that has it."""
    norm_code = normalize_code(code)
    sql = "SELECT t.id FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE t.code = ? AND t.removed = 0"
    params: list[Any] = [norm_code]
    if plan_id is not None:
        sql += " AND t.plan_id = ?"
        params.append(plan_id)
    row = db.execute(sql + " ORDER BY p.year DESC, p.id DESC LIMIT 1", params).fetchone()
    if not row:
        raise UserError(msg.TASK_UNKNOWN.format(code=code))
    return row[0]


def get_task(db: sqlite_utils.Database, code: str, *, today: dt.date, plan_id: int | None = None) -> TaskView:
    task_id = task_id_for(db, code, plan_id=plan_id)
    return get_task_by_id(db, task_id, today=today)


def get_task_by_id(db: sqlite_utils.Database, task_id: int, *, today: dt.date) -> TaskView:
    rows = db.execute(_SELECT + " WHERE t.id = :id", {"id": task_id, "today": today.isoformat()}).fetchall()
    if not rows:
        raise UserError(msg.TASK_UNKNOWN.format(code=task_id))
    return _views(db, rows)[0]


def task_detail(db: sqlite_utils.Database, code: str, *, today: dt.date, plan_id: int | None = None) -> dict[str, Any]:
    """One task in full: the contract's task object plus plan, deadline history, progress
    history and the reminders the outbox recorded for it."""
    view = get_task(db, code, today=today, plan_id=plan_id)
    out = view.to_dict()
    out["plan"] = {"id": view.plan_id, "title": view.plan_title, "region": view.region, "year": view.year}
    out["done_at"] = view.done_at
    out["deadlines"] = [
        {"due": d, "set_by": b, "set_at": a, "note": n}
        for d, b, a, n in db.execute("SELECT due, set_by, set_at, note FROM deadlines WHERE task_id = ? ORDER BY id", [view.id])
    ]
    out["due_source"] = "admin" if out["deadlines"] else "text"
    out["progress"] = [
        {"reported_at": r, "unit": u, "text": t, "reporter": rep, "done": bool(d)}
        for r, u, t, rep, d in db.execute(
            "SELECT p.reported_at, u.name, p.text, p.reporter, p.done FROM progress p LEFT JOIN units u ON u.id = p.unit_id "
            "WHERE p.task_id = ? ORDER BY p.id",
            [view.id],
        )
    ]
    out["reminders"] = []
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox'").fetchone():
        out["reminders"] = [
            {"date": d, "kind": k, "unit": u, "chat_id": c, "status": s, "sent_at": at}
            for d, k, u, c, s, at in db.execute(
                "SELECT date, kind, unit, chat_id, status, sent_at FROM outbox WHERE task_id = ? ORDER BY date, id", [view.id]
            )
        ]
    return out


def search_tasks(db: sqlite_utils.Database, query: str, *, limit: int = 10, today: dt.date) -> list[TaskView]:
    """Tasks whose text shares the most bigrams with `query` (BM25), best first. Any shared
    term is enough to be a candidate, so a whole question can be passed as is."""
    terms = sorted(set(grams(query).split()))
    if not terms:
        return []
    match = " OR ".join('"' + t.replace('"', "") + '"' for t in terms)
    hits = db.execute(
        "SELECT f.rowid FROM tasks_fts f JOIN tasks t ON t.id = f.rowid WHERE tasks_fts MATCH ? AND t.removed = 0 "
        "ORDER BY bm25(tasks_fts) LIMIT ?",
        [match, limit],
    ).fetchall()
    order = [h[0] for h in hits]
    if not order:
        return []
    rows = db.execute(_SELECT + " WHERE t.id IN (SELECT value FROM json_each(:ids))", {"ids": json.dumps(order), "today": today.isoformat()}).fetchall()
    views = {v.id: v for v in _views(db, rows)}
    return [views[i] for i in order if i in views]


def leaders_in_text(db: sqlite_utils.Database, text: str) -> list[str]:
    """Leader names that appear in a question ("易炼红同志牵头的是哪项工作"), in order."""
    flat = re.sub(r"\s+", "", text or "")
    found = [(flat.find(name), name) for (name,) in db.execute("SELECT name FROM leaders") if name and name in flat]
    return [name for _, name in sorted(found)]
