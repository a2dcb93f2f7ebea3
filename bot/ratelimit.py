"""Telegram's flood limits, per chat: at most 30 messages a second overall and 20 a minute
per group (the published limits), and a 429's `retry_after` waited out by the request that
got it — only that chat waits. PTB's AIORateLimiter instead pauses every request of the bot
while one chat is under flood control, and logs a traceback when it gives up.

`rate_limit_args={"max_retries": n}` on a call is how many 429s to wait out for it (default
`max_retries`; PTB drops falsy values, hence the dict); the reminder sender passes 0 and
sets a flooded chat aside itself."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any, AsyncIterator, Callable, Coroutine

from aiolimiter import AsyncLimiter
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.api import retry_after_seconds

log = logging.getLogger("ducha.bot")

MAX_GROUP_LIMITERS = 512


class PerChatRateLimiter(BaseRateLimiter[dict]):
    def __init__(self, *, overall_per_second: float = 30, group_per_minute: float = 20, max_retries: int = 3) -> None:
        self._overall = AsyncLimiter(overall_per_second, 1)
        self._group_rate = group_per_minute
        self._groups: dict[Any, AsyncLimiter] = {}
        self.max_retries = max_retries

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    def _group(self, chat: Any) -> AsyncLimiter:
        limiter = self._groups.get(chat)
        if limiter is None:
            if len(self._groups) >= MAX_GROUP_LIMITERS:  # forget idle groups
                for key, old in list(self._groups.items()):
                    if old.has_capacity(old.max_rate):
                        del self._groups[key]
            limiter = self._groups[chat] = AsyncLimiter(self._group_rate, 60)
        return limiter

    @contextlib.asynccontextmanager
    async def _slot(self, chat: Any) -> AsyncIterator[None]:
        if chat is None:
            yield
            return
        group = isinstance(chat, str) or (isinstance(chat, int) and chat < 0)
        async with self._group(chat) if group else contextlib.nullcontext():
            async with self._overall:
                yield

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict | None,
    ) -> Any:
        retries = max(0, int((rate_limit_args or {}).get("max_retries", self.max_retries)))
        chat = data.get("chat_id")
        with contextlib.suppress(TypeError, ValueError):
            chat = int(chat) if chat is not None else None
        for attempt in range(retries + 1):
            try:
                async with self._slot(chat):
                    return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt == retries:
                    raise
                wait = retry_after_seconds(exc) + 0.1
                log.info("%s to chat %s: flood control, waiting %.1f s", endpoint, chat, wait)
                await asyncio.sleep(wait)
        return None
