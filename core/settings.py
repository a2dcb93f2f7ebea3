"""Settings, read once from the environment or `.env` (see `.env.example`).

Every knob a deployer may turn lives here so that the rest of the code never
reads `os.environ` itself; secrets are kept as `SecretStr` so a stray log line
or repr cannot print them.
"""
from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from typing import Annotated


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
    """Build settings from env/.env; tests pass overrides by alias name."""
    return Settings(**overrides)  # type: ignore[arg-type]
