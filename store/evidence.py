"""Evidence files (佐证材料) a unit attaches to a task: checked, stored by content hash under
the data dir (evidence/ab/abcdef….pdf), listed per task and counted in the 台账.

A file is accepted only when its extension is on the list AND its first bytes are that
format's signature (a renamed .exe is refused), and only up to MAX_BYTES (Telegram's own
download limit for bots is 20 MB). The file is written before its row; the same content is
stored once however often it is sent; a refused file leaves nothing behind."""
from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from core.errors import UserError
from prompts import exports as texts
from store.db import transaction

if TYPE_CHECKING:
    import sqlite_utils

MAX_BYTES = 20 * 1024 * 1024
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc/.xls/.ppt/.wps/.et
ZIP = b"PK\x03\x04"  # .docx/.xlsx/.pptx/.ofd
# extension → (MIME type, accepted leading bytes)
TYPES: dict[str, tuple[str, tuple[bytes, ...]]] = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (ZIP,)),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (ZIP,)),
    ".pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", (ZIP,)),
    ".ofd": ("application/ofd", (ZIP,)),
    ".doc": ("application/msword", (OLE,)),
    ".xls": ("application/vnd.ms-excel", (OLE,)),
    ".ppt": ("application/vnd.ms-powerpoint", (OLE,)),
    ".wps": ("application/vnd.ms-works", (OLE,)),
    ".et": ("application/vnd.ms-excel", (OLE,)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
}


@dataclass
class Evidence:
    id: int
    task_id: int
    code: str
    unit: str | None
    file_name: str
    mime: str
    size: int
    sha256: str
    path: str
    uploaded_by: str
    uploaded_at: str


def human_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} B"


def check_size(size: int | None) -> None:
    """Refuse before downloading when Telegram already told the size."""
    if size is not None and size > MAX_BYTES:
        raise UserError(texts.EVIDENCE_TOO_BIG.format(size=human_size(size), limit=human_size(MAX_BYTES)))


def check_type(file_name: str, head: bytes) -> tuple[str, str]:
    """(extension, MIME type) when the name's extension is accepted and the bytes match it."""
    ext = Path(file_name or "").suffix.lower()
    kind = TYPES.get(ext)
    if kind is None or not any(head.startswith(sig) for sig in kind[1]):
        raise UserError(texts.EVIDENCE_BAD_TYPE.format(name=file_name or "?"))
    return ext, kind[0]


def add_evidence(
    db: sqlite_utils.Database, data_dir: Path, task_id: int, file_name: str, data: bytes, *,
    unit: str | None, by: str, now: dt.datetime, chat_id: int | None,
) -> tuple[Evidence, bool]:
    """Check, store and record one file. Returns (the evidence, True if new). Too big or a
    refused type → UserError and nothing written."""
    check_size(len(data))
    ext, mime = check_type(file_name, data[:16])
    digest = hashlib.sha256(data).hexdigest()
    old = db.execute("SELECT id FROM evidence WHERE task_id = ? AND sha256 = ?", [task_id, digest]).fetchone()
    if old:
        return get_evidence(db, old[0]), False
    rel = Path("evidence") / digest[:2] / f"{digest}{ext}"
    target = Path(data_dir) / rel
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
    unit_id = None
    if unit:
        row = db.execute("SELECT id FROM units WHERE name = ?", [unit]).fetchone()
        unit_id = row[0] if row else None
    with transaction(db):
        new_id = db.execute(
            "INSERT INTO evidence (task_id, unit_id, sha256, file_name, mime, size, path, uploaded_by, uploaded_at, chat_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [task_id, unit_id, digest, file_name, mime, len(data), rel.as_posix(), by, now.isoformat(timespec="seconds"), chat_id],
        ).lastrowid
    return get_evidence(db, new_id), True


_SELECT = (
    "SELECT e.id, e.task_id, t.code, u.name, e.file_name, e.mime, e.size, e.sha256, e.path, e.uploaded_by, e.uploaded_at "
    "FROM evidence e JOIN tasks t ON t.id = e.task_id LEFT JOIN units u ON u.id = e.unit_id"
)


def get_evidence(db: sqlite_utils.Database, evidence_id: int) -> Evidence:
    return Evidence(*db.execute(_SELECT + " WHERE e.id = ?", [evidence_id]).fetchone())


def list_evidence(db: sqlite_utils.Database, task_id: int) -> list[Evidence]:
    return [Evidence(*r) for r in db.execute(_SELECT + " WHERE e.task_id = ? ORDER BY e.id", [task_id]).fetchall()]
