"""Settings, read once from the environment or `.env` (see `.env.example`).

Every knob a deployer may turn lives here so that the rest of the code never
reads `os.environ` itself; secrets are kept as `SecretStr` so a stray log line
or repr cannot print them.
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from pydantic import Field, SecretStr, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from typing import Annotated

from core.errors import UserError
from prompts import kernel as msg


def _id_list(value: object) -> list[int]:
    if value in (None, ""):
        return []
    if isinstance(value, (list, tuple)):
        return [int(v) for v in value]
    if isinstance(value, int):
        return [value]
    return [int(p) for p in str(value).replace(";", ",").replace(" ", ",").split(",") if p.strip()]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = Field(default=None, alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str = Field(default="https://api.telegram.org/bot", alias="TELEGRAM_API_BASE_URL")
    telegram_webhook_url: str | None = Field(default=None, alias="TELEGRAM_WEBHOOK_URL")
    telegram_webhook_port: int = Field(default=8443, alias="TELEGRAM_WEBHOOK_PORT")
    telegram_webhook_secret: SecretStr | None = Field(default=None, alias="TELEGRAM_WEBHOOK_SECRET")
    # The webhook server listens here; behind a reverse proxy (nginx, Caddy) on the same host.
    telegram_webhook_listen: str = Field(default="127.0.0.1", alias="TELEGRAM_WEBHOOK_LISTEN")
    # Loud opt-out: run a webhook without TELEGRAM_WEBHOOK_SECRET (anyone who finds the URL
    # can forge updates). Only for a server that already checks the header itself.
    webhook_insecure: bool = Field(default=False, alias="DUCHA_WEBHOOK_INSECURE_NO_SECRET")
    # Every Bot API request (getUpdates, sendMessage, file uploads…) through this proxy:
    # http://host:port, http://user:pass@host:port, socks5://host:port, socks5h://…
    proxy_url: SecretStr | None = Field(default=None, alias="DUCHA_PROXY_URL")
    # Seconds to wait for a Bot API answer (slow proxies may need more). An answer later than
    # this may still mean the message was delivered: retrying can send it twice (at-least-once).
    telegram_timeout: float = Field(default=10.0, alias="DUCHA_TELEGRAM_TIMEOUT")

    data_dir: Path = Field(default=Path("./var"), alias="DUCHA_DATA_DIR")
    timezone: str = Field(default="Asia/Shanghai", alias="DUCHA_TIMEZONE")
    remind_at: str = Field(default="09:00", alias="DUCHA_REMIND_AT")
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list, alias="DUCHA_ADMIN_IDS")
    supervision_chat_id: int | None = Field(default=None, alias="DUCHA_SUPERVISION_CHAT_ID")
    allowed_chat_ids: Annotated[list[int], NoDecode] = Field(default_factory=list, alias="DUCHA_ALLOWED_CHAT_IDS")
    default_region: str | None = Field(default=None, alias="DUCHA_DEFAULT_REGION")

    # Reminder ladder (issue 5): working days before the deadline that get an `upcoming`.
    remind_upcoming_days: Annotated[list[int], NoDecode] = Field(default_factory=lambda: [7, 3, 1], alias="DUCHA_REMIND_UPCOMING_DAYS")
    remind_escalate_every: int = Field(default=5, alias="DUCHA_REMIND_ESCALATE_EVERY")
    remind_quiet_after_progress_days: int = Field(default=10, alias="DUCHA_REMIND_QUIET_AFTER_PROGRESS_DAYS")

    llm_base_url: str | None = Field(default=None, alias="DUCHA_LLM_BASE_URL")
    llm_api_key: SecretStr | None = Field(default=None, alias="DUCHA_LLM_API_KEY")
    llm_model: str | None = Field(default=None, alias="DUCHA_LLM_MODEL")
    llm_timeout: float = Field(default=20.0, alias="DUCHA_LLM_TIMEOUT")

    chroma_url: str | None = Field(default=None, alias="DUCHA_CHROMA_URL")
    embedding: str = Field(default="default", alias="DUCHA_EMBEDDING")
    embedding_api_key: SecretStr | None = Field(default=None, alias="DUCHA_EMBEDDING_API_KEY")
    log_level: str = Field(default="INFO", alias="DUCHA_LOG_LEVEL")

    # --- Ingest limits (issue 16): what one file may cost. A refused file costs seconds and
    # little memory; see core/limits.py and docs/benchmarks.md ("refusals").
    max_file_mb: int = Field(default=50, ge=1, le=10_000, alias="DUCHA_MAX_FILE_MB")
    max_text_chars: int = Field(default=1_000_000, ge=1_000, le=100_000_000, alias="DUCHA_MAX_TEXT_CHARS")
    max_unzipped_mb: int = Field(default=100, ge=1, le=10_000, alias="DUCHA_MAX_UNZIPPED_MB")
    max_zip_ratio: int = Field(default=100, ge=2, le=100_000, alias="DUCHA_MAX_ZIP_RATIO")
    max_pdf_pages: int = Field(default=500, ge=1, le=100_000, alias="DUCHA_MAX_PDF_PAGES")
    max_chunks: int = Field(default=3_000, ge=1, le=1_000_000, alias="DUCHA_MAX_CHUNKS")
    max_table_rows: int = Field(default=5_000, ge=1, le=1_000_000, alias="DUCHA_MAX_TABLE_ROWS")
    max_cell_chars: int = Field(default=5_000, ge=10, le=1_000_000, alias="DUCHA_MAX_CELL_CHARS")

    @field_validator("telegram_api_base_url", "llm_base_url", "chroma_url", "telegram_webhook_url", mode="after")
    @classmethod
    def _http_url(cls, value: str | None, info: ValidationInfo) -> str | None:
        """A URL without http(s):// used to fail deep inside httpx with a traceback."""
        if value is None or not value.strip():
            default = cls.model_fields[info.field_name].default if info.field_name else None
            return default if isinstance(default, str) else None  # an empty line in .env means the default
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(msg.URL_BAD.format(value=value))
        return value.strip()

    @field_validator("admin_ids", "allowed_chat_ids", "remind_upcoming_days", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> list[int]:
        return _id_list(value)

    @field_validator("proxy_url", "telegram_webhook_secret", mode="before")
    @classmethod
    def _blank_secret_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("proxy_url")
    @classmethod
    def _proxy_scheme(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            scheme = value.get_secret_value().split("://", 1)[0].lower()
            if scheme not in ("http", "https", "socks5", "socks5h"):
                raise ValueError("DUCHA_PROXY_URL 应以 http://、https://、socks5:// 或 socks5h:// 开头")
        return value

    @field_validator("supervision_chat_id", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if value == "" else value

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


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment and the `.env` files of `env_files()`; tests pass
    overrides by alias name. Raises UserError (one line naming the variable) on a bad value."""
    from pydantic import ValidationError

    try:
        files = env_files(overrides)
        return Settings(_env_file=tuple(str(f) for f in reversed(files)) or None, **overrides)  # type: ignore[arg-type, call-arg]
    except ValidationError as exc:
        raise UserError(settings_error(exc)) from None


# --- Where settings come from (issue 16) -------------------------------------------------
# Environment first, then DUCHA_ENV_FILE, then `.env` in the data folder, then `.env` in the
# current folder. Started from another folder, ducha still finds the deployment's `.env` when
# DUCHA_DATA_DIR (or DUCHA_ENV_FILE) says where it lives, instead of creating an empty ./var.

def env_files(overrides: dict[str, object] | None = None) -> list[Path]:
    """The `.env` files that exist, highest priority first."""
    from dotenv import dotenv_values

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


def _read_env(reader, path: Path) -> dict[str, str | None]:
    try:
        return reader(path, encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}


def settings_sources(overrides: dict[str, object] | None = None) -> list[tuple[str, str]]:
    """For `ducha doctor`: (variable, where its value came from) for every variable that is
    set anywhere, in the lookup order. Names only, never values."""
    from dotenv import dotenv_values

    names = {f.alias for f in Settings.model_fields.values() if f.alias}
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


def settings_error(exc: object) -> str:
    """One line for a pydantic ValidationError: the variable and what is wrong with it."""
    errors = getattr(exc, "errors", lambda: [])()
    if not errors:
        return msg.SETTINGS_BAD.format(name="?", reason=str(exc).splitlines()[0])
    first = errors[0]
    name = ".".join(str(p) for p in first.get("loc", ())) or "?"
    reason = str(first.get("msg", "")).removeprefix("Value error, ")
    return msg.SETTINGS_BAD.format(name=name, reason=reason)
