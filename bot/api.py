"""Talking to the Bot API: one place that builds the HTTP clients and bots, so the proxy
(DUCHA_PROXY_URL), the server (TELEGRAM_API_BASE_URL, e.g. a self-hosted telegram-bot-api)
and the rate limiter apply to every request — long polling, messages, file uploads, and
`ducha remind` delivering from a terminal alike — and the start-up wait that keeps the bot
alive while the API cannot be reached."""
from __future__ import annotations

import asyncio
import logging
import urllib.parse
import warnings
from typing import Any

from telegram import Bot
from telegram.error import InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.request import HTTPXRequest

from core.settings import Settings
from prompts import bot as texts

log = logging.getLogger("ducha.bot")

POOL_SIZE = 64  # concurrent requests: 32 updates at once, plus reminders and chat actions
FIRST_WAIT = 2.0
MAX_WAIT = 30.0  # back-off cap while the Bot API is unreachable (PTB polling uses the same)


def proxy_of(settings: Settings) -> str | None:
    return settings.proxy_url.get_secret_value() if settings.proxy_url else None


def request(settings: Settings, *, polling: bool = False) -> HTTPXRequest:
    """An HTTP client for Bot API calls. Long polling gets its own (a getUpdates held open
    for up to 10 s must not block a reply); both go through the proxy when one is set."""
    if polling:  # getUpdates adds its own long-polling timeout to read_timeout
        return HTTPXRequest(connection_pool_size=2, proxy=proxy_of(settings), connect_timeout=settings.telegram_timeout)
    timeout = settings.telegram_timeout
    return HTTPXRequest(connection_pool_size=POOL_SIZE, proxy=proxy_of(settings), connect_timeout=timeout,
                        read_timeout=timeout, write_timeout=max(timeout, 20.0), media_write_timeout=max(timeout, 60.0))


def file_url(base: str) -> str:
    """https://host/bot → https://host/file/bot (the layout of Telegram and telegram-bot-api)."""
    parts = urllib.parse.urlsplit(base)
    path = parts.path.rstrip("/")
    head, _, last = path.rpartition("/")
    return urllib.parse.urlunsplit(parts._replace(path=f"{head}/file/{last}"))


def host(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc


def plain_bot(settings: Settings, token: str) -> Bot:
    """A Bot for one-off use outside `ducha run` (e.g. `ducha remind` delivering)."""
    base = settings.telegram_api_base_url
    return Bot(token, base_url=base, base_file_url=file_url(base), request=request(settings),
               get_updates_request=request(settings, polling=True))


def unreachable_line(settings: Settings, error: BaseException, *, attempt: int | None = None, wait: float | None = None) -> str:
    """One Chinese line: what could not be reached, why, and what to check."""
    via = texts.VIA_PROXY if settings.proxy_url else texts.NO_PROXY
    line = texts.API_UNREACHABLE.format(host=host(settings.telegram_api_base_url), via=via, error=_short(error))
    if attempt is not None and wait is not None:
        line += texts.API_RETRY.format(attempt=attempt, wait=round(wait))
    return line


def retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that the int form will become a timedelta
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if hasattr(value, "total_seconds") else float(value)


def _short(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    cause = error.__cause__ or error.__context__
    if cause is not None and str(cause).strip() and str(cause) not in text:
        text = f"{text}: {str(cause).strip()}"
    return text.splitlines()[0][:200]


async def wait_for_api(app: Any, settings: Settings, *, first: float = FIRST_WAIT, cap: float = MAX_WAIT) -> None:
    """`Application.initialize` (getMe) until the Bot API answers: while it is unreachable,
    one warning line per attempt and an exponential back-off. A rejected token (401/404)
    is raised at once: waiting cannot fix it."""
    attempt, wait = 0, first
    while True:
        try:
            await app.initialize()
            if attempt:
                log.warning(texts.API_BACK.format(host=host(settings.telegram_api_base_url), attempts=attempt))
            return
        except InvalidToken:
            raise
        except RetryAfter as exc:
            attempt += 1
            pause = max(wait, retry_after_seconds(exc))
            log.warning(unreachable_line(settings, exc, attempt=attempt, wait=pause))
            await asyncio.sleep(pause)
        except (NetworkError, TelegramError, OSError) as exc:
            attempt += 1
            log.warning(unreachable_line(settings, exc, attempt=attempt, wait=wait))
            await asyncio.sleep(wait)
            wait = min(wait * 2, cap)
