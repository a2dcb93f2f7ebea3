"""Logging to stderr and `$DUCHA_DATA_DIR/logs/ducha.log`, with secrets masked.

The Bot API puts the token in every URL, and httpx logs URLs; the filter below
rewrites any `bot<token>` and any configured secret before a record is written.
"""
from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

from core.private import private_dir, private_file
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


class RotatingFile(logging.FileHandler):
    """`ducha.log`, moved to `ducha.log.1` (… `.3`, the oldest dropped) when the next record
    would take it past `max_bytes`, as `logging.handlers.RotatingFileHandler` does. Written
    here so that every command, a one-shot `ducha ask` above all, does not import
    `logging.handlers` and its sockets, pickle and queues for one file (docs/benchmarks.md,
    issue 15)."""

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
        except Exception:  # noqa: BLE001 - logging must never stop the program
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False  # a pipe or device in the log's place never rotates
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)
        return self.stream.tell() + len(self.format(record) + self.terminator) >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        for i in range(self.backups - 1, 0, -1):
            older, newer = f"{self.baseFilename}.{i}", f"{self.baseFilename}.{i + 1}"
            if os.path.exists(older):
                os.replace(older, newer)
        if self.backups > 0:
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        else:
            open(self.baseFilename, "w").close()  # no backups kept: start the file again
        self.stream = self._open()


# Our packages: their warnings reach the terminal. A library's (PTB's "Network Retry Loop …
# Aborting", httpx, Chroma) go to the log file only, or to the terminal with -v: the edge
# already says what went wrong in one line of ours.
_OURS = {"ducha", "core", "store", "retrieval", "reminders", "answers", "usecases", "handlers", "bot", "__main__"}


class _TerminalFilter(logging.Filter):
    """Records meant for the log file only (`extra={"file_only": True}`) and libraries' records
    stay off the terminal."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(record, "file_only", False) and record.name.split(".")[0] in _OURS


class _ShortFormatter(logging.Formatter):
    """One line per record on the terminal: no traceback, only the message's first line."""

    def format(self, record: logging.LogRecord) -> str:
        return super().formatMessage(_first_line(record))

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return ""


def _first_line(record: logging.LogRecord) -> logging.LogRecord:
    record.message = record.getMessage().splitlines()[0] if record.getMessage() else ""
    record.asctime = ""
    return record


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
    if not verbose:  # the terminal gets one line per problem; tracebacks go to the file (or -v)
        stderr.addFilter(_TerminalFilter())
    else:
        stderr.addFilter(lambda record: not getattr(record, "file_only", False))  # already printed
    handlers: list[logging.Handler] = [stderr]
    try:
        private_dir(settings.data_dir)
        handlers.append(
            RotatingFile(private_file(log_path(settings)), max_bytes=5_000_000, backups=3)
        )
    except OSError:
        pass
    for h in handlers:
        h.setFormatter(_ShortFormatter("%(levelname)s %(name)s: %(message)s") if h is stderr and not verbose else fmt)
        h.addFilter(secret_filter)
        root.addHandler(h)
    # Libraries that log every request, or (pypdf) complain about each broken file we already
    # report to the user in one line.
    quiet = {"httpx": logging.WARNING, "httpcore": logging.WARNING, "chromadb": logging.WARNING,
             "apscheduler": logging.WARNING, "telegram.ext": logging.WARNING, "pypdf": logging.ERROR}
    for name, floor in quiet.items():
        logging.getLogger(name).setLevel(max(level, floor))


def log_path(settings: Settings) -> Path:
    """Where the log file is (printed with an internal error so the user can send it)."""
    return settings.log_dir / "ducha.log"


def describe_update(update: object) -> str:
    """What a log line may say about a Telegram update: ids and the command word, never the
    message text (questions quote plans marked 此件不予公开) and never the whole Update."""
    from telegram import Update

    if not isinstance(update, Update):
        return type(update).__name__ if update is not None else "no update"
    parts = [f"update {update.update_id}"]
    if update.effective_chat is not None:
        parts.append(f"chat {update.effective_chat.id}")
    if update.effective_user is not None:
        parts.append(f"user {update.effective_user.id}")
    message = update.effective_message
    text = (message.text or "") if message is not None else ""
    if text.startswith("/"):
        parts.append("command " + text.split()[0].split("@")[0][:40])
    elif update.callback_query is not None:
        parts.append("button " + (update.callback_query.data or "")[:20])
    elif text:
        parts.append(f"text ({len(text)} chars)")
    return ", ".join(parts)


def describe_command(args: object) -> str:
    """A CLI invocation for the log: the command and the options given, not their values
    (`ducha progress 3.4 "进展…"` and `ducha ask "…"` carry text that stays out of logs)."""
    names = [str(getattr(args, "command", "") or "")]
    for key in ("unit_command", "calendar_command", "plan_command"):
        if getattr(args, key, None):
            names.append(str(getattr(args, key)))
    given = sorted(k for k, v in vars(args).items() if v not in (None, False, [], "") and k not in
                   ("command", "func", "unit_command", "calendar_command", "plan_command", "verbose"))
    return " ".join(names) + (f" [{', '.join(given)}]" if given else "")


def masked_update(update: object) -> str:
    """The Update as JSON for debug logs, every text replaced by its length."""
    to_dict = getattr(update, "to_dict", None)
    if to_dict is None:
        return type(update).__name__
    import json

    def mask(value: object) -> object:
        if isinstance(value, dict):
            return {k: (f"<{len(v)} chars>" if isinstance(v, str) and k in _TEXT_KEYS else mask(v)) for k, v in value.items()}
        if isinstance(value, list):
            return [mask(v) for v in value]
        return value

    return json.dumps(mask(to_dict()), ensure_ascii=False)


_TEXT_KEYS = {"text", "caption", "data", "query", "title", "first_name", "last_name", "username", "file_name", "bio"}
