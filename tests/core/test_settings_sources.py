"""Settings are found in this order: environment, DUCHA_ENV_FILE, `.env` in the data folder,
`.env` in the current folder. Started from another folder, ducha still finds the deployment's
`.env` beside its data."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import UserError
from core.settings import env_files, load_settings, settings_sources


def _write(path: Path, **values: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{k}={v}\n" for k, v in values.items()), encoding="utf-8")
    return path


def test_lookup_order(tmp_path: Path, monkeypatch) -> None:
    cwd = tmp_path / "cwd"
    data = tmp_path / "data"
    monkeypatch.chdir(_write(cwd / ".env", DUCHA_DEFAULT_REGION="当前目录", DUCHA_DATA_DIR=str(data), DUCHA_REMIND_AT="08:00").parent)
    _write(data / ".env", DUCHA_DEFAULT_REGION="数据目录", DUCHA_TIMEZONE="Asia/Urumqi")
    explicit = _write(tmp_path / "ops" / "ducha.env", DUCHA_DEFAULT_REGION="指定文件", DUCHA_LLM_MODEL="qwen")
    monkeypatch.setenv("DUCHA_ENV_FILE", str(explicit))
    monkeypatch.setenv("DUCHA_DEFAULT_REGION", "环境变量")
    s = load_settings()
    assert (s.default_region, s.llm_model, s.timezone, s.remind_at, s.data_dir) == ("环境变量", "qwen", "Asia/Urumqi", "08:00", data)
    monkeypatch.delenv("DUCHA_DEFAULT_REGION")
    assert load_settings().default_region == "指定文件"
    monkeypatch.delenv("DUCHA_ENV_FILE")
    assert load_settings().default_region == "数据目录"
    (data / ".env").unlink()
    assert load_settings().default_region == "当前目录"


def test_started_elsewhere_finds_the_data_folders_env(tmp_path: Path, monkeypatch) -> None:
    data = tmp_path / "srv" / "ducha"
    _write(data / ".env", TELEGRAM_BOT_TOKEN="123456:" + "A" * 35)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DUCHA_DATA_DIR", str(data))
    assert load_settings().telegram_bot_token is not None
    assert env_files() == [data / ".env"]
    assert ("TELEGRAM_BOT_TOKEN", str(data / ".env")) in settings_sources()
    assert ("DUCHA_DATA_DIR", "env") in settings_sources()


def test_env_file_given_but_missing_is_one_line(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DUCHA_ENV_FILE", str(tmp_path / "nope.env"))
    with pytest.raises(UserError, match="DUCHA_ENV_FILE"):
        load_settings()


def test_sources_name_variables_never_values(tmp_path: Path, monkeypatch) -> None:
    secret = "123456:" + "S" * 35
    _write(tmp_path / ".env", TELEGRAM_BOT_TOKEN=secret)
    monkeypatch.chdir(tmp_path)
    assert secret not in repr(settings_sources())


def test_values_are_read_as_pydantic_settings_read_them(tmp_path: Path, monkeypatch) -> None:
    """Settings are a plain dataclass since issue 15 (no pydantic at start-up); what a deployer
    writes means what it meant: names in any case, an empty URL line is the default, lists of
    ids with commas or spaces, secrets that never print, one line naming a bad variable."""
    _write(tmp_path / ".env", TELEGRAM_API_BASE_URL="", DUCHA_ADMIN_IDS="1, 2;3", TELEGRAM_BOT_TOKEN="123456:" + "T" * 35,
           DUCHA_WEBHOOK_INSECURE_NO_SECRET="yes", DUCHA_SUPERVISION_CHAT_ID="", DUCHA_PROXY_URL="")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ducha_llm_timeout", "7.5")
    s = load_settings()
    assert s.telegram_api_base_url == "https://api.telegram.org/bot" and s.admin_ids == [1, 2, 3]
    assert s.webhook_insecure is True and s.supervision_chat_id is None and s.proxy_url is None
    assert s.llm_timeout == 7.5 and s.remind_upcoming_days == [7, 3, 1] and s.max_chunks == 3000
    assert "T" * 35 not in repr(s) and s.telegram_bot_token.get_secret_value().endswith("T" * 35)
    for name, value, reason in [("DUCHA_MAX_FILE_MB", "0", "之间"), ("DUCHA_MAX_FILE_MB", "lots", "整数"),
                                ("DUCHA_TELEGRAM_TIMEOUT", "soon", "数字"), ("DUCHA_ADMIN_IDS", "li", "ID"),
                                ("DUCHA_WEBHOOK_INSECURE_NO_SECRET", "maybe", "1 或 0"), ("DUCHA_LLM_BASE_URL", "llm.local", "http")]:
        with pytest.raises(UserError) as bad:
            load_settings(**{name: value})
        assert name in str(bad.value) and reason in str(bad.value) and "\n" not in str(bad.value)
