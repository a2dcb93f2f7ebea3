"""What `ducha doctor` reads from the registry, without changing it: opened read-only, never
migrated, so a check cannot create or alter anything."""
from __future__ import annotations

import sqlite3
from pathlib import Path


def index_counts(path: Path) -> dict[str, int]:
    """Reports, plans, chunks, tasks and bound chats in the database at `path` (read-only).
    Raises sqlite3.Error when the file is not a readable ducha database."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        one = lambda sql: int(conn.execute(sql).fetchone()[0])  # noqa: E731
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        counts = {"reports": 0, "plans": 0, "chunks": 0, "tasks": 0, "bindings": 0}
        if "documents" in tables:
            counts["reports"] = one("SELECT count(*) FROM documents WHERE kind = 'report'")
        if "plans" in tables:
            counts["plans"] = one("SELECT count(*) FROM plans")
        if "chunks" in tables:
            counts["chunks"] = one("SELECT count(*) FROM chunks")
        if "tasks" in tables:
            counts["tasks"] = one("SELECT count(*) FROM tasks")
        if "bindings" in tables:
            counts["bindings"] = one("SELECT count(*) FROM bindings WHERE active = 1")
        return counts
    finally:
        conn.close()
