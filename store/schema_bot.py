"""Bot schema: who did what through Telegram, chats that were refused, and list pages.

Append new migrations; never edit a shipped one.
"""

MIGRATIONS = [
    """
CREATE TABLE bot_audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,            -- ISO timestamp in DUCHA_TIMEZONE
  user_id INTEGER,             -- Telegram user id of the actor
  user_name TEXT,              -- @username or full name at the time
  chat_id INTEGER,             -- where it was done
  action TEXT NOT NULL,        -- progress | done | due | bind | remind_now
  target TEXT,                 -- task code or unit name
  detail TEXT                  -- the report text, the new date...
);
CREATE INDEX bot_audit_at ON bot_audit(at);
CREATE INDEX bot_audit_target ON bot_audit(action, target);
CREATE TABLE bot_refused_chats (
  chat_id INTEGER PRIMARY KEY,
  chat_type TEXT,
  title TEXT,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE bot_pages (
  id INTEGER PRIMARY KEY,
  chat_id INTEGER NOT NULL,
  pages TEXT NOT NULL,         -- JSON list of ready HTML pages
  created_at TEXT NOT NULL
);
""",
]
