"""Opening the SQLite registry: WAL, busy timeout, and versioned migrations.

Each part of the schema has its own migration list (`store/schema_*.py`), applied
in order and recorded in `schema_migrations` as (part, version), so a part can
grow without renumbering another's. The bot, the scheduler and the CLI may open
the same file at once, hence WAL and a generous busy timeout.
"""
from __future__ import annotations

import contextlib
import importlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from core.private import private_file

if TYPE_CHECKING:
    import sqlite_utils
# (part name, module holding MIGRATIONS: list[str], each one SQL script)
SCHEMA_PARTS = [
    ("registry", "store.schema_registry"),
    ("documents", "store.schema_documents"),
    ("reminders", "store.schema_reminders"),
    ("bot", "store.schema_bot"),
    ("office", "store.schema_office"),
]


def connect(path: Path | str) -> sqlite3.Connection:
    if str(path) != ":memory:":
        # The registry holds chat ids and named officials: 0700 folder, 0600 file (core/private.py).
        private_file(path)
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA foreign_keys = ON")
    if str(path) != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    return conn


class Database:
    """The registry connection as the program uses it: `execute` and `conn`, on plain sqlite3.

    Every query in `store/` goes through `execute` (SQL lives here, not in sqlite-utils' table
    API), so a command that only reads never needs sqlite-utils, whose import (numpy, dateutil,
    click, pluggy) was a quarter of a `ducha ask` (docs/benchmarks.md, issue 15). Its table API
    (`db["units"].columns`, inserts, upserts) stays available: the first use opens a
    `sqlite_utils.Database` on the same connection and hands the call to it.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        """One statement, as `sqlite_utils.Database.execute` runs it on this autocommit
        connection (isolation_level None: no implicit transaction to commit or roll back)."""
        if parameters is not None:
            return self.conn.execute(sql, parameters)
        return self.conn.execute(sql)

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils on this connection, opened on first use (plugins off: finding them scans
        every installed package's entry points, 50 ms)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._utils

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.utils, name)

    def __getitem__(self, table: str) -> Any:
        return self.utils[table]


def migrate(db: Database | sqlite_utils.Database) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (part TEXT, version INTEGER, applied_at TEXT DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (part, version))"
    )
    for part, module_name in SCHEMA_PARTS:
        module = importlib.import_module(module_name)
        done = {r[0] for r in db.execute("SELECT version FROM schema_migrations WHERE part = ?", [part]).fetchall()}
        for version, script in enumerate(module.MIGRATIONS, start=1):
            if version in done:
                continue
            with transaction(db):
                for statement in _split_sql(script):
                    db.execute(statement)
                db.execute("INSERT INTO schema_migrations (part, version) VALUES (?, ?)", [part, version])


def _split_sql(script: str) -> list[str]:
    """Split a script into statements (sqlite3.complete_statement keeps triggers whole)."""
    statements, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements


def open_db(path: Path | str) -> Database:
    conn = connect(path)
    conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils set it when it opened the registry
    db = Database(conn)
    migrate(db)
    return db


@contextlib.contextmanager
def transaction(db: Database | sqlite_utils.Database) -> Iterator[Database | sqlite_utils.Database]:
    """All-or-nothing writes: BEGIN IMMEDIATE takes the write lock up front, so two
    processes never interleave half a change; an exception rolls everything back.
    Nested use joins the outer transaction."""
    conn = db.conn
    if conn.in_transaction:
        yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
