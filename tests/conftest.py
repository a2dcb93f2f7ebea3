"""Fixtures every test module may use: a fresh data dir with a Context, and the sample corpus."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from bot.wiring import new_context
from core.context import Context
from core.settings import load_settings

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("DUCHA_CORPUS_DIR", PROJECT.parent / "shared" / "corpus"))
EXAMPLES = PROJECT / "examples"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the developer's .env or environment, nor the network LLM."""
    for key in list(os.environ):
        if key.startswith(("DUCHA_", "TELEGRAM_")) and key != "DUCHA_CORPUS_DIR":
            monkeypatch.delenv(key, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def make_ctx(tmp_path: Path):
    """Build a Context on a fresh data dir; pass settings by env alias and a frozen clock."""
    made: list[Context] = []

    def _make(now: dt.datetime | str | None = None, **aliases: object) -> Context:
        aliases.setdefault("DUCHA_DATA_DIR", str(tmp_path / "var"))
        settings = load_settings(**aliases)
        if isinstance(now, str):
            now = dt.datetime.fromisoformat(now)
        if now is not None and now.tzinfo is None:
            now = now.replace(tzinfo=settings.tz)
        ctx = new_context(settings, frozen_now=now)
        made.append(ctx)
        return ctx

    yield _make
    for ctx in made:
        ctx.close()


@pytest.fixture
def ctx(make_ctx) -> Context:
    return make_ctx()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir() or not any(CORPUS.glob("*.txt")):
        pytest.skip(f"sample corpus not found at {CORPUS} (set DUCHA_CORPUS_DIR to run the corpus tests)")
    return CORPUS


@pytest.fixture(scope="session")
def plan_table_file(corpus_dir: Path) -> Path:
    """The corpus file that is a responsibility table, found by content, not by name."""
    for path in sorted(corpus_dir.glob("*.txt")):
        if "牵头单位" in path.read_text(encoding="utf-8", errors="ignore")[:20000]:
            return path
    pytest.skip("no responsibility table in the corpus")
