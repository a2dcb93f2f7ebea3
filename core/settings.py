"""Settings, read once from the environment or `.env` (see `.env.example`).

Every knob a deployer may turn lives here so that the rest of the code never
reads `os.environ` itself; secrets are kept as `SecretStr` so a stray log line
or repr cannot print them.

A plain dataclass read by hand, not pydantic-settings: importing pydantic cost every `ducha`
command ~0.1 s and the idle bot ~14 MB (docs/benchmarks.md, issue 15). The rules are the ones
pydantic-settings applied: an override passed to `load_settings` beats the environment, which
beats the `.env` files; variable names are matched without regard to case; an empty value is
a value (`DUCHA_LLM_MODEL=` is ""), except where a field says it means "not set".
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from core.errors import UserError
from prompts import kernel as msg


class SecretStr:
    """A secret value that prints as stars; `get_secret_value()` when it is really needed."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __len__(self) -> int:
        return len(self._value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SecretStr) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __str__(self) -> str:
        return "**********" if self._value else ""

    def __repr__(self) -> str:
        return f"SecretStr('{self}')"


class SettingError(ValueError):
    """A value a setting cannot take; `load_settings` turns it into one UserError line."""


def _id_list(value: object) -> list[int]:
    if value in (None, ""):
        return []
    if isinstance(value, (list, tuple)):
        return [int(v) for v in value]
    if isinstance(value, int):
        return [value]
    return [int(p) for p in str(value).replace(";", ",").replace(" ", ",").split(",") if p.strip()]


# --- Readers: the value as given (str from the environment or a file, or a Python value from
# an override) -> the field's value. Each raises SettingError with the reason.

def _str(value: object) -> str:
    return str(value)


def _int(value: object) -> int:
    if isinstance(value, bool):
        raise SettingError(msg.SETTING_NOT_INT)
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        raise SettingError(msg.SETTING_NOT_INT) from None


def _float(value: object) -> float:
    try:
        return float(str(value).strip()) if not isinstance(value, (int, float)) else float(value)
    except ValueError:
        raise SettingError(msg.SETTING_NOT_NUMBER) from None


_TRUE = {"1", "on", "t", "true", "y", "yes"}
_FALSE = {"0", "off", "f", "false", "n", "no"}


def _bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise SettingError(msg.SETTING_NOT_BOOL)


def _ids(value: object) -> list[int]:
    try:
        return _id_list(value)
    except (TypeError, ValueError):
        raise SettingError(msg.SETTING_NOT_IDS) from None


def _secret(value: object) -> SecretStr:
    return value if isinstance(value, SecretStr) else SecretStr(str(value))


def _blank_secret(value: object) -> SecretStr | None:
    """A secret where an empty line in .env means "none"."""
    secret = _secret(value)
    return secret if secret.get_secret_value().strip() else None


def _proxy(value: object) -> SecretStr | None:
    secret = _blank_secret(value)
    if secret is not None:
        scheme = secret.get_secret_value().split("://", 1)[0].lower()
        if scheme not in ("http", "https", "socks5", "socks5h"):
            raise SettingError(msg.PROXY_BAD)
    return secret


def _url(value: object) -> str | None:
    """A URL without http(s):// used to fail deep inside httpx with a traceback; an empty line
    in .env means the field's default."""
    text = str(value).strip()
    if not text:
        return None  # replaced by the default in _read
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingError(msg.URL_BAD.format(value=value))
    return text


def _optional_int(value: object) -> int | None:
    return None if value == "" or value is None else _int(value)


def _path(value: object) -> Path:
    return value if isinstance(value, Path) else Path(str(value))


def _bounded(low: int, high: int) -> Callable[[object], int]:
    def read(value: object) -> int:
        number = _int(value)
        if not low <= number <= high:
            raise SettingError(msg.SETTING_OUT_OF_RANGE.format(low=low, high=high))
        return number

    return read


