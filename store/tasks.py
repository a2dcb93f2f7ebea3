"""Reading tasks: lists, one task in full, full-text search, leaders named in a question.

Deadline rule (every part uses it; the reminders read the same tables):
- effective due = the latest row in `deadlines` for the task (an admin's `ducha due`, kept
  as history; latest = highest id) else `tasks.text_due`;
- `tasks.text_due` is set at load time from the task's own time words
  (`core.deadline_words.due_from_text`: "6月底前", "三季度", "2022年底"…), else 31 December
  of the plan year — a 分工方案 asks for everything "确保年底兑现";
- done = `tasks.done_at` is not null (a progress report with done=1 sets it);
- status, for a given today: 已完成 when done; 待审核 while a unit's completion claim awaits
  the office's review (store/claims.py); 逾期 when the due date is before today and the plan
  is active (a closed plan's tasks are never overdue: store/plans.py);
  推进中 when any progress was reported; 未开始 otherwise. A task is due ON its due day, so
  it is overdue from the next day on.
Removed tasks (gone from a re-ingested table) are kept for history but never listed.
"""
from __future__ import annotations

import datetime as dt
import json
from core import lazy_re as re
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from core.bigrams import bigrams
from core.dates import stored_date
from core.errors import UserError
from prompts import registry as msg
from store import units as units_mod

if TYPE_CHECKING:
    import sqlite_utils

STATUSES = ("未开始", "推进中", "已完成", "逾期", "待审核")

