"""The one object every command and handler receives: settings, a clock and lazily opened stores.

Opening Chroma or loading the embedding model is slow, so nothing is opened until a caller
touches it; `ducha tasks` never pays for the retrieval index. The kernel must not import the
stores it opens (they sit above it), so the openers are passed in by whoever builds the
context: `bot.wiring.new_context` in the program, the same function in tests.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.settings import Settings, load_settings

if TYPE_CHECKING:
    import sqlite_utils


def _not_wired(*_: object) -> Any:
    raise RuntimeError("Context built without openers: use bot.wiring.new_context()")


@dataclass
class Context:
    settings: Settings = field(default_factory=load_settings)
    # Tests freeze the clock by setting this; everything asks `ctx.now()`.
    frozen_now: dt.datetime | None = None
    open_db: Callable[[Path], "sqlite_utils.Database"] = _not_wired
    open_index: Callable[["Context"], Any] = _not_wired

    @cached_property
    def db(self) -> "sqlite_utils.Database":
        return self.open_db(self.settings.db_path)

    @cached_property
    def index(self) -> Any:
        return self.open_index(self)

    def now(self) -> dt.datetime:
        if self.frozen_now is not None:
            return self.frozen_now.astimezone(self.settings.tz)
        return dt.datetime.now(self.settings.tz)

    def today(self) -> dt.date:
        return self.now().date()

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.conn.close()
            del self.__dict__["db"]
