"""Office schema: completion claims under review (销号) and evidence files (佐证材料).

A claim is pending until an admin approves (the task gets done_at) or returns it (with a
reason); at most one pending claim per task. Evidence rows point at files stored under the
data dir by content hash, so the same file sent twice is stored once.
Append new migrations; never edit a shipped one.
"""

MIGRATIONS = [
    """
CREATE TABLE completion_claims (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  unit_id INTEGER REFERENCES units(id),
  text TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'returned')),
  claimed_by TEXT NOT NULL,
  claimed_at TEXT NOT NULL,
  claim_chat_id INTEGER,       -- the unit's chat: where the outcome is announced
  review_chat_id INTEGER,      -- the supervision message carrying the 通过/退回 buttons
  review_message_id INTEGER,
  prompt_message_id INTEGER,   -- the "reply with the reason" prompt after 退回 was pressed
  decided_by TEXT,
  decided_at TEXT,
  reason TEXT
);
CREATE UNIQUE INDEX completion_claims_one_pending ON completion_claims(task_id) WHERE state = 'pending';
CREATE INDEX completion_claims_prompt ON completion_claims(review_chat_id, prompt_message_id);
CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  unit_id INTEGER REFERENCES units(id),
  sha256 TEXT NOT NULL,
  file_name TEXT NOT NULL,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL,
  path TEXT NOT NULL,          -- relative to the data dir
  uploaded_by TEXT NOT NULL,
  uploaded_at TEXT NOT NULL,
  chat_id INTEGER,
  UNIQUE (task_id, sha256)
);
CREATE INDEX evidence_task ON evidence(task_id, id);
""",
]