def _setting(alias: str, default: Any = None, read: Callable[[object], Any] = _str, *, factory: Callable[[], Any] | None = None) -> Any:
    meta = {"alias": alias, "read": read}
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class Settings:
    telegram_bot_token: SecretStr | None = _setting("TELEGRAM_BOT_TOKEN", None, _secret)
    telegram_api_base_url: str = _setting("TELEGRAM_API_BASE_URL", "https://api.telegram.org/bot", _url)
    telegram_webhook_url: str | None = _setting("TELEGRAM_WEBHOOK_URL", None, _url)
    telegram_webhook_port: int = _setting("TELEGRAM_WEBHOOK_PORT", 8443, _int)
    telegram_webhook_secret: SecretStr | None = _setting("TELEGRAM_WEBHOOK_SECRET", None, _blank_secret)
    # The webhook server listens here; behind a reverse proxy (nginx, Caddy) on the same host.
    telegram_webhook_listen: str = _setting("TELEGRAM_WEBHOOK_LISTEN", "127.0.0.1")
    # Loud opt-out: run a webhook without TELEGRAM_WEBHOOK_SECRET (anyone who finds the URL
    # can forge updates). Only for a server that already checks the header itself.
    webhook_insecure: bool = _setting("DUCHA_WEBHOOK_INSECURE_NO_SECRET", False, _bool)
    # Every Bot API request (getUpdates, sendMessage, file uploads…) through this proxy:
    # http://host:port, http://user:pass@host:port, socks5://host:port, socks5h://…
    proxy_url: SecretStr | None = _setting("DUCHA_PROXY_URL", None, _proxy)
    # Seconds to wait for a Bot API answer (slow proxies may need more). An answer later than
    # this may still mean the message was delivered: retrying can send it twice (at-least-once).
    telegram_timeout: float = _setting("DUCHA_TELEGRAM_TIMEOUT", 10.0, _float)

    data_dir: Path = _setting("DUCHA_DATA_DIR", Path("./var"), _path)
    timezone: str = _setting("DUCHA_TIMEZONE", "Asia/Shanghai")
    remind_at: str = _setting("DUCHA_REMIND_AT", "09:00")
    admin_ids: list[int] = _setting("DUCHA_ADMIN_IDS", read=_ids, factory=list)
    supervision_chat_id: int | None = _setting("DUCHA_SUPERVISION_CHAT_ID", None, _optional_int)
    allowed_chat_ids: list[int] = _setting("DUCHA_ALLOWED_CHAT_IDS", read=_ids, factory=list)
    default_region: str | None = _setting("DUCHA_DEFAULT_REGION", None)

    # Reminder ladder (issue 5): working days before the deadline that get an `upcoming`.
    remind_upcoming_days: list[int] = _setting("DUCHA_REMIND_UPCOMING_DAYS", read=_ids, factory=lambda: [7, 3, 1])
    remind_escalate_every: int = _setting("DUCHA_REMIND_ESCALATE_EVERY", 5, _int)
    remind_quiet_after_progress_days: int = _setting("DUCHA_REMIND_QUIET_AFTER_PROGRESS_DAYS", 10, _int)

    llm_base_url: str | None = _setting("DUCHA_LLM_BASE_URL", None, _url)
    llm_api_key: SecretStr | None = _setting("DUCHA_LLM_API_KEY", None, _secret)
    llm_model: str | None = _setting("DUCHA_LLM_MODEL", None)
    llm_timeout: float = _setting("DUCHA_LLM_TIMEOUT", 20.0, _float)

    chroma_url: str | None = _setting("DUCHA_CHROMA_URL", None, _url)
    embedding: str = _setting("DUCHA_EMBEDDING", "default")
    embedding_api_key: SecretStr | None = _setting("DUCHA_EMBEDDING_API_KEY", None, _secret)
    log_level: str = _setting("DUCHA_LOG_LEVEL", "INFO")

    # --- Ingest limits (issue 16): what one file may cost. A refused file costs seconds and
    # little memory; see core/limits.py and docs/benchmarks.md ("refusals").
    max_file_mb: int = _setting("DUCHA_MAX_FILE_MB", 50, _bounded(1, 10_000))
    max_text_chars: int = _setting("DUCHA_MAX_TEXT_CHARS", 1_000_000, _bounded(1_000, 100_000_000))
    max_unzipped_mb: int = _setting("DUCHA_MAX_UNZIPPED_MB", 100, _bounded(1, 10_000))
    max_zip_ratio: int = _setting("DUCHA_MAX_ZIP_RATIO", 100, _bounded(2, 100_000))
    max_pdf_pages: int = _setting("DUCHA_MAX_PDF_PAGES", 500, _bounded(1, 100_000))
    max_chunks: int = _setting("DUCHA_MAX_CHUNKS", 3_000, _bounded(1, 1_000_000))
    max_table_rows: int = _setting("DUCHA_MAX_TABLE_ROWS", 5_000, _bounded(1, 1_000_000))
    max_cell_chars: int = _setting("DUCHA_MAX_CELL_CHARS", 5_000, _bounded(10, 1_000_000))

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def db_path(self) -> Path:
        return self.data_dir / "ducha.db"

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)


