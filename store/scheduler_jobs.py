"""SQL of the scheduler's persistent jobs (`apscheduler_jobs`), for reminders/jobstore.py.

The table is the one APScheduler's SQLAlchemyJobStore created (same name, columns and index),
so a registry written by an older ducha keeps its daily job and next run time. Importing
SQLAlchemy only for these few statements cost the bot 0.35 s and 11 MB at start.
Each function is one statement on an autocommit connection: atomic on its own.
"""
from __future__ import annotations

import sqlite3

TABLE = "apscheduler_jobs"

_SCHEMA = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} (id VARCHAR(191) NOT NULL, next_run_time FLOAT, "
    "job_state BLOB NOT NULL, PRIMARY KEY (id))",
    f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_next_run_time ON {TABLE} (next_run_time)",
)


def ensure_table(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA:
        conn.execute(statement)


def job_state(conn: sqlite3.Connection, job_id: str) -> bytes | None:
    row = conn.execute(f"SELECT job_state FROM {TABLE} WHERE id = ?", [job_id]).fetchone()
    return row[0] if row else None


def job_states(conn: sqlite3.Connection, *, due_by: float | None = None) -> list[tuple[str, bytes]]:
    """(id, state) by next run time, jobs without one (paused) first, as SQLite sorts NULL."""
    if due_by is None:
        return conn.execute(f"SELECT id, job_state FROM {TABLE} ORDER BY next_run_time").fetchall()
    return conn.execute(f"SELECT id, job_state FROM {TABLE} WHERE next_run_time <= ? ORDER BY next_run_time", [due_by]).fetchall()


def next_run_time(conn: sqlite3.Connection) -> float | None:
    row = conn.execute(f"SELECT next_run_time FROM {TABLE} WHERE next_run_time IS NOT NULL ORDER BY next_run_time LIMIT 1").fetchone()
    return row[0] if row else None


def insert_job(conn: sqlite3.Connection, job_id: str, next_run: float | None, state: bytes) -> bool:
    """False when a job with this id is already stored."""
    try:
        conn.execute(f"INSERT INTO {TABLE} (id, next_run_time, job_state) VALUES (?, ?, ?)", [job_id, next_run, state])
    except sqlite3.IntegrityError:
        return False
    return True


def update_job(conn: sqlite3.Connection, job_id: str, next_run: float | None, state: bytes) -> bool:
    """False when no job has this id."""
    return conn.execute(f"UPDATE {TABLE} SET next_run_time = ?, job_state = ? WHERE id = ?", [next_run, state, job_id]).rowcount > 0


def delete_job(conn: sqlite3.Connection, job_id: str) -> bool:
    return conn.execute(f"DELETE FROM {TABLE} WHERE id = ?", [job_id]).rowcount > 0


def delete_jobs(conn: sqlite3.Connection, job_ids: list[str] | None = None) -> None:
    """The given jobs (those that could not be restored), or every job."""
    if job_ids is None:
        conn.execute(f"DELETE FROM {TABLE}")
    else:
        conn.executemany(f"DELETE FROM {TABLE} WHERE id = ?", [[i] for i in job_ids])
