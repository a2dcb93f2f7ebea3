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
