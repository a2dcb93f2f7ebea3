"""Registry schema: plans (分工方案), their sections and tasks, units and aliases, leaders,
deadlines, progress and chat bindings. Append new migrations; never edit a shipped one.

Deadline rule (see store/tasks.py): effective due = the latest `deadlines` row of the task
(an admin's override, kept as history) else `tasks.text_due`; done = `tasks.done_at` set."""

MIGRATIONS = [
    """
CREATE TABLE plans (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  region TEXT,
  year INTEGER,
  issued TEXT,                -- YYYY-MM-DD when stated
  source_file TEXT,
  content_hash TEXT,
  ingested_at TEXT DEFAULT CURRENT_TIMESTAMP,
  UNIQUE (region, year, title)
);
CREATE TABLE sections (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,    -- 一 → 1
  title TEXT NOT NULL,
  declared_count INTEGER,     -- "(17项)"
  UNIQUE (plan_id, number)
);
CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  code TEXT NOT NULL,         -- "3.4"
  section_number INTEGER NOT NULL,
  number INTEGER NOT NULL,
  section TEXT NOT NULL,
  subsection TEXT,
  text TEXT NOT NULL,
  text_due TEXT,              -- deadline read from the task's own words / the plan default
  done_at TEXT,               -- set when a report with done=1 arrives
  removed INTEGER NOT NULL DEFAULT 0,  -- gone from a re-ingested table; kept for history
  UNIQUE (plan_id, code)
);
CREATE INDEX tasks_code ON tasks(code);
CREATE INDEX tasks_plan ON tasks(plan_id, section_number, number);
CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,  -- canonical spelling (the table's most frequent one)
  key TEXT NOT NULL UNIQUE,   -- store.units.norm(name): spelling variants share it
  kind TEXT NOT NULL DEFAULT 'single',  -- single | collective
  region TEXT
);
CREATE TABLE unit_aliases (
  alias TEXT NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
  source TEXT NOT NULL DEFAULT 'rule',  -- name | rule | curated | admin (alias is normalised)
  PRIMARY KEY (alias, unit_id)
);
CREATE INDEX unit_aliases_alias ON unit_aliases(alias);
CREATE TABLE unit_members (
  collective_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
  PRIMARY KEY (collective_id, member_id)
);
CREATE INDEX unit_members_member ON unit_members(member_id);
CREATE TABLE task_units (
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  role TEXT NOT NULL CHECK (role IN ('lead', 'co')),
  ord INTEGER NOT NULL,
  PRIMARY KEY (task_id, unit_id, role)
);
CREATE INDEX task_units_unit ON task_units(unit_id, role, task_id);
CREATE TABLE leaders (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE task_leaders (
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  leader_id INTEGER NOT NULL REFERENCES leaders(id),
  ord INTEGER NOT NULL,
  PRIMARY KEY (task_id, leader_id)
);
CREATE INDEX task_leaders_leader ON task_leaders(leader_id);
CREATE TABLE deadlines (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  due TEXT NOT NULL,          -- YYYY-MM-DD
  set_by TEXT NOT NULL,       -- admin id / 'cli:user'
  set_at TEXT NOT NULL,
  note TEXT
);
CREATE INDEX deadlines_task ON deadlines(task_id, id);
CREATE TABLE progress (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  unit_id INTEGER REFERENCES units(id),
  text TEXT NOT NULL,
  reported_at TEXT NOT NULL,
  reporter TEXT NOT NULL,
  done INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX progress_task ON progress(task_id, id);
CREATE TABLE bindings (
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
  chat_id INTEGER NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  bound_by TEXT NOT NULL,
  bound_at TEXT NOT NULL,
  inactive_reason TEXT,
  PRIMARY KEY (unit_id, chat_id)
);
CREATE INDEX bindings_chat ON bindings(chat_id);
-- rowid = tasks.id; grams = CJK bigrams + lower-cased ASCII words (store.tasks.grams), so
-- two-character words match. A plain (not contentless) table: SQLite 3.40 cannot delete
-- from a contentless one by rowid.
CREATE VIRTUAL TABLE tasks_fts USING fts5(grams, tokenize='unicode61');
""",
    # A plan's life after its year: a closed (archived) plan gives no reminders and no
    # overdue counts; its tasks stay answerable. See store/plans.py.
    """
ALTER TABLE plans ADD COLUMN status TEXT NOT NULL DEFAULT 'active';  -- active | closed
ALTER TABLE plans ADD COLUMN closed_at TEXT;
ALTER TABLE plans ADD COLUMN closed_by TEXT;
CREATE TABLE chat_plans (
  chat_id INTEGER PRIMARY KEY,  -- a chat's default plan: what /task 1.2 means there
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  set_by TEXT,
  set_at TEXT
);
""",
    # What a plan said about its own size and the tasks read disagreed ("共明确45项", 44 read):
    # kept with the plan so `plan list` and the bot's /plans keep saying it after the ingest.
    """
ALTER TABLE plans ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';  -- JSON list of Chinese lines
""",
    # The 完成时限 cell as the plan printed it ("2023年6月底前开工", "持续推进"): what staff expect
    # to read beside the computed date (answers/compose.py). NULL for plans without that column.
    """
ALTER TABLE tasks ADD COLUMN due_printed TEXT;
""",
    # A unit a row prints by its short form ("县发改局") where others print it in full: one unit
    # (store.units._short_form_of), shown in that row's task as the row printed it. NULL: the name.
    """
ALTER TABLE task_units ADD COLUMN printed TEXT;
""",
    # A leader's office as the row prints it beside the name ("常务副省长 邵继平"): staff ask by
    # the office alone ("常务副省长管哪些", answers/leader_titles.py). NULL: the row prints none.
    """
ALTER TABLE task_leaders ADD COLUMN office TEXT;
""",
    # A row's cells under columns no role names ("包村干部", "联系人"), as {label: cell} JSON:
    # shown with the task (answers/compose.py). NULL: the table has no such column.
    """
ALTER TABLE tasks ADD COLUMN other_cells TEXT;
""",
]
