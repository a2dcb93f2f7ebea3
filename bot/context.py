"""The one object every command and handler receives: settings plus lazily opened stores.

Opening Chroma or loading the embedding model is slow, so nothing is opened
until a caller touches it; `ducha tasks` never pays for the retrieval index.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from bot.settings import Settings, load_settings

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class Context:
    settings: Settings = field(default_factory=load_settings)
    # Tests freeze the clock by setting this; everything asks `ctx.now()`.
    frozen_now: dt.datetime | None = None

    @cached_property
    def db(self) -> "sqlite_utils.Database":
        from store.db import open_db

        return open_db(self.settings.db_path)

    @cached_property
    def index(self) -> Any:
        from retrieval.index import open_index

        return open_index(self)

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
