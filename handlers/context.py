"""The context every handler receives, typed (PTB's `ContextTypes(context=…, bot_data=…)`).

`context.ducha` is the program's `core.context.Context` (database, index, clock), set once by
`bot.app.build_application`; `BotData` names what the whole bot shares instead of string keys
in a dict, so a typo is an AttributeError at the first test, not a silent None in production.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from core.context import Context


@dataclass
class BotData:
    ducha: Context | None = None  # set by bot.app.build_application before any update
    conflict: bool = False  # a second instance polls the same token (409): this one stopped
    mode: str | None = None  # "long polling …" / "webhook …", said once the bot is up


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    @property
    def ducha(self) -> Context:
        ctx = self.bot_data.ducha
        if ctx is None:
            raise RuntimeError("the application has no ducha Context (build it with bot.app.build_application)")
        return ctx


CONTEXT_TYPES = ContextTypes(context=BotContext, bot_data=BotData)
