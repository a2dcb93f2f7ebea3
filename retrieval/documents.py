"""What is indexed: one entry per ingested file, so callers can see which regions and
years exist (an answer about "抚州2024年" can say plainly that no such report is loaded)."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from core.dates import stored_date
from store import documents as store


@dataclass
class DocumentInfo:
    file: str
    path: str
    kind: str
    region: str | None
    year: int | None
    delivered: dt.date | None
    title: str
    chunks: int = 0
    tasks: int = 0
    missing: list[str] = field(default_factory=list)
    number: str | None = None  # 文号, for an issued document
    issuer: str | None = None  # who issued or wrote it, as printed

    def to_dict(self) -> dict:
        d = asdict(self)
        d["delivered"] = self.delivered.isoformat() if self.delivered else None
        return d


def list_documents(db: Any, *, kind: str | None = None) -> list[DocumentInfo]:
    out = []
    for d in store.list_documents(db):
        if kind and d["kind"] != kind:
            continue
        out.append(
            DocumentInfo(
                file=d["file"],
                path=d["path"],
                kind=d["kind"],
                region=d["region"],
                year=d["year"],
                delivered=stored_date(d["delivered"]),
                title=d["title"],
                chunks=d["chunks"],
                tasks=d["tasks"],
                missing=d["missing"],
                number=d.get("doc_number") or None,
                issuer=d.get("issuer") or None,
            )
        )
    return out