DUE_SQL = "COALESCE((SELECT d.due FROM deadlines d WHERE d.task_id = t.id ORDER BY d.id DESC LIMIT 1), t.text_due)"
STATUS_SQL = (
    "CASE WHEN t.done_at IS NOT NULL THEN '已完成' "
    "WHEN EXISTS (SELECT 1 FROM completion_claims cc WHERE cc.task_id = t.id AND cc.state = 'pending') THEN '待审核' "
    "WHEN {due} < :today AND p.status = 'active' THEN '逾期' "
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
    plan_status: str = "active"  # "closed": the task is from a closed (archived) plan
    due_printed: str | None = None  # the plan's 完成时限 cell as printed, unless an admin reset the date
    others: dict[str, str] = field(default_factory=dict)  # cells of columns no role names (包村干部), by label
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
        if self.plan_status != "active":
            out["plan_status"] = self.plan_status
        if self.due_printed:
            out["due_printed"] = self.due_printed
        if self.others:
            out["others"] = dict(self.others)
        return out


def status_of(due: dt.date | None, today: dt.date, *, done: bool, has_progress: bool, closed: bool = False) -> str:
    """The status rule in Python, for callers holding one task (same as STATUS_SQL)."""
    if done:
        return "已完成"
    if due is not None and due < today and not closed:
        return "逾期"
    return "推进中" if has_progress else "未开始"


# --- full text ----------------------------------------------------------------------------

_ASCII_RUN = re.compile(r"[A-Za-z0-9]+(?:\.[0-9]+)?")


def grams(text: str) -> str:
    """Index terms: overlapping CJK bigrams (a lone character stays itself, `core.bigrams`) and
    lower-cased ASCII words, space-separated for the unicode61 tokenizer. "5G网络覆盖" → "5g 网络 络覆 覆盖"."""
    terms = [run.lower().replace(".", "") for run in _ASCII_RUN.findall(text or "")]
    terms.extend(bigrams(text or ""))
    return " ".join(terms)


def index_task(db: sqlite_utils.Database, task_id: int, text: str) -> None:
    db.execute("DELETE FROM tasks_fts WHERE rowid = ?", [task_id])
    db.execute("INSERT INTO tasks_fts (rowid, grams) VALUES (?, ?)", [task_id, grams(text)])


# --- reading ------------------------------------------------------------------------------

_SELECT = (
    "SELECT t.id, t.code, t.text, t.section, t.subsection, {due} AS due, {status} AS status, "
    "t.plan_id, p.title, p.region, p.year, t.done_at, p.status, "
    # the printed 完成时限 stands only while no admin has set another deadline
    "CASE WHEN EXISTS (SELECT 1 FROM deadlines d WHERE d.task_id = t.id) THEN NULL ELSE t.due_printed END, "
    "t.other_cells "
    "FROM tasks t JOIN plans p ON p.id = t.plan_id"
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
        "SELECT tu.task_id, tu.role, COALESCE(tu.printed, u.name) FROM json_each(?) j CROSS JOIN task_units tu ON tu.task_id = j.value "
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
                region=r[9], year=r[10], done_at=r[11], plan_status=r[12] or "active", due_printed=r[13], leaders=leaders.get(r[0], []),
                lead_units=lead.get(r[0], []), co_units=co.get(r[0], []),
                role=(roles or {}).get(r[0]),
                others=json.loads(r[14]) if len(r) > 14 and r[14] else {},
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


def _filtered(
    db: sqlite_utils.Database, *, unit: str | units_mod.Unit | None, leader: str | None, status: str | None,
    due_before: dt.date | None, today: dt.date, plan_id: int | None,
) -> tuple[str, dict[str, Any], list[int] | None]:
    """The filtered, ordered task query shared by `list_tasks` and `count_tasks`, with the unit
    ids (the unit and the collectives it belongs to) when a unit was asked for."""
    _check_status(status)
    where = ["t.removed = 0"]
    params: dict[str, Any] = {"today": today.isoformat()}
    unit_ids: list[int] | None = None
    if unit is not None:
        u = unit if isinstance(unit, units_mod.Unit) else units_mod.resolve_unit(db, unit)
        unit_ids = [u.id, *units_mod.collectives_of(db, u.id)]
        params["units"] = json.dumps(unit_ids)
        # the task_units_unit index answers this without reading the unit's other rows
        where.append("t.id IN (SELECT task_id FROM task_units WHERE unit_id IN (SELECT value FROM json_each(:units)))")
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
    return sql, params, unit_ids


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
    offset: int = 0,
) -> list[TaskView]:
    """Tasks of every plan (newest plan first, then in table order), filtered; one page of
    them when `limit` is given (`count_tasks` says how many there are in all).

    `unit` (any alias) matches lead and co-units, and also collectives the unit belongs to
    (南昌市政府 gets the tasks of 各设区市政府); each view's `role` says lead or co (lead wins
    when both). `due_before` is inclusive. Unknown unit/leader/status → UserError."""
    sql, params, unit_ids = _filtered(db, unit=unit, leader=leader, status=status, due_before=due_before,
                                      today=today, plan_id=plan_id)
    if limit:
        sql += f" LIMIT {int(limit)} OFFSET {max(0, int(offset))}"
    rows = db.execute(sql, params).fetchall()
    roles: dict[int, str] | None = None
    if unit_ids is not None and rows:
        # roles of this page only: a unit on a third of 100 000 tasks costs one page, not all
        roles = {
            task_id: "lead" if is_lead else "co"
            for task_id, is_lead in db.execute(
                "SELECT task_id, MAX(role = 'lead') FROM task_units WHERE unit_id IN (SELECT value FROM json_each(?)) "
                "AND task_id IN (SELECT value FROM json_each(?)) GROUP BY task_id",
                [json.dumps(unit_ids), json.dumps([r[0] for r in rows])],
            )
        }
    return _views(db, rows, roles)


def count_tasks(db: sqlite_utils.Database, *, today: dt.date, **filters: Any) -> int:
    """How many tasks `list_tasks` with the same filters (unit, leader, status, due_before,
    plan_id) lists in all, for "第 1–20 项，共 N 项"."""
    options = {name: filters.get(name) for name in ("unit", "leader", "status", "due_before", "plan_id")}
    sql, params, _ = _filtered(db, today=today, **options)
    return db.execute(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()[0]


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


@dataclass
class DeadlineChange:
    """One admin override of a task's deadline (`deadlines` row); the latest one is in force."""
    due: str
    set_by: str
    set_at: str
    note: str | None


@dataclass
class ProgressEntry:
    reported_at: str
    unit: str | None
    text: str
    reporter: str
    done: bool


@dataclass
class ReminderSent:
    """A reminder the outbox recorded about the task (sent, pending, unbound or failed)."""
    date: str
    kind: str
    unit: str
    chat_id: int | None
    status: str
    sent_at: str | None


@dataclass
class EvidenceFile:
    """A 佐证材料 file a unit attached to the task (store/evidence.py keeps the bytes)."""
    file_name: str
    size: int
    unit: str | None
    uploaded_at: str
    uploaded_by: str
    sha256: str


@dataclass
class OtherPlan:
    """Another plan that has a task with the same code: an answer names its own plan and these."""
    id: int
    title: str
    year: int | None


@dataclass
class TaskDetail:
    """One task in full, as every medium shows it: the CLI (`ducha task`), the bot (`/task`)
    and the answers (进展 questions) read this one record, each rendering it its own way."""
    task: TaskView
    deadlines: list[DeadlineChange]
    progress: list[ProgressEntry]
    reminders: list[ReminderSent]
    evidence: list[EvidenceFile] = field(default_factory=list)
    other_plans: list[OtherPlan] = field(default_factory=list)

    @property
    def due_source(self) -> str:
        """"admin" when a `ducha due` set the deadline in force, "text" when the task's words did."""
        return "admin" if self.deadlines else "text"

    def to_dict(self) -> dict[str, Any]:
        """`ducha task --json`: the contract's task object plus plan, histories and reminders."""
        view = self.task
        out = view.to_dict()
        out["plan"] = {"id": view.plan_id, "title": view.plan_title, "region": view.region, "year": view.year, "status": view.plan_status}
        out["other_plans"] = [asdict(p) for p in self.other_plans]
        out["done_at"] = view.done_at
        out["deadlines"] = [asdict(d) for d in self.deadlines]
        out["due_source"] = self.due_source
        out["progress"] = [asdict(p) for p in self.progress]
        out["evidence"] = [asdict(e) for e in self.evidence]
        out["reminders"] = [asdict(r) for r in self.reminders]
        return out


def task_detail(db: sqlite_utils.Database, code: str, *, today: dt.date, plan_id: int | None = None) -> TaskDetail:
    """One task in full: its view, deadline history, progress history, evidence files
    (store/evidence.py) and the reminders the outbox recorded for it. Unknown code → UserError."""
    view = get_task(db, code, today=today, plan_id=plan_id)
    deadlines = [
        DeadlineChange(*row)
        for row in db.execute("SELECT due, set_by, set_at, note FROM deadlines WHERE task_id = ? ORDER BY id", [view.id])
    ]
    progress = [
        ProgressEntry(r, u, t, rep, bool(d))
        for r, u, t, rep, d in db.execute(
            "SELECT p.reported_at, u.name, p.text, p.reporter, p.done FROM progress p LEFT JOIN units u ON u.id = p.unit_id "
            "WHERE p.task_id = ? ORDER BY p.id",
            [view.id],
        )
    ]
    evidence = [
        EvidenceFile(*row)
        for row in db.execute(
            "SELECT e.file_name, e.size, u.name, e.uploaded_at, e.uploaded_by, e.sha256 FROM evidence e "
            "LEFT JOIN units u ON u.id = e.unit_id WHERE e.task_id = ? ORDER BY e.id", [view.id]
        )
    ]
    reminders = [
        ReminderSent(*row)
        for row in db.execute(
            "SELECT date, kind, unit, chat_id, status, sent_at FROM outbox WHERE task_id = ? ORDER BY date, id", [view.id]
        )
    ]
    other_plans = [
        OtherPlan(*row)
        for row in db.execute(
            "SELECT DISTINCT p.id, p.title, p.year FROM tasks t JOIN plans p ON p.id = t.plan_id "
            "WHERE t.code = ? AND t.removed = 0 AND p.id != ? ORDER BY p.year DESC, p.id DESC",
            [view.code, view.plan_id],
        )
    ]
    return TaskDetail(view, deadlines, progress, reminders, evidence, other_plans)


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


def tasks_hold(db: sqlite_utils.Database, phrase: str) -> bool:
    """Whether any task (or its section title) prints `phrase`, whitespace ignored: a word
    no task and no report holds names a thing the documents never mention."""
    key = "".join((phrase or "").split())
    if not key:
        return False
    flat = "replace(replace(replace({col}, ' ', ''), char(10), ''), char(13), '')"
    row = db.execute(
        f"SELECT 1 FROM tasks WHERE instr({flat.format(col='text')}, ?) > 0 OR instr({flat.format(col='section')}, ?) > 0 LIMIT 1",
        [key, key],
    ).fetchone()
    return row is not None


def task_texts_with(db: sqlite_utils.Database, chars: str, *, limit: int = 200) -> list[str]:
    """The texts and section titles of the tasks that print every character of `chars`,
    whitespace removed: where a shortened word of a question ("婚检") may stand printed in
    full ("婚前医学检查"; answers/abbreviated_words.py)."""
    wanted = [c for c in dict.fromkeys(chars) if not c.isspace()]
    if not wanted:
        return []
    flat = "replace(replace(replace({col}, ' ', ''), char(10), ''), char(13), '')"
    out: list[str] = []
    for col in ("text", "section"):
        where = " AND ".join(f"instr({flat.format(col=col)}, ?) > 0" for _ in wanted)
        rows = db.execute(f"SELECT DISTINCT {flat.format(col=col)} FROM tasks WHERE {where} LIMIT ?", [*wanted, limit])
        out += [text for (text,) in rows if text]
    return out


def leader_names(db: sqlite_utils.Database) -> list[str]:
    """Every leader name the registry knows (for repairing a name typed by its sound)."""
    return [name for (name,) in db.execute("SELECT name FROM leaders") if name]


def leader_offices(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(leader, office) for every office a plan row prints beside a leader of an active task."""
    return [(name, office) for name, office in db.execute(
        "SELECT DISTINCT l.name, tl.office FROM task_leaders tl JOIN leaders l ON l.id = tl.leader_id "
        "JOIN tasks t ON t.id = tl.task_id WHERE tl.office IS NOT NULL AND t.removed = 0")]


def leaders_in_text(db: sqlite_utils.Database, text: str) -> list[str]:
    """Leader names that appear in a question ("易炼红同志牵头的是哪项工作"), in order."""
    flat = re.sub(r"\s+", "", text or "")
    found = [(flat.find(name), name) for (name,) in db.execute("SELECT name FROM leaders") if name and name in flat]
    return [name for _, name in sorted(found)]
