"""Where the program is assembled: the kernel's `Context` gets the real stores' openers here.

`bot/` is the top layer, so it alone may know every part; everything below receives the
context and never builds one. Tests call `new_context` too, so they run the same wiring.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from core.context import Context
from core.settings import Settings, load_settings
from store.db import open_db


def _open_index(ctx: Context) -> Any:
    """Imported on first use: the index pulls in Chroma (~0.3 s, ~50 MB), which `ducha tasks` never needs."""
    from retrieval.index import open_index

    return open_index(ctx)


def new_context(settings: Settings | None = None, frozen_now: dt.datetime | None = None) -> Context:
    """A context on `settings` (default: the environment) with the real SQLite and index openers."""
    return Context(settings=settings or load_settings(), frozen_now=frozen_now, open_db=open_db, open_index=_open_index)