@dataclass(frozen=True)
class FieldInfo:
    alias: str
    default: Any


# name -> (variable, default): what `ducha doctor` and `settings_sources` look fields up by.
model_fields: dict[str, FieldInfo] = {
    f.name: FieldInfo(f.metadata["alias"], f.default if f.default is not dataclasses.MISSING else f.default_factory())  # type: ignore[misc]
    for f in dataclasses.fields(Settings)
}
Settings.model_fields = model_fields  # type: ignore[attr-defined]


def _read(values: dict[str, object]) -> Settings:
    """Settings from {variable (upper case): raw value}; the first bad field raises."""
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(Settings):
        alias = f.metadata["alias"]
        if alias not in values or values[alias] is None:
            continue
        try:
            value = f.metadata["read"](values[alias])
        except SettingError as exc:
            raise UserError(msg.SETTINGS_BAD.format(name=alias, reason=exc)) from None
        if value is not None or f.metadata["read"] is not _url:
            kwargs[f.name] = value
    return Settings(**kwargs)


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment and the `.env` files of `env_files()`; tests pass
    overrides by alias name. Raises UserError (one line naming the variable) on a bad value."""
    values: dict[str, object] = {}
    for path in reversed(env_files(overrides)):  # lowest priority first; later ones win
        values.update({k.upper(): v for k, v in _read_env(dotenv_values, path).items() if v is not None})
    values.update({k.upper(): v for k, v in os.environ.items()})
    values.update({k.upper(): v for k, v in overrides.items()})
    return _read(values)


# --- Where settings come from (issue 16) -------------------------------------------------
# Environment first, then DUCHA_ENV_FILE, then `.env` in the data folder, then `.env` in the
# current folder. Started from another folder, ducha still finds the deployment's `.env` when
# DUCHA_DATA_DIR (or DUCHA_ENV_FILE) says where it lives, instead of creating an empty ./var.

def env_files(overrides: dict[str, object] | None = None) -> list[Path]:
    """The `.env` files that exist, highest priority first."""
    found: list[Path] = []
    explicit = os.environ.get("DUCHA_ENV_FILE", "").strip()
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise UserError(msg.ENV_FILE_MISSING.format(path=path))
        found.append(path)
    cwd_env = Path.cwd() / ".env"
    data_dir = (overrides or {}).get("DUCHA_DATA_DIR") or os.environ.get("DUCHA_DATA_DIR")
    if not data_dir:
        for candidate in found + ([cwd_env] if cwd_env.is_file() else []):
            value = _read_env(dotenv_values, candidate).get("DUCHA_DATA_DIR")
            if value:
                data_dir = value
                break
    if data_dir:
        in_data = Path(str(data_dir)).expanduser() / ".env"
        if in_data.is_file() and in_data.resolve() not in {f.resolve() for f in found}:
            found.append(in_data)
    if cwd_env.is_file() and cwd_env.resolve() not in {f.resolve() for f in found}:
        found.append(cwd_env)
    return found


def dotenv_values(path: Path, encoding: str = "utf-8") -> dict[str, str | None]:
    """python-dotenv's reading of one file, imported only when a `.env` file exists: most
    commands run without one, and the import was ~10 ms of each (docs/benchmarks.md, issue 15)."""
    from dotenv import dotenv_values as read

    return read(path, encoding=encoding)


def _read_env(reader, path: Path) -> dict[str, str | None]:
    try:
        return reader(path, encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}


def settings_sources(overrides: dict[str, object] | None = None) -> list[tuple[str, str]]:
    """For `ducha doctor`: (variable, where its value came from) for every variable that is
    set anywhere, in the lookup order. Names only, never values."""
    names = {f.alias for f in model_fields.values()}
    origin: dict[str, str] = {}
    for name in sorted(names):
        if overrides and name in overrides:
            origin[name] = "override"
        elif name in os.environ:
            origin[name] = "env"
    for path in env_files(overrides):
        for name, value in _read_env(dotenv_values, path).items():
            if name in names and name not in origin and value not in (None, ""):
                origin[name] = str(path)
    return sorted(origin.items())
