"""`ducha doctor`: which settings were used, the token's format, the Bot API through the
stand-in, an unreachable endpoint and proxy (offline-safe, short), data folder permissions
and the index. The token is never printed."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from bot import cli
from tests.support.paths import EXAMPLES
from tests.support.telegram_standin import TOKEN, TelegramStandIn


def _doctor(capsys) -> tuple[int, str]:
    code = cli.main(["doctor"])
    out, err = capsys.readouterr()
    return code, out + err


def test_healthy_setup(tmp_path: Path, monkeypatch, capsys) -> None:
    data = tmp_path / "var"
    monkeypatch.setenv("DUCHA_DATA_DIR", str(data))
    monkeypatch.setenv("DUCHA_EMBEDDING", "none")
    shutil.copytree(EXAMPLES, tmp_path / "docs")
    assert cli.main(["ingest", str(tmp_path / "docs")]) == 0
    (data / ".env").write_text("DUCHA_DEFAULT_REGION=示例市\n", encoding="utf-8")
    os.chmod(data / ".env", 0o600)
    capsys.readouterr()
    with TelegramStandIn() as tg:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
        monkeypatch.setenv("TELEGRAM_API_BASE_URL", tg.base_url)
        code, out = _doctor(capsys)
    assert code == 0, out
    assert f"使用 {data / '.env'}" in out and "DUCHA_DEFAULT_REGION ← " + str(data / ".env") in out
    assert "TELEGRAM_BOT_TOKEN ← 环境变量" in out
    assert "✓ TELEGRAM_BOT_TOKEN 格式正确" in out and "@ducha_test_bot" in out
    assert "只有本用户可读写" in out and "报告 1 份" in out and "分工方案 1 个" in out
    assert TOKEN not in out and TOKEN.split(":")[1] not in out


def test_problems_are_found_quickly_and_offline(tmp_path: Path, monkeypatch, capsys) -> None:
    data = tmp_path / "var"
    data.mkdir()
    os.chmod(data, 0o755)
    (data / ".env").write_text("DUCHA_LLM_API_KEY=sk-secret-value-0123456789\n", encoding="utf-8")
    os.chmod(data / ".env", 0o644)
    monkeypatch.setenv("DUCHA_DATA_DIR", str(data))
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:short token")
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:9/bot")
    started = time.monotonic()
    code, out = _doctor(capsys)
    assert time.monotonic() - started < 20
    assert code == 2
    assert "✗ TELEGRAM_BOT_TOKEN 格式不对" in out
    assert "chmod 600" in out and "chmod -R go-rwx" in out
    assert "✗ Bot API 127.0.0.1:9 连不上" in out
    assert "sk-secret-value" not in out and "short token" not in out
    assert not (data / "ducha.db").exists(), "the doctor creates nothing"


def test_rejected_token(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "var"))
    with TelegramStandIn() as tg:
        other = "987654321:" + "B" * 35
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", other)
        monkeypatch.setenv("TELEGRAM_API_BASE_URL", tg.base_url)
        code, out = _doctor(capsys)
    assert code == 2 and "拒绝了令牌（HTTP 401）" in out and other not in out
