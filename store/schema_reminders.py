"""Reminders schema: the outbox (one row per reminder, unique per task/unit/kind/day, so a
pass run twice adds nothing), admin calendar overrides for years `chinesecalendar` does not
know, and one row per digest day so the supervision group never gets the same digest twice.
Append new migrations; never edit a shipped one."""

MIGRATIONS = [
    """
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL,   -- tasks.id (codes repeat across plans, ids do not)
  task TEXT NOT NULL,         -- task code as printed, e.g. "3.4"
  unit TEXT NOT NULL,         -- canonical unit name (escalation: the first lead unit)
  unit_id INTEGER,
  kind TEXT NOT NULL CHECK (kind IN ('upcoming', 'due_today', 'overdue', 'escalation')),
  date TEXT NOT NULL,         -- the pass day, YYYY-MM-DD
  due TEXT NOT NULL,          -- the deadline the reminder is about
  chat_id INTEGER,            -- NULL: unit not bound / no supervision chat configured
  text TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'unbound')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  UNIQUE (task_id, unit, kind, date)
);
CREATE INDEX outbox_pending ON outbox(status, id);
CREATE INDEX outbox_task ON outbox(task_id, unit, kind, date);
CREATE TABLE calendar_days (
  day TEXT PRIMARY KEY,       -- YYYY-MM-DD
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
  note TEXT,
  added_by TEXT NOT NULL,
  added_at TEXT NOT NULL
);
CREATE TABLE calendar_notices (
  year INTEGER PRIMARY KEY,   -- a year we fell back to Mon-Fri for, said once in the digest
  noted_on TEXT NOT NULL
);
CREATE TABLE digests (
  date TEXT PRIMARY KEY,      -- the day the supervision digest was sent
  sent_at TEXT NOT NULL,
  text TEXT NOT NULL
);
""",
    # 2: delivery leases. A sender claims pending rows (claimed_by = host:pid:nonce,
    # claim_until = epoch seconds) in one transaction before sending, so two senders never
    # send one row; an expired lease or a dead owner's lease is taken over. reported_at: when
    # the admins were told that this row could not be delivered (unbound unit, lost chat).
    """
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claim_until REAL;
ALTER TABLE outbox ADD COLUMN reported_at TEXT;
""",
]
