"""Logging to stderr and `$DUCHA_DATA_DIR/logs/ducha.log`, with secrets masked.

The Bot API puts the token in every URL, and httpx logs URLs; the filter below
rewrites any `bot<token>` and any configured secret before a record is written.
"""
from __future__ import annotations

import logging
import logging.handlers
import re
import sys

from core.settings import Settings

_TOKEN_RE = re.compile(r"bot\d{3,}:[A-Za-z0-9_-]{20,}")
# A bare token (PTB's InvalidToken message quotes one): digits, colon, ~35 url-safe chars.
_BARE_TOKEN_RE = re.compile(r"(?<![\w:])\d{5,}:[A-Za-z0-9_-]{30,}")


class SecretFilter(logging.Filter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def mask(self, text: str) -> str:
        cleaned = _BARE_TOKEN_RE.sub("<TOKEN>", _TOKEN_RE.sub("bot<TOKEN>", text))
        for secret in self.secrets:
            cleaned = cleaned.replace(secret, "<SECRET>")
        return cleaned

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self.mask(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        # Tracebacks too: PTB's InvalidToken message quotes the token itself. Formatters
        # reuse `exc_text` when set, so the masked text is what gets written.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.mask(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = self.mask(record.exc_text)
        return True


def setup_logging(settings: Settings, *, verbose: bool = False) -> None:
    secrets = [
        s.get_secret_value()
        for s in (settings.telegram_bot_token, settings.llm_api_key, settings.telegram_webhook_secret, settings.embedding_api_key,
                  getattr(settings, "proxy_url", None))
        if s is not None
    ]
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    level = logging.DEBUG if verbose else getattr(logging, settings.log_level.upper(), logging.INFO)
    root.setLevel(level)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    secret_filter = SecretFilter(secrets)
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setLevel(logging.WARNING if not verbose else level)
    stderr.addFilter(lambda record: not getattr(record, "file_only", False))  # already printed
    handlers: list[logging.Handler] = [stderr]
    try:
        settings.log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(settings.log_dir / "ducha.log", maxBytes=5_000_000, backupCount=3, encoding="utf-8")
        )
    except OSError:
        pass
    for h in handlers:
        h.setFormatter(fmt)
        h.addFilter(secret_filter)
        root.addHandler(h)
    # Libraries that log every request, or (pypdf) complain about each broken file we already
    # report to the user in one line.
    quiet = {"httpx": logging.WARNING, "httpcore": logging.WARNING, "chromadb": logging.WARNING,
             "apscheduler": logging.WARNING, "telegram.ext": logging.WARNING, "pypdf": logging.ERROR}
    for name, floor in quiet.items():
        logging.getLogger(name).setLevel(max(level, floor))
