"""The answers part's view of retrieval and the registry: thin adapters, imported lazily.

`ask` must still answer what it can while a part is missing (a fresh install with no
responsibility table, or a registry-only deployment), so every adapter degrades to "nothing
found" instead of raising ImportError. Objects from the other parts are read through `field`,
which accepts dataclasses and dicts alike.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


def field(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


@dataclass
class Doc:
    file: str
    kind: str | None
    region: str | None
    year: int | None
    title: str | None


def documents(ctx: Any) -> list[Doc]:
    try:
        from retrieval.documents import list_documents
    except ImportError:
        return []
    try:
        rows = list_documents(ctx.db)
    except Exception:  # noqa: BLE001 - an empty or older store: no documents yet
        log.exception("list_documents failed")
        return []
    out = []
    for r in rows:
        year = field(r, "year")
        out.append(Doc(str(field(r, "file", "") or ""), field(r, "kind"), field(r, "region"),
                       int(year) if year else None, field(r, "title")))
    return out


def dense_available(ctx: Any) -> bool:
    return str(getattr(ctx.settings, "embedding", "none")).lower() != "none"


def search(ctx: Any, query: str, *, k: int = 8, region: str | None = None, kind: str | None = None,
           dense: bool = True) -> list[Any]:
    try:
        from retrieval.search import search as _search
    except ImportError:
        return []
    try:
        return list(_search(ctx, query, k=k, region=region, kind=kind, dense=dense))
    except Exception:  # noqa: BLE001 - no index yet
        log.exception("search failed")
        return []


def normalize(text: str, *, today: dt.date | None = None, doc_year: int | None = None) -> str:
    try:
        from retrieval.normalize import normalize_query
    except ImportError:
        return text
    try:
        return normalize_query(text, today=today, doc_year=doc_year)
    except Exception:  # noqa: BLE001
        log.exception("normalize_query failed")
        return text


# --- registry ----------------------------------------------------------------------------

def units_in_text(ctx: Any, text: str) -> list[str]:
    try:
        from store.units import units_in_text as _units
    except ImportError:
        return []
    try:
        names = [field(u, "name") for u in _units(ctx.db, text)]
    except Exception:  # noqa: BLE001
        log.exception("units_in_text failed")
        return []
    # "赣州23年…" names a place, not the unit 赣州市政府: a government counts only when
    # the question says 政府 ("赣州市政府配合哪些")
    return [n for n in names if "政府" in text or not re.search(r"(人民)?政府$", n)]


def leaders_in_text(ctx: Any, text: str) -> list[str]:
    try:
        from store.tasks import leaders_in_text as _leaders
    except ImportError:
        return []
    try:
        return list(_leaders(ctx.db, text))
    except Exception:  # noqa: BLE001
        log.exception("leaders_in_text failed")
        return []


def registry_module() -> Any | None:
    try:
        import store.tasks as tasks
    except ImportError:
        return None
    return tasks


def registry_empty(ctx: Any, today: dt.date) -> bool:
    """No responsibility table loaded yet (or no registry part installed)."""
    reg = registry_module()
    if reg is None:
        return True
    try:
        return not reg.list_tasks(ctx.db, today=today, limit=1)
    except Exception:  # noqa: BLE001
        log.exception("list_tasks failed")
        return True
