"""One entry for both office files: the file kind from its name, the figures from
reminders.exports_data, the bytes from the matching writer. CLI and bot both call this."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlite_utils

from core.errors import UserError
from prompts import exports as texts
from reminders.exports_data import Ledger, ReviewSheet, build_ledger

KINDS = {".xlsx": texts.KIND_LEDGER, ".docx": texts.KIND_REPORT}


def export_kind(name: str | Path) -> str:
    """".xlsx" or ".docx" from a file name; anything else → UserError."""
    suffix = Path(str(name)).suffix.lower()
    if suffix not in KINDS:
        raise UserError(texts.EXPORT_BAD_SUFFIX.format(name=name))
    return suffix


def build_export(db: sqlite_utils.Database, suffix: str, day: dt.date, *, plan_id: int | None = None,
                 review: ReviewSheet | None = None) -> tuple[bytes, Ledger]:
    """The file's bytes and the figures in it. With `review` (a commitment check, computed
    by the caller) the 通报 gets it as an attachment and the 台账 as a second sheet."""
    ledger = build_ledger(db, day, plan_id=plan_id)
    if suffix == ".xlsx":
        from reminders.exports_xlsx import write_ledger

        return write_ledger(ledger, review), ledger
    from reminders.exports_docx import write_report

    return write_report(ledger, review), ledger


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the target and rename, so a reader never sees half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
